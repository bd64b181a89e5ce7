"""The collector is paused for the window's start and comes back once, with what the start
built frozen."""
from __future__ import annotations

import gc

import pytest

from bulletin_desktop.gui import collector


@pytest.fixture(autouse=True)
def _collector_restored():
    yield
    collector._paused = False
    gc.unfreeze()
    gc.enable()


def test_pause_then_resume_freezes_and_switches_back_on():
    gc.unfreeze()
    collector.pause()
    assert not gc.isenabled()
    kept = [[] for _ in range(100)]
    collector.resume()
    assert gc.isenabled() and gc.get_freeze_count() >= len(kept)
    frozen = gc.get_freeze_count()
    collector.resume()  # only once
    assert gc.get_freeze_count() == frozen


def test_resume_leaves_a_collector_it_did_not_pause_alone():
    gc.unfreeze()
    gc.disable()  # switched off by someone else: not ours to switch on
    collector.pause()
    collector.resume()
    assert not gc.isenabled() and gc.get_freeze_count() == 0

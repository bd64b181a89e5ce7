"""采用统计's charts stay readable: whole-number ticks each once, unit names short or slanted
instead of cut to "…", every name its own category."""
from __future__ import annotations

import pytest

from bulletin_desktop.gui.statistics.charts import short_label, unit_labels, whole_ticks


@pytest.mark.parametrize("top", [1, 2, 3, 4, 5, 6, 7, 9, 12, 23, 100])
def test_ticks_are_whole_numbers_each_once(top):
    step, ticks = whole_ticks(top)
    values = [step * i for i in range(ticks)]
    assert values[0] == 0 and values[-1] >= top and ticks <= 6
    assert len(set(values)) == len(values)


def test_unit_names_are_short_and_their_own():
    assert short_label("郾城区应急管理局") == "郾城区应急…"
    assert short_label("舞阳县") == "舞阳县"
    names = ["漯河市应急管理局", "漯河市应急指挥中心", "临颍县"]
    labels = unit_labels(names)
    assert len(set(labels)) == 3 and labels[2] == "临颍县"

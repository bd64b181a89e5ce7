"""Every layout setting has a name in the settings dialog, and no name is left for a removed one."""
from __future__ import annotations

import dataclasses

from bulletin_desktop.export.layout_options import LayoutOptions
from bulletin_desktop.gui.settings_dialog import LAYOUT_LABELS


def test_every_layout_key_has_a_label_and_every_label_a_key():
    keys = {field.name for field in dataclasses.fields(LayoutOptions)}
    assert keys - set(LAYOUT_LABELS) == set(), "settings without a label in the dialog"
    assert set(LAYOUT_LABELS) - keys == set(), "labels for settings that no longer exist"

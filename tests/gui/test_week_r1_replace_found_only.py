"""替换 on a match in the bulletin's name (or the 期号 line, or the date), which are found but
never replaced, says so instead of moving on as if it had replaced it; 全部替换 says how many
such places it left as they were."""
from __future__ import annotations

from bulletin_desktop.core.positions import FOUND_ONLY_FIELDS


def _open_replace(window, find: str, new: str):
    window.action_set.replace.trigger()
    bar = window.ui.findBar
    bar.ui.findEdit.setText(find)
    bar.ui.replaceEdit.setText(new)
    return bar


def test_replace_on_the_bulletins_name_says_it_is_not_replaced(window, qtbot):
    series = window.document.issue.series
    word = series[2:6]  # 漯河安全生产简报: 安全生产, also in entries
    bar = _open_replace(window, word, "安全")
    assert bar.matches()[0].field in FOUND_ONLY_FIELDS
    steps = window.document.undo_stack.count()
    bar.replace_current()  # 替换 on the first match, shown as the word was typed
    assert window.document.issue.series == series
    assert window.document.undo_stack.count() == steps
    said = window.statusBar().currentMessage()
    assert said  # 刊物名称、期号和日期只查找不替换……
    bar.replace_current()  # the next match, in an entry, is replaced
    assert window.document.undo_stack.count() == steps + 1


def test_replace_all_says_how_many_places_it_left(window, qtbot):
    series = window.document.issue.series
    word = series[2:6]
    bar = _open_replace(window, word, "安全")
    found = bar.matches()
    kept = sum(1 for place in found if place.field in FOUND_ONLY_FIELDS)
    assert kept >= 1
    bar.ui.replaceAllButton.click()
    assert str(len(found) - kept) in bar.ui.matchLabel.text()
    message = window.statusBar().currentMessage()  # 已替换 13 处；刊物名称、期号或日期中的 1 处未替换
    assert message.startswith(bar.ui.matchLabel.text())
    assert str(kept) in message[len(bar.ui.matchLabel.text()):]
    assert window.document.issue.series == series

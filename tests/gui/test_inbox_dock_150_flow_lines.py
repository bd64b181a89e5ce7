"""The wrapping row the inbox's filters and buttons stand in: one line where there is room,
more lines where there is not, each line filled by the widgets that grow, a widget alone in
a line too narrow for it given the line, and the minimum height following the lines."""
from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from bulletin_desktop.gui.inbox.flow_layout import FlowLayout, flowed


def _row(qtbot, *, one_line: bool = False) -> tuple[QWidget, FlowLayout, list[QWidget]]:
    holder = QWidget()
    qtbot.addWidget(holder)
    flow = FlowLayout(holder, spacing=6, one_line=one_line)
    flow.setContentsMargins(0, 0, 0, 0)
    widgets: list[QWidget] = [QPushButton(text) for text in ("登记来稿", "粘贴", "不采用")]
    search = QLineEdit()
    search.setPlaceholderText("检索标题和正文")
    widgets.append(search)
    for widget in widgets:
        flow.addWidget(widget)
    return holder, flow, widgets


def _laid_out(holder: QWidget, flow: FlowLayout, width: int) -> None:
    height = flow.heightForWidth(width)
    holder.resize(width, height)
    flow.setGeometry(holder.rect())


def test_one_line_when_wide_and_the_growing_widget_fills_it(qtbot):
    holder, flow, widgets = _row(qtbot)
    wide = sum(w.sizeHint().width() for w in widgets) + 6 * 3 + 100
    _laid_out(holder, flow, wide)
    assert len({w.geometry().center().y() for w in widgets}) == 1
    search = widgets[-1]
    assert search.geometry().right() == wide - 1  # the line edit grows to the end of the line
    assert all(w.width() == w.sizeHint().width() for w in widgets[:-1])  # the buttons do not


def test_narrow_lines_wrap_and_the_minimum_height_follows(qtbot):
    holder, flow, widgets = _row(qtbot)
    one_line = flow.minimumSize().height()
    narrow = max(w.sizeHint().width() for w in widgets) + 4
    _laid_out(holder, flow, narrow)
    tops = [w.geometry().top() for w in widgets]
    assert tops == sorted(tops) and len(set(tops)) >= 3  # in order, over several lines
    assert all(w.geometry().right() < narrow for w in widgets)
    assert flow.minimumSize().height() == flow.heightForWidth(narrow) > one_line
    assert flow.minimumSize().width() <= narrow


def test_a_widget_wider_than_the_line_gets_the_line_down_to_its_minimum(qtbot):
    holder, flow, widgets = _row(qtbot)
    search = widgets[-1]
    search.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    width = max(w.sizeHint().width() for w in widgets[:-1]) + 2
    assert search.sizeHint().width() > width
    _laid_out(holder, flow, width)
    assert search.width() == width


def test_hidden_widgets_take_no_room_and_the_hint_is_asked_for(qtbot):
    holder, flow, widgets = _row(qtbot, one_line=True)
    holder.show()
    widgets[1].hide()
    shown = [w for w in widgets if not w.isHidden()]
    assert flow.sizeHint().width() == sum(w.sizeHint().width() for w in shown) + 6 * (len(shown) - 1)
    other, wrapping, _widgets = _row(qtbot)
    assert wrapping.sizeHint().width() == wrapping.minimumSize().width()  # it takes what the panel gives
    assert other.layout() is wrapping


def test_a_form_row_becomes_a_flow_in_its_place(qtbot):
    holder = QWidget()
    qtbot.addWidget(holder)
    outer = QVBoxLayout(holder)
    outer.addWidget(QLineEdit())
    row = QHBoxLayout()
    buttons = [QPushButton(text) for text in ("导入…", "粘贴")]
    for button in buttons:
        row.addWidget(button)
    row.addStretch()
    outer.addLayout(row)
    outer.addWidget(QLineEdit())
    flow = flowed(outer, row)
    assert outer.indexOf(flow) == 1 and flow.count() == 2  # the stretch is left out
    assert [flow.itemAt(i).widget() for i in range(2)] == buttons

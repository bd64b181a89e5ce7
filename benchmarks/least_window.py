"""The least PySide6 program that draws what ``gui --issue N --screenshot`` draws, as a
reference for that command's start-up: a main window with its six menus and the toolbar,
a tabbed dock holding a form of the masthead's fields, an outline of the issue, an editor
and two preview pages of the issue's text set line by line in a CJK face, grabbed and saved
as a PNG. It reads no archive and has none of the program's logic: whatever our command
spends beyond this program is the program's own (its code loaded, the archive read, the
issue set in its five faces, the panes' state).

    python benchmarks/least_window.py OUT.png ISSUE.txt
"""
import os
import sys

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QAction, QColor, QFont, QPainter, QStandardItem, QStandardItemModel, QTextLayout
from PySide6.QtWidgets import (QApplication, QComboBox, QDockWidget, QFormLayout, QLabel, QLineEdit, QMainWindow,
                               QSpinBox, QSplitter, QTextEdit, QToolBar, QTreeView, QVBoxLayout, QWidget)

from bulletin_desktop.gui.png_file import png_bytes

MENUS = ("文件(&F)", "编辑(&E)", "条目(&N)", "视图(&V)", "档案库(&R)", "帮助(&H)")
TOOLS = ("新建一期", "撤销", "重做", "加粗", "新建条目", "新建栏目", "在本期中查找", "导出为 Word", "导出 PDF", "打印")
FIELDS = ("刊物名称", "期号", "期号写法", "期号年份", "年度期号", "专刊名称", "专刊期号", "日期", "编印单位", "报头标记",
          "编辑", "审核", "签发", "其他署名", "送", "发", "印数")
NUMBERS = {"期号", "年度期号", "专刊期号", "印数"}
CHOICES = {"期号写法", "日期"}


class Pages(QWidget):
    """Two pages at the preview's scale, the issue's paragraphs set in lines of 28 characters."""

    def __init__(self, paragraphs: list[str]):
        super().__init__()
        font = QFont("Noto Serif CJK SC")
        font.setPointSizeF(16)
        font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
        self.layouts = []
        for text in paragraphs:
            layout = QTextLayout(text, font)
            layout.beginLayout()
            y = 0.0
            while True:
                line = layout.createLine()
                if not line.isValid():
                    break
                line.setLineWidth(445)
                line.setPosition(QPointF(0, y))
                y += 28.95
            layout.endLayout()
            self.layouts.append((layout, y))

    def paintEvent(self, _event):
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#888"))
        painter.scale(0.53, 0.53)
        for page in range(2):
            painter.fillRect(QRectF(30, 30 + page * 1150, 595, 842), Qt.GlobalColor.white)
        y = 100.0
        for layout, height in self.layouts:
            layout.draw(painter, QPointF(80, y))
            y += height
            if y > 2200:
                break


def main() -> None:
    out, issue_text = sys.argv[1], sys.argv[2]
    paragraphs = [p for p in open(issue_text, encoding="utf-8").read().replace("**", "").splitlines() if p.strip()]
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    window.resize(1440, 900)
    for title in MENUS:
        menu = window.menuBar().addMenu(title)
        for i in range(8):
            menu.addAction(QAction(f"{title}{i}", window))
    toolbar = QToolBar()
    window.addToolBar(toolbar)
    for name in TOOLS:
        toolbar.addAction(QAction(name, window))
    masthead = QDockWidget("报头")
    form_host = QWidget()
    form = QFormLayout(form_host)
    for i, label in enumerate(FIELDS):
        field = QSpinBox() if label in NUMBERS else QComboBox() if label in CHOICES else QLineEdit(paragraphs[i][:12])
        form.addRow(label, field)
    masthead.setWidget(form_host)
    issues = QDockWidget("期次")
    issues.setWidget(QTreeView())
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, issues)
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, masthead)
    window.tabifyDockWidget(issues, masthead)
    masthead.raise_()
    model = QStandardItemModel()
    for text in paragraphs[8:30]:
        model.appendRow(QStandardItem(text[:30]))
    outline = QTreeView()
    outline.setModel(model)
    outline.setHeaderHidden(True)
    editor = QTextEdit()
    editor.setPlainText(paragraphs[10])
    entry = QWidget()
    column = QVBoxLayout(entry)
    column.addWidget(QLabel("日期"))
    column.addWidget(QLineEdit("11月15日"))
    column.addWidget(editor)
    split = QSplitter()
    split.addWidget(outline)
    split.addWidget(entry)
    split.addWidget(Pages(paragraphs))
    split.setSizes([220, 420, 440])
    window.setCentralWidget(split)
    window.statusBar().showMessage("本期 2,278 字  约 5 页  已保存")

    def shoot() -> None:
        with open(out, "wb") as handle:
            handle.write(png_bytes(window.grab().toImage()))
        os._exit(0)

    window.show()
    QTimer.singleShot(0, shoot)
    app.exec()


if __name__ == "__main__":
    main()

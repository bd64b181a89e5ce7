"""Qt's own dialogs' strings that Qt's Chinese catalogue (qtbase_zh_CN.qm, installed with the
program's in ``application.install_translators``) lacks: Qt 6 changed their source text
("Look in:" became "&Look in:") and the catalogue still has the old one. Listed here for
lupdate, in Qt's contexts, so that the program's catalogue, installed after Qt's and so
asked first, supplies them. Never imported: the list is only read by lupdate.
"""
from PySide6.QtCore import QT_TRANSLATE_NOOP

QT_DIALOG_STRINGS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Page &Set:"),
)

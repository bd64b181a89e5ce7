"""Which files the program reads, by their names' endings: one list for the importer, the
submissions inbox, the Word reader and the window's drop target. A module of its own, with
no imports, so that the window can know them at start-up without loading a reader."""
from __future__ import annotations

TEXT_SUFFIXES = (".txt", ".text")
# Word's own package formats, read directly (documents, macro-enabled, templates)
WORD_PACKAGE_SUFFIXES = (".docx", ".docm", ".dotx", ".dotm")
# read through LibreOffice, converted to .docx first: seconds each
CONVERTED_SUFFIXES = (".doc", ".dot", ".wps", ".wpt", ".rtf", ".odt", ".fodt")
WORD_SUFFIXES = WORD_PACKAGE_SUFFIXES + CONVERTED_SUFFIXES
IMPORTABLE_SUFFIXES = TEXT_SUFFIXES + WORD_SUFFIXES

"""Which files the program reads, by their names' endings: one list for the importer, the
submissions inbox, the Word reader and the window's drop target. A module of its own, with
no imports, so that the window can know them at start-up without loading a reader."""
from __future__ import annotations

TEXT_SUFFIXES = (".txt", ".text")
# Word's own package formats, read directly (documents, macro-enabled, templates)
WORD_PACKAGE_SUFFIXES = (".docx", ".docm", ".dotx", ".dotm")
# read through LibreOffice, converted to .docx first: seconds each (also UOF, the national
# standard's office format, GB/T 20916, that 永中 and 红旗 Office save: one XML file)
CONVERTED_SUFFIXES = (".doc", ".dot", ".wps", ".wpt", ".rtf", ".odt", ".fodt", ".uot", ".uof")
# those of them that are one XML file, handed to LibreOffice as they are
FLAT_XML_SUFFIXES = (".fodt", ".uot", ".uof")
# web pages Word opens as documents: an OA system's page saved from the browser (网页, 单一文件
# 网页 .mht), read by the Word reader as it reads such a page saved under a Word name
WEB_PAGE_SUFFIXES = (".htm", ".html", ".mht", ".mhtml")
WORD_SUFFIXES = WORD_PACKAGE_SUFFIXES + CONVERTED_SUFFIXES + WEB_PAGE_SUFFIXES
IMPORTABLE_SUFFIXES = TEXT_SUFFIXES + WORD_SUFFIXES
# what Word names its one-file XML document (另存为“Word XML 文档”, and Word 2003's, which OA
# systems hand out): read when its contents are one (wordread.container.word_xml), refused
# else; not gathered from a folder, where .xml files are mostly other programs' data
WORD_XML_SUFFIX = ".xml"
# the kinds above as the clerk is told them, where a file of another kind is refused
IMPORTABLE_KINDS_NAMED = "Word（.docx、.doc）、WPS（.wps）、RTF、ODT、UOF（.uot）、网页（.htm、.mht）和纯文本（.txt）"

# Other office programs' files a clerk may pick by mistake (a table of figures beside the
# bulletin, the slides of a report), by what they are called: refused by name, whatever
# their contents look like (a WPS spreadsheet is an old compound file as a .doc is)
OTHER_OFFICE_SUFFIXES = {
    ".et": "WPS 表格", ".ett": "WPS 表格模板", ".dps": "WPS 演示", ".dpt": "WPS 演示模板",
    ".xls": "Excel 表格", ".xlsx": "Excel 表格", ".xlsm": "Excel 表格", ".xlt": "Excel 模板", ".xltx": "Excel 模板",
    ".ppt": "PowerPoint 演示文稿", ".pptx": "PowerPoint 演示文稿", ".pps": "PowerPoint 放映文件",
    ".ppsx": "PowerPoint 放映文件", ".ods": "OpenDocument 表格", ".odp": "OpenDocument 演示文稿",
}

# Past issues kept as the pages they printed (版式文件): a PDF, or an OFD, the national
# standard's format for official documents (GB/T 33190), by what they are called
PAGE_FILE_SUFFIXES = {".pdf": "PDF 文件", ".ofd": "OFD 版式文件"}


def is_lock_file(name: str) -> bool:
    """The file Word or WPS keeps beside a document while it is open (~$简报.docx; WPS on
    Linux .~简报.docx, LibreOffice .~lock.简报.docx#): a few bytes naming who has it open,
    never a document."""
    return name.startswith(("~$", ".~"))


def is_mac_companion(name: str) -> bool:
    """The file a Mac leaves beside each one it copies to a USB stick or a shared folder
    (._简报.docx, AppleDouble: the original's Finder data), a few KB and never a document."""
    return name.startswith("._")

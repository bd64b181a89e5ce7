"""Content controls bound to the file's own data (w:dataBinding). An office system fills a
template by writing the issue's number and date into a custom XML part and leaves the
controls as the template had them (the prompt 单击或点击此处输入日期。); Word, and LibreOffice,
show the bound values when they open the file, so the reader reads those there. A binding
to no value, or to data the file lacks, leaves the control's own content as it is."""
from __future__ import annotations

import copy
import datetime as dt
import re

from lxml import etree

from .controls import shown_text
from .ns import W_VAL, TooManyNodes, on, parsed, w

_CUSTOM_XML = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml"
_ITEM_PROPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps"
_DATASTORE = "{http://schemas.openxmlformats.org/officeDocument/2006/customXml}"
# the stores Word binds its document-property controls to (标题, 作者, 公司, 发布日期 …)
_PROPERTY_STORES = {
    "application/vnd.openxmlformats-package.core-properties+xml": "{6C3C8BC8-F283-45AE-878A-BAB7291924A1}",
    "application/vnd.openxmlformats-officedocument.extended-properties+xml": "{6668398D-A668-4E3E-A5EB-62B293D839F1}",
}
# Word writes a path of named steps, each with its position: /ns0:bulletin[1]/ns0:date[1].
# Nothing else is evaluated: a path from a crafted file could otherwise cost minutes.
_STEP = r"/(?:[A-Za-z_][\w.-]*:)?[A-Za-z_][\w.-]*(?:\[\d{1,4}\])?"
_PATH = re.compile(rf"(?:{_STEP}){{1,32}}")
_PREFIX = re.compile(r"""xmlns:([A-Za-z_][\w.-]*)\s*=\s*['"]([^'"]*)['"]""")
_W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
_NOT_TEXT = (w("picture"), f"{{{_W14}}}checkbox", w("richText"))


def data_stores(main_part) -> dict[str, etree._Element]:
    """The document's data by store id (upper case): its custom XML parts and its properties.
    Raises ns.DoctypeDeclared for data declaring a DOCTYPE."""
    stores: dict[str, etree._Element] = {}
    for rel in main_part.rels.values():
        if rel.reltype != _CUSTOM_XML or rel.is_external:
            continue
        item = rel.target_part
        for props_rel in item.rels.values():
            if props_rel.reltype == _ITEM_PROPS and not props_rel.is_external:
                props = _parsed(props_rel.target_part.blob)
                store_id = props.get(f"{_DATASTORE}itemID") if props is not None else None
                if store_id and (root := _parsed(item.blob)) is not None:
                    stores[store_id.upper()] = root
    for part in main_part.package.iter_parts():
        if (store_id := _PROPERTY_STORES.get(part.content_type)) and (root := _parsed(part.blob)) is not None:
            stores[store_id] = root
    return stores


def _parsed(blob: bytes) -> etree._Element | None:
    try:  # (a DOCTYPE is no broken data: ns.DoctypeDeclared goes on to refuse the file)
        return parsed(blob)
    except (etree.XMLSyntaxError, TooManyNodes):  # data no control can show is no data
        return None


def fill_bound_controls(root: etree._Element | None, stores: dict[str, etree._Element]) -> list[tuple[str, str]]:
    """Put each bound control's value, in ``root`` itself, where the control shows its
    placeholder or nothing. A control holding text of its own keeps it: the clerk may
    have typed it in a program that does not write back to the data (WPS), and it is what
    the file prints there; each that differs from its value is returned, (its text, the
    value), for the clerk to check."""
    differing: list[tuple[str, str]] = []
    if root is None or not stores:
        return differing
    for binding in list(root.iter(w("dataBinding"))):
        props = binding.getparent()
        sdt = props.getparent() if props is not None else None
        if sdt is None or sdt.tag != w("sdt") or any(props.find(tag) is not None for tag in _NOT_TEXT):
            continue
        content = sdt.find(w("sdtContent"))
        value = _bound_value(binding, stores)
        if content is None or not value:
            continue
        shown, own = _shown(props, value), shown_text(sdt)
        # (a bound control marked as showing its placeholder shows the value, whatever the
        # placeholder says: 期号, [标题])
        if own and not on(props.find(w("showingPlcHdr"))):
            if own != shown:
                differing.append((own, shown))
            continue
        _replace_content(content, shown)
        for mark in props.findall(w("showingPlcHdr")):
            props.remove(mark)
    return differing


def _bound_value(binding: etree._Element, stores: dict[str, etree._Element]) -> str:
    store = stores.get((binding.get(w("storeItemID")) or "").upper())
    path = (binding.get(w("xpath")) or "").strip()
    if store is None or not _PATH.fullmatch(path):
        return ""
    namespaces = dict(_PREFIX.findall(binding.get(w("prefixMappings")) or ""))
    try:
        found = store.getroottree().xpath(path, namespaces=namespaces)
    except etree.XPathError:  # a prefix the mappings do not declare
        return ""
    if not isinstance(found, list) or not found or not isinstance(found[0], etree._Element):
        return ""
    return "".join(found[0].itertext()).strip()


def _shown(props: etree._Element, value: str) -> str:
    """What the control prints for ``value``: a list item's display text, a date in the
    control's format, else the value itself."""
    for kind in (w("dropDownList"), w("comboBox")):
        for item in props.iterfind(f"{kind}/{w('listItem')}"):
            if item.get(w("value")) == value:
                return item.get(w("displayText")) or value
    date = props.find(w("date"))
    if date is not None and (pattern := date.find(w("dateFormat"))) is not None:
        if (day := _iso_date(value)) is not None:
            return formatted_date(day, pattern.get(W_VAL, ""))
    return value


def _iso_date(value: str) -> dt.date | None:
    found = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:T[\d:.]*(?:Z|[+-]\d{2}:?\d{2})?)?", value)
    if found is None:
        return None
    try:
        return dt.date(*(int(part) for part in found.groups()))
    except ValueError:
        return None


_DATE_TOKEN = re.compile(r"'[^']*'|yyyy|yy|MMMM|MMM|MM|M|dddd|ddd|dd|d")
_WEEKDAYS = "一二三四五六日"


def formatted_date(day: dt.date, pattern: str) -> str:
    """``day`` as a Word date picture writes it (yyyy年M月d日, yyyy-MM-dd, dddd)."""
    def token(found: re.Match[str]) -> str:
        piece = found.group()
        return {
            "yyyy": f"{day.year:04d}", "yy": f"{day.year % 100:02d}", "MMMM": f"{day.month}月", "MMM": f"{day.month}月",
            "MM": f"{day.month:02d}", "M": str(day.month), "dddd": f"星期{_WEEKDAYS[day.weekday()]}",
            "ddd": f"周{_WEEKDAYS[day.weekday()]}", "dd": f"{day.day:02d}", "d": str(day.day),
        }.get(piece, piece[1:-1])
    return _DATE_TOKEN.sub(token, pattern) if pattern else day.isoformat()


def _replace_content(content: etree._Element, value: str) -> None:
    """The control's content made one run of ``value``, set as its first run was (in its
    first paragraph, for a control around paragraphs)."""
    first_run = next(content.iter(w("r")), None)
    run = etree.Element(w("r"))
    if first_run is not None and (props := first_run.find(w("rPr"))) is not None:
        run.append(copy.deepcopy(props))
    for index, line in enumerate(value.splitlines()):
        if index:
            etree.SubElement(run, w("br"))
        text = etree.SubElement(run, w("t"))
        text.text = line
        text.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    paragraph = next((child for child in content if child.tag == w("p")), None)
    for child in list(content):
        content.remove(child)
    if paragraph is None:
        content.append(run)
        return
    holder = etree.SubElement(content, w("p"))  # a control around whole paragraphs: the first keeps its look
    if (look := paragraph.find(w("pPr"))) is not None:
        holder.append(copy.deepcopy(look))
    holder.append(run)


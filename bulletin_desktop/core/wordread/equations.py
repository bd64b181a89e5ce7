"""An equation's text on one line. Word's and WPS's equation editors (Office Math, m:oMath)
keep a figure typed as a formula — 整改率=100%, a fraction, 10⁴ 元 — in math runs of their
own, outside the paragraph's ordinary runs; the entry prints it in its sentence, so the
reader reads it there: a fraction as a/b, a bracket with its characters, a root as √."""
from __future__ import annotations

from lxml import etree

from .ns import W, w

M = "http://schemas.openxmlformats.org/officeDocument/2006/math"


def m(tag: str) -> str:
    return f"{{{M}}}{tag}"


EQUATIONS = frozenset({m("oMath"), m("oMathPara")})
_TEXT = frozenset({m("t"), w("t")})
_REMOVED = frozenset({w("del"), w("moveFrom")})  # tracked deletions inside the equation
_PROPERTIES = frozenset({m("rPr"), m("ctrlPr"), w("rPr"), m("oMathParaPr"), m("fPr"), m("dPr"), m("radPr"),
                         m("naryPr"), m("sSupPr"), m("sSubPr"), m("sSubSupPr"), m("funcPr"), m("accPr"),
                         m("barPr"), m("boxPr"), m("borderBoxPr"), m("eqArrPr"), m("groupChrPr"),
                         m("limLowPr"), m("limUppPr"), m("mPr"), m("phantPr"), m("sPrePr"), m("deg")})


def equation_text(element: etree._Element) -> str:
    out: list[str] = []
    _walk(element, out)
    return "".join(out)


def _walk(element: etree._Element, out: list[str]) -> None:
    for child in element:
        tag = child.tag
        if not isinstance(tag, str) or tag in _REMOVED or tag in _PROPERTIES:
            continue
        if tag in _TEXT:
            out.append(child.text or "")
        elif tag == m("f"):
            out.append(_part(child, "num") + "/" + _part(child, "den"))
        elif tag == m("d"):
            props = child.find(m("dPr"))
            begin, separator, end = (_character(props, name, default)
                                     for name, default in (("begChr", "("), ("sepChr", "|"), ("endChr", ")")))
            out.append(begin + separator.join(equation_text(e) for e in child.findall(m("e"))) + end)
        elif tag == m("rad"):
            out.append("√" + _part(child, "e"))
        elif tag == m("nary"):
            out.append(_character(child.find(m("naryPr")), "chr", "∫"))
            _walk(child, out)
        elif tag.startswith(f"{{{M}}}") or tag.startswith(f"{{{W}}}"):
            _walk(child, out)


def _part(element: etree._Element, name: str) -> str:
    found = element.find(m(name))
    return equation_text(found) if found is not None else ""


def _character(props: etree._Element | None, name: str, default: str) -> str:
    """A bracket's or operator's character: Word writes none for the default one, and an
    empty value for none at all."""
    found = props.find(m(name)) if props is not None else None
    return default if found is None else found.get(m("val"), default)

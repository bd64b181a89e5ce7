"""The short forms offices commonly write for a department's full name (住房和城乡建设局 and
住建局, 应急管理局 and 应急局): two names that differ only so are one unit's, so that a
bulletin's 市住建局 and a submission's 市住房和城乡建设局 count for the same unit."""
from __future__ import annotations

import re

# full ending → the short ending written for it; only forms that name one department in
# every place (城管局 is not here: it stands for 城市管理局 and for 城市管理综合执法局)
_SHORT_FORMS = {
    "应急管理局": "应急局",
    "安全生产监督管理局": "安监局",
    "住房和城乡建设局": "住建局",
    "住房城乡建设局": "住建局",
    "交通运输局": "交通局",
    "市场监督管理局": "市场监管局",
    "人力资源和社会保障局": "人社局",
    "工业和信息化局": "工信局",
    "发展和改革委员会": "发改委",
    "卫生健康委员会": "卫健委",
    "卫生和健康委员会": "卫健委",
    "自然资源和规划局": "自然资源局",
    "文化广电和旅游局": "文广旅局",
    "教育体育局": "教体局",
    "消防救援支队": "消防支队",
    "消防救援大队": "消防大队",
    "安全生产委员会办公室": "安委办",
    "人民政府": "政府",
    # development zones, run as counties, as everyone writes them
    "经济技术开发区": "经开区",
    "高新技术产业开发区": "高新区",
}
_FULL_FORM = "(?:" + "|".join(sorted(map(re.escape, _SHORT_FORMS), key=len, reverse=True)) + ")"
_FULL_ENDING = re.compile(_FULL_FORM + "$")
_FULL_ANYWHERE = re.compile(_FULL_FORM)


def short_form(name: str) -> str:
    """``name`` with its department's ending written short (市住房和城乡建设局 → 市住建局,
    临颍县应急管理局 → 临颍县应急局); a name without such an ending as it is."""
    name = name.strip()
    return _FULL_ENDING.sub(lambda m: _SHORT_FORMS[m.group()], name)


def matching_form(name: str) -> str:
    """``name`` as two writings of one unit's name are matched: its department's ending
    short and its traditional characters simplified (縣應急管理局 is 县应急局), as the archive's
    search folds them, so that a submission or an issue typed in traditional characters
    counts for the unit the registry knows in simplified."""
    from ..traditional import simplified

    return short_form(simplified(name))


def short_forms_in(text: str) -> str:
    """``text`` with every department's ending in it written short, so that a name looked
    for in its short form is found however the text writes it."""
    return _FULL_ANYWHERE.sub(lambda m: _SHORT_FORMS[m.group()], text)


def same_department(one: str, other: str) -> bool:
    """Whether two names differ only in writing a department's ending in full or short."""
    return short_form(one) == short_form(other)

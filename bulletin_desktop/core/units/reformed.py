"""Departments the institutional reforms renamed or merged (2018 and after): an office's
old name and the one that took over its work. A registry holding both (县安监局 from the
issues before the reform, 县应急管理局 after) holds one unit twice; the clerk is offered the
merge (units similar, the dialog's 同一单位), never given it unasked: some places kept an
old office longer, or split it otherwise."""
from __future__ import annotations

import re

from .short_names import short_form

# the old department's name (full and short) -> the department's ending that took its work over
_TAKEN_OVER = {
    "安全生产监督管理局": "应急管理局",
    "安监局": "应急管理局",
    "国土资源局": "自然资源局",
    "国土局": "自然资源局",
    "环境保护局": "生态环境局",
    "环保局": "生态环境局",
    "工商行政管理局": "市场监督管理局",
    "工商局": "市场监督管理局",
    "质量技术监督局": "市场监督管理局",
    "质监局": "市场监督管理局",
    "食品药品监督管理局": "市场监督管理局",
    "食药监局": "市场监督管理局",
    "卫生和计划生育委员会": "卫生健康委员会",
    "卫计委": "卫生健康委员会",
    "农业局": "农业农村局",
    "扶贫开发办公室": "乡村振兴局",
    "扶贫办": "乡村振兴局",
    "文化广电新闻出版局": "文化广电和旅游局",
    "文广新局": "文化广电和旅游局",
}
_OLD_ENDING = re.compile("(" + "|".join(sorted(map(re.escape, _TAKEN_OVER), key=len, reverse=True)) + ")$")
# a new department some places name otherwise (自然资源和规划局 is 自然资源局 written in full)
_ALSO = {"生态环境局": ("生态环境分局",)}


def successors(name: str) -> tuple[str, str, list[str]]:
    """For an old department's name (县安监局): its old ending (安监局), the new one
    (应急管理局), and the short forms of the names its successor may be registered by
    (县应急局 …); ("", "", []) for any other name."""
    found = _OLD_ENDING.search(name.strip())
    if found is None or found.start() == 0:
        return "", "", []
    place, old = name.strip()[:found.start()], found.group(1)
    new = _TAKEN_OVER[old]
    return old, new, list(dict.fromkeys(short_form(place + ending) for ending in (new, *_ALSO.get(new, ()))))

"""Sentence patterns that leave a sentence without its subject (成分残缺), say the opposite
of what is meant (否定不当), say one thing twice (语义重复), run two sentence patterns into
one (句式杂糅) or join a list wrongly."""
from __future__ import annotations

import re
from typing import Iterator

from .base import finding
from .findings import Finding
from .gated import GatedPattern, gated

# 通过开展活动，使群众提高了意识。 The opening phrase cannot be the subject, and 使 needs one:
# the sentence has none. 通过开展活动，县应急局使… has one, and is left alone; so is a subject
# that opens with a word of 使 or 让 (使用灭火器的合格率…, 使命意识…, 让利于民的政策…).
_OPENING_THEN_SHI = gated(
    r"(?:^|(?<=[。！？；]))(通过|经过|由于|随着|在[^，。！？；]{1,30}下)[^。！？；\n]{0,40}?，"
    r"(使(?![用命者馆节劲])|让(?![利步位渡座]))", re.M)

# 避免事故不再发生: to avoid that it does not happen again says the opposite; 再次 is meant.
_AVOID_NOT_AGAIN = gated(r"(?:避免|防止|杜绝|以免|以防)[^，。！？；\n]{0,20}?(不再)(?=发生|出现|重演|反弹)")

# 截至6月30日止: 截至 already says "up to"; 止 or 为止 after the time point says it twice.
# (截至20时降雨已基本停止: 止 ends a word of its own there)
_UP_TO_TWICE = gated(r"截至(?!目前)[^，。；！？\n]{1,16}?(为止|(?<![停终中禁阻遏截休静制防不])止)(?=[，。；！？]|$)", re.M)

# 责任感和紧迫感和使命感: three alike words joined by 和 twice; the list takes a 顿号 between
# its first items and 和 only before the last. Alike: they end in the same character (…感,
# …性), which keeps 和平和发展 and the like out.
_AND_AND = gated(r"[\u4e00-\u9fff]{1,4}([\u4e00-\u9fff])(和)[\u4e00-\u9fff]{1,4}\1和[\u4e00-\u9fff]{1,4}\1")


# 会议由副县长王某主持会议: 会议由…主持 and …主持会议 run together; 参加会议的有各乡镇负责同志参加:
# 参加会议的有… and …参加会议 run together. The repeated word goes.
_MIXED = gated(
    r"(?P<o1>会议由)[^，。；！？\n]{1,30}?主持(?P<r1>会议)(?=[，。；！？]|$)"
    r"|(?P<o2>(?P<verb>参加|出席|列席)(?:会议|培训|活动|仪式|座谈会?)?的(?:还)?有)[^。；！？\n]{1,60}?(?P<r2>(?P=verb))"
    r"(?=[，。；！？]|$)", re.M)


# 防止发生交通事故的发生: 发生 said twice, once as the verb and once as the noun it ends on
_HAPPENS_TWICE = gated(r"(?P<verb>发生|出现)[^，。；！？\n]{1,12}?(?P<tail>的(?P=verb))(?=[，。；！？]|$)", re.M)


# 能否抓好安全生产，是发展的重要保证: 能否 says both outcomes, 保证 only the good one (两面对一面);
# …是关键 (a key either way) is left alone
_TWO_SIDED = gated(r"(?:^|(?<=[。！？；\n]))(?P<word>能否|是否|能不能)[^。！？；\n]{2,30}?，?是[^。！？；，\n]{0,30}?"
                        r"(?:保证|保障|前提|基础|条件|标志|体现|源泉|动力)(?=[。！？；]|$)", re.M)
# 从群众需求为出发点: 以……为…… (以群众需求为出发点) or 从……出发, not both halves of each
_FROM_AS = gated(r"(?:^|(?<=[，。；：！？\n])|(?<=[县市区镇乡村局委办]))(?P<word>从)(?![严快重实简宽长细优])"
                      r"[^，。；！？\n]{1,20}?为(?:出发点|落脚点|根本|中心|重点|导向|抓手|突破口|切入点|着力点)", re.M)


# 坚决避免不发生迟报, 难免不会发生事故: 避免 and 难免 already hold the negation; a 不 after them says
# the opposite (避免不必要的损失, 确保不发生 are right)
_NOT_AFTER_NEGATIVE = gated(r"(?P<verb>避免|防止|杜绝)[^，。；！？\n]{0,12}?(?P<w>不)(?=发生|出现)"
                                 r"|(?P<verb2>难免)(?P<w2>不)(?=会|出现|发生)")
# 已成为农民增收致富的重要，…: the attribute 的重要 is left without the noun it goes with (途径, 力量);
# 解决了一批群众反映强烈，…: what is solved is the problems, and they are not named. (…的关键 is a noun
# and ends its phrase rightly)
_NO_HEAD = gated(r"(?:成为|作为|是)[^，。；！？\n]{1,30}?的(?P<w>重要|主要|有效|有力|坚强|坚实)(?=[，。；！？]|$)"
                      r"|(?:解决|整治|回应|查处|处理|化解|整改|督办)了?[^，。；！？\n]{1,12}?"
                      r"(?P<w2>反映强烈|反映集中|普遍关注)(?=[，。；！？]|$)", re.M)
# 不仅该项目增加了收入，而且带动了就业: both clauses tell of one subject, so 不仅 goes after it (该项目不仅…)
_NOT_ONLY_FIRST = gated(r"(?:^|(?<=[。！？；\n]))(?P<w>不仅(?P<subject>(?:该|这|此|本|新建的?|新投用的?)[^，。；！？\n]{1,10}?))"
                             r"(?=[\u4e00-\u9fff]{2}了[^。；！？\n]*?，(?:而且|还|也|更)[\u4e00-\u9fff]{2}了)", re.M)
# 市人社局在全市范围内根治欠薪冬季专项行动: 在……范围内 names where, and what is done there has no
# verb of its own (开展, 组织 …) before the 行动 it names
_WHERE_NO_VERB = gated(r"在(?:全|本|各)[县市区镇乡省国][^，。；！？\n]{0,4}?(?P<w>范围内)"
                            r"(?P<gap>[^，。；！？\n]{2,20}?)(?:专项行动|行动|活动)(?=[，。；！？]|$)", re.M)
_LAUNCHING = gated(r"开展|组织|启动|实施|部署|举办|举行|进行|发起|展开|推进|掀起|推行|推广|落实|持续|深入|全面|集中"
                        r"|打响|参加|参与|的|中|期间")


# 本着实事求是的原则出发: 本着……的原则 and 从……出发 run together; 出发 goes
_IN_LINE_WITH_FROM = gated(r"本着(?![^，。；！？\n]*?从)[^，。；！？\n]{1,30}?(?:原则|精神|宗旨|态度)(?P<w>出发)")
# 具有重要。 发挥了积极，: the adjective is left without the noun it describes (意义, 作用)
_NO_NOUN = gated(r"(?:具有|具备|起到|发挥|产生)了?(?:十分|非常|极其|极为)?(?P<w>重要|重大|深远|积极|关键|显著|良好|突出)(?:的)?(?=[，。；！？]|$)", re.M)
# 为了进一步全县档案管理水平: an adverb of degree goes with a verb; a place after it means the
# verb (提高, 提升) was left out
_ADVERB_NO_VERB = gated(r"(?P<w>进一步|不断|切实|持续|有效|全面)(?=(?:全|本|我)[县市区镇乡省][^，。；！？\n]{2,20}?"
                             r"(?:水平|能力|质量|效率|效能|意识|成效)(?=[，。；！？]|$))", re.M)


def check_sentences(text: str) -> Iterator[Finding]:
    for m in _IN_LINE_WITH_FROM.finditer(text):
        yield finding("G-BLEND", text, m.start("w"), m.end("w"), "", why="“本着……原则”与“从……出发”混用：宜删去“出发”")
    for m in _NO_NOUN.finditer(text):
        yield finding("G-NO-HEAD", text, m.start("w"), m.end("w"), None, head="意义、作用等")
    for m in _ADVERB_NO_VERB.finditer(text):
        yield finding("G-NO-VERB-AFTER", text, m.start("w"), m.end("w"), m["w"] + "提高", word=m["w"])
    for m in _NOT_AFTER_NEGATIVE.finditer(text):
        group = "w" if m["w"] else "w2"
        yield finding("G-NOT-NOT", text, m.start(group), m.end(group), "", verb=m["verb"] or m["verb2"])
    for m in _NO_HEAD.finditer(text):
        if m["w"]:
            yield finding("G-NO-HEAD", text, m.start("w"), m.end("w"), None, head="途径、力量、保障等")
        else:
            yield finding("G-NO-HEAD", text, m.start("w2"), m.end("w2"), m["w2"] + "的问题", head="的问题")
    for m in _NOT_ONLY_FIRST.finditer(text):
        yield finding("G-NOT-ONLY", text, m.start("w"), m.end("w"), m["subject"] + "不仅")
    for m in _WHERE_NO_VERB.finditer(text):
        if not _LAUNCHING.search(m["gap"]):
            yield finding("G-NO-VERB", text, m.start("w"), m.end("w"), "范围内开展")
    for m in _TWO_SIDED.finditer(text):
        yield finding("G-TWO-SIDED", text, m.start("word"), m.end("word"), "", word=m["word"])
    for m in _FROM_AS.finditer(text):
        yield finding("G-FROM-AS", text, m.start("word"), m.end("word"), "以")
    for m in _OPENING_THEN_SHI.finditer(text):
        opening = "在……下" if m.group(1).startswith("在") else m.group(1) + "……"
        yield finding("G-NO-SUBJECT", text, m.start(2), m.end(2), None, opening=opening, verb=m.group(2))
    for m in _AVOID_NOT_AGAIN.finditer(text):
        yield finding("G-NEGATION", text, m.start(1), m.end(1), "再次")
    for m in _UP_TO_TWICE.finditer(text):
        yield finding("G-UP-TO", text, m.start(1), m.end(1), "")
    for m in _MIXED.finditer(text):
        repeated = "r1" if m["r1"] else "r2"
        opening = (m["o1"] or m["o2"]) + "……"
        yield finding("G-MIXED", text, m.start(repeated), m.end(repeated), "", opening=opening)
    for m in _HAPPENS_TWICE.finditer(text):
        yield finding("G-TWICE", text, m.start("tail"), m.end("tail"), "", verb=m["verb"])
    for m in _AND_AND.finditer(text):
        yield finding("G-AND-AND", text, m.start(2), m.end(2), "、")


# 目的是为了, 总计共, 过半数以上, 免费无偿, 亲自莅临, 不少于2次以上, 大约在5亿元上下,
# 可能偏多的可能性: one word already says what the other adds (语义重复)
_NUMBER = r"(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+)[万亿]?"
_REDUNDANT: list[tuple[GatedPattern, str]] = [
    (gated(r"目的(?:就|主要|正)?(?P<w>是为了)"), "“目的”与“为了”同义，“{found}”宜写作“{suggestion}”"),
    (gated(r"(?P<w>(?:总计|合计|共计)共)(?![同享建治商性识产青担济赢筑谋创生管用])"),
     "“{head}”已含“共”，“{found}”宜写作“{suggestion}”"),
    (gated(r"(?P<w>过半数?以上)"), "“过半”与“以上”同义，“{found}”宜写作“{suggestion}”"),
    (gated(r"(?P<w>免费无偿|无偿免费)"), "“免费”与“无偿”同义，“{found}”宜写作“{suggestion}”"),
    (gated(r"(?P<w>亲自莅临)"), "“莅临”已含亲自到来之意，“{found}”宜写作“{suggestion}”"),
    (gated(rf"(?P<w>不(?:少|低)于{_NUMBER}[\u4e00-\u9fff%]{{0,3}}?以上)"),
     "“不少于”与“以上”同义，“{found}”宜写作“{suggestion}”"),
    (gated(rf"(?P<w>(?:大约|大概)在)(?={_NUMBER}[\u4e00-\u9fff%]{{0,3}}?(?:上下|左右)(?![班级游楼车学水午文两为手侧开]))"),
     "“大约”与“上下”“左右”只用其一，“{found}”宜写作“{suggestion}”"),
    (gated(r"(?P<w>可能)(?!性)(?=[^，。；！？\n]{1,12}?的可能性)"), "“可能”与“可能性”同义，宜删去前一个“可能”"),
    (gated(r"(?P<w>首先第一|第一首先)"), "“首先”与“第一”只用其一，“{found}”宜写作“{suggestion}”"),
    # 由于连续强降雨的原因: 由于 already gives the cause; 由于历史的原因 (a noun, not a clause) is left alone
    (gated(r"(?:由于|因为)(?P<cause>[^，。；！？\n]{4,30}?)(?P<w>的原因)(?=[，。；！？]|$)", re.M),
     "“由于”“因为”已说明原因，句末“的原因”宜删去"),
    (gated(r"(?P<w>(?:仍然|依然|仍旧)还|还(?:仍然|依然))(?![原给款贷清债本建乡愿击手])"),
     "“仍然”与“还”同义，“{found}”宜写作“{suggestion}”"),
    # 重新再次组织, 再次重新: both say "once more"
    (gated(r"(?P<w>重新再次|再次重新|重新再一次)"), "“重新”与“再次”同义，“{found}”宜写作“{suggestion}”"),
    # 年满18周岁以上: 年满 already says "that age or more"
    (gated(r"年满(?:\d+|[一二三四五六七八九十]+)周?岁(?P<w>以上|及以上)"), "“年满”已含“以上”之意，宜删去“{found}”"),
    (gated(r"(?P<w>一律全部|全部一律)"), "“一律”与“全部”同义，“{found}”宜写作“{suggestion}”"),
    (gated(r"(?P<w>(?:目前|当前)现阶段|现阶段(?:目前|当前))"), "“目前”与“现阶段”同义，“{found}”宜写作“{suggestion}”"),
]
# 由于…的原因 when what comes before 的原因 is a noun that needs it (由于主客观方面的原因)
_CAUSE_NOUN = gated(r"(?:客观|主观|历史|个人|自身|家庭|技术|身体|资金|天气|政策|体制|机制|种种|其他|特殊|不可抗力|方面|等)$")


def _without_redundancy(found: str) -> str:
    if found == "是为了":
        return "是"
    if found.endswith("共") and found[:2] in ("总计", "合计", "共计"):
        return found[:2]
    if found.startswith("过半"):
        return "过半" if found == "过半以上" else "半数以上"
    if found in ("免费无偿", "无偿免费"):
        return found[:2]
    if found == "亲自莅临":
        return "莅临"
    if found.startswith("不") and found.endswith("以上"):
        return found[:-2]
    if found.endswith("在"):
        return "在"
    if found in ("首先第一", "第一首先", "一律全部", "全部一律"):
        return found[2:] if found.startswith("首先") or found.startswith("全部") else found[:2]
    if "还" in found:
        return found.replace("还", "")
    if found.startswith("重新再"):
        return "再次"
    if found == "再次重新":
        return "重新"
    if found in ("以上", "及以上"):
        return ""
    if "现阶段" in found:
        return "现阶段"
    return ""


# 审议并听取了报告 (one hears a report before debating it), 解决并发现问题, 都几乎建立了: the order is reversed
_ORDER = gated(r"(?P<w>审议(?P<a>并|和)听取|解决(?P<b>并|和)发现|(?<![首国京成旧故])都几乎)")

# 由于…所致, 原因是…造成的, 原因是因为…, 之所以…，主要原因是…: two ways of giving a cause run together
_CAUSE = gated(
    r"由于[^。！？；，\n]{2,40}?(?P<w1>所致)(?=[。！？；，]|$)"
    r"|原因(?:是|在于)[^。！？；，\n]{2,40}?(?P<w2>造成的|引起的|导致的|所致)(?=[。！？；]|$)"
    r"|原因(?:是|在于)(?P<w3>因为|由于)"
    r"|之所以[^。！？；\n]{1,30}?，(?:其)?(?:主要|最主要的|根本|关键)?(?P<w4>原因(?:是|在于))", re.M)


# 内容主要是法律法规为主: 主要是…… and 以……为主 run together (主要是以……为主 is left to the clerk:
# dropping 为主 alone would not mend it)
_MAINLY = gated(r"主要是(?!以)[^，。；！？\n]{2,30}?(?P<w>为主)(?=[，。；！？]|$)", re.M)
# 比去年同期相比增长3.2%: 比去年 and 与去年……相比 run together (the period compared with is named
# right after 比, so 占比, 同比 and 对比 are not met)
_COMPARED = gated(r"比(?<![对相类无好评排占环同正反堪可]比)(?:去年|上年|前年|上月|上季度|上半年|往年|上一年)(?:同期)?(?P<w>相比)")


# 制度、规程、预案等等资料: 等等 closes a list; before the noun that sums the list up it is 等
# (预案等等，都要规范 and 等等都要抓 end the list; 请大家等等再走 is the verb, with no list before it)
_ETC_ETC_NOUN = gated(r"、[^，。；：！？、\n]{1,12}(?P<w>等等)(?=[\u4e00-\u9fff])(?![都也均皆全一各还就又])")


def check_wording(text: str) -> Iterator[Finding]:
    for m in _ETC_ETC_NOUN.finditer(text):
        yield finding("G-ETC-NOUN", text, m.start("w"), m.end("w"), "等")
    for m in _MAINLY.finditer(text):
        yield finding("G-BLEND", text, m.start("w"), m.end("w"), "", why="“主要是……”与“以……为主”混用：宜删去“为主”")
    for m in _COMPARED.finditer(text):
        yield finding("G-BLEND", text, m.start("w"), m.end("w"), "", why="“比……”与“与……相比”混用：宜删去“相比”，或把“比”改为“与”")
    for pattern, why in _REDUNDANT:
        for m in pattern.finditer(text):
            if "cause" in m.groupdict() and _CAUSE_NOUN.search(m["cause"]):
                continue
            found = m["w"]
            suggestion = _without_redundancy(found)
            yield finding("G-REDUNDANT", text, m.start("w"), m.end("w"), suggestion,
                          why=why.format(found=found, suggestion=suggestion, head=found[:2]))
    for m in _ORDER.finditer(text):
        found = m["w"]
        joint = m["a"] or m["b"]
        if found.startswith("审议"):
            suggestion, why = f"听取{joint}审议", "先听取报告，后审议"
        elif found.startswith("解决"):
            suggestion, why = f"发现{joint}解决", "先发现问题，后解决"
        else:
            suggestion, why = "几乎都", "“几乎”修饰“都”"
        yield finding("G-ORDER", text, m.start("w"), m.end("w"), suggestion,
                      why=f"{why}：“{found}”宜写作“{suggestion}”")
    for m in _CAUSE.finditer(text):
        group = next(g for g in ("w1", "w2", "w3", "w4") if m[g])
        if group == "w4":
            suggestion, why = "是因为", f"“之所以……”与“原因是……”混用：“{m[group]}”宜写作“是因为”"
        elif group == "w3":
            suggestion, why = "", f"“原因是”与“{m[group]}”意思重复：宜删去“{m[group]}”"
        else:
            opening = "由于……" if group == "w1" else "原因是……"
            suggestion, why = "", f"前面已用“{opening}”，句末的“{m[group]}”宜删去"
        yield finding("G-CAUSE", text, m.start(group), m.end(group), suggestion, why=why)

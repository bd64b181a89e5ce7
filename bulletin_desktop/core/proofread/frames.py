"""的/地/得 and 在/再 told by their grammatical frame rather than by a listed phrase.

A frame is a class of words on each side of the particle: an adverbial (认真, 积极, 紧紧, 扎扎实实)
before and a verb or a preposition after calls for 地; a verb before and a degree word with its
adjective after (下降的十分明显) calls for 得; a degree word with its adjective before and a noun
that cannot be a verb after (最现实地利益) calls for 的. The word classes are short lists of the
words 简报 prose uses, so a new sentence built of them is caught without a listed phrase; a class
is only ever joined with another class that leaves one reading.
"""
from __future__ import annotations

import re
from typing import Iterator

from .base import finding
from .findings import Finding
from .gated import gated

_HAN = "\u4e00-\u9fff"

# Words that work as adverbials before a verb. Each may also describe a noun (积极的态度,
# 认真的讨论), which is why the word after the particle decides.
_ADVERBIAL = ("认真|积极|主动|扎实|切实|深入|全面|及时|耐心|热情|细致|严格|坚决|妥善|自觉|迅速|有序|稳步|逐步|"
              "逐一|稳妥|大力|持续|不断|依法|精准|有效|努力|全力|充分|广泛|尽快|大胆|彻底|密切|规范|科学|高效|"
              "有力|精心|统筹|反复|仔细|详细|周密|深刻|准确|合理|公正|客观|真正|真诚|诚恳|热心|用心|悉心|细心|虚心|"
              "全力以赴|耐心细致|认真细致|全心全意|尽心尽力|尽职尽责|一丝不苟|不折不扣|持之以恒|坚持不懈|"
              "坚定不移|毫不动摇|旗帜鲜明|义无反顾|毫不松懈|一以贯之|不遗余力|积极主动|积极稳妥|实事求是|因地制宜|"
              "紧紧|牢牢|深深|狠狠|稳稳|默默|好好|早早|细细|静静|悄悄|慢慢|轻轻|实实在在|扎扎实实|认认真真|"
              "踏踏实实|切切实实|真真正正|清清楚楚|明明白白|仔仔细细|稳稳当当|高高兴兴|平平安安|热热闹闹")
# an adverbial of the AABB shape not in the list (勤勤恳恳, 兢兢业业)
_AABB = rf"(?P<a>[{_HAN}])(?P=a)(?P<b>[{_HAN}])(?P=b)"
# a 不 or 没 before the adverbial makes it describe a person (工作不认真的干部)
# (the lookahead first: a place with no 的 or 得 a few characters on is passed over at once)
_ADVERBIAL_AT = rf"(?=[{_HAN}]{{2,4}}[的得])(?<![不未没很最更])(?P<adv>{_ADVERBIAL}|{_AABB})"

# Verbs of 简报 prose that take an object. After an adverbial and 的 most of them may also be a
# noun (认真的讨论, 有效的防范措施, 及时的处置避免了…): they count as verbs only with 了, 着 or
# 过 after them, or an object that opens on a word no noun phrase goes on with (各, 全, 有关…).
_VERB = ("履行|贯彻|落实|执行|推进|推动|开展|组织|解决|化解|处置|处理|应对|防范|排查|整治|"
         "整改|查处|打击|保障|维护|提升|提高|加强|强化|改善|优化|完善|健全|建立|构建|打造|培育|发展|促进|带动|"
         "服务|帮助|指导|督促|引导|宣传|宣讲|讲解|解答|回应|听取|征求|收集|了解|掌握|学习|领会|研究|讨论|分析|"
         "谋划|部署|安排|实施|参与|配合|协调|对接|衔接|支持|关心|关注|关爱|看望|慰问|走访|接待|受理|办理|审核|"
         "审查|核查|检查|督查|巡查|监测|监督|管理|治理|清理|整合|统筹|推广|普及|传达|传承|弘扬|践行|遵守|坚持|"
         "团结|凝聚|动员|组建|完成|实现|提供|争取|谋求|投入|推行|探索|创新|破解|攻克|感受|体会|表达|讲述|记录|"
         "展示|展现|回答|依靠|依托|融入|投身|承担|担负|肩负|带领|教育|告知|提醒|通知|发放|核实|核对|摸排|登记|劝导|劝阻|倾听")
# Verbs that are never the head of a noun phrase: a verb with its result (做好, 压实, 扛起) and a
# few that only ever take an object (履行, 贯彻, 团结, 依靠); any word after them is their object.
_VERB_ONLY = ("做好|抓好|做实|抓实|做细|用好|管好|守好|办好|扛起|扛牢|担起|压实|压紧|筑牢|守住|守牢|补齐|补上|"
              "把握|抓住|发挥|履行|贯彻|团结|依靠|牢记|树立|投身|融入|肩负|担负|"
              "打赢|打好|打牢|夯实|织密|织牢|拧紧|绷紧|兜牢|兜住|盯紧|抓牢|管牢|看牢|守稳")
_OBJECT_START = "了|着|过|各|全|本|该|有关|相关|上级|广大|群众|每一|每个|每位|辖区|这些|一批|一系列|党的|国家"
_PREPOSITION = ("为(?![主期止宜人首此何准])|向(?![导往来度上下])|把(?![握关手])|将(?![来军领士近])|与(?!会)|"
                "同(?![志时样期比])|给(?!予)|跟(?!踪)|对(?![策象手照比口应称等外内于此接话])|围绕|针对")
# what turns the verb after 的 into part of a noun: a suffix (参与者, 服务站), or an adverb opening
# the predicate of which it is the subject (挨家挨户的通知已送达)
_NOUN_AFTER = r"(?:者|人员|人|度|性|率|力度|能力|意识|工作|活动|精神|作用|态度|作风|的|已|均|都|也|还|正|将|被|是)"
# words before the adverbial that make the 的 phrase a noun: 进行了认真的讨论, 通过积极的宣传
_NOUN_FRAME = (r"(?:进行|开展|经过|通过|作出|做出|给予|予以|加以|得到|受到|需要|有|是|一次|这次|此次|本次|一场|一轮|"
               r"更加|更|很|最|非常|十分|多么|如此|这样|那样|这种|那种|离不开|得益于|有赖于|在|给|带来|提供|送去)了?$")

_DE_FOR_DI = gated(
    rf"{_ADVERBIAL_AT}(?P<de>的)(?:(?P<prep>{_PREPOSITION})|(?P<verb>{_VERB_ONLY})(?=[{_HAN}])|"
    rf"(?P<verb2>{_VERB})(?={_OBJECT_START})|"
    # any two characters with 了 after them are a verb done (认真的研读了), whatever the list says
    rf"(?P<verb3>[{_HAN}]{{2}})(?=了(?![解结却]))(?<!一次)(?<!时候))")
# A reduplicated adverbial (紧紧, 扎扎实实, 挨家挨户) describes a doing far more often than a thing: any verb
# of the list with a word after it is a verb there (踏踏实实的帮助群众); 实实在在的帮助 after 给,
# 带来 or 提供 is a thing, and the noun frame keeps it
_REDUPLICATED = ("紧紧|牢牢|深深|狠狠|稳稳|默默|好好|早早|细细|静静|悄悄|慢慢|轻轻|实实在在|扎扎实实|认认真真|踏踏实实|"
                 "切切实实|真真正正|仔仔细细|勤勤恳恳|兢兢业业|老老实实|大大方方|干干净净|清清楚楚|明明白白|"
                 "挨家挨户|挨门挨户|逐家逐户|走村串户|走村入户")
_REDUPLICATED_DE = gated(
    rf"(?=[{_HAN}]{{2,4}}的)(?P<adv>{_REDUPLICATED})(?P<de>的)(?:(?P<verb>{_VERB_ONLY})|(?P<verb2>{_VERB}))(?=[{_HAN}])")
_DE_FOR_DE = gated(rf"{_ADVERBIAL_AT}(?P<de>得)(?:{_PREPOSITION}|(?:{_VERB})(?!到|以|益|力|出|知))")

# 下降的十分明显: a verb, then a degree word and an adjective closing the clause: the adjective
# says how the verb went, and takes 得. 开展的很多活动 (很多 counts), 采取的非常措施 (非常 as
# "extraordinary") and …十分明显的效果 (the adjective goes on to a noun) are other frames.
_CHANGE_VERB = ("下降|上升|增长|增加|减少|提高|提升|降低|回落|改善|好转|变化|发展|推进|进展|落实|开展|执行|完成|"
                "组织|部署|准备|处理|解决|整改|宣传|贯彻|实施|推动|增强|加强|扩大|缩小|加快|放缓|恢复|转变|改变")
_DEGREE = "十分|非常|很|比较|较为|更加|更为|特别|相当|极为|格外|越来越|尤为|尤其"
# 打扫的干干净净。 开展的有条不紊。: a vivid adjective closing the clause after 的 says how a thing
# was done, whatever the verb; before a noun it keeps 的 (干干净净的街道)
_VIVID = ("干干净净|清清楚楚|明明白白|整整齐齐|扎扎实实|妥妥当当|稳稳当当|踏踏实实|仔仔细细|红红火火|热热闹闹|"
          "漂漂亮亮|满满当当|井井有条|有条不紊|有声有色|淋漓尽致|轰轰烈烈|一清二楚|一干二净")
_DE_FOR_COMPLEMENT = gated(
    rf"(?<![{_HAN}]的)(?:{_CHANGE_VERB})(?P<de>的)(?:{_DEGREE})(?!多|少|规|之)[{_HAN}]{{1,2}}(?=[，。；！？、]|$)", re.M)
_DE_FOR_VIVID = gated(rf"的(?<=[{_HAN}]的)(?:{_VIVID})(?=[，。；！？]|$)", re.M)
# 工作做的细致周到。 抓的很实。 做的更细更实。: 做, 干, 抓, 办 and 搞 with 的 and words that say how well it went
# closing the clause; 所做的 is what was done (所做的工作), and 做的好事 goes on to a noun
_HOW_WELL = ("细致|扎实|到位|出色|周到|及时|充分|规范|认真|精细|圆满|漂亮|实在|好|实|细|稳|快|准|不错|不够|"
             "紧|严|牢|很好|更好|最好|很实|很细|很快|很稳|有声有色|井井有条|扎实有效|细致周到|扎实细致|认真细致")
_DE_FOR_HOW_DONE = gated(rf"(?<![所的])(?:做|干|抓|办|搞)(?P<de>的)(?:(?:{_DEGREE}|更|最)?(?:{_HOW_WELL})){{1,2}}"
                         rf"(?=[，。；！？、]|$)", re.M)
# 把工作做地更细更实。 做地扎扎实实。: the same frame typed with 地; 做地 and 干地 are no words, and
# the clause closing on how well it went leaves no adverbial reading
_DI_FOR_HOW_DONE = gated(rf"(?<![所的])(?:做|干|抓|办|搞)(?P<de>地)(?:(?:{_DEGREE}|更|最)?(?:{_HOW_WELL}|{_VIVID})){{1,2}}"
                         rf"(?=[，。；！？]|$)", re.M)

# 最现实地利益, 更加突出地问题: a degree word and an adjective describe the noun after them,
# with 的; 最大限度地减少 goes on to a verb and keeps 地. The nouns here are never verbs.
_HEAD_NOUN = ("利益|问题|需求|诉求|权益|成效|效果|成果|意义|作用|地位|目标|任务|措施|举措|办法|途径|基础|条件|环境|"
              "氛围|局面|水平|质量|作风|态度|力量|队伍|群众|企业|项目|资金|设施|产品|农资|政策|制度|机制|体系|短板|"
              "难题|矛盾|风险|隐患|事情|实事|民生|位置|方向|阶段|时期|领域|环节|因素|内容")
# characters that make a word with 地 after them (基地, 各地, 当地, 耕地, 园地)
_WORD_BEFORE_DI = "基各本当实土耕林草湿园场阵高洼山田属异就陆内源领境宅产圣腹盆营驻绿菜墓坟宝工外目此该两"
_DI_FOR_DE = gated(
    rf"(?:最|更|更加|很|非常|十分|特别|极为|比较|较为|相当|尤为)[{_HAN}]{{2}}(?P<di>[地得])(?={_HEAD_NOUN})"
    # 供销社地农资: a body's name, then 地 and a noun; 局地 (a local area), 院地, 校地 are words
    rf"|(?:社|委|厅|站|司|政府|部门|单位|企业|中心|集团|合作社|公司)(?P<di2>地)(?={_HEAD_NOUN})"
    # 营造风清气正地政治生态: what is built or formed is a state of things, and the four-character
    # phrase before it describes it; 基地, 各地, 当地 and the like end in 地 themselves
    rf"|(?:营造|形成|构建|打造|创造|塑造|呈现|展现)(?:了|出)?[{_HAN}]{{4}}(?<![{_WORD_BEFORE_DI}])(?P<di3>地)"
    rf"(?=(?:政治|社会|发展|营商|舆论|工作|治理|安全|生态)?(?:生态|氛围|环境|格局|局面|态势|风气|导向|秩序))")

# 对发现的问题要在全面排查一遍: after a modal, 在 before a verb of checking and its 一遍 (一轮, 一次)
# says the work is done once more, 再; 在 names no place or time there. The clause may close
# there or go on with what is checked (要在全面排查一遍水毁工程), not with 一次性
_ONCE_MORE = gated(r"(?<=[要将需应须并])(?P<w>在)(?:全面|彻底|认真|仔细|逐一|集中|重新|统一|组织)?"
                   r"(?:排查|检查|清理|核查|核对|梳理|整治|巡查|督查|复查|培训|宣传|演练|研究|审核|走访|摸排|清查)"
                   r"(?:一遍|一轮|一次(?!性)|一下)(?=[^，。；！？\n]{0,12}?(?:[，。；！？]|$))", re.M)
# 整改完成后在组织复验: after a step is done, 再 says what follows it; 在 before a bare verb has no
# place to name. 完成后在组织部备案 and 后在开展整治过程中 name a place or a time, and stay.
_AFTER_STEP = gated(
    rf"[{_HAN}]{{2}}(?<!然)(?:之|以)?后，?(?P<w>在)"
    rf"(?=(?:组织|开展|进行|召开|实施|申报|提交|报送|上报|复验|复查|复核|验收|启动|安排|部署|下发|印发|报批|审核|"
    rf"研究|推广|实行|投入|办理|发放|拨付|兑现|公布|公示|签订|签署|予以|按照|按程序)"
    rf"(?![部处科中上下内里])(?![^，。；！？\n]*?(?:过程|期间|之际|时候|[中时](?=[，。；！？]|$))))", re.M)


# 在县委的正确领导，全县……: 在 opens a frame that 下 (or 中, 上) closes; without it the phrase
# has no end
_UNDER_OPEN = gated(r"(?:^|(?<=[，。；！？\n]))在[^，。；！？\n]{1,30}?的(?:正确|坚强|大力|亲切|精心|有力|共同)?"
                         r"(?P<w>领导|指导|支持|帮助|关心|关怀|带领|推动|努力|配合)(?=，)", re.M)
# 向分管领域的工作负直接领导责任: one bears a 责任 for something, 对; 向人民负责 (answer to) stays
_ANSWER_FOR = gated(r"(?:^|(?<=[要应须并，。；\n]))(?P<w>向)[^，。；！？\n]{1,24}?负(?:起)?(?:直接|主要|全面|首要|第一|"
                         r"领导|监管|管理|主体|全部|相应){0,3}责任", re.M)


def check_frames(text: str) -> Iterator[Finding]:
    for m in _UNDER_OPEN.finditer(text):
        yield finding("G-FRAME-OPEN", text, m.start("w"), m.end("w"), m["w"] + "下", word=m["w"])
    for m in _ANSWER_FOR.finditer(text):
        yield finding("F-DUI", text, m.start("w"), m.end("w"), "对")
    for m in _DE_FOR_DI.finditer(text):
        if _reads_as_noun(text, m):
            continue
        yield finding("F-DI", text, m.start("de"), m.end("de"), "地", word=m["adv"])
    for m in _REDUPLICATED_DE.finditer(text):
        if not _reads_as_noun(text, m) and not _DE_FOR_DI.match(text, m.start()):
            yield finding("F-DI", text, m.start("de"), m.end("de"), "地", word=m["adv"])
    for m in _DE_FOR_DE.finditer(text):
        yield finding("F-DI", text, m.start("de"), m.end("de"), "地", word=m["adv"])
    for m in _DE_FOR_COMPLEMENT.finditer(text):
        yield finding("F-DE-COMPLEMENT", text, m.start("de"), m.end("de"), "得")
    for m in _DE_FOR_VIVID.finditer(text):
        yield finding("F-DE-COMPLEMENT", text, m.start(), m.start() + 1, "得")
    for pattern in (_DE_FOR_HOW_DONE, _DI_FOR_HOW_DONE):
        for m in pattern.finditer(text):
            yield finding("F-DE-COMPLEMENT", text, m.start("de"), m.end("de"), "得")
    for m in _DI_FOR_DE.finditer(text):
        group = next(g for g in ("di", "di2", "di3") if m[g])
        yield finding("F-DE-NOUN", text, m.start(group), m.end(group), "的", found_char=m[group])
    for pattern in (_AFTER_STEP, _ONCE_MORE):
        for m in pattern.finditer(text):
            yield finding("F-ZAI-AGAIN", text, m.start("w"), m.end("w"), "再")


_NOUN_AFTER_RE = gated(_NOUN_AFTER)
_NOUN_FRAME_RE = gated(_NOUN_FRAME)


def _reads_as_noun(text: str, m: re.Match[str]) -> bool:
    """Whether the 的 phrase reads as a noun: a verb of the sentence leads it in (进行了认真的讨论)
    or the verb after 的 is itself part of a noun (积极的参与者, 热情的服务让群众满意)."""
    lead = text[max(0, m.start("adv") - 6):m.start("adv")]
    if _NOUN_FRAME_RE.search(lead):
        return True
    if m["verb2"] is None:
        return False  # a preposition, or a verb that is never a noun (把握, 履行)
    return bool(_NOUN_AFTER_RE.match(text, m.end("verb2")))

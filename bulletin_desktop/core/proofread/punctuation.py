"""GB/T 15834—2011 标点符号用法: forms, pairs, doubled marks, approximate numbers, ranges;
and the spacing and full-width characters that come with them."""
from __future__ import annotations

import re
from functools import cache
from typing import Iterator

from .base import finding, lines_with_starts
from .chars import CLOSING, CN_VALUES, HAN, OPENING, PAIRS
from .findings import Finding
from .gated import GatedPattern, gated
from .lists import law_names

_FULL = {",": "，", ";": "；", ":": "：", "!": "！", "?": "？"}
# A half-width mark touching a 汉字 or a Chinese quote/bracket; 8:30, 1,000 and PM2.5 have none.
_HALF_MARK = gated(rf"(?<=[{HAN}{CLOSING}])[,;:!?]|[,;:!?](?=[{HAN}{OPENING}])")
# (a figure closing a paragraph of Chinese, its mark typed half-width: …同比下降16.7%,)
_HALF_MARK_AT_END = gated(r"(?<=[\d%‰℃])[,;!?]$", re.M)
# (…分别增长12.3%和15.6%. : a full stop; no decimal point ends a paragraph)
_HALF_PERIOD_AT_END = gated(r"(?<=[\d%‰℃])\.$", re.M)
# not before a letter or a digit (通知.docx, 附件.1); before the next sentence's 汉字 it is
# a full stop typed half-width (加强组织领导.二是…), also struck twice (整改隐患16处..); three
# are an ellipsis typed half-width, another rule's
_HALF_PERIOD = gated(rf"(?<=[{HAN}{CLOSING}])(?:\.\.(?!\.)|\.(?![.0-9A-Za-z_])"
                     # (…4A级景区3家.3A级景区6家: a figure and the words it counts follow; 附件.1 and
                     # 通知.docx end there or go on in letters, a file's name)
                     rf"|\.(?=\d+[A-Za-z]*[{HAN}]))")
# 《关于……的通知。》: a title ends without a full stop (GB/T 15834—2011 4.1.3.1: a title takes
# none; the stop belongs after the closing mark, if the sentence ends there)
_STOP_IN_TITLE = gated(r"。(?=[》〉])")
_HALF_PARENS = gated(r"\(([^()\n]{0,60})\)")
# "…" and the full-width straight ＂…＂ some input methods and PDF copies give; '…' too, where no
# letter or digit touches it (Xi'an, 90's use the mark as an apostrophe)
_HALF_QUOTES = gated(r'(["＂\'])([^"＂\'\n]{1,80})\1')
_LETTER_OR_DIGIT = gated(r"[A-Za-z0-9]")
_HAS_HAN = gated(f"[{HAN}]")
_DOUBLE = gated(r"[，。、；：！？][，。、；：！？]+")
_DOUBLE_PERCENT = gated(r"%%+|％％+")  # 95.6%%: the sign typed twice
# “党政同责”、“一岗双责”: quoted or titled items in a row usually take no 顿号 between them (4.5)
# the inner pair of a quotation in a quotation, a title in a title (4.8, 4.15)
_INNER_FORM = {"“": ("‘", "’"), "《": ("〈", "〉")}
_QUOTED_SERIES = gated(r"”、(?=“)|》、(?=《)")
_ELLIPSIS = gated(rf"(?<=[{HAN}，、”])\.{{3,}}|。{{3,}}|(?<!…)…(?!…)")
# 三、四名: two neighbouring numerals for an approximate count take no 顿号 (4.5.3.5).
# 三、四十人 and 五、六百家 too; 一、二年级 names two grades and keeps its 顿号.
_APPROX = gated(r"(?<!第)([一二三四五六七八九])、([二三四五六七八九十])"
                     r"(?=[十百千万]?(?:年(?!级)|[名个人次天家处条项件位辆台吨岁倍]))")
# 5、6名 and 3、4个: the same approximation written in digits; it is written in Chinese numerals,
# without the 顿号 (五六名). 5、6月 names two months and 第5、6名 two places: they keep it
_APPROX_DIGITS = gated(r"(?<![\d第.、])([1-8])、([2-9])(?=[名个人次天家处条项件位辆台岁](?!以|份|月|号))")
# 每3、5天 and 约2、4个月: the two ends of a span of time, after a word that asks for a length (每, 约,
# 需要 …), written with the 顿号 of a list; a span takes 至 or the dash between its ends (4.13.3.2).
# 分别于3、5日 and 第3、5天 name days; neighbours (3、4天) are an approximation (P-APPROX)
_SPAN_LISTED = gated(r"(?:(?<=[每约近需隔])|(?<=需要)|(?<=为期)|(?<=历时)|(?<=持续)|(?<=提前)|(?<=延长)|(?<=缩短)|(?<=用时))"
                     r"(\d{1,2})、(\d{1,2})(?=个?(?:天|小时|分钟|周|个月|年(?![级度份])|个工作日))")
# 会议指出：“要守住底线。”。: a quotation that ends its own sentence inside the quotation marks
# takes no second full stop after them (4.1.3.1)
_END_AFTER_QUOTE = gated(r"(?<=[。！？])[”’](。)")
# 他说“这次检查很及时”: words said, quoted after 说, 道 or 问, are introduced by a colon (4.7.3.1).
# 道 says only after a verb of saying (写道, 问道): 通道“最后一公里”, 老街街道“红色物业” and 知道
# “有事找网格员” name or quote a thing. A word or two in quotes (说“不”) names a word; nobody is quoted
# 县委书记指出，“防汛就是防风险。”: a comma after the verb of saying, before a quoted sentence
# of one's own (it ends on its stop inside the quotes); 强调，“十四五”期间… quotes a name, not words said
_SAID_COMMA = gated(r"(?:(?<![小传听据解述学游劝诉常总所])说|指出|强调|表示|认为|提出|坦言|感慨|介绍)(?P<mark>，)"
                         r"(?=“[^“”\n]{4,}?[。！？]”)")
_SAID_QUOTE = gated(r"(?:(?<![小传听据解述学游劝诉常总所])[说问]|(?<=[说写问答叹笑喊叫嚷吼讲慨])道)(?=“)"
                         r"(?!“[^”，。！？\n]{1,2}”)")
# 县委县政府, 市委市政府: the party committee and the government of one place are two bodies
# named side by side, with a 顿号 between them (4.5.3.1): 县委、县政府. Written together they are
# common and accepted in 简报 prose; only a text that also writes them apart is told to keep to one.
_ORGANS = gated(r"([省市县区镇乡])(?:党)?委(?=\1(?:人民)?政府)")
_ORGANS_APART = gated(r"([省市县区镇乡])(?:党)?委、\1(?:人民)?政府")
# 20-30人, 800-1000毫米: a range of values with a hyphen between its ends, which takes the wave dash
# (4.13.3.3; the project also admits the 一字线). Only before what counts or measures the values: 1-2号楼,
# GB 50016-2014 and 0391-2345678 number things; spans of time are P-RANGE's
_RANGE_VALUES = gated(r"(?<![0-9A-Za-z_\-–~－./:：])\d+(?:\.\d+)?(?P<dash>[-－])\d+(?:\.\d+)?(?=[万亿千]?"
                      r"(?:人次|平方米|立方米|毫米|厘米|公里|千米|公顷|万元|小时|分钟"
                      r"|[人名家元户件处所台辆吨亩米岁℃套头只株棵起次个项份场座天周])"
                      r"(?![号楼栋层室期批届版型级类区组]))")
# 7月18日-20日: a range of dates takes the 一字线 (4.13.3.2), never a hyphen or a half-width tilde.
# 7月18日-20日, 2021-2022年, and a range inside the year or the month: 2023年1-6月, 5月3-5日
_RANGE = gated(r"(?=\s*[-–~－])(?:(?<=\d[年月日])\s*[-–~－]\s*(?=\d)|(?<=\d{4})[-–~－](?=\d{4}年)"
                    r"|(?:(?<=年\d)|(?<=年\d\d))[-–~－](?=\d{1,2}月)|(?:(?<=月\d)|(?<=月\d\d))[-–~－](?=\d{1,2}日)"
                    r"|(?<=(?<![0-9A-Za-z_\-–~－./:：])\d)[-–~－](?=\d{1,2}[月日](?!\d))|(?<=(?<![0-9A-Za-z_\-–~－./:：])\d\d)[-–~－](?=\d{1,2}[月日](?!\d))"
                    # a span of time counted in days, weeks, hours, years: 3-5天, 2-3个工作日 (a 3~5天
                    # in the wave dash 4.13.3.2 also admits is left alone; 1-2号楼 numbers things)
                    r"|(?<=(?<![0-9A-Za-z_\-–~－./:：])\d)[-–－](?=\d{1,3}(?:天|周|个?小时|分钟|个?月|个?工作日|年(?!级))(?!\d))"
                    r"|(?<=(?<![0-9A-Za-z_\-–~－./:：])\d\d)[-–－](?=\d{1,3}(?:天|周|个?小时|分钟|个?月|个?工作日|年(?!级))(?!\d)))")
# (the last two: a range of months or days on its own, 6-7月 and 5-7日; not a standard's number
# GB 5749-2022, a date 2024-06-05, a telephone number or a model, which have no 月 or 日 after them)
PARAGRAPH_END_RULES = frozenset({"P-END", "P-END-NONE"})  # about how a paragraph ends
HEADING_EXEMPT_RULES = frozenset({"P-END-NONE"})  # a heading (a title, a paragraph wholly bold) ends bare
_END = gated(r"[，、]$", re.M)  # a paragraph never ends on a comma or a 顿号
# A paragraph of clauses (a ，or ；in it) whose last sentence has no closing mark: the 。 was
# forgotten. Headings (一、 （一） 1. 一是 【…】) and labelled lines (送：, 编辑：) end bare.
_NO_END = gated(rf"^(?![一二三四五六七八九十]+[、是]|[（(][一二三四五六七八九十\d]+[）)]|\d+[.．、]|【|[^，。：\n]{{1,6}}："
                     rf")(?=[^\n]*[，；])[^\n]{{13,}}([{HAN}\d%]|(?<![。！？…])[”》])$", re.M)
# 《安全生产月》活动, 《全县防汛工作会议》: an activity or a meeting is not a work, and takes no
# 书名号 (an activity's name goes in quotes); 《安全生产法》宣传活动 names a work and keeps them
_ACTIVITY_TITLED = gated(r"《([^《》\n]{2,30})》(?=(?:主题)?(?:宣传)?(?:活动|行动|专项行动|竞赛|比赛|宣传周|宣传月))")
# (a programme watched, 观看《中国诗词大会》, is a work of television and keeps them)
_MEETING_TITLED = gated(r"(?<!观看)(?<!收看)(?<!收听)(?<!播出)(?<!播放)"
                             r"《([^《》\n]{0,30}(?:会议|大会|座谈会|推进会|现场会|培训班|论坛))》(?!节目|栏目)")
_WORK_ENDING = gated(r"(?:法|条例|规定|办法|通知|方案|意见|决定|决议|纲要|规划|计划|要点|报告|细则|准则|标准|规范|规程|章程|公约|"
                          r"指南|手册|本|编|选|辑|卷|纪要|公报|公告|通告|通报|简报|杂志|报|书|集|志|剧|歌|曲|诗|片|图|录|记|论|史|"
                          r"典|令|函|规则|制度|守则|须知|教材|讲话|宣言|批复|清单|目录|协议)$")
# 印发“关于做好…的通知”: a document's title takes 书名号 (4.15.1), not quotation marks
_DOC_KINDS = ("通知|意见|实施意见|指导意见|方案|实施方案|工作方案|办法|规定|决定|报告|请示|批复|函|细则|实施细则|"
              "规划|纲要|预案|公告|通告|通报|若干措施|措施|条例|规则|计划|行动计划|工作要点|要点")
# “关于……的通知” is a document's title wherever it is quoted; a party regulation (“中国共产党纪律处分
# 条例”) or a law (“中华人民共和国……法”) named in quotes is one too
_DOC_QUOTED = gated(r"(?P<quoted>“(关于[^“”\n]{2,60}的(?:" + _DOC_KINDS + r")"
                         r"|中国共产党[^“”\n，。；]{2,30}(?:条例|准则|规定|规则|办法|章程)"
                         r"|中华人民共和国[^“”\n，。；]{2,30}(?:法|条例))”)")
# 查看了各企业是否落实了责任制？: a statement that only reports a question (an indirect question,
# 是否 after a verb of checking with a subject or a word before it) ends with a full stop; a direct
# question keeps its ？, and so does a checklist's line opening on its verb (检查企业是否建立台账？)
_INDIRECT_QUESTION = gated(r"(?:^|(?<=[。！？；\n]))(?P<clause>[^。！？；：“”\n]+?(?:查看|检查|核查|了解|审查|排查|督查|"
                                r"调查|核实|察看|确认|评估|研究|考察|掌握|关注|询问|检验|抽查)[^。！？；：“”\n]{0,40}?是否"
                                r"[^。！？；：“”\n]*)(?P<mark>？)", re.M)
# 研究了如何提升服务效能？ 围绕如何推动产业振兴进行了讨论？: a question word (如何, 怎样) after a
# verb of studying or asking, with nothing between them to start a question of its own (a comma,
# 该, 应该), is part of a statement
_INDIRECT_HOW = gated(r"(?:^|(?<=[。！？；\n]))(?P<clause>[^。！？；：“”\n]*?(?:研究|讨论|探讨|围绕|思考|交流|分析|商讨|谋划|聚焦|"
                           r"咨询|询问|了解|介绍|讲解|说明|解答|明确|请教|座谈)了?[^。！？；：“”，\n]{0,20}?"
                           r"(?P<word>如何|怎样|怎么)[^。！？；：“”\n]*)(?P<mark>？)", re.M)
_ASKING_ITSELF = gated(r"吗|呢|么|吧|难道|为什么|为何|是不是|能不能|有没有|要不要|会不会|还是|该|应当|能否")
_DIRECT_QUESTION = gated(r"吗|呢|么|吧|难道|怎么|怎样|如何|为什么|为何|何以|谁|哪|什么|多少|几[个名家项次天]|"
                              r"是不是|能不能|有没有|要不要|会不会|可不可以|对不对|好不好|还是")
# 要重点抓好三项工作：一是……: a second colon inside a sentence already opened by a colon (the
# colon that leads a counted list), where a comma belongs; colons are not nested (4.7.3)
_NESTED_COLON = gated(r"：(?P<between>[^。！？；：“”‘’《》\n]{2,60}?(?:[一二三四五六七八九十两几\d]+(?:项|个|条|点|种|件|类|大|方面)"
                           r"[\u4e00-\u9fff]{0,6}|如下|以下几点|以下))(?P<mark>：)(?=[^\n])")
# <安全生产法>: angle brackets round Chinese, for 书名号; a<b>c and tags have no 汉字 inside, and
# AQI<50时为优，AQI>100时 has two comparisons (a number after the first sign, a clause between)
_HALF_BOOK = gated(rf"<(?!\d)([^<>\n，。；]*[{HAN}][^<>\n，。；]*)>")
# 三个到位--责任到位: hyphens for the 破折号 between Chinese
_DASH = gated(rf"(?<=[{HAN}”）])(?:-{{2,}}|－{{2,}})(?=[{HAN}“（])")
# 等…… and ……等 closing a list (消防、燃气等……): the ellipsis already says "and so on";
# 还在等…… waits, and has no list before it
_ETC = gated(r"(等等?)(……|…)|(……|…)(等等?)")
# 张三、李四、等人: 等 follows the last item without a 顿号 (not 规模、等级, 、等待, 、等保测评)
_COMMA_ETC = gated(r"、(?=等(?![级次同待候号值效量高分第身保]))")
# 重点行业、重点领域、的安全检查: a 顿号 left after a list's last item, before its 的 (的确, 的士 are words)
_COMMA_DE = gated(r"、(?=的(?![确士哥]))")
_CLAUSE_START = gated(r".*[，。；：！？“”]", re.S)
# full-width digits and letters, and a full-width ％ or ．after a number (95％, 3．5)
_FULLWIDTH_ALNUM = gated(r"[０-９Ａ-Ｚａ-ｚ]+(?:[．][０-９]+)?％?|(?<=[0-9])[．](?=[0-9])|(?<=[0-9０-９])％"
                         r"|(?<=[0-9][ \u3000\u00a0])％")
# One stray space between words. Two or more together there are set on purpose: the cells
# of a table's row (东城区  56  100%), an office and its date or the sign-off's names spaced
# apart. After a sentence's mark any run is stray (。　　 an indent left inside a paragraph).
_SPACE_HAN_ALNUM = gated(
    rf"(?<=[{HAN}])[ \u3000\u00a0](?=[0-9A-Za-z])|(?<=[0-9A-Za-z%])[ \u3000\u00a0](?=[{HAN}])")
# a space between a figure and its percent or per mille sign (95 %): GB/T 15835 writes them
# together (63%～68%), and so do 公文; one space only, as a table's cells stand further apart
_SPACE_BEFORE_PERCENT = gated(r"(?<=[0-9])[ \u3000\u00a0](?=[%％‰])")
_SPACE_HAN_HAN = gated(rf"(?<=[{HAN}])[ \u3000\u00a0](?=[{HAN}“（《])"
                            rf"|(?<=[，。、；：！？”）》])[ \u3000\u00a0]+(?=[{HAN}“（《])"
                            rf"|(?<=[{HAN}])[ \u3000\u00a0](?=[，。、；：！？”）》])")
# a title in two or more parts (筑牢校园安全防线 守护师生平安健康): a line of phrases without a
# sentence's punctuation, the space between them set on purpose
_TITLE_PART = rf"[{HAN}0-9“”《》、·—]{{4,}}"
_PARTED_TITLE = gated(rf"{_TITLE_PART}(?:[ \u3000]{{1,2}}{_TITLE_PART})+")
# such a title cited in running text keeps its space: 《高举中国特色社会主义伟大旗帜 为全面建设…而团结奋斗》;
# the name of a law or a document has none (《中华人民共和国 安全生产法》 was cut by a line break)
_CITED_TITLE = gated(r"《([^《》\n]+)》")
_DOCUMENT_NAME = gated(r"(?:法|条例|规定|办法|通知|方案|意见|决定|细则|规划|纲要|准则|标准|规范|规程|章程|批复|通报|公告|通告)$")
# but a standard's title keeps the space after the series it belongs to (GB 2760—2024 is
# 《食品安全国家标准 食品添加剂使用标准》; 《国家职业技能标准 电工》)
_STANDARD_SERIES = gated(r"[^ \u3000]*(?:国家|行业|地方|团体|职业技能)标准[ \u3000](?=[^ \u3000])")
# a theme or slogan of parallel phrases quoted in running text, a space between its parts as a
# title's: “奋进新征程 建功新时代”, “人人讲安全 个个会应急”, “学党史 悟思想 办实事 开新局” (three
# characters a part only where there are three parts or more); parts of unequal length, or with
# figures, or a quotation of what someone said (他说：“…”), are a sentence with a stray space
_QUOTED_SLOGAN = gated(rf"(?<![：说道])“(([{HAN}]{{3,9}})(?:[ \u3000][{HAN}]{{3,9}}){{1,3}})”")
# a news item's byline, its names spaced apart: 本报讯（记者 刘洋 通讯员 王芳）
_BYLINE = gated(r"（(?:本报)?(?:记者|通讯员)[^（）\n]{1,40}）")
# an article's byline, a line of its own: （市应急管理局 李明）, 源汇区应急管理局 王芳 李强,
# a speaker under a speech's title (市委副书记 王某某, 市委副书记、市长　王建国), 文/王芳 图/李明, 执笔：张伟 审核：刘洋,
# 编辑：王丽　审核：张强　签发：李建国, （供稿：长葛市应急管理局　审核：赵建国）, 记者 王磊 通讯员 李华
# (a line that says more is a sentence: 全市共排查 隐患12处)
# (a person's name is two to four characters; the unit that sent a piece in may be longer)
_CREDIT = (r"(?:(?:文|文字|图|摄影|撰稿|执笔|审核|审稿|校对|编辑|责编|责任编辑|主编|副主编|签发)[/：][\u4e00-\u9fff]{2,4}"
           r"|供稿[/：][\u4e00-\u9fff]{2,20})")
_BYLINE_LINE = (r"（?(?:[\u4e00-\u9fff][\u4e00-\u9fff、]{1,24}(?:局|委|办|院|校|站|所|中心|部|厅|处|科|队|区|县|市|镇|乡|街道|公司|集团|长|书记|主任|主席|委员|专员)"
                r"(?:[ \u3000][\u4e00-\u9fff]{2,4}){1,4}"
                          rf"|{_CREDIT}(?:[ \u3000]{_CREDIT}){{1,4}}"
                          r"|(?:本报)?(?:特约)?(?:记者|通讯员)(?:[ \u3000][\u4e00-\u9fff]{2,4}){1,3}"
                          r"(?:[ \u3000](?:特约)?(?:记者|通讯员)(?:[ \u3000][\u4e00-\u9fff]{2,4}){1,3})*)）?")
# issuers of a joint document, spaced apart as a document's issuer line sets them (GB/T 9704—2012
# 7.2.3): 《中共中央 国务院关于…的意见》, 中共中央办公厅 国务院办公厅印发《…》
_ORGAN_END = r"(?:中共中央|国务院|中央军委|办公厅|办公室|委员会|人民政府|政府|党委|[部委厅局院])"
_JOINT_ISSUERS = gated(rf"{_ORGAN_END}([ \u3000])(?=[\u4e00-\u9fff]{{0,16}}?{_ORGAN_END}(?:关于|印发|[ \u3000]))")
# an article or a chapter of a law or a regulation set off from its text: 第一条 为了…, 第一章 总则
_ARTICLE = gated(r"(?=第)(?:^|(?<=[“：。]))第[一二三四五六七八九十百零〇]+[条章节]([ \u3000]{1,2})(?=[\u4e00-\u9fff])", re.M)

# 全市共建成书房45家（其中今年新建12家。），…: a note in brackets inside a sentence (4.9.3) ends
# without a full stop; a bracketed sentence after a sentence's own stop (……。（注：……。）) keeps it
_STOP_IN_PARENS = gated(r"(?<![。！？\n])（[^（）\n]*?(?P<mark>。)）(?=[，、；：\u4e00-\u9fff])")
# 据统计：… and 据悉今年…: an inserted phrase saying where a fact comes from is set off by a comma,
# not a colon, and not left bare (据统计局数据, 据了解到的情况 are not such phrases)
_INSERTED = r"据(?:统计|悉|了解|调查|测算|初步统计|不完全统计|介绍|估算|监测)"
_INSERTED_COLON = gated(rf"(?:^|(?<=[。！？；\n]))(?P<phrase>{_INSERTED})(?P<mark>：)", re.M)
_INSERTED_BARE = gated(r"(?:^|(?<=[。！？；，\n]))(?P<phrase>据(?:悉|了解|统计|不完全统计|初步统计|介绍))"
                            r"(?=[\u4e00-\u9fff\d])(?!局|部门|数据|显示|表明|年鉴|公报|口径|资料|尼|到|的|人员|分析)", re.M)
# 小学、初中、和高中: the last two items of a list are joined by 和 (及, 与, 以及) instead of a 顿号,
# not by both (4.5.3.1); 和谐, 及时, 与会 are words of their own. Items may be titles or quoted
# names: 《安全生产法》、和《消防法》
_COMMA_AND = gated(r"(?<=[\u4e00-\u9fff》”])、(?P<word>和(?![谐平美睦顺气善蔼煦解衷])|以及|及(?![时格早其至第])"
                        r"|与(?![会时日人众]))(?=[\u4e00-\u9fff《“])")
# 学校、医院，商场、车站等: one list, its items set apart by 顿号, a comma slipped in among them.
# Items are short nouns: a longer stretch after the comma, or one opening on a verb or a
# preposition (…，督促学校、医院等…, …，到学校、医院等…), begins a clause of its own
_COMMA_IN_SERIES = gated(r"(?<=、)[\u4e00-\u9fff]{1,3}(?P<mark>，)(?![到在对向把将从为给让使督查抓促帮要请])"
                              r"(?=[\u4e00-\u9fff]{1,3}、[^，。；！？\n]{1,30}?等)")
# 现将有关情况通报如下。一是…: 如下 points to what follows, with a colon (4.7.3.1). Only when what
# follows is in the same paragraph: a paragraph ending 如下。 before a list of its own is a
# house style some offices keep
# 检查校车136辆、发现问题12个, 发现隐患86处、已全部整改, 检查企业56家、其中…: what a check found
# or what became of it is a clause of its own, after a comma; the 顿号 joins words of one series
# (检查校车136辆、货车200辆; 在建项目12个、已建成项目8个)
_FOUND_AFTER_COUNT = gated(r"(?<=\d)[个辆家处人名起件次份批台艘座条项户所场吨元亩](?P<mark>、)"
                                r"(?=(?:共|累计)?(?:发现|下达|责令|督促)|其中|均|并|已全部|全部已|现已)")
_AS_FOLLOWS = gated(r"(?:(?<=如下)|(?<=以下几点))。(?=[^\n])")
# 有以下三个特点，一是…: the words that count what follows lead it in with a colon (4.7.3.1); inside
# a sentence already opened by a colon the comma stays (colons are not nested)
_COUNT_THEN_POINTS = gated(r"(?:^|(?<=[。！？；\n]))(?P<clause>[^。！？；：\n]*?[一二三四五六七八九十两几\d]+(?:个|项|条|点|种|大|方面)"
                                r"[\u4e00-\u9fff]{0,8})(?P<mark>，)(?=一是|第一[，、]|首先[，、])", re.M)


# 《十四五》规划: the short name of a five-year plan is a term, quoted (“十四五”), not a title
_PLAN_TITLED = gated(r"《((?:十[一二三四五六七八九]|[一二三四五六七八九])五)》")
# 主要做法是一是…: a word that announces a list (是, 有, 包括) takes a colon before 一是
_LIST_NO_COLON = gated(r"(?<=[\u4e00-\u9fff])(?P<w>是|有|为|包括|如下)(?=一是[^，。；！？\n]{2,}?[，；][^。\n]*?二是)")
# a paragraph that is one sentence closed by a semicolon (…2360人；): a list's items on their own
# paragraphs (一是…； （一）…；) and a paragraph with semicolons inside end so on purpose
_END_SEMICOLON = gated(r"^(?![一二三四五六七八九十]+[、是]|[（(][一二三四五六七八九十\d]+[）)]|\d+[.．、]|第[一二三四五六七八九十]"
                            r"|首先|其次|再次|最后)[^；：\n]{8,}(；)$", re.M)
# 召开专题会议。研究部署…: a meeting held, and then what it did, is one sentence; a full stop
# before the verb leaves the second part without a subject (会议研究部署 has one)
_MEETING_STOP = gated(r"(?<=[会议])(?P<mark>。)(?=(?:专题)?(?:研究|部署|听取|传达|学习|审议|通报|安排|总结|分析|讨论)"
                           r"(?!会|组|室|员|生|院|所|报告))")
# 档案馆、美术馆、文化馆，图书馆等: a comma before the last item of a 顿号 series ending in 等; the
# items are alike (they end on one character), which a clause after a comma is not
_SERIES_LAST_COMMA = gated(r"、(?P<prev>[\u4e00-\u9fff]{1,5})(?P<mark>，)(?P<last>[\u4e00-\u9fff]{1,5})等")


def check_punctuation(text: str) -> Iterator[Finding]:
    for m in _END_AFTER_QUOTE.finditer(text):
        yield finding("P-QUOTE-END", text, m.start(1), m.end(1), "")
    for m in _SAID_QUOTE.finditer(text):
        yield finding("P-SAID", text, m.start(), m.end(), m.group() + "：")
    for m in _SAID_COMMA.finditer(text):
        yield finding("P-SAID-COMMA", text, m.start("mark"), m.end("mark"), "：", said=text[m.start():m.start("mark")])
    apart = {m.group(1) for m in _ORGANS_APART.finditer(text)} if "委、" in text else set()
    for m in _ORGANS.finditer(text):
        if m.group(1) in apart:
            yield finding("P-ORGANS", text, m.start(), m.end(), m.group() + "、")
    for m in _HALF_MARK.finditer(text):
        yield finding("P-HALF", text, m.start(), m.end(), _FULL[m.group()])
    if _HAS_HAN.search(text):
        for m in _HALF_MARK_AT_END.finditer(text):
            yield finding("P-HALF", text, m.start(), m.end(), _FULL[m.group()])
        for m in _HALF_PERIOD_AT_END.finditer(text):
            yield finding("P-HALF-PERIOD", text, m.start(), m.end(), "。")
    for m in _HALF_PERIOD.finditer(text):
        yield finding("P-HALF-PERIOD", text, m.start(), m.end(), "。")
    for m in _STOP_IN_TITLE.finditer(text):
        yield finding("P-TITLE-STOP", text, m.start(), m.end(), "")
    for m in _HALF_PARENS.finditer(text):
        before = text[m.start() - 1:m.start()]
        after = text[m.end():m.end() + 1]
        if _HAS_HAN.search(m.group(1)) or _HAS_HAN.match(before) or _HAS_HAN.match(after):
            yield finding("P-HALF-PAREN", text, m.start(), m.end(), f"（{m.group(1)}）")
    for m in _HALF_QUOTES.finditer(text):
        if m.group(1) == "'" and (_LETTER_OR_DIGIT.match(text[m.start() - 1:m.start()])
                                  or _LETTER_OR_DIGIT.match(text, m.end())):
            continue
        if _HAS_HAN.search(m.group(2)):
            yield finding("P-HALF-QUOTE", text, m.start(), m.end(), f"“{m.group(2)}”")
    for m in _QUOTED_SERIES.finditer(text):
        yield finding("P-SERIES", text, m.start(), m.end(), m.group()[0])
    for m in _ELLIPSIS.finditer(text):
        yield finding("P-ELLIPSIS", text, m.start(), m.end(), "……")
    for m in _DOUBLE.finditer(text):
        marks = m.group()
        if marks == "？！":  # GB/T 15834 admits both after a question asked with force
            continue
        yield finding("P-DOUBLE", text, m.start(), m.end(), "。" if "。" in marks else marks[0])
    if "%%" in text or "％％" in text:
        for m in _DOUBLE_PERCENT.finditer(text):
            yield finding("P-DOUBLE", text, m.start(), m.end(), m.group()[0])
    for m in _APPROX.finditer(text):
        if CN_VALUES[m.group(2)] == CN_VALUES[m.group(1)] + 1:
            yield finding("P-APPROX", text, m.start(), m.end(), m.group(1) + m.group(2))
    for m in _APPROX_DIGITS.finditer(text):
        if int(m.group(2)) == int(m.group(1)) + 1:
            yield finding("P-APPROX", text, m.start(), m.end(), "一二三四五六七八九"[int(m.group(1)) - 1] + "一二三四五六七八九"[int(m.group(2)) - 1])
    for m in _SPAN_LISTED.finditer(text):
        if int(m.group(2)) > int(m.group(1)) + 1:
            yield finding("P-RANGE-LISTED", text, m.start(), m.end(), f"{m.group(1)}至{m.group(2)}")
    yield from check_ranges(text)
    for m in _PLAN_TITLED.finditer(text):
        yield finding("P-BOOK-PLAN", text, m.start(), m.end(), f"“{m.group(1)}”")
    for m in _LIST_NO_COLON.finditer(text):
        yield finding("P-LIST-COLON", text, m.start("w"), m.end("w"), m["w"] + "：", word=m["w"])
    for m in _END_SEMICOLON.finditer(text):
        yield finding("P-END", text, m.start(1), m.end(1), "。")
    for m in _MEETING_STOP.finditer(text):
        yield finding("P-STOP-INSIDE", text, m.start("mark"), m.end("mark"), "，")
    for m in _SERIES_LAST_COMMA.finditer(text):
        if m["prev"][-1] == m["last"][-1]:
            yield finding("P-SERIES-COMMA", text, m.start("mark"), m.end("mark"), "、")
    for m in _END.finditer(text):
        yield finding("P-END", text, m.start(), m.end(), "。")
    for m in _NO_END.finditer(text):
        yield finding("P-END-NONE", text, m.start(1), m.end(1), m.group(1) + "。")
    for m in _ACTIVITY_TITLED.finditer(text):
        if not _WORK_ENDING.search(m.group(1)):
            yield finding("P-BOOK-NAME", text, m.start(), m.end(), f"“{m.group(1)}”")
    for m in _MEETING_TITLED.finditer(text):
        yield finding("P-BOOK-NAME", text, m.start(), m.end(), m.group(1))
    for m in _HALF_BOOK.finditer(text):
        yield finding("P-BOOK", text, m.start(), m.end(), f"《{m.group(1)}》")
    for m in _INDIRECT_QUESTION.finditer(text):
        if not _DIRECT_QUESTION.search(m["clause"]):
            yield finding("P-INDIRECT-Q", text, m.start("mark"), m.end("mark"), "。", word="是否")
    for m in _INDIRECT_HOW.finditer(text):
        if not _ASKING_ITSELF.search(m["clause"]):
            yield finding("P-INDIRECT-Q", text, m.start("mark"), m.end("mark"), "。", word=m["word"])
    for m in _STOP_IN_PARENS.finditer(text):
        yield finding("P-PAREN-STOP", text, m.start("mark"), m.end("mark"), "")
    for m in _INSERTED_COLON.finditer(text):
        yield finding("P-INSERT", text, m.start("mark"), m.end("mark"), "，", phrase=m["phrase"])
    for m in _INSERTED_BARE.finditer(text):
        yield finding("P-INSERT", text, m.start("phrase"), m.end("phrase"), m["phrase"] + "，", phrase=m["phrase"])
    for m in _COMMA_AND.finditer(text):
        yield finding("P-COMMA-AND", text, m.start(), m.start() + 1, "", word=m["word"])
    for m in _COMMA_IN_SERIES.finditer(text):
        yield finding("P-SERIES-COMMA", text, m.start("mark"), m.end("mark"), "、")
    for m in _FOUND_AFTER_COUNT.finditer(text):
        yield finding("P-CLAUSE-COMMA", text, m.start("mark"), m.end("mark"), "，")
    for m in _AS_FOLLOWS.finditer(text):
        yield finding("P-AS-FOLLOWS", text, m.start(), m.end(), "：")
    for m in _COUNT_THEN_POINTS.finditer(text):
        yield finding("P-COUNT-COLON", text, m.start("mark"), m.end("mark"), "：")
    for m in _NESTED_COLON.finditer(text):
        yield finding("P-COLON-NESTED", text, m.start("mark"), m.end("mark"), "，")
    for m in _DOC_QUOTED.finditer(text):
        yield finding("P-BOOK-DOC", text, m.start("quoted"), m.end("quoted"), f"《{m.group(2)}》")
    for m in _DASH.finditer(text):
        yield finding("P-DASH", text, m.start(), m.end(), "——")
    for m in _COMMA_ETC.finditer(text):
        yield finding("P-ETC-COMMA", text, m.start(), m.end() + 1, "等")
    for m in _COMMA_DE.finditer(text):
        yield finding("P-COMMA-DE", text, m.start(), m.end() + 1, "的")
    for m in _ETC.finditer(text):
        clause = _CLAUSE_START.sub("", text[:m.start()])
        if "、" in clause:
            yield finding("P-ETC", text, m.start(), m.end(), m.group(1) or m.group(3))


@cache
def _law() -> GatedPattern:
    names = "|".join(map(re.escape, law_names()))
    # 安全生产法治, 消防法规, 刑法学: a longer word, not the law; but 安全生产法规定 is the law and
    # what it lays down (规定), unless a period follows (消防法规定期检查 is 法规 定期)
    return gated(rf"(?:中华人民共和国)?(?:{names})(?![治律制学人院官条释》]|规(?!定(?!期)))")


def check_laws(text: str) -> Iterator[Finding]:
    """A law or regulation named without its 书名号 (根据安全生产法…); one inside a title
    (《中华人民共和国安全生产法》, 《安全生产法释义》) is already marked."""
    for m in _law().finditer(text):
        before = text[:m.start()]
        if before.rfind("《") > before.rfind("》") or _inside_quoted_name(text, m.start(), m.end()):
            continue
        yield finding("P-BOOK-LAW", text, m.start(), m.end(), f"《{m.group()}》")


def _inside_quoted_name(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is part of a longer name in quotation marks, an activity or a
    slogan (“民法典宣传月”, “美好生活·民法典相伴”): such names are written without the inner 书名号."""
    opening = text.rfind("“", 0, start)
    closing = text.find("”", end)
    if opening < 0 or closing < 0 or "”" in text[opening:start] or "“" in text[end:closing]:
        return False
    inside = text[opening + 1:closing]
    return inside != text[start:end] and not re.search(r"[，。；：！？\n]", inside)


# Where the missing half of a pair belongs, when the words around it tell: a title of a law or a
# document ends on its kind (《中华人民共和国安全生产法，…), a quoted name of a campaign ends before
# 活动 or 行动 (“安全生产月活动), and a title whose 《 was left out starts after the verb that cites
# it (学习中华人民共和国乡村振兴促进法》) or at 中华人民共和国
_TITLE_END = gated(r"[^《》“”，。；：！？、\n]{2,40}?(?:法|条例|规定|办法|通知|方案|意见|决定|细则|规划|纲要|准则|章程)"
                        r"(?=[，。；：！？、）]|和|及|与|等|有关|相关|精神|要求|第|宣传|学习|培训|知识|解读|专题|竞赛|实施|颁布|修订|活动|的|以来|$)")
_NAME_END = gated(r"[^“”《》，。；：！？、\n]{2,12}?(?=(?:主题|专项|宣传|集中)?(?:活动|行动|改革|工程|战略|品牌|试点)"
                       r"(?![^，。；！？\n]*”))")
# an office's other name in brackets (县地震局（县防震减灾中心）) ends on the kind of office it is,
# before the sentence goes on (近日, 组织, 联合 …)
_ALIAS_END = gated(r"[^（）《》“”，。；：！？、\n]{2,16}(?:中心|局|办公室|委员会|办|站|所|队|院|公司|集团)"
                        r"(?=近日|日前|近期|今年|于|将|已|组织|开展|召开|联合|牵头|印发|负责|共)")
_CITE_VERB = r"(?:学习|贯彻|落实|依据|根据|按照|执行|遵守|宣传|印发|出台|制定|修订|颁布|实施|违反|对照|依照)"
_CITING = gated(r"(?P<state>中华人民共和国[^《》“”，。；：！？、\n]{1,40})$"
                     rf"|{_CITE_VERB}+(?P<name>(?!{_CITE_VERB})[^《》“”，。；：！？、\n]{{2,40}})$")
# a pair opened half-width and closed full-width: "万人助万企”, (同比下降5.9%）
_HALF_OPENING = {"”": "\"＂", "）": "("}


def _pair_where(text: str, line_start: int, line: str, index: int, mark: str) -> Finding | None:
    """A finding that shows where the missing half of the pair at ``line[index]`` belongs, or
    that its other half was typed half-width; None when the words do not tell."""
    at = line_start + index
    half = _half_closing(line, index, mark)
    if half is not None:
        return finding("PAIR-HALF-CLOSE", text, line_start + half, line_start + half + 1, PAIRS[mark])
    wrong = _wrong_closing(line, index, mark)
    if wrong is not None:
        return finding("PAIR-MISSING", text, at, line_start + wrong + 1, mark + line[index + 1:wrong] + PAIRS[mark])
    if mark == "《":
        m = _TITLE_END.match(line, index + 1)
        if m:
            return finding("PAIR-MISSING", text, at, line_start + m.end(), "《" + m.group() + "》")
    elif mark == "“":
        m = _NAME_END.match(line, index + 1)
        if m:
            return finding("PAIR-MISSING", text, at, line_start + m.end(), "“" + m.group() + "”")
    elif mark == "（":
        m = _ALIAS_END.match(line, index + 1)
        if m:
            return finding("PAIR-MISSING", text, at, line_start + m.end(), "（" + m.group() + "）")
    elif mark == "》":
        m = _CITING.search(line, 0, index)
        if m:
            name = m["name"] or m["state"]
            start = line_start + (m.start("name") if m["name"] else m.start("state"))
            return finding("PAIR-MISSING", text, start, at + 1, "《" + name + "》")
    elif mark in _HALF_OPENING:
        clause_start = max(line.rfind(c, 0, index) for c in "。；！？" + mark) + 1
        half = max(line.rfind(c, clause_start, index) for c in _HALF_OPENING[mark])
        if half >= 0:
            opening = OPENING[CLOSING.index(mark)]
            return finding("PAIR-MIXED", text, line_start + half, at + 1, opening + line[half + 1:index] + mark)
    return None


# “最优"迈进, （点)236个: a pair opened full-width and closed half-width
_HALF_CLOSING = {"“": "\"＂", "（": ")"}


# “回头看’, 《安全生产法〉, （县安委办】: a pair closed by the other half of another pair, within
# the clause and before any other mark
_WRONG_CLOSING = {"“": "’」』", "《": "〉", "（": "］]】", "【": "）］]"}


def _wrong_closing(line: str, index: int, mark: str) -> int | None:
    """Where the wrong mark that closes ``line[index]`` stands, if one does before the clause ends."""
    wrong = _WRONG_CLOSING.get(mark, "")
    for at in range(index + 1, min(len(line), index + 41)):
        char = line[at]
        if char in wrong:
            return at
        if char in "，。；：！？、" or char in OPENING or char in CLOSING:
            return None
    return None


def _half_closing(line: str, index: int, mark: str) -> int | None:
    """Where the half-width mark that closes ``line[index]`` stands, within its sentence."""
    if mark not in _HALF_CLOSING:
        return None
    end = min((i for i in (line.find(c, index) for c in "。；！？\n") if i >= 0), default=len(line))
    found = [i for i in (line.find(c, index + 1, end) for c in _HALF_CLOSING[mark]) if i >= 0]
    return min(found) if found else None


def check_ranges(text: str) -> Iterator[Finding]:
    """A hyphen for the dash between the ends of a range of time (7月18日-20日) or of values (20-30人)."""
    for m in _RANGE.finditer(text):
        yield finding("P-RANGE", text, m.start(), m.end(), "—")
    for m in _RANGE_VALUES.finditer(text):
        yield finding("P-RANGE-VALUES", text, m.start("dash"), m.end("dash"), "～")


def check_pairing(text: str) -> Iterator[Finding]:
    """Paired marks must close inside the paragraph that opens them; a quotation inside a
    quotation takes single quotes, a title inside a title single angle brackets."""
    for line_start, line in lines_with_starts(text):
        stack: list[tuple[str, int]] = []
        unpaired: list[Finding] = []
        nested: list[tuple[int, int, str]] = []  # (opening, closing) of a pair inside its own kind
        for index, char in enumerate(line):
            if char in PAIRS:
                stack.append((char, index))
            elif char in CLOSING:
                opening = OPENING[CLOSING.index(char)]
                depth = next((i for i in range(len(stack) - 1, -1, -1) if stack[i][0] == opening), None)
                if depth is None:
                    unpaired.append(_pair_where(text, line_start, line, index, char)
                                    or finding("PAIR-CLOSE", text, line_start + index, line_start + index + 1, None,
                                               mark=opening))
                    continue
                for other, position in stack[depth + 1:]:
                    unpaired.append(finding("PAIR-OPEN", text, line_start + position, line_start + position + 1,
                                            None, mark=PAIRS[other]))
                if opening in _INNER_FORM and _enclosing(stack[:depth], opening) == opening:
                    nested.append((stack[depth][1], index, opening))
                del stack[depth:]
        for other, position in stack:
            unpaired.append(_pair_where(text, line_start, line, position, other)
                            or finding("PAIR-OPEN", text, line_start + position, line_start + position + 1, None,
                                       mark=PAIRS[other]))
        yield from unpaired
        if unpaired:  # a mark left open may be what makes a pair look nested
            continue
        for opened, closed, kind in nested:
            inner_open, inner_close = _INNER_FORM[kind]
            yield finding("P-NESTED", text, line_start + opened, line_start + opened + 1, inner_open)
            yield finding("P-NESTED", text, line_start + closed, line_start + closed + 1, inner_close)


def _enclosing(stack: list[tuple[str, int]], opening: str) -> str | None:
    """The nearest mark of ``opening``'s kind, outer or inner form, the pair sits in. A third
    level takes the outer form again (“…‘…“三管三必须”…’…”): only a pair right inside its own
    form is nested wrongly."""
    forms = (opening, _INNER_FORM[opening][0])
    return next((kind for kind, _ in reversed(stack) if kind in forms), None)


# 「」『』 are the quotation marks of text set in columns; a page set in lines uses “” and ‘’
# (4.8), as text pasted from a traditional-script source often forgets
_CORNER_QUOTES = {"「": "“", "」": "”", "『": "‘", "』": "’"}
_CORNER = gated("[「」『』]")


def check_width(text: str) -> Iterator[Finding]:
    for m in _FULLWIDTH_ALNUM.finditer(text):
        half = "".join(chr(ord(c) - 0xFEE0) for c in m.group())
        yield finding("W-FULLWIDTH", text, m.start(), m.end(), half)
    for m in _CORNER.finditer(text):
        yield finding("P-CORNER-QUOTE", text, m.start(), m.end(), _CORNER_QUOTES[m.group()])


@cache
def _byline_line() -> re.Pattern[str]:
    return re.compile(_BYLINE_LINE)  # compiled when a text first has a space in it


def _parallel(parts: list[str]) -> bool:
    """Whether the parts of a quoted slogan match in length, as parallel phrases do: four
    characters or more when there are two (“安全月 活动” is a name with a stray space)."""
    return len({len(part) for part in parts}) == 1 and (len(parts) > 2 or len(parts[0]) >= 4)


def _spaces_between_han(text: str) -> Iterator[re.Match]:
    if " " not in text and "\u3000" not in text and "\u00a0" not in text:
        return  # (most texts: the patterns below need not run)
    on_purpose = [(start, start + len(line)) for start, line in lines_with_starts(text) if _PARTED_TITLE.fullmatch(line.strip())]
    on_purpose += [m.span(1) for m in _CITED_TITLE.finditer(text)
                   if _PARTED_TITLE.fullmatch(m.group(1)) and not _DOCUMENT_NAME.search(m.group(1))
                   or _STANDARD_SERIES.match(m.group(1))]
    on_purpose += [m.span(1) for m in _QUOTED_SLOGAN.finditer(text) if _parallel(re.split("[ \u3000]", m.group(1)))]
    on_purpose += [m.span() for m in _BYLINE.finditer(text)]
    on_purpose += [(start, start + len(line)) for start, line in lines_with_starts(text)
                   if _byline_line().fullmatch(line.strip())]
    on_purpose += [m.span(1) for m in _JOINT_ISSUERS.finditer(text)]
    on_purpose += [m.span(1) for m in _ARTICLE.finditer(text)]
    for m in _SPACE_HAN_HAN.finditer(text):
        if not any(start <= m.start() < end for start, end in on_purpose):
            yield m


def check_spacing(text: str) -> Iterator[Finding]:
    for m in _SPACE_HAN_ALNUM.finditer(text):
        yield finding("S-HAN-ALNUM", text, m.start(), m.end(), "")
    for m in _SPACE_BEFORE_PERCENT.finditer(text):
        yield finding("S-NUM-PERCENT", text, m.start(), m.end(), "")
    for m in _spaces_between_han(text):
        yield finding("S-HAN-HAN", text, m.start(), m.end(), "")


def spacing_spans(text: str) -> list[tuple[int, int]]:
    """The stray spaces of ``check_spacing``, as ranges: what the clean-up removes."""
    spans = [m.span() for m in _SPACE_HAN_ALNUM.finditer(text)]
    spans += [m.span() for m in _SPACE_BEFORE_PERCENT.finditer(text)]
    spans += [m.span() for m in _spaces_between_han(text)]
    return sorted(set(spans))



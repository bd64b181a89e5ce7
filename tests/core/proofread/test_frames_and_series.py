"""Fourth batch: function words told by their grammatical frame (的/地/得, 在/再, 以/已, the
prepositions), mixed ordinal series, short years, rates and signs, redundancy, punctuation of
inserted phrases and indirect questions, and sentences missing a part (each firing case next to
the correct sentences that look most like it)."""
from __future__ import annotations

import pytest

from bulletin_desktop.core.proofread import check


def _rules(text: str) -> list[tuple[str, str]]:
    return [(f.rule, f.found) for f in check(text)]


def _found(text: str) -> list[str]:
    return [f.found for f in check(text)]


@pytest.mark.parametrize("text, found", [
    ("各地要切实维护好游客地合法权益。", "地"),
    ("坚持以患者为中心地服务理念。", "地"),
    ("今年的秸秆禁烧宣传开展的及时有力，未发现火点。", "的"),
    ("全县冬春火灾防控部署的早、检查的细。", "的"),
    ("要把安全隐患排查地更加彻底。", "地"),
    ("个别村巡河工作做地不够扎实。", "地"),
    ("网格员要主动得回应群众诉求。", "得"),
    ("县市场监管局再全县各商超开展过期食品清查。", "再"),
    ("今年以来，我县再优化政务服务方面不断发力。", "再"),
    ("供水管网改造工程以完成投资的60%。", "以"),
    ("全镇始终坚持已项目建设为抓手推动发展。", "已"),
    ("县检察院依法保障未成年人的受教育权力。", "权力"),
    ("县城管局为全体执法队员做了文明执法专题报告。", "做"),
    ("建筑工人进入施工现场必须佩带安全帽。", "佩带"),
    ("县人社局印发《对于做好农民工工资支付工作的通知》。", "对于"),
    ("关于拒不履行整改义务的企业，一律列入重点监管名单严肃处理。", "关于"),
    ("此次集中整治在3月1日开始，至5月31日结束。", "在"),
    ("县税务局向辖区重点企业开展了纳税评估和专项检查。", "向"),
    ("各村要及时对乡镇政府报告险情。", "对"),
    ("各项助企政策对市场主体带来了实实在在的红利。", "对"),
    ("县残联积极对残疾人提供职业技能培训。", "对"),
    ("会议听取了各部门情况汇报，和研究部署了下一步工作。", "和"),
    ("大厅实行一窗受理，进一步加强了审批效率。", "加强"),
    ("县公交公司开通的定制公交线路取得了市民的一致好评。", "取得"),
    ("各地要进一步加强对违法占用耕地行为的查处力度。", "加强"),
])
def test_function_words_by_their_frame(text, found):
    assert _found(text) == [found]


@pytest.mark.parametrize("text", [
    "各地要切实维护好游客的合法权益，提高群众地位。", "坚持以患者为中心的服务理念，打造县城中心地带商圈。",
    "今年的秸秆禁烧宣传开展得及时有力，开展的宣传及时有力。", "全县冬春火灾防控部署得早、检查得细，准备的早、中、晚餐营养均衡。",
    "要把安全隐患排查得更加彻底，组织人员实地走访，压紧落实地方责任。", "个别村巡河工作做得不够扎实。",
    "网格员要主动地回应群众诉求，问题及时得到解决，措施全面得以落实。",
    "县市场监管局在全县各商超开展过期食品清查，试点结束后再全县推广。",
    "今年以来，我县在优化政务服务方面不断发力，明年再加大这方面的投入。",
    "供水管网改造工程已完成投资的60%，力争以完成投资的80%为目标，确保工程得以完成。",
    "全镇始终坚持以项目建设为抓手推动发展，这项工作已成为全镇的中心，已被列为重点。",
    "县检察院依法保障未成年人的受教育权利，各级干部要依法行使合法权力。",
    "县城管局为全体执法队员作了文明执法专题报告，要做好报告的起草工作，做了一份调研报告。",
    "建筑工人进入施工现场必须佩戴安全帽，执勤民警依规佩带枪支。",
    "县人社局印发《关于做好农民工工资支付工作的通知》，对于欠薪企业要严肃处理。",
    "对于拒不履行整改义务的企业，一律列入重点监管名单严肃处理；关于整改的情况，另行通报。",
    "此次集中整治从3月1日开始，至5月31日结束。", "县税务局对辖区重点企业开展了纳税评估，并向县政府报告开展评估的情况。",
    "推动专项整治向纵深开展，以问题为导向开展专项检查。",
    "各村要及时向乡镇政府报告险情，乡镇对村委会报送的材料进行审核。",
    "各项助企政策给市场主体带来了实实在在的红利，要对暴雨带来的损失进行评估。",
    "县残联积极为残疾人提供职业技能培训，对企业提供的虚假材料依法查处。",
    "会议听取了各部门情况汇报，并研究部署了下一步工作，和研究院签订了合作协议。",
    "大厅实行一窗受理，进一步提高了审批效率，加强效率监管。",
    "县公交公司开通的定制公交线路赢得了市民的一致好评，取得了市民的信任。",
    "各地要进一步加大对违法占用耕地行为的查处力度，加强执法力量。",
])
def test_frames_that_look_alike_stay_silent(text):
    assert _rules(text) == []


@pytest.mark.parametrize("text, found, suggestion", [
    ("一是健全工作机制；第二，压实工作责任；三是强化督导考核。", "第二，", "二是"),
    ("第一，健全工作机制；第二，压实工作责任；三是强化督导考核。", "三是", "第三，"),
    ("一是健全工作机制；二是压实工作责任；3是强化督导考核。", "3是", "三是"),
])
def test_a_point_written_in_another_style_than_its_list(text, found, suggestion):
    assert [(f.rule, f.found, f.suggestion) for f in check(text)] == [("H-SERIES", found, suggestion)]


@pytest.mark.parametrize("text", [
    "第一，健全机制。一是定方案；二是建专班。第二，压实责任。一是签责任书；二是抓督查。第三，严格考核。",
    "一是健全工作机制；二是压实工作责任；三是强化督导考核。",
    "第一，健全工作机制；第二，压实工作责任；第三，强化督导考核。",
    "配比为3:1是合理的，一是成本低，二是效果好。",
])
def test_consistent_and_nested_lists_stay_silent(text):
    assert _rules(text) == []


def test_a_skipped_point_after_an_ascii_semicolon():
    assert ("H-POINT", "四是") in _rules("一是加强领导;二是压实责任;四是强化督导。")


@pytest.mark.parametrize("text, rule, found", [
    ("全县22年共完成农村改厕1800户。", "N-YEAR-SHORT", "22"),
    ("该厂于17年建成投产。", "N-YEAR-SHORT", "17"),
    ("全县农村低保覆盖率由4.5%提高到5.2%，提高了0.7%。", "N-POINTS", "0.7%"),
    ("全县万元GDP能耗同比下降-2.8%。", "N-DOWN-NEGATIVE", "-2.8%"),
    ("全年平均气温大约为15摄氏度左右。", "N-APPROX", "大约为15摄氏度左右"),
])
def test_numbers(text, rule, found):
    assert _rules(text) == [(rule, found)]


@pytest.mark.parametrize("text", [
    "全县连续22年未发生重大森林火灾，于10年内完成改造，该院于19年前建成，全县18年来累计投入资金。",
    "全县城镇登记失业率由5%降至4%，下降了20%。", "全县万元GDP能耗同比下降2.8%，工业增加值增速为-1.5%。",
    "全年平均气温约为15摄氏度。",
])
def test_numbers_that_look_alike_stay_silent(text):
    assert _rules(text) == []


@pytest.mark.parametrize("text, rule, found", [
    ("首先第一，要统一思想认识。", "G-REDUNDANT", "首先第一"),
    ("由于上游来水偏多的原因，水库水位持续上涨。", "G-REDUNDANT", "的原因"),
    ("火灾之所以蔓延，是因为消防通道被堵塞的原因。", "G-REDUNDANT", "的原因"),
    ("个别单位值班制度仍然还执行不严。", "G-REDUNDANT", "仍然还"),
    ("对检查发现的隐患一律全部限期整改。", "G-REDUNDANT", "一律全部"),
    ("当前现阶段，防汛形势依然严峻。", "G-REDUNDANT", "当前现阶段"),
    ("参加培训的人员主要是村级网格员为主。", "G-BLEND", "为主"),
])
def test_saying_it_twice(text, rule, found):
    assert _rules(text) == [(rule, found)]


@pytest.mark.parametrize("text", [
    "第一，要统一思想认识。", "由于历史的原因，老城区道路狭窄；由于种种客观的原因，项目延期。",
    "个别单位值班制度仍然执行不严，仍然还款困难的企业可申请展期。", "对检查发现的隐患一律限期整改。",
    "现阶段，防汛形势依然严峻。", "参加培训的人员以村级网格员为主，主要是村级网格员。",
])
def test_saying_it_once_stays_silent(text):
    assert _rules(text) == []


@pytest.mark.parametrize("text, rule, found", [
    ("座谈会上，大家围绕如何提升社区治理水平进行了交流？", "P-INDIRECT-Q", "？"),
    ("不少家长来电询问新生入学如何报名？对此，县教体局作了解答。", "P-INDIRECT-Q", "？"),
    ("全县共有养老机构21家（其中民办机构8家。），床位2860张。", "P-PAREN-STOP", "。"),
    ("据了解：该项目总投资2.6亿元。", "P-INSERT", "："),
    ("据悉该项目将于年底建成。", "P-INSERT", "据悉"),
    ("县医院开设了内科、外科、和儿科夜间门诊。", "P-COMMA-AND", "、"),
    ("检查组查看了厨房、仓库，宿舍、车间等重点部位。", "P-SERIES-COMMA", "，"),
    ("现将有关事项通知如下。一是严格值班，二是及时报告。", "P-AS-FOLLOWS", "。"),
    ("今年我县粮食生产有两个特点，一是面积稳定，二是单产提高。", "P-COUNT-COLON", "，"),
])
def test_punctuation(text, rule, found):
    assert _rules(text) == [(rule, found)]


@pytest.mark.parametrize("text", [
    "座谈会上，大家围绕如何提升社区治理水平进行了交流。", "面对新形势，我们该如何破局？", "大家都在思考，如何才能把工作做好？",
    "全县共有养老机构21家（其中民办机构8家），床位2860张。全县床位充足。（数据截至11月底。）",
    "据了解，该项目总投资2.6亿元。据悉，该项目将于年底建成。据统计局数据，人口稳定。",
    "县医院开设了内科、外科和儿科夜间门诊，营造安全、和谐的环境，做到当场登记、及时受理。",
    "检查组查看了厨房、仓库、宿舍、车间等重点部位，市场供应充足、价格稳定，粮油、蔬菜等储备充足。",
    "现将有关事项通知如下：一是严格值班，二是及时报告。", "现将有关事项通知如下。",
    "今年我县粮食生产有两个特点：一是面积稳定，二是单产提高。会议强调：要抓好两项工作，一是抓生产，二是抓安全。",
])
def test_punctuation_look_alikes_stay_silent(text):
    assert _rules(text) == []


@pytest.mark.parametrize("text, rule, found, suggestion", [
    ("各地要严格执行《中华人民共和国防洪法，落实防汛责任。", "PAIR-MISSING", "《中华人民共和国防洪法", "《中华人民共和国防洪法》"),
    ("全县启动“净网专项行动。", "PAIR-MISSING", "“净网", "“净网”"),
    ("深入学习贯彻中华人民共和国黄河保护法》。", "PAIR-MISSING", "中华人民共和国黄河保护法》", "《中华人民共和国黄河保护法》"),
    ("全县推行\"一窗通办”改革。", "PAIR-MIXED", "\"一窗通办”", "“一窗通办”"),
    ("空气质量优良率为88%(同比上升2个百分点）。", "PAIR-MIXED", "(同比上升2个百分点）", "（同比上升2个百分点）"),
])
def test_where_the_missing_half_of_a_pair_belongs(text, rule, found, suggestion):
    assert [(f.rule, f.found, f.suggestion) for f in check(text)] == [(rule, found, suggestion)]


def test_a_missing_half_the_words_do_not_place_is_reported_at_its_other_half():
    assert _rules("开展“回头看，确保整改到位。") == [("PAIR-OPEN", "“")]


@pytest.mark.parametrize("text, rule, found", [
    ("要落实专人值守，防止不发生漏报。", "G-NOT-NOT", "不"),
    ("配送环节多，难免不出现差错。", "G-NOT-NOT", "不"),
    ("志愿服务已成为社区治理的有效，居民参与度明显提升。", "G-NO-HEAD", "有效"),
    ("县住建局整治了一批群众普遍关注，小区环境明显改善。", "G-NO-HEAD", "普遍关注"),
    ("不仅这座桥缩短了两岸通行时间，而且带动了沿线旅游发展。", "G-NOT-ONLY", "不仅这座桥"),
    ("县公安局在全县范围内夏季治安打击整治行动，抓获嫌疑人42名。", "G-NO-VERB", "范围内"),
])
def test_sentences_missing_a_part_or_saying_the_opposite(text, rule, found):
    assert _rules(text) == [(rule, found)]


@pytest.mark.parametrize("text", [
    "要落实专人值守，防止发生漏报，确保不发生漏报，防止不合格产品流入市场。", "配送环节多，难免会出现差错。",
    "志愿服务已成为社区治理的有效途径，人才是发展的关键。", "县住建局整治了一批群众普遍关注的问题，小区环境明显改善。",
    "这座桥不仅缩短了两岸通行时间，而且带动了沿线旅游发展；不仅这座桥建成了，沿线道路也完成了改造。",
    "县公安局在全县范围内开展夏季治安打击整治行动，在全县范围内的集中行动中抓获嫌疑人42名。",
])
def test_whole_sentences_stay_silent(text):
    assert _rules(text) == []

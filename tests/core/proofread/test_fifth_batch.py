"""Fifth batch: 的/地/得 and 在/再 by their frames (word classes on each side, not listed
phrases), paired connectives, and the words told by context (each firing case next to the
correct sentences that look most like it)."""
from __future__ import annotations

import pytest

from bulletin_desktop.core.proofread import check


def _rules(text: str) -> list[tuple[str, str]]:
    return [(f.rule, f.found) for f in check(text)]


@pytest.mark.parametrize("text, rule, found", [
    # adverbial + 的 + preposition / verb with an object
    ("各村要主动的向群众公开财务收支情况。", "F-DI", "的"),
    ("县人社局热情的为返乡农民工提供就业指导。", "F-DI", "的"),
    ("各级党组织要牢牢的把握意识形态工作主动权。", "F-DI", "的"),
    ("广大党员干部要勤勤恳恳的履行岗位职责。", "F-DI", "的"),
    ("驻村工作队踏踏实实的帮助群众解决了饮水难题。", "F-DI", "的"),
    ("全体干部职工认真的研读了新修订的条例。", "F-DI", "的"),
    ("网格员耐心得向居民解释垃圾分类政策。", "F-DI", "得"),
    # verb + 的 + degree word + adjective closing the clause
    ("今年一季度全县规上工业增加值增长的比较快。", "F-DE-COMPLEMENT", "的"),
    ("经过集中整治，辖区治安状况改善的十分明显。", "F-DE-COMPLEMENT", "的"),
    # degree word + adjective + 地 + noun; a body's name + 地 + noun
    ("要集中力量解决群众最迫切地民生难题。", "F-DE-NOUN", "地"),
    ("县发展改革委地项目资金已全部拨付到位。", "F-DE-NOUN", "地"),
    # 在/再
    ("方案经县政府审定后在组织实施。", "F-ZAI-AGAIN", "在"),
    ("对整改不力的，约谈后在进行通报。", "F-ZAI-AGAIN", "在"),
    ("要严防此类事件在次抬头反弹。", "B:在次#3", "在次"),
    # 对/向, 在……下
    ("各部门主要负责人要向本部门的安全生产负第一责任。", "F-DUI", "向"),
    ("在市委、市政府的正确领导，我县经济运行稳中向好。", "G-FRAME-OPEN", "领导"),
])
def test_frames_fire(text, rule, found):
    assert (rule, found) in _rules(text), _rules(text)


@pytest.mark.parametrize("text", [
    "会议对下一步工作进行了认真的讨论，与会同志积极的发言为会议增色不少。",
    "热情的服务让办事群众倍感温暖，耐心的解答赢得了好评。",
    "积极的作用正在显现，主动的对接让项目提速，有效的对策来自基层。",
    "各村主动地向群众公开财务收支情况，热情的向导带领游客参观。",
    "今年一季度开展的很多活动受到群众欢迎，采取的非常措施十分有效。",
    "全县规上工业增加值增长得比较快，取得了十分明显的成效。",
    "要最大限度地减少群众损失，推进校地合作、院地合作，局地有短时强降雨。",
    "县农业农村局的项目资金已全部拨付到位，当地群众十分满意。",
    "方案经县政府审定后再组织实施，审核后在组织部备案。",
    "整改完成后在开展复查过程中发现新问题，验收后在现场召开会议。",
    "要严防此类事件再次发生，各乡镇在次日组织复查，存在次生灾害风险。",
    "各级干部要始终向人民负责，对本部门的安全生产负第一责任。",
    "在市委、市政府的正确领导下，我县经济运行稳中向好；在县领导带领下，工作组进村入户。",
])
def test_frame_look_alikes_stay_silent(text):
    assert _rules(text) == []


@pytest.mark.parametrize("text, found, suggestion", [
    ("即便资金十分紧张，但县里仍保障了民生支出。", "即便", "虽然"),
    ("只要全体干部真抓实干，才能完成全年目标。", "只要", "只有"),
    ("只有压实各方责任，就能守住安全底线。", "只有", "只要"),
    ("尽管遇到多少困难，我们都要按期完工。", "尽管", "不管"),
    ("因为进一步加强耕地保护，县自然资源局开展了专项检查。", "因为", "为了"),
])
def test_mismatched_connectives_are_suggested(text, found, suggestion):
    hits = [f for f in check(text) if f.rule == "G-CONNECTIVE"]
    assert [(f.found, f.suggestion, f.severity) for f in hits] == [(found, suggestion, "suggestion")]


@pytest.mark.parametrize("text", [
    "虽然资金十分紧张，但县里仍保障了民生支出；即便资金紧张，县里也保障了民生支出。",
    "只有全体干部真抓实干，才能完成全年目标；只要全体干部真抓实干，就能完成全年目标。",
    "只要是人才，县里都欢迎；只有一个人才能进入机房。",
    "尽管困难很多，我们仍然按期完工；不管遇到多少困难，我们都要按期完工。",
    "因为进一步加强了耕地保护，违法占地明显减少；为了进一步加强耕地保护，县里开展了专项检查。",
])
def test_matched_connectives_stay_silent(text):
    assert [f for f in check(text) if f.rule == "G-CONNECTIVE"] == []


@pytest.mark.parametrize("text, found", [
    ("个别单位存在挤占、截流扶贫资金问题。", "截流"),
    ("镇综治中心及时做好矛盾纠纷调节工作。", "调节"),
    ("考生信息一律不得泄漏个人隐私。", "泄漏"),
    ("拟录用人员名单将予以公式。", "公式"),
    ("各地要因村施测、精准帮扶。", "施测"),
    ("于会代表一致通过了决议。", "于会"),
    ("管护责任不落实，以至河道长期无人清理。", "以至"),
    ("推动农业科技成果转换应用。", "转换"),
])
def test_words_told_by_context(text, found):
    assert [f.found for f in check(text)] == [found]


@pytest.mark.parametrize("text", [
    "导流洞顺利截流，雨水截流管网已建成，汛期截流时间提前。", "空调自动调节室内温度，市场调节供需。",
    "燃气管道泄漏，危化品泄漏事故已处置。", "用公式计算工程量，数学公式推导。", "心理测验按规定施测。",
    "县长于会上作了讲话。", "从县到乡以至村组，层层压实责任。", "推动发展动能转换，将数据转换为图表。",
])
def test_context_words_stay_silent(text):
    assert check(text) == []


@pytest.mark.parametrize("wrong, right", [
    ("砥励", "砥砺"), ("常效机制", "长效机制"), ("秸杆", "秸秆"), ("拔付", "拨付"), ("踏堪", "踏勘"),
    ("与时具进", "与时俱进"), ("求同存疑", "求同存异"), ("勇跃", "踊跃"), ("负核", "负荷"), ("渡夏", "度夏"),
])
def test_never_valid_forms_fire_anywhere(wrong, right):
    findings = check(f"今年以来，各单位{wrong}推进，情况良好。")
    assert [(f.found, f.suggestion) for f in findings] == [(wrong, right)]


@pytest.mark.parametrize("text, rule, found, suggestion", [
    ("值班人员晚上22时到岗。", "N-CLOCK", "晚上22", "晚上10"),
    ("检查组上午14点出发。", "N-CLOCK", "上午14", "下午2"),
    ("项目总投资8.2亿万元。", "N-MAGNITUDES", "亿万", "亿"),
    ("全年累计办理行政许可事项三百四十五件。", "N-CN-COUNT", "三百四十五", "345"),
    ("共查处违规车辆二十七辆。", "N-CN-COUNT", "二十七", "27"),
    ("全村共有留守儿童36名，其中男孩20名、女孩18名。", "N-SUBTOTAL", "36名", None),
    ("全村共有低保户40户，其中城镇12户、农村30户。", "N-SUBTOTAL", "40户", None),
    ("粮食产量由50万吨增加到55万吨，同比增长5%。", "N-GROWTH", "5%", "10%"),
    ("游客量由200万人次下降到150万人次，下降了50%。", "N-GROWTH", "50%", "25%"),
    ("参保率从上年的92.1%提升到今年的95.4%，提高了3.3%。", "N-POINTS", "3.3%", "3.3个百分点"),
    ("每个网格配备2、3名网格员。", "P-APPROX", "2、3", "二三"),
])
def test_figures(text, rule, found, suggestion):
    hits = [(f.rule, f.found, f.suggestion) for f in check(text)]
    assert hits == ([] if rule is None else [(rule, found, suggestion)])


@pytest.mark.parametrize("text", [
    "会议于下午3时召开，15时30分结束，办公时间为下午14:30—17:30。",
    "惠及亿万群众，总投资3.6亿元，万亿元级产业集群。",
    "全市共有十几家企业参与，第二十八个项目开工，每千名老人拥有床位31张，发放问卷两百份。",
    "全村共有留守儿童36名，其中男孩18名、女孩18名；共有党员45名，其中女党员22名、大专以上学历30名。",
    "粮食产量由50万吨增加到55万吨，同比增长10%；由3万人增加到4万人，增长33.3%。",
    "第5、6名选手，5、6月份，3、4号楼。",
])
def test_figures_that_add_up_stay_silent(text):
    assert check(text) == []


@pytest.mark.parametrize("text, rule, found", [
    ('推动农业从“量”到“质"的转变。', "PAIR-HALF-CLOSE", '"'),
    ("全镇建成便民服务站（点)45个。", "PAIR-HALF-CLOSE", ")"),
    ("县统计局（县普查中心近日开展了业务培训。", "PAIR-MISSING", "（县普查中心"),
    ("开展《中华人民共和国反电信网络诈骗法学习活动。", "PAIR-MISSING", "《中华人民共和国反电信网络诈骗法"),
    ("持续推进“最多跑一次改革。", "PAIR-MISSING", "“最多跑一次"),
    ("全面完成《十三五》目标任务。", "P-BOOK-PLAN", "《十三五》"),
    ("今年的主要成效是一是项目落地快，二是群众满意度高。", "P-LIST-COLON", "是"),
    ("全县现有农村公益性岗位1860个；", "P-END", "；"),
    ("县应急局召开防汛调度会议。部署近期防汛工作。", "P-STOP-INSIDE", "。"),
    ("重点检查商场、超市、农贸市场，批发市场等人员密集场所。", "P-SERIES-COMMA", "，"),
])
def test_punctuation_frames(text, rule, found):
    assert (rule, found) in _rules(text), _rules(text)


@pytest.mark.parametrize("text", [
    "推动农业从“量”到“质”的转变，PM2.5浓度下降，建成服务站（点）45个。",
    "县统计局（县普查中心）近日开展了业务培训。",
    "编制《“十四五”综合交通规划》，全面完成“十三五”目标任务。",
    "今年的主要成效是：一是项目落地快，二是群众满意度高。他说这一是为了安全。",
    "一是加强组织领导；\n（二）强化督导检查；\n主要措施是：1.全面排查；",
    "县政府召开常务会议。会议研究部署近期防汛工作。",
    "重点检查商场、超市等场所，农贸市场也在检查之列。",
])
def test_punctuation_look_alikes_stay_silent(text):
    assert _rules(text) == []


@pytest.mark.parametrize("text, rule, found", [
    ("调查组本着依法依规的原则出发，逐项核查了问题线索。", "G-BLEND", "出发"),
    ("这次培训对提升干部履职能力起到了积极。", "G-NO-HEAD", "积极"),
    ("年满16周岁以上的学生可以报名。", "G-REDUNDANT", "以上"),
    ("下月将再次重新开展评估。", "G-REDUNDANT", "再次重新"),
    ("要不断全县群众的安全防范意识，减少电诈案件。", "G-NO-VERB-AFTER", "不断"),
])
def test_sentence_frames(text, rule, found):
    assert (rule, found) in _rules(text), _rules(text)


@pytest.mark.parametrize("text", [
    "调查组本着依法依规的原则，从实际出发，逐项核查了问题线索。",
    "这次培训对提升干部履职能力起到了积极作用，具有重要意义。",
    "年满16周岁的学生可以报名，60岁以上老人免费。",
    "下月将重新开展评估，再次组织复查。",
    "要不断提高全县群众的安全防范意识，进一步全面提升服务水平。",
])
def test_sentence_look_alikes_stay_silent(text):
    assert _rules(text) == []

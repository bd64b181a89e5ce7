"""Third batch: function-word frames, short years and mixed dates, redundancy, collocations and
word order (each firing case next to the correct sentences that look most like it)."""
from __future__ import annotations

import pytest

from bulletin_desktop.core.proofread import check


def _rules(text: str) -> list[tuple[str, str]]:
    return [(f.rule, f.found) for f in check(text)]


@pytest.mark.parametrize("text, found", [
    ("各乡镇要把矛盾纠纷化解作为日常工作，认真的做好初信初访办理。", "的"),
    ("国资监管部门要逐步的将经营性国有资产纳入统一监管体系。", "的"),
    ("今年全市夏粮收购工作组织的周密有序，未发生打白条现象。", "的"),
    ("各乡镇要提前作好防震减灾物资储备。", "作好"),
    ("一经查实，坚决予已严肃处理。", "予已"),
    ("我们必需以更加饱满的精神状态抓好落实。", "必需"),
    ("此项工作将持续到年底为至。", "为至"),
    ("该项目自2019年立项以来，止今已累计完成投资12.6亿元。", "止今"),
    ("绝不能让类似事故在次发生。", "在次"),
    ("基层信访工作力量薄弱等问题急须解决。", "急须"),
    ("再巩固基本医保参保率的基础上，稳步扩大试点范围。", "再"),
    ("政协委员如实反应社情民意。", "反应"),
    ("要正确行使手中的权利。", "权利"),
    ("市人大常委会共制订地方性法规5件。", "制订"),
])
def test_function_words_and_guarded_words(text, found):
    assert [f for _, f in _rules(text)] == [found]


@pytest.mark.parametrize("text", [
    "工作不认真的将被通报批评，认真的把关者受到表扬。", "逐步的将来会更好。", "要认真地做好初信初访办理。",
    "活动组织得周密有序。", "不能把隐患当作好事看待。", "对给予已完成整改的企业给予奖励。", "生活必需以外的物资。",
    "这一点尤为至关重要。", "禁止今年再新建。", "防止今后再犯。", "在次日凌晨完成抢修。", "存在次生灾害风险。",
    "亟须加强基层力量。", "保障群众选举权利。", "制订工作计划。", "在巩固成果的基础上，再巩固提升。",
])
def test_function_word_look_alikes_stay_silent(text):
    assert _rules(text) == []


@pytest.mark.parametrize("text, rule, found", [
    ("19年以来，市妇联累计举办培训班48期。", "N-YEAR-SHORT", "19"),
    ("与23年同期相比，提取额增长9.6%。", "N-YEAR-SHORT", "23"),
    ("自19年起，全市推行网上办理。", "N-YEAR-SHORT", "19"),
    ("2023.5.12，市民族宗教委召开全市宗教工作会议。", "D-NUMERIC", "2023.5.12"),
    ("会议于9月5日上午8:30分召开。", "D-TIME-MIXED", "8:30分"),
    ("2024年三月起，全面推行异地转移接续。", "N-DATE-MIXED", "2024年三月"),
])
def test_years_dates_and_times(text, rule, found):
    assert _rules(text) == [(rule, found)]


@pytest.mark.parametrize("text", [
    "连续19年以来未发生事故。", "与19年前相比变化很大。", "近19年来无事故。", "他已工作23年，同期入职的还有5人。",
    "会议于9月5日上午8:30召开，8时30分签到。", "2024年3月起全面推行，二〇二四年三月完成。", "2024年三季度完成。",
    "版本号2023.5.12A，编号2023.5.12-1。",
])
def test_years_dates_and_times_look_alikes(text):
    assert _rules(text) == []


@pytest.mark.parametrize("text, rule, found, suggestion", [
    ("此次飞行检查的目的是为了进一步规范医疗服务行为。", "G-REDUNDANT", "是为了", "是"),
    ("罚没款总计共486万元。", "G-REDUNDANT", "总计共", "总计"),
    ("已有过半数以上建成数字档案室。", "G-REDUNDANT", "过半数以上", "半数以上"),
    ("为缴存职工免费无偿提供咨询服务。", "G-REDUNDANT", "免费无偿", "免费"),
    ("省领导亲自莅临我市调研。", "G-REDUNDANT", "亲自莅临", "莅临"),
    ("每年开展保密教育培训不少于2次以上。", "G-REDUNDANT", "不少于2次以上", "不少于2次"),
    ("平均投资额大约在5亿元上下。", "G-REDUNDANT", "大约在", "在"),
    ("今年汛期降水可能偏多的可能性较大。", "G-REDUNDANT", "可能", ""),
    ("会议审议并听取了市政府的报告。", "G-ORDER", "审议并听取", "听取并审议"),
    ("要及时解决并发现群众反映的问题。", "G-ORDER", "解决并发现", "发现并解决"),
    ("全市各级红十字会都几乎建立了师资库。", "G-ORDER", "都几乎", "几乎都"),
    ("究其原因，主要是由于部分单位监管不到位所致。", "G-CAUSE", "所致", ""),
    ("销售难的主要原因是流通渠道不畅造成的。", "G-CAUSE", "造成的", ""),
    ("亏损面之所以扩大，主要原因是部分企业盲目扩张。", "G-CAUSE", "原因是", "是因为"),
    ("问题的原因是因为责任不落实。", "G-CAUSE", "因为", ""),
])
def test_redundancy_order_and_cause(text, rule, found, suggestion):
    findings = check(text)
    assert [(f.rule, f.found, f.suggestion) for f in findings] == [(rule, found, suggestion)]
    assert all(f.severity == "suggestion" for f in findings)


@pytest.mark.parametrize("text", [
    "此次检查的目的是规范服务行为，这样做是为了群众。", "罚没款总计486万元，各方共同参与，共计共享数据12项。",
    "半数以上单位参加，超过半数。", "免费提供咨询，无偿献血。", "省领导莅临调研，并亲自走访企业。",
    "培训不少于2次，参训人数在100人以上。", "投资额在5亿元上下，大约有5亿元。", "降水偏多的可能性较大，可能偏多。",
    "会议听取并审议了报告，审议并通过了决议。", "及时发现并解决问题。", "各村几乎都建立了服务站，首都几乎每天都有活动。",
    "事故系监管不到位所致。", "由于天气原因，航班延误，系雷雨所致。", "主要原因是渠道不畅，造成的损失较大。",
    "之所以扩大，是因为盲目扩张。",
])
def test_redundancy_order_and_cause_look_alikes(text):
    assert _rules(text) == []


@pytest.mark.parametrize("text, found, suggestion", [
    ("要充分发扬统一战线人才荟萃、联系广泛的重要优势。", "发扬", "发挥"),
    ("要进一步加快节能改造力度。", "加快", "加大"),
    ("要进一步改善国有企业公司治理水平。", "改善", "提高"),
    ("要切实加强档案工作人员的业务水平。", "加强", "提高"),
    ("要切实解决困难残疾人的基本康复需求。", "解决", "满足"),
    ("公车使用效率和服务保障水平明显增加。", "增加", "提高"),
])
def test_collocations(text, found, suggestion):
    assert [(f.found, f.suggestion, f.severity) for f in check(text)] == [(found, suggestion, "suggestion")]


@pytest.mark.parametrize("text", [
    "发扬优良传统，发挥优势作用。", "加快推进改造，加大力度。", "改善人民生活水平，改善营商环境。",
    "加强能力建设，加强队伍建设提升水平。", "解决群众就医需求问题。", "补贴明显增加，水平之外的收入增加。",
])
def test_collocation_look_alikes(text):
    assert _rules(text) == []


@pytest.mark.parametrize("text, found", [
    ("与会委员各舒己见。", "各舒己见"), ("严禁巧立明目发放补贴。", "巧立明目"), ("常委会组成人员直言不悔。", "直言不悔"),
    ("志愿者默默无文、无私奉献。", "默默无文"), ("竞技体育成绩在全省首曲一指。", "首曲一指"),
    ("县气象局未雨稠缪。", "未雨稠缪"), ("各族群众休戚于共。", "休戚于共"), ("招商引资不能好高鹜远。", "好高鹜远"),
    ("保密工作来不得半点麻痹大义。", "麻痹大义"), ("坚决制止铺张浪废。", "铺张浪废"), ("切实做到应改进改。", "应改进改"),
    ("新建科技企业浮化器9家。", "浮化器"), ("共恰谈重点项目86个。", "恰谈"), ("达成就业意像1100余人。", "意像"),
    ("努力把准发展的脉膊。", "脉膊"),
])
def test_idioms_and_set_phrases(text, found):
    assert [f for _, f in _rules(text)] == [found]

"""Round 17: a two-character slip the word list tells only in some contexts, told elsewhere where
it stands fenced between words; a span of time written with a list's 顿号; monitoring and testing
told apart by what is watched or tested; 行使 for 行驶; 得 after 做 with 更; 辆 typed 两."""
import pytest

from bulletin_desktop.core.proofread import check


def _found(text: str) -> list[tuple[str, str | None]]:
    return [(f.found, f.suggestion) for f in check(text)]


@pytest.mark.parametrize("text, found, right", [
    ("县水务局加快推进灌区续建配套，确保年底前完成骨干工成。", "工成", "工程"),
    ("各村要压紧压实网格员则任，做到发现问题及时上报。", "则任", "责任"),
    ("县卫健局开展病媒生物整制行动12次。", "整制", "整治"),
    ("各单位要全面推行目标则任制，层层签订责任书。", "则任", "责任"),
    ("全镇对照问题清单推行挂牌督办则任制。", "则任", "责任"),
])
def test_a_context_listed_slip_that_is_no_word_is_told_where_fenced(text, found, right):
    assert (found, right) in _found(text)


@pytest.mark.parametrize("text", [
    "县交通局严格控制施工成本，确保工程质量。",
    "坚持原则任人唯贤，严把干部选任关。",
    "县文明办对评选出的文明家庭给予精神鼓励和物质奖励。",
    "心理辅导老师帮助学生解开心里的结。",
    "临时代班人员须提前报备，确保值守不断档。",
    "县委组织部完善干部考核责任制，压实各级责任。",
])
def test_words_and_words_meeting_stay_silent(text):
    assert check(text) == []


@pytest.mark.parametrize("text, found, right", [
    ("县水文站对重点河段每2、4小时报送一次水位。", "2、4", "2至4"),
    ("新建泵站工程为期6、9个月。", "6、9", "6至9"),
    ("群众信访事项一般需要5、10个工作日办结。", "5、10", "5至10"),
])
def test_a_span_of_time_with_a_list_comma_is_told(text, found, right):
    assert (found, right) in _found(text)


@pytest.mark.parametrize("text", [
    "全县在第3、5天分别组织两次复查。",
    "检查组分别于3、5日进驻各乡镇。",
    "2025、2027年分别完成两轮普查。",
    "县里每3至5天开展一次巡查，每周汇总一次。",
    "两个批次的整改期限分别为3、5天。",
])
def test_days_named_and_spans_written_right_stay_silent(text):
    assert check(text) == []


@pytest.mark.parametrize("text, found, right", [
    ("县交警大队查处机动车逆向行使行为36起。", "行使", "行驶"),
    ("全县新建水位检测站6个，实现重点河段全覆盖。", "检测站", "监测站"),
    ("县委网信办加强舆情检测，及时回应群众关切。", "检测", "监测"),
    ("县气象局对全县防雷装置监测工作开展督查。", "监测", "检测"),
    ("排查问题隐患46处，以全部整改到位。", "以", "已"),
])
def test_a_real_word_in_its_neighbour_s_company_is_told(text, found, right):
    assert (found, right) in _found(text)


@pytest.mark.parametrize("text", [
    "各级干部要依法行使职权，车辆安全行驶。",
    "县市场监管局对农产品检测站开展能力验证。",
    "县疾控中心对送检样品开展检测，开展流感监测。",
    "力争以全部整改到位为目标，倒排工期。",
])
def test_their_right_uses_stay_silent(text):
    assert check(text) == []


@pytest.mark.parametrize("text", [
    "各乡镇要把秸秆禁烧工作做的更实。",
    "县里要求把防汛值守抓的更紧、更细。",
])
def test_de_before_geng_closing_how_well_is_told(text):
    assert ("的", "得") in _found(text)


@pytest.mark.parametrize("text", [
    "我们为群众做的更多是日常服务。",
    "把工作做的更好的单位给予通报表扬。",
])
def test_de_before_a_noun_or_more_stays_silent(text):
    assert check(text) == []


def test_liang_after_a_count_of_vehicles_is_liang_the_measure_of_vehicles():
    assert ("两", "辆") in _found("县交通运输局检查营运客车86两。")
    assert check("县供销社收购明前茶叶360两。") == []


@pytest.mark.parametrize("text, found, right", [
    ("县应急管理局坚持举一三，组织开展燃气安全排查。", "举一三", "举一反三"),
    ("各地要未绸缪，提前转移危险区群众。", "未绸缪", "未雨绸缪"),
    ("要坚持标兼治，推动问题整改到位。", "标兼治", "标本兼治"),
])
def test_a_fixed_phrase_of_four_with_a_character_dropped_is_told(text, found, right):
    assert (found, right) in _found(text)


@pytest.mark.parametrize("text", [
    "县消防救援大队清理楼道堆放物86处。",
    "今年以来，全县越级访同比下降23%。",
    "各级各部门要切实提高站位，压实责任。",
    "举一例说明，要三思而后行。",
])
def test_shortened_words_and_phrases_written_right_stay_silent(text):
    assert check(text) == []


@pytest.mark.parametrize("text", [
    "县林业局每个护林组配备8-10人。",
    "全县年均降水量在600-800毫米之间。",
    "入汛以来日最高气温32-35℃。",
])
def test_a_range_of_values_with_a_hyphen_is_told(text):
    assert ("-", "～") in _found(text)


@pytest.mark.parametrize("text", [
    "县消防救援大队对3-5号楼开展消防检查。",
    "严格执行GB 50016-2014《建筑设计防火规范》。",
    "值班电话：0395-6123456。",
    "预计风力3-4级。",
])
def test_numbers_with_a_hyphen_that_are_no_range_of_values_stay_silent(text):
    assert check(text) == []


@pytest.mark.parametrize("text, found", [
    ("县供水公司共更换老旧水表860块块。", "块块"),
    ("全县完成植树造林种植苗木1.2万棵棵，成活率95%。", "棵棵"),
    ("县委党校全年举办培训班12期期。", "期期"),
])
def test_a_measure_word_typed_twice_after_a_figure_is_told(text, found):
    assert (found, found[0]) in _found(text)


@pytest.mark.parametrize("text", [
    "全县新植苗木1200棵，棵棵成活。",
    "全县126个村村民小组全部建立微信群。",
    "对照问题清单，条条块块都要落实到位。",
])
def test_measure_words_doubled_as_words_stay_silent(text):
    assert check(text) == []


def test_a_body_s_name_one_character_off_is_told_by_the_check_of_names():
    # 统战 + 部 is a body's name: the name, not the word inside it, is what the clerk is shown
    found = [(f.found, f.suggestion, f.rule) for f in check("县委统占部召开全县统战工作会议。")]
    assert found == [("统占部", "统战部", "U-NAME")]


@pytest.mark.parametrize("text", [
    "对检查发现的问题，各村要在全面排查一遍。",
    "县卫健局要求各卫生院须在逐一核对一遍，确保数据准确。",
])
def test_zai_before_a_check_done_once_more_is_told(text):
    assert ("在", "再") in _found(text)


@pytest.mark.parametrize("text", [
    "下一步将在全县排查一遍。",
    "各卫生院在逐一核对台账。",
    "各村要在排查中发现问题，及时上报。",
    "要再全面排查一遍，确保不留死角。",
])
def test_zai_naming_a_place_or_a_time_stays_silent(text):
    assert check(text) == []

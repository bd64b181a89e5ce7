"""Two-character words of county offices' daily entries the lists lacked (居家, 坚守, 占比, 保供,
点击, 暗访, 牵头 …): one typed a character off is told where known words fence it in; the words
written right, and the real words their swaps make (举家搬迁, 监守自盗, 电击, 证件失效, 走在前头,
报经批准, 按其职责, 复供), draw nothing."""
import pytest

from bulletin_desktop.core.proofread import check


def _found(text: str) -> list[str]:
    return [f.found for f in check(text)]


@pytest.mark.parametrize("text, slip", [
    ("12月4日，县卫健委对居加隔离观察人员落实每日两次健康监测。", "居加"),
    ("春节期间，县供电公司抢修人员坚首一线，确保居民安全用电。", "坚首"),
    ("全县规模以上工业增加值站比达到41.6%。", "站比"),
    ("县供销社组织开展冬春农资保共工作，储备化肥1.2万吨。", "保共"),
    ("专栏刊登稿件36篇，点即量突破20万次。", "点即"),
    ("走访慰问重点优抚对象，送去慰问金和慰文品。", "慰文"),
    ("各乡镇对重点企业开展暗仿，发现问题5处。", "暗仿"),
    ("县应急管理局牵投组织开展联合检查。", "牵投"),
    ("县市场监管局依妥智慧监管平台开展远程巡查。", "依妥"),
])
def test_a_slip_in_a_daily_word_is_told(text, slip):
    assert slip in _found(text)


@pytest.mark.parametrize("text", [
    "12月4日，县卫健委对居家隔离观察人员落实每日两次健康监测。",
    "春节期间，县供电公司抢修人员坚守一线，确保居民安全用电。",
    "全县规模以上工业增加值占比达到41.6%，民营经济占比超过六成。",
    "县供销社组织开展冬春农资保供工作，点击量突破20万次，送去慰问金和慰问品。",
    "受灾群众举家搬迁至安置点，个别干部监守自盗已移送司法机关。",
    "一名电工不慎遭电击受伤，过期证件自动失效，差旅费实报实销。",
    "事实有力证明，领导干部要走在前头，项目报经县政府同意后实施。",
    "各部门按其职责分工抓好落实，实行一县一策，点到为止。",
    "城区停水区域已于18时复供，县水务公司加强管网巡查。",
])
def test_the_words_and_their_real_neighbours_draw_nothing(text):
    assert check(text) == []

"""What comes with a submission pasted from a chat or a mail is neither its title, its news nor
a reason to make an article of one news paragraph."""
from __future__ import annotations

import datetime as dt

import pytest

from bulletin_desktop.core.inbox.candidates import candidate_entries
from bulletin_desktop.core.inbox.covering_lines import is_covering_line
from bulletin_desktop.core.inbox.reading import make_submission, paragraphs_from_text

NEWS = "1月14日，上蔡县应急管理局对重阳街道辖区内5家“九小场所”开展消防安全检查，现场整改隐患9处。"


def _entries(text: str, received: dt.date | None = None):
    item = make_submission(paragraphs_from_text(text), source="粘贴", received=received, unit_id=None, names=())
    return item, candidate_entries(item.title, item.body, item.received)


def test_a_chat_paste_is_one_entry_dated_as_it_was_posted():
    item, entries = _entries(f"上蔡县应急局王芳 2026-01-15 09:12\n各位领导好，报送一条信息\n{NEWS}\n👍👍👍\n")
    assert item.received == dt.date(2026, 1, 15)
    assert [(e.kind, e.text) for e in entries] == [("item", NEWS)]


def test_a_mail_s_attachments_and_greeting_are_no_news_and_the_heading_under_them_is_the_title():
    text = ("主题：市住建局关于开展建筑施工安全检查的信息\n各位好：附件是我局本周安全生产信息，请查收。\n"
            "附件：1.市住建局开展建筑施工领域安全检查.docx\n2.现场照片.jpg\n\n市住建局开展建筑施工领域安全检查\n"
            "1月21日，市住房和城乡建设局组织专家对中心城区18个在建项目开展安全检查。\n"
            "驻马店市住房和城乡建设局\n2026年1月22日\n")
    item, entries = _entries(text)
    assert (item.title, item.received) == ("市住建局开展建筑施工领域安全检查", dt.date(2026, 1, 22))
    assert [(e.kind, e.text) for e in entries] == [
        ("item", "1月21日，市住房和城乡建设局组织专家对中心城区18个在建项目开展安全检查。")]


def test_a_signature_with_a_telephone_number_is_no_paragraph_of_the_news():
    text = ("西平县开展燃气安全专项检查\n1月11日，县应急局联合县住建局对城区12家餐饮场所开展燃气安全专项检查。\n"
            "县应急局 李明 电话：0396-6221234\n")
    _item, entries = _entries(text, dt.date(2026, 1, 12))
    assert [e.kind for e in entries] == ["item"]


@pytest.mark.parametrize("line", [
    "上蔡县应急局王芳 2026-01-15 09:12", "张三 1月15日 9:12", "[2026/1/15 09:12:33] 李明", "李明 下午3:05",
    "各位领导好，报送一条信息", "您好！", "附件2：现场照片", "2.现场照片.jpg", "联系人：赵强13800000000",
])
def test_covering_lines(line):
    assert is_covering_line(line)


@pytest.mark.parametrize("line", [
    "会议于9:30", NEWS, "西平县开展燃气安全专项检查", "开通24小时值班电话0396-1234567，接受群众举报。",
    "2.加强值班值守，严格执行24小时值班制度", "领导好评如潮",
])
def test_news_is_no_covering_line(line):
    assert not is_covering_line(line)


def test_a_mail_s_lines_are_never_joined_as_a_printed_page_s():
    """A mail's short lines can be as alike in width as a narrow printed page's: they stay lines."""
    text = ("发件人：西平县应急局 <xp@163.com>\n主题：西平县开展燃气安全检查\n各位好：附件是我局本周信息，请查收。\n"
            "附件：1.西平县开展燃气安全检查.docx\n2.现场照片.jpg\n西平县开展燃气安全检查\n"
            "3月19日，西平县对城区12家餐饮场所开展燃气安全检查。\n县应急局 李明 电话：0396-6221234\n2026年3月20日\n")
    item, entries = _entries(text)
    assert (item.title, item.received) == ("西平县开展燃气安全检查", dt.date(2026, 3, 20))
    assert [(e.kind, e.text) for e in entries] == [("item", "3月19日，西平县对城区12家餐饮场所开展燃气安全检查。")]


def test_the_same_news_sent_by_mail_and_in_the_chat_is_one_submission(tmp_path):
    from bulletin_desktop.core.archive import Archive
    from bulletin_desktop.core.inbox import Repeated, add_submissions
    from bulletin_desktop.core.units import registry

    with Archive.open(tmp_path / "a.sqlite", auto_backup=False) as archive:
        registry.add_unit(archive, "上蔡县", aliases=["上蔡县应急局", "上蔡县应急管理局"])
        texts = (f"上蔡县应急局王芳 2026-01-15 09:12\n各位领导好，报送一条信息\n{NEWS}\n👍👍👍\n",
                 f"发件人：上蔡县应急局 <sc@163.com>\n主题：上蔡县消防检查\n\n{NEWS}\n上蔡县应急管理局\n2026年1月15日\n",
                 f"上蔡县开展九小场所消防安全检查\n{NEWS}\n上蔡县应急管理局\n2026年1月16日\n",
                 f"上蔡县开展九小场所消防安全检查\n{NEWS[:-1]}，下一步将持续开展检查。\n上蔡县应急管理局\n")
        items = [make_submission(paragraphs_from_text(t), source=f"{n}.txt", received=None, unit_id=None,
                                 names=registry.unit_names(archive)) for n, t in enumerate(texts)]
        repeated: list[Repeated] = []
        first, other = add_submissions(archive, items, repeated=repeated)
        assert repeated == [Repeated(1, first), Repeated(2, first)] and other != first


def test_a_chat_of_two_messages_is_two_entries_dated_by_the_chat_without_a_year():
    text = ("李明 3月9日 10:02\n【上蔡县】3月8日，上蔡县开展燃气安全检查。\n"
            "王芳 3月9日 10:05\n【上蔡县重阳街道】3月8日，重阳街道开展消防宣传。\n")
    item, entries = _entries(text)
    today = dt.date.today()
    posted = dt.date(today.year if (3, 9) <= (today.month, today.day) else today.year - 1, 3, 9)
    assert item.received == posted
    assert [(e.kind, e.text) for e in entries] == [("item", "3月8日，上蔡县开展燃气安全检查。"),
                                                   ("item", "3月8日，重阳街道开展消防宣传。")]


def test_a_forwarded_mail_s_separator_and_a_date_in_brackets_are_no_news():
    text = ("-----原始邮件-----\n发件人: \"遂平县应急管理局\" <sp@163.com>\n发送时间: 2026年3月8日(星期日) 下午3:12\n"
            "主题: 遂平县开展危化品检查\n\n遂平县开展危化品检查\n3月7日，遂平县对8家危化品企业开展专项检查。\n")
    item, entries = _entries(text)
    assert (item.title, item.received) == ("遂平县开展危化品检查", dt.date(2026, 3, 8))
    assert [e.kind for e in entries] == ["item"]
    item, entries = _entries("报送：西平县应急局\n西平县开展应急演练\n3月6日，西平县在县城开展地震应急疏散演练。\n（2026年3月7日）\n")
    assert (item.title, item.received) == ("西平县开展应急演练", dt.date(2026, 3, 7))
    assert [(e.kind, e.text) for e in entries] == [("item", "3月6日，西平县在县城开展地震应急疏散演练。")]

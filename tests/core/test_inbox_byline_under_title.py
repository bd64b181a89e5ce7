"""A unit's submission signed as an article is, its name alone on the line under the title
(关于……的信息 / 王集乡人民政府 / 5月19日，……), names its sender."""
from __future__ import annotations

import docx

from bulletin_desktop.core.inbox.reading import make_submission, read_paragraphs, paragraphs_from_text
from bulletin_desktop.core.units.detect import stated_sender

NEWS = "5月19日，王集乡组织各村开展防溺水宣传，发放宣传资料3000余份。"


def test_the_name_under_the_title_is_the_sender(tmp_path):
    document = docx.Document()
    for line in ("关于王集乡开展防溺水宣传的信息", "王集乡人民政府", NEWS, "联系人：赵六　　电话：13700000000"):
        document.add_paragraph(line)
    document.save(tmp_path / "来稿.docx")
    item = make_submission(read_paragraphs(tmp_path / "来稿.docx"), source="来稿.docx", received=None, unit_id=None, names=())
    assert (item.title, item.stated_unit) == ("关于王集乡开展防溺水宣传的信息", "王集乡人民政府")
    assert NEWS in item.body and "王集乡人民政府" in item.body


def test_a_unit_named_in_the_news_under_the_title_is_no_signature():
    item = make_submission(paragraphs_from_text(f"王集乡开展防溺水宣传\n{NEWS}\n"), source="粘贴", received=None,
                           unit_id=None, names=())
    assert item.stated_unit == ""
    assert stated_sender("防溺水宣传\n县应急管理局\n") == ""  # two lines: no title over it

"""Content controls bound to the file's data: an office system writes the issue's number and
date into a custom XML part and leaves the controls showing the template's placeholders; Word
shows the bound values, and so does the reader."""
import datetime as dt

import pytest

from bulletin_desktop.core.recognise import recognise
from bulletin_desktop.core.wordread import read_word
from bulletin_desktop.core.wordread.bound_data import formatted_date

from wordfiles import CLOSING, RT, make_docx, p, r

STORE = "{8A1F2C3D-1111-2222-3333-444455556666}"
CORE = "{6C3C8BC8-F283-45AE-878A-BAB7291924A1}"
MAPPING = "xmlns:ns0='http://oa.example/bulletin'"
ENTRY = p("【工作动态】") + p("3月1日，", runs=r("县应急局", bold=True) + r("召开会议。")) + CLOSING


def control(path: str, shown: str, *, kind: str = "<w:text/>", store: str = STORE, mapping: str = MAPPING,
            placeholder: bool = True) -> str:
    props = (("<w:showingPlcHdr/>" if placeholder else "")
             + f'<w:dataBinding w:prefixMappings="{mapping}" w:xpath="{path}" w:storeItemID="{store}"/>' + kind)
    return f"<w:sdt><w:sdtPr>{props}</w:sdtPr><w:sdtContent>{r(shown)}</w:sdtContent></w:sdt>"


def date_control(shown: str, pattern: str = "yyyy年M月d日") -> str:
    picker = (f'<w:date w:fullDate="2025-01-01T00:00:00Z"><w:dateFormat w:val="{pattern}"/><w:lid w:val="zh-CN"/>'
              '<w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date>')
    return control("/ns0:bulletin[1]/ns0:date[1]", shown, kind=picker)


def bulletin(tmp_path, masthead: str, data: str = "<ns0:number>12</ns0:number><ns0:date>2026-03-18T00:00:00</ns0:date>",
             core: str | None = None, with_warnings: bool = False):
    item = f'<?xml version="1.0" encoding="UTF-8"?><ns0:bulletin xmlns:ns0="http://oa.example/bulletin">{data}</ns0:bulletin>'
    props = (f'<?xml version="1.0" encoding="UTF-8"?><ds:datastoreItem ds:itemID="{STORE}" '
             'xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"/>')
    item_rels = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                 f'<Relationship Id="rId1" Type="{RT}/customXmlProps" Target="itemProps1.xml"/></Relationships>')
    parts = {"customXml/item1.xml": item, "customXml/itemProps1.xml": props, "customXml/_rels/item1.xml.rels": item_rels}
    content_types = ('<Override PartName="/customXml/itemProps1.xml" '
                     'ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/>')
    package_rels = ""
    if core is not None:
        parts["docProps/core.xml"] = (
            '<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            f'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>{core}</dc:title></cp:coreProperties>')
        content_types += ('<Override PartName="/docProps/core.xml" '
                          'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>')
        package_rels = ('<Relationship Id="rIdCore" Type="http://schemas.openxmlformats.org/package/2006/relationships/'
                        'metadata/core-properties" Target="docProps/core.xml"/>')
    path = make_docx(tmp_path / "bound.docx", masthead + ENTRY, parts=parts, content_types=content_types,
                     doc_rels=f'<Relationship Id="rIdCx" Type="{RT}/customXml" Target="../customXml/item1.xml"/>',
                     package_rels_extra=package_rels)
    text = read_word(path)
    issue = recognise(text.paragraphs).issue
    return (issue, text.warnings) if with_warnings else issue


NUMBER = "/ns0:bulletin[1]/ns0:number[1]"


def test_the_number_and_date_a_program_wrote_into_the_data_are_read(tmp_path):
    masthead = (p("某某工作简报") + p("第", runs=control(NUMBER, "期号") + r("期"))
                + p("某某县应急管理局　　", runs=date_control("单击或点击此处输入日期。")))
    issue = bulletin(tmp_path, masthead)
    assert (issue.number, issue.date) == (12, dt.date(2026, 3, 18))


def test_a_control_holding_text_of_its_own_keeps_it_and_the_clerk_is_told_of_the_data(tmp_path):
    # typed in a program that does not write back to the data (WPS), or last issue's figures
    # a program left when it filled only the data: the file prints the text; Word shows the data
    masthead = (p("某某工作简报") + p("第", runs=control(NUMBER, "11", placeholder=False) + r("期"))
                + p("某某县应急管理局　　2026年3月18日"))
    issue, warnings = bulletin(tmp_path, masthead, with_warnings=True)
    assert issue.number == 11
    assert any("“11”" in warning and "“12”" in warning for warning in warnings)


def test_a_control_whose_text_is_its_value_draws_no_warning(tmp_path):
    masthead = (p("某某工作简报") + p("第", runs=control(NUMBER, "12", placeholder=False) + r("期"))
                + p("某某县应急管理局　　", runs=date_control("2026年3月18日")))
    assert bulletin(tmp_path, masthead, with_warnings=True)[1] == []


@pytest.mark.parametrize("binding", [
    dict(path="/ns0:bulletin[1]/ns0:issue[1]"),  # no such value
    dict(path=NUMBER, store="{00000000-0000-0000-0000-000000000000}"),  # data the file lacks
    dict(path="count(//*) > 0 or //*//*//*"),  # not a path Word writes: never evaluated
    dict(path="/ns1:bulletin[1]/ns1:number[1]"),  # a prefix the mapping does not declare
])
def test_a_binding_to_no_value_keeps_the_controls_own_content(tmp_path, binding):
    masthead = (p("某某工作简报") + p("第", runs=control(binding["path"], "11", store=binding.get("store", STORE),
                                                        placeholder=False) + r("期"))
                + p("某某县应急管理局　　2026年3月18日"))
    assert bulletin(tmp_path, masthead).number == 11


def test_an_empty_value_leaves_the_placeholder_as_it_was(tmp_path):
    masthead = p("某某工作简报") + p("第7期") + p("某某县应急管理局　　", runs=date_control("2026年3月18日"))
    issue = bulletin(tmp_path, masthead, data="<ns0:number>12</ns0:number><ns0:date></ns0:date>")
    assert issue.date == dt.date(2026, 3, 18)


def test_a_list_shows_the_chosen_items_text_and_a_property_control_the_documents_title(tmp_path):
    unit = ('<w:dropDownList><w:listItem w:displayText="某某县应急管理局" w:value="12"/>'
            '<w:listItem w:displayText="某某县住建局" w:value="13"/></w:dropDownList>')
    title = control("/ns1:coreProperties[1]/ns0:title[1]", "[标题]", store=CORE,
                    mapping="xmlns:ns0='http://purl.org/dc/elements/1.1/' "
                            "xmlns:ns1='http://schemas.openxmlformats.org/package/2006/metadata/core-properties'")
    masthead = (p("", runs=title) + p("第7期")
                + p("", runs=control(NUMBER, "选择一项。", kind=unit) + r("　　2026年3月18日")))
    issue = bulletin(tmp_path, masthead, core="某某工作简报")
    assert (issue.series, issue.office) == ("某某工作简报", "某某县应急管理局")


@pytest.mark.parametrize("pattern, printed", [
    ("yyyy年M月d日", "2026年3月8日"), ("yyyy-MM-dd", "2026-03-08"), ("yyyy'年'MM'月'dd'日' dddd", "2026年03月08日 星期日"),
])
def test_a_date_prints_in_the_controls_own_format(pattern, printed):
    assert formatted_date(dt.date(2026, 3, 8), pattern) == printed

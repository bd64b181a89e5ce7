"""SmartArt (图示) in a bulletin: its text lives in a data part the drawing names, read as a
line a shape (said in a warning), not skipped as a drawing; a diagram whose data part is
missing or broken is counted as a drawing skipped, as before."""
from __future__ import annotations

import pytest

from bulletin_desktop.core.importing import read_file
from bulletin_desktop.core.recognise import BulletinFormatError
from bulletin_desktop.core.wordread.diagrams import diagram_lines
from wordread.wordfiles import CLOSING, MASTHEAD, RT, make_docx, p

DGM = "http://schemas.openxmlformats.org/drawingml/2006/diagram"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
DATA_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.diagramData+xml"
ENTRY = ('<w:p><w:r><w:t>5月6日，</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>县应急管理局</w:t></w:r>'
         '<w:r><w:t>部署隐患排查整治工作，流程如下。</w:t></w:r></w:p>')


def drawing(rel: str = "rIdDm") -> str:
    return ('<w:p><w:r><w:drawing><wp:inline><wp:extent cx="5486400" cy="3200400"/><wp:docPr id="3" name="图示 3"/><a:graphic>'
            f'<a:graphicData uri="{DGM}"><dgm:relIds xmlns:dgm="{DGM}" r:dm="{rel}" r:lo="rIdLo" r:qs="rIdQs" r:cs="rIdCs"/>'
            '</a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>')


def point(text: str, kind: str = "") -> str:
    kind_attr = f' type="{kind}"' if kind else ""
    return (f'<dgm:pt modelId="{{{abs(hash(text + kind))}}}"{kind_attr}><dgm:prSet/><dgm:spPr/><dgm:t><a:bodyPr/>'
            f'<a:p><a:r><a:t>{text}</a:t></a:r></a:p></dgm:t></dgm:pt>')


def data(*points: str) -> str:
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><dgm:dataModel xmlns:dgm="{DGM}" xmlns:a="{A}">'
            f'<dgm:ptLst>{"".join(points)}</dgm:ptLst><dgm:cxnLst/></dgm:dataModel>')


def bulletin(tmp_path, part: str | None):
    parts = {"word/diagrams/data1.xml": part} if part is not None else {}
    return make_docx(tmp_path / "图示.docx", MASTHEAD + p("【工作动态】") + ENTRY + drawing() + CLOSING,
                     doc_rels=f'<Relationship Id="rIdDm" Type="{RT}/diagramData" Target="diagrams/data1.xml"/>', parts=parts,
                     content_types=f'<Override PartName="/word/diagrams/data1.xml" ContentType="{DATA_TYPE}"/>')


def all_text(result) -> str:
    return "\n".join(getattr(e, "text", "") or getattr(e, "title", "") + "".join(map(str, getattr(e, "paragraphs", [])))
                     for _, e in result.issue.entries())


def test_a_smartart_process_is_read_a_line_a_shape(tmp_path):
    part = data(point("", "doc"), point("排查隐患"), point("", "parTrans"), point("建立台账"), point("督促整改"),
                point("presentation only", "pres"), point("验收销号"))
    result = read_file(bulletin(tmp_path, part))
    text = all_text(result)
    assert [step for step in ("排查隐患", "建立台账", "督促整改", "验收销号") if step in text] == ["排查隐患", "建立台账", "督促整改", "验收销号"]
    assert "presentation only" not in text
    assert any("SmartArt" in w for w in result.warnings)
    assert not any("图形或嵌入对象" in w for w in result.warnings)


@pytest.mark.parametrize("part", [None, "<dgm:dataModel", "<x/>"])  # (missing, broken, no diagram's)
def test_a_diagram_without_readable_data_is_counted_as_skipped(tmp_path, part):
    result = read_file(bulletin(tmp_path, part))
    assert any("图形或嵌入对象" in w for w in result.warnings)
    assert [e.unit for _, e in result.issue.entries()] == ["县应急管理局"]


def test_each_paragraph_of_a_shape_is_a_line():
    shape = ('<dgm:pt modelId="{1}"><dgm:t><a:bodyPr/><a:p><a:r><a:t>县委</a:t></a:r></a:p>'
             '<a:p><a:r><a:t>政法</a:t></a:r><a:r><a:t>委员会</a:t></a:r></a:p></dgm:t></dgm:pt>')
    assert diagram_lines(data(shape).encode()) == ["县委", "政法委员会"]


def test_one_big_diagram_shown_many_times_is_refused_as_it_adds_up(tmp_path):
    part = data(*[point(f"步骤{i}") for i in range(5000)])
    path = make_docx(tmp_path / "图示.docx", MASTHEAD + p("【工作动态】") + ENTRY + drawing() * 5 + CLOSING,
                     doc_rels=f'<Relationship Id="rIdDm" Type="{RT}/diagramData" Target="diagrams/data1.xml"/>',
                     parts={"word/diagrams/data1.xml": part},
                     content_types=f'<Override PartName="/word/diagrams/data1.xml" ContentType="{DATA_TYPE}"/>')
    with pytest.raises(BulletinFormatError) as refused:
        read_file(path)
    assert "段文字" in refused.value.message

"""An RTF document saved under .doc (WordPad's and OA systems' "Word" files, Chinese written
as \\u escapes): LibreOffice tells it from its contents and the reader reads what it made."""
from __future__ import annotations

import pytest

from bulletin_desktop.core.importing import read_file

LINES = ["某某工作简报", "第7期", "某某县应急管理局　　　　2024年3月5日", "【工作动态】",
         "3月1日，{\\b 县应急管理局}召开调度会。", "编辑：张三 审核：李四 签发：王五", "送：县委、县政府。"]


def rtf(lines: list[str]) -> str:
    def escaped(line: str) -> str:
        return "".join(f"\\u{ord(c) - 65536 if ord(c) > 32767 else ord(c)}?" if ord(c) > 127 else c for c in line)

    body = "".join(f"{{\\pard {escaped(line)}\\par}}\n" for line in lines)
    return "{\\rtf1\\ansi\\ansicpg936\\deff0{\\fonttbl{\\f0\\fnil\\fcharset134 SimSun;}}\n" + body + "}"


@pytest.mark.slow
def test_rtf_under_a_word_name_is_converted_and_read(soffice, tmp_path):
    path = tmp_path / "写字板另存.doc"
    path.write_text(rtf(LINES), encoding="ascii")
    result = read_file(path)
    issue = result.issue
    assert (issue.series, issue.number, issue.office, str(issue.date)) == ("某某工作简报", 7, "某某县应急管理局", "2024-03-05")
    assert [(e.date, e.unit, e.text) for _, e in issue.entries()] == [("3月1日", "县应急管理局", "3月1日，县应急管理局召开调度会。")]
    assert issue.signoff.signers == ["王五"]
    assert any("LibreOffice" in warning for warning in result.warnings)


@pytest.mark.slow
def test_an_old_word_file_named_docx_and_a_docx_named_wps(soffice, tmp_path):
    """OA systems hand out an old .doc under .docx and a .docx under .wps: each is read as
    what it is."""
    import shutil
    import subprocess

    from wordfiles import CLOSING, MASTHEAD, make_docx, p, r

    source = make_docx(tmp_path / "源.docx", MASTHEAD + p("【工作动态】")
                       + p("3月1日，", runs=r("县应急管理局", bold=True) + r("召开调度会。")) + CLOSING)
    subprocess.run([soffice, f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless", "--convert-to", "doc",
                    "--outdir", str(tmp_path / "doc"), str(source)], check=True, capture_output=True, timeout=180)
    for path in (shutil.copy(tmp_path / "doc" / "源.doc", tmp_path / "旧版.docx"), shutil.copy(source, tmp_path / "新版.wps")):
        issue = read_file(path).issue
        assert [(e.date, e.unit) for _, e in issue.entries()] == [("3月1日", "县应急管理局")], path.name

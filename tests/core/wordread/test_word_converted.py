"""Files made with python-docx, and .doc/.odt/.rtf made from them by LibreOffice, read
through the same reader; without LibreOffice a clear message says what to install."""
import datetime as dt
import shutil
import subprocess

import pytest

from bulletin_desktop.core import libreoffice
from bulletin_desktop.core.importing import read_file
from bulletin_desktop.core.model import DistributionLine, Signoff, Special
from bulletin_desktop.core.recognise import BulletinFormatError


def python_docx_bulletin(path):
    import docx

    document = docx.Document()
    for line in ["漯河安全生产简报", "第52期", "（安全生产大检查专刊 第34期）", "漯河市安全生产委员会办公室　　2022年11月21日"]:
        document.add_paragraph(line)
    document.add_heading("督导检查", level=1)
    entry = document.add_paragraph("11月16日，")
    entry.add_run("市应急管理局").bold = True
    entry.add_run("局长带队开展暗查暗访。")
    second = document.add_paragraph("11月17日，舞阳县召开推进会，要求坚持高")
    second.add_run().add_break()
    second.add_run("位推动。")
    document.add_paragraph("编辑：卜丹 赵贺龙 审核：翟红伟 签发：孙全忠")
    document.add_paragraph("送：市委常委、市安委会主任、副主任。")
    document.add_paragraph("发：各县区人民政府，")
    document.add_paragraph("市安全生产委员会有关成员单位。")
    document.add_paragraph("（共印35份）")
    document.save(path)
    return path


def assert_bulletin(issue):
    assert (issue.series, issue.number, issue.special) == ("漯河安全生产简报", 52, Special("安全生产大检查专刊", 34))
    assert (issue.office, issue.date) == ("漯河市安全生产委员会办公室", dt.date(2022, 11, 21))
    assert [s.title for s in issue.sections] == ["督导检查"]
    items = issue.sections[0].entries
    assert [(i.date, i.unit) for i in items] == [("11月16日", "市应急管理局"), ("11月17日", "")]
    assert items[1].text == "11月17日，舞阳县召开推进会，要求坚持高位推动。"
    assert issue.signoff == Signoff(["卜丹", "赵贺龙"], ["翟红伟"], ["孙全忠"])
    assert issue.distribution == [DistributionLine("送", "市委常委、市安委会主任、副主任。"),
                                  DistributionLine("发", "各县区人民政府，市安全生产委员会有关成员单位。")]
    assert issue.print_copies == 35


def test_python_docx_file(tmp_path):
    imported = read_file(python_docx_bulletin(tmp_path / "b.docx"))
    assert_bulletin(imported.issue)
    assert not any("共印" in w for w in imported.warnings)


@pytest.fixture(scope="module")
def converted(tmp_path_factory):
    soffice = libreoffice.libreoffice_path()
    if soffice is None:
        pytest.skip("LibreOffice is needed to make .doc/.odt/.rtf files")
    folder = tmp_path_factory.mktemp("converted")
    source = python_docx_bulletin(folder / "bulletin.docx")
    out = {}
    for fmt in ("doc", "odt", "rtf", "fodt"):
        subprocess.run([str(soffice), "--headless", f"-env:UserInstallation={(folder / 'profile').as_uri()}",
                        "--convert-to", fmt, "--outdir", str(folder), str(source)], capture_output=True, timeout=180)
        out[fmt] = folder / f"bulletin.{fmt}"
    wps = folder / "bulletin.wps"  # WPS writes the .doc format under its own name
    shutil.copyfile(out["doc"], wps)
    out["wps"] = wps
    return out


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["doc", "odt", "rtf", "wps", "fodt"])
def test_converted_by_libreoffice(converted, fmt):
    imported = read_file(converted[fmt])
    assert_bulletin(imported.issue)
    assert any("LibreOffice" in w for w in imported.warnings)


def test_without_libreoffice_the_message_says_what_to_install(tmp_path, monkeypatch):
    monkeypatch.setattr(libreoffice, "libreoffice_path", lambda: None)
    old = tmp_path / "旧简报.doc"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 1024)
    with pytest.raises(BulletinFormatError) as caught:
        read_file(old)
    assert "旧简报.doc" in caught.value.message and "安装 LibreOffice" in caught.value.message


def test_a_flat_opendocument_file_goes_to_libreoffice_and_a_folder_holds_every_word_kind(tmp_path, monkeypatch):
    """.fodt (OpenDocument as one XML file) is converted, not read as plain text; a folder's
    macro-enabled documents and templates are imported with the rest."""
    from bulletin_desktop.core.importing import expand_paths

    monkeypatch.setattr(libreoffice, "libreoffice_path", lambda: None)
    flat = tmp_path / "简报.fodt"
    flat.write_text('<?xml version="1.0"?><office:document/>', encoding="utf-8")
    with pytest.raises(BulletinFormatError, match="安装 LibreOffice"):
        read_file(flat)
    for name in ("a.docx", "b.docm", "c.dotx", "d.dotm", "e.fodt", "f.png", "~$g.docx"):
        (tmp_path / name).write_bytes(b"x")
    assert [p.name for p in expand_paths([tmp_path])] == ["a.docx", "b.docm", "c.dotx", "d.dotm", "e.fodt", "简报.fodt"]

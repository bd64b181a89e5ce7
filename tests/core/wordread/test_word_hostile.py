"""Hostile and broken files are refused quickly, cheaply, in Chinese, and the archive stays
as it was."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

from bulletin_desktop.cli import main
from bulletin_desktop.core.archive import Archive
from bulletin_desktop.core.importing import read_file
from bulletin_desktop.core.recognise import BulletinFormatError

from hostile_files import hostile_files

ROOT = Path(__file__).resolve().parents[3]

MEASURE = """
import json, resource, sys, time
from bulletin_desktop.core.importing import read_file
from bulletin_desktop.core.recognise import BulletinFormatError
import bulletin_desktop.core.wordread, docx  # one-time imports are not the cost of refusing a file
out = {}
for name, path in json.loads(sys.argv[1]).items():
    started = time.perf_counter()
    try:
        read_file(path)
        message = None
    except BulletinFormatError as exc:
        message = exc.message
    out[name] = [time.perf_counter() - started, message]
# VmHWM is this program's own peak; ru_maxrss may carry over the forking test runner's size
try:
    status = open("/proc/self/status").read()
    out["peak_kb"] = int(status.split("VmHWM:")[1].split()[0])
except (OSError, IndexError):
    out["peak_kb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps(out, ensure_ascii=False))
"""


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    return hostile_files(tmp_path_factory.mktemp("hostile"))


def test_each_is_refused_with_a_chinese_sentence_naming_the_file(files):
    for name, (path, word) in files.items():
        with pytest.raises(BulletinFormatError) as caught:
            read_file(path)
        message = caught.value.message
        assert path.name in message and word in message, (name, message)
        assert "\n" not in message and "Traceback" not in message


def test_refused_fast_and_without_memory(files):
    paths = {name: str(path) for name, (path, _) in files.items()}
    done = subprocess.run([sys.executable, "-c", MEASURE, json.dumps(paths)], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    peak_mb = result.pop("peak_kb") / 1024
    for name, (seconds, message) in result.items():
        assert message, name
        assert seconds < 2.0, (name, seconds)
    assert peak_mb < 200, peak_mb


def test_the_archive_is_unchanged(files, tmp_path, sample_text, capsys):
    db = tmp_path / "archive.sqlite"
    sample = tmp_path / "sample.txt"
    sample.write_text(sample_text, encoding="utf-8")
    assert main(["import", "--db", str(db), str(sample)]) == 0
    with Archive.open(db, readonly=True, auto_backup=False) as archive:
        before = [(s.id, s.series, s.number, s.updated_at) for s in archive.list_issues()]
    capsys.readouterr()
    paths = [str(path) for path, _ in files.values()]
    assert main(["import", "--db", str(db), *paths]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == len(paths) and all(line.startswith("未导入") for line in err)
    with Archive.open(db, readonly=True, auto_backup=False) as archive:
        assert [(s.id, s.series, s.number, s.updated_at) for s in archive.list_issues()] == before
        assert archive.integrity_check() == "ok"


def test_a_file_over_its_time_budget_is_refused(tmp_path):
    from bulletin_desktop.core.wordread import read_word

    from wordfiles import MASTHEAD, make_docx, p

    path = make_docx(tmp_path / "long.docx", MASTHEAD + "".join(p(f"3月1日，第{n}条。") for n in range(300)))
    assert len(read_word(path).paragraphs) == 303
    with pytest.raises(BulletinFormatError, match="long.docx.*秒"):
        read_word(path, time_budget=0)

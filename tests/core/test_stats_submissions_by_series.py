"""Submissions and one bulletin's statistics: the inbox is the office's, so every submission
of the period is counted as submitted; as adopted, only those an issue of that bulletin holds."""
from __future__ import annotations

import datetime as dt

from test_archive_support import plain_issue

from bulletin_desktop.core.archive import Archive
from bulletin_desktop.core.inbox import add_submissions
from bulletin_desktop.core.inbox.adopt import adopt_into
from bulletin_desktop.core.inbox.reading import make_submission, paragraphs_from_text
from bulletin_desktop.core.stats import compute_stats
from bulletin_desktop.core.units import registry

YEAR = (dt.date(2022, 1, 1), dt.date(2022, 12, 31))


def test_a_bulletin_s_rate_counts_the_submissions_it_adopted(tmp_path, sample_issue):
    with Archive.open(tmp_path / "a.sqlite", auto_backup=False) as archive:
        archive.add_issue(sample_issue)  # 漯河安全生产简报
        archive.add_issue(plain_issue(8, dt.date(2022, 12, 1), ["12月1日，**叶县**召开会议。"], series="县区工作简报",
                                      section="隐患排查"))
        unit = registry.resolve_unit(archive, "舞阳县").id
        ids = add_submissions(archive, [
            make_submission(paragraphs_from_text(f"舞阳县来稿{n}\n11月{n}日，舞阳县开展检查{n}。"), source="粘贴",
                            received=dt.date(2022, 11, n), unit_id=unit, names=registry.unit_names(archive))
            for n in (10, 11, 12)])
        for submission, series in zip(ids, ("漯河安全生产简报", "县区工作简报")):
            issue = archive.load_issue(next(s.id for s in archive.list_issues() if s.series == series))
            adopt_into(archive, submission, issue, "隐患排查")

        def figures(series=None):
            report = compute_stats(archive, *YEAR, series)
            row = report.row("舞阳县")
            return row.submitted, row.adopted_submissions, report.total.submitted, report.total.adopted_submissions

        assert figures() == (3, 2, 3, 2)
        assert figures("漯河安全生产简报") == (3, 1, 3, 1)
        assert figures("县区工作简报") == (3, 1, 3, 1)
        lead = compute_stats(archive, *YEAR, "县区工作简报").lead()
        assert "来稿采用率33.3%（报送数为收件箱中的全部来稿，采用数为《县区工作简报》采用的来稿）" in lead
        assert "报送数为收件箱中的全部来稿" not in compute_stats(archive, *YEAR).lead()

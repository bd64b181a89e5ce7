"""Arguments of the commands that keep the archive safe: delete and the trash, 定稿, and
the archive file itself (check, backups, restore, salvage). Only argparse here: building
the parser must stay cheap."""
from __future__ import annotations

import argparse
from typing import Callable

from ..core.issue_ref import ISSUE_HELP
from .arg_types import ID, ISSUE_NUMBER, path, whole, written_path

DbOption = Callable[[argparse.ArgumentParser], None]


def as_written(text: str) -> str:
    """A path kept as typed: its trailing slash says the clerk means a folder."""
    written_path(text)  # refuses an empty one, and one the archive could not record
    return text


def add_archive_parsers(sub, db_option: DbOption) -> None:
    p = sub.add_parser("delete", help="删除一期（移入回收站，可用 trash restore 恢复）")
    db_option(p)
    p.add_argument("issue", metavar="期次", help=ISSUE_HELP)

    p = sub.add_parser("trash", help="回收站：查看、恢复、清空")
    db_option(p)
    trash = p.add_subparsers(dest="trash_command", metavar="操作", required=True, parser_class=type(p))
    q = trash.add_parser("list", help="列出回收站中的项目")
    db_option(q)
    q.add_argument("--json", action="store_true", help="以 JSON 输出")
    q = trash.add_parser("restore", help="把一个项目放回原处")
    db_option(q)
    q.add_argument("item", type=ID, metavar="编号", help="trash list 显示的编号")
    q.add_argument("--number", type=ISSUE_NUMBER, metavar="期号", help="原期号已被占用时，恢复为这个期号")
    q = trash.add_parser("empty", help="清空回收站（不可恢复）")
    db_option(q)
    q.add_argument("--older-than", type=whole(1, 36500, "天数"), metavar="天数",
                   help="只删去移入回收站已超过这么多天的项目，同窗口设置中回收站的保留天数")

    p = sub.add_parser("finalize", help="定稿：此后这一期不能再修改，直到撤销定稿")
    db_option(p)
    p.add_argument("issue", metavar="期次", help=ISSUE_HELP)
    p = sub.add_parser("reopen", help="撤销定稿")
    db_option(p)
    p.add_argument("issue", metavar="期次", help=ISSUE_HELP)

    p = sub.add_parser("archive", help="档案库文件：检查、备份、恢复、抢救")
    db_option(p)
    archive = p.add_subparsers(dest="archive_command", metavar="操作", required=True, parser_class=type(p))
    q = archive.add_parser("check", help="检查档案库是否完好（损坏时退出码为 1）")
    db_option(q)
    q.add_argument("--details", action="store_true", help="同时输出 SQLite 的检查原文（供技术人员）")
    q = archive.add_parser("backups", help="列出备份（时间、大小、期数）；--delete 删除不再需要的备份")
    db_option(q)
    q.add_argument("--json", action="store_true", help="以 JSON 输出")
    q.add_argument("--delete", nargs="+", type=as_written, metavar="备份",
                   help="删除这几份备份（写 archive backups 列出的文件名或路径；自己做的备份和升级前的备份一直保留，只能这样删除）；"
                        "会删去唯一一份完好的备份时不删除")
    q.add_argument("--force", action="store_true", help="同 --delete：删去的是唯一一份（或全部）完好的备份时也删除")
    q = archive.add_parser("backup", help="立即备份（这份备份一直保留，不随自动备份轮换删除）；给出文件名或文件夹时把副本写到那里（如 U 盘）")
    db_option(q)
    q.add_argument("output", type=as_written, nargs="?", metavar="输出文件或文件夹",
                   help="副本的文件名（以 .sqlite 结尾）；给出文件夹（如 U 盘，可写成以 / 结尾）时副本放进这个文件夹，"
                        "名字带上日期和时间；文件夹不存在时不备份")
    q.add_argument("--overwrite", action="store_true", help="副本的文件已经存在时替换它（不加时不备份）")
    q = archive.add_parser("restore", help="用一份备份替换档案库（当前文件改名保留，不删除）")
    db_option(q)
    q.add_argument("backup", type=path, metavar="备份文件", help="archive backups 列出的备份，或别处（如 U 盘上）的档案库副本")
    q = archive.add_parser("salvage", help="从损坏的档案库中抢救能读出的各期，写入新档案库")
    db_option(q)
    q.add_argument("output", type=written_path, metavar="新档案库", help="新档案库的文件名（不能是已有的文件）")
    q.add_argument("--json", action="store_true",
                   help="以 JSON 输出：新档案库、抢救出的期数和条数、未能抢救的每一期（issues_lost）和 SQLite 的原文（problems）")

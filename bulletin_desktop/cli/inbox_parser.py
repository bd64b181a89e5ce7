"""Command-line syntax of the units registry, the inbox and the statistics."""
from __future__ import annotations

import argparse
from typing import Callable
from ..core.file_kinds import IMPORTABLE_KINDS_NAMED
from .arg_types import ID, first_day, last_day, one_line, path, whole, written_path


def add_inbox_parsers(sub, db_option: Callable[[argparse.ArgumentParser], None]) -> None:
    p = sub.add_parser("units", help="报送单位名录：列出、登记、别名、合并（及撤销合并）、改名、类别、停用")
    db_option(p)
    units = p.add_subparsers(dest="units_command", metavar="操作", required=True, parser_class=type(p))
    q = units.add_parser("list", help="列出单位")
    db_option(q)
    q.add_argument("--json", action="store_true", help="以 JSON 输出")
    q = units.add_parser("add", help="登记单位")
    db_option(q)
    q.add_argument("name", metavar="名称")
    q.add_argument("--category", default="", metavar="类别", help="县区、市直单位、乡镇街道或自定")
    q.add_argument("--alias", action="append", default=[], metavar="别名", help="另一个写法，可重复")
    q.add_argument("--json", action="store_true", help="以 JSON 输出")
    q = units.add_parser("merge", help="把前一个单位并入后一个（名称保留为别名，来稿、条目和得分一并转移）；"
                                       "机构改革后改名的单位（如县安监局改为县应急管理局），两个名称都已登记时用它把旧名并入新名")
    db_option(q)
    q.add_argument("source", metavar="并入的单位")
    q.add_argument("target", metavar="保留的单位")
    q.add_argument("--json", action="store_true", help="以 JSON 输出")
    q = units.add_parser("merges", help="列出合并单位的记录（编号、时间、并入的单位和保留的单位、转移了什么、是否已撤销），最近的在前")
    db_option(q)
    q.add_argument("--json", action="store_true", help="以 JSON 输出")
    q = units.add_parser("unmerge", help="撤销一次合并（编号见 units merges）：并入的单位连同它的名称、来稿和条目恢复原样，统计随之复原")
    db_option(q)
    q.add_argument("merge_id", type=ID, metavar="编号")
    q.add_argument("--json", action="store_true", help="以 JSON 输出恢复的单位")
    q = units.add_parser("rename", help="单位改名（旧名称保留为别名，此前的条目仍计入这个单位）；新名称已登记时请用 merge")
    db_option(q)
    q.add_argument("old", metavar="原名称")
    q.add_argument("new", metavar="新名称")
    q.add_argument("--json", action="store_true", help="以 JSON 输出")
    q = units.add_parser("alias", help="给单位添加别名（另一种写法），或用 --remove 去掉别名")
    db_option(q)
    q.add_argument("name", metavar="单位")
    q.add_argument("aliases", nargs="+", metavar="别名")
    q.add_argument("--remove", action="store_true", help="去掉这些别名（印着它们的条目重新归属）")
    q.add_argument("--json", action="store_true", help="以 JSON 输出")
    q = units.add_parser("similar", help="列出可能是同一单位的两个单位（简称与全称、县区的部门与县区），可用 units merge 合并")
    db_option(q)
    q.add_argument("--json", action="store_true", help="以 JSON 输出")
    q = units.add_parser("category", help="设置一个单位的类别（同“单位名录”的“类别…”）")
    db_option(q)
    q.add_argument("name", metavar="单位")
    q.add_argument("category", type=one_line("类别"), metavar="类别", help="县区、市直单位、乡镇街道或自定（如 旗市区）")
    q.add_argument("--json", action="store_true", help="以 JSON 输出")
    q = units.add_parser("rename-category", help="类别改名：这一类别的单位都改入新类别（如 县区 改为 旗市区），以后登记的同级单位随之")
    db_option(q)
    q.add_argument("old", metavar="原类别")
    q.add_argument("new", type=one_line("类别"), metavar="新类别")
    q.add_argument("--json", action="store_true", help="以 JSON 输出改入新类别的各单位")
    q = units.add_parser("retire", help="停用单位（保留历史）")
    db_option(q)
    q.add_argument("name", metavar="名称")
    q.add_argument("--json", action="store_true", help="以 JSON 输出")
    from .proofread_lists_command import add_unit_variant_parsers

    add_unit_variant_parsers(units, db_option)

    p = sub.add_parser("inbox", help="来稿收件箱：登记、列出、修改、采用、不采用")
    db_option(p)
    inbox = p.add_subparsers(dest="inbox_command", metavar="操作", required=True, parser_class=type(p))
    q = inbox.add_parser("add", help=f"登记来稿文件（{IMPORTABLE_KINDS_NAMED}）或粘贴的文字，打印新来稿的编号（已登记过的相同来稿不再登记）")
    db_option(q)
    q.add_argument("files", nargs="*", type=path, metavar="文件")
    q.add_argument("--text-file", type=path, metavar="文件", help="把这个文本文件的内容作为粘贴的文字登记")
    q.add_argument("--unit", metavar="单位", help="报送单位（默认从文件名和开头几行识别）")
    q.add_argument("--received", metavar="日期", help="收稿日期（默认：来稿落款或“报送时间”写明的日期，没有写就是今天）")
    q = inbox.add_parser("list", help="列出来稿")
    db_option(q)
    q.add_argument("--status", metavar="状态", help="待处理、已采用、未采用、退回（或 pending、adopted、declined、returned）")
    q.add_argument("--unit", metavar="单位")
    q.add_argument("--from", dest="date_from", type=first_day, metavar="日期")
    q.add_argument("--to", dest="date_to", type=last_day, metavar="日期")
    q.add_argument("--search", default="", metavar="文字")
    q.add_argument("--json", action="store_true", help="以 JSON 输出")
    q = inbox.add_parser("show", help="显示一篇来稿及其候选条目")
    db_option(q)
    q.add_argument("submission", type=ID, metavar="来稿编号")
    q.add_argument("--json", action="store_true", help="以 JSON 输出")
    q = inbox.add_parser("adopt", help="把来稿采用到某一期的某个栏目")
    db_option(q)
    q.add_argument("submission", type=ID, metavar="来稿编号")
    q.add_argument("--issue", required=True, metavar="期次")
    q.add_argument("--section", metavar="栏目",
                   help="采用到的栏目；不写时每条候选条目采用到来稿为它写明的栏目（如【隐患排查】，见 inbox show）")
    q.add_argument("--candidate", type=whole(1, 100000, "N"), metavar="N", help="只采用第 N 条候选条目")
    q.add_argument("--again", action="store_true",
                   help="这篇来稿已采用到同一期同一栏目时仍再采用一次（不加时拒绝，免得条目重复、重复计分）")
    q = inbox.add_parser("edit", help="修改来稿的收稿日期、单位、标题、正文或备注")
    db_option(q)
    q.add_argument("submission", type=ID, metavar="来稿编号")
    q.add_argument("--unit", metavar="单位", help="报送单位（须在单位名录中，或加 --add-unit；写“无”清除）")
    q.add_argument("--add-unit", action="store_true",
                   help="单位名录中没有 --unit 给出的单位时，随这次修改一并登记（修改不成则不登记）")
    q.add_argument("--joint", action="append", metavar="单位",
                   help="与报送单位联合报送的单位（须在单位名录中），可重复；写“无”表示不是联合报送。统计时每个单位各计一篇")
    q.add_argument("--received", metavar="日期", help="收稿日期")
    q.add_argument("--title", type=one_line("标题"), metavar="标题")
    body = q.add_mutually_exclusive_group()
    body.add_argument("--body", metavar="正文", help="新的正文（一段一行，**粗体**）")
    body.add_argument("--body-file", type=path, metavar="文件", help="从这个文本文件读入新的正文")
    q.add_argument("--note", type=one_line("备注"), metavar="备注")
    q = inbox.add_parser("decline", help="不采用（或退回）来稿")
    db_option(q)
    q.add_argument("submission", type=ID, metavar="来稿编号")
    q.add_argument("--reason", type=one_line("原因"), required=True, metavar="原因")
    q.add_argument("--returned", action="store_true", help="退回报送单位，而不是不采用")
    q = inbox.add_parser("reopen", help="把未采用或退回的来稿恢复为待处理")
    db_option(q)
    q.add_argument("submission", type=ID, metavar="来稿编号")

    p = sub.add_parser("stats", help="信息报送采用情况统计，输出 JSON、CSV、Excel 或通报 Word")
    db_option(p)
    p.add_argument("--from", dest="date_from", type=first_day, metavar="日期",
                   help="与 --to 一起指定统计区间（如 2024-01-01；写年份或月份时从它的第一天起，--to 写年份或月份时到它的最后一天）")
    p.add_argument("--to", dest="date_to", type=last_day, metavar="日期")
    p.add_argument("--period", metavar="期间",
                   help="month、quarter、year：本月、本季度、本年（今天所在的月、季、年），last-month、last-quarter、"
                        "last-year：上月、上季度、上年；或写明期间：2024、2024-10、2024Q4、2024H1（2024年第四季度、"
                        "2024年1—10月、2024年前三季度等也可，全角字符也可）；不指定区间时为本季度，同窗口")
    p.add_argument("--series", metavar="刊物", help="只统计这个刊物（名称，或“id:内部编号”）")
    p.add_argument("--special", choices=["include", "exclude", "only"], default="include",
                   help="专刊（报头印有专刊名称的各期）采用的信息：include 与其他各期一并计入采用（默认，“其中专刊”一列列出），"
                        "exclude 不计入（只统计常规各期），only 只统计专刊；通报和各表的注写明")
    p.add_argument("--by", choices=["unit", "category", "month", "quarter", "category-quarter", "section", "unit-month",
                                    "unit-quarter"], default="unit",
                   help="按单位、类别、月份、季度（quarter），各类别（县区、市直单位、乡镇街道等）各季度的报送和采用"
                        "（category-quarter，如 --period 2024 看一年），或各单位在各栏目（section）、各月（unit-month）、"
                        "各季度（unit-quarter）的采用数")
    p.add_argument("--format", choices=["json", "csv", "xlsx", "docx"], help="输出格式（默认 json）")
    p.add_argument("--json", action="store_true", help="以 JSON 输出（同 --format json）")
    p.add_argument("-o", "--output", type=written_path, metavar="输出文件", help="写到这个文件（json、csv 不写时或写 - 时输出到标准输出）")
    p.add_argument("--unattributed", action="store_true",
                   help="列出未能确定报送单位的采用条目及其可能的单位（JSON 或 CSV），可用 units add 登记")
    p.add_argument("--unit", type=one_line("单位"), metavar="单位",
                   help="列出这个单位在这一期间被采用的各条（日期、刊物、期号、栏目、条目、来稿编号，联合报送的标明；json 或 csv），"
                        "条数即统计表中它的“采用”数；写名录中的名称或别名，未登记的加粗单位照写")
    from .export_command import add_existing_options

    add_existing_options(p)


def add_scoring_parser(sub, db_option: Callable[[argparse.ArgumentParser], None]) -> None:
    p = sub.add_parser("scoring", help="计分办法：列出、修改分值，给条目加减加分标记（如领导批示）")
    db_option(p)
    scoring = p.add_subparsers(dest="scoring_command", metavar="操作", required=True, parser_class=type(p))
    q = scoring.add_parser("list", help="列出计分办法")
    db_option(q)
    q.add_argument("--json", action="store_true", help="以 JSON 输出")
    q = scoring.add_parser("set", help="修改一项的分值，或新增加分项（flag:名称）")
    db_option(q)
    q.add_argument("key", type=one_line("项目"), metavar="项目", help="item（采用条目）、article（采用文章）、special（专刊条目加分）或 flag:领导批示")
    q.add_argument("points", type=float, metavar="分值")
    q.add_argument("--label", type=one_line("名称"), metavar="名称")
    q = scoring.add_parser("flag", help="给某期的第 N 条加上（或用 --off 去掉）加分标记")
    db_option(q)
    q.add_argument("--issue", required=True, metavar="期次")
    q.add_argument("--entry", required=True, type=whole(1, 100000, "N"), metavar="N", help="按阅读顺序的第几条（从 1 起）")
    q.add_argument("--flag", required=True, metavar="加分项", help="如 领导批示")
    q.add_argument("--off", action="store_true", help="去掉这个标记")

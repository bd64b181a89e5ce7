"""Starting the window reads only the ``gui`` part of the command line; anything else
(another subcommand, help) gets the whole command line."""
from __future__ import annotations

import pytest

from bulletin_desktop.cli.parser import build_parser, opens_window


@pytest.mark.parametrize("argv, window", [
    ([], True),
    (["--db", "a.sqlite"], True),
    (["--db=a.sqlite"], True),
    (["gui"], True),
    (["--db", "gui", "gui", "--issue", "52"], True),  # the archive may be named "gui"
    (["--db", "x.sqlite", "export", "52", "-o", "a.docx"], False),
    (["list"], False),
    (["-h"], False),
    (["--version"], False),
    (["--db", "a.sqlite", "--help"], False),
    (["gui", "--help"], True),  # the gui subcommand's own help
])
def test_which_command_lines_open_the_window(argv, window):
    assert opens_window(argv) is window


@pytest.mark.parametrize("argv", [
    [],
    ["--db", "a.sqlite"],
    ["gui", "--db", "b.sqlite", "--issue", "刊物:52", "--screenshot", "s.png", "--lang", "en", "--view", "inbox"],
    ["--db", "a.sqlite", "gui", "--view", "statistics"],
])
def test_the_window_part_reads_the_window_arguments_as_the_whole_command_line_does(argv):
    assert vars(build_parser(window_only=True).parse_args(argv)) == vars(build_parser().parse_args(argv))


def test_a_bad_window_argument_is_refused_in_chinese(capsys):
    with pytest.raises(SystemExit) as stopped:
        build_parser(window_only=True).parse_args(["gui", "--view", "nothing"])
    assert stopped.value.code == 2
    assert "无效" in capsys.readouterr().err


def test_the_whole_command_line_still_lists_every_subcommand(capsys):
    with pytest.raises(SystemExit):
        build_parser().parse_args(["--help"])
    out = capsys.readouterr().out
    assert "gui" in out and "export" in out and "archive" in out

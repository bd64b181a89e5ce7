"""The atomic writer writes through a symbolic link to its target and refuses to replace
what is not a regular file (a named pipe, a device, a socket) instead of swapping it for one."""
from __future__ import annotations

import os
import socket

import pytest

from bulletin_desktop.core.safe_write import WriteError, write_text_atomically


def test_a_symbolic_link_is_written_through_and_kept(tmp_path):
    real = tmp_path / "real.txt"
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "link.txt"
    link.symlink_to("real.txt")
    write_text_atomically(link, "new")
    assert link.is_symlink() and os.readlink(link) == "real.txt"
    assert real.read_text(encoding="utf-8") == "new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.txt", "real.txt"]


def test_a_link_to_a_file_not_yet_there_makes_that_file(tmp_path):
    link = tmp_path / "link.txt"
    link.symlink_to("made.txt")
    write_text_atomically(link, "new")
    assert link.is_symlink() and (tmp_path / "made.txt").read_text(encoding="utf-8") == "new"


def test_a_named_pipe_is_refused_and_left_as_it_is(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(WriteError, match="不是普通文件"):
        write_text_atomically(fifo, "new")
    assert fifo.is_fifo() and [p.name for p in tmp_path.iterdir()] == ["pipe"]
    link = tmp_path / "to-pipe"
    link.symlink_to(fifo)
    with pytest.raises(WriteError, match="不是普通文件"):
        write_text_atomically(link, "new")
    assert fifo.is_fifo() and link.is_symlink()


def test_a_socket_is_refused(tmp_path):
    path = tmp_path / "s"
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(path))
        with pytest.raises(WriteError, match="不是普通文件"):
            write_text_atomically(path, "new")
    assert path.is_socket()

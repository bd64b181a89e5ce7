"""The window's picture written as PNG by our own encoder: every pixel as Qt drew it."""
from __future__ import annotations

import errno
import struct
import zlib

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QMainWindow

from bulletin_desktop.core.safe_write import WriteError, describe_os_error
from bulletin_desktop.gui import screenshot
from bulletin_desktop.gui.png_file import png_bytes, zlib_stream


def _busy_picture(fmt: QImage.Format, width: int = 173, height: int = 61) -> QImage:
    """Odd sizes (rows not a multiple of four bytes), flat areas, a gradient and text."""
    image = QImage(width, height, fmt)
    image.fill(QColor("#f0f0f0"))
    painter = QPainter(image)
    for x in range(width):
        painter.setPen(QColor((x * 7) % 256, (x * 13) % 256, (255 - x) % 256))
        painter.drawLine(x, 0, x, height // 3)
    painter.fillRect(QRect(10, height // 2, 40, 9), QColor("#d00000"))
    painter.setPen(Qt.GlobalColor.black)
    painter.drawText(60, height - 8, "漯河安全生产简报 52")
    painter.end()
    return image


@pytest.mark.parametrize("fmt", [QImage.Format.Format_RGB32, QImage.Format.Format_ARGB32_Premultiplied,
                                 QImage.Format.Format_RGB888])
def test_the_png_holds_every_pixel_of_the_picture(qapp, fmt):
    picture = _busy_picture(fmt)
    read = QImage.fromData(png_bytes(picture), "PNG")
    assert not read.isNull()
    assert read.convertToFormat(QImage.Format.Format_RGB32) == picture.convertToFormat(QImage.Format.Format_RGB32)


def test_the_file_is_a_plain_rgb_png_with_intact_chunks(qapp):
    data = png_bytes(_busy_picture(QImage.Format.Format_RGB32))
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    position, kinds = 8, []
    while position < len(data):
        (length,) = struct.unpack(">I", data[position:position + 4])
        kind, body = data[position + 4:position + 8], data[position + 8:position + 8 + length]
        (crc,) = struct.unpack(">I", data[position + 8 + length:position + 12 + length])
        assert crc == zlib.crc32(kind + body)
        kinds.append(kind)
        if kind == b"IHDR":
            assert struct.unpack(">IIBBBBB", body) == (173, 61, 8, 2, 0, 0, 0)
        position += 12 + length
    assert kinds == [b"IHDR", b"IDAT", b"IEND"]


@pytest.mark.parametrize("size", [0, 1, 2, 3, 65521 * 3 + 7, 1_000_001])
def test_the_halves_compressed_side_by_side_make_one_zlib_stream(size):
    """Sizes round the checksum's modulus and odd halves; data that packs and data that
    does not. zlib checks the joined Adler-32 as it reads the stream."""
    data = bytes(range(256)) * (size // 512) + bytes(size - 256 * (size // 512))
    data = bytes((b * 31 + i // 7) % 256 for i, b in enumerate(data[:size // 2])) + data[size // 2:]
    assert len(data) == size
    stream = zlib_stream(memoryview(data))
    reader = zlib.decompressobj()
    assert reader.decompress(stream) == data
    assert reader.eof and reader.unused_data == b""  # the stream ends with its checksum, nothing after


def test_a_high_dpi_grab_is_written_at_its_size_in_pixels(qapp):
    """A window grabbed on a 200 % screen is twice its size in pixels, and so is its PNG."""
    picture = _busy_picture(QImage.Format.Format_ARGB32_Premultiplied, 120, 80)
    picture.setDevicePixelRatio(2.0)
    read = QImage.fromData(png_bytes(picture), "PNG")
    assert (read.width(), read.height()) == (120, 80)
    picture.setDevicePixelRatio(1.0)
    assert read.convertToFormat(QImage.Format.Format_RGB32) == picture.convertToFormat(QImage.Format.Format_RGB32)


def test_a_full_disk_at_the_last_moment_is_reported_and_leaves_no_file(qtbot, tmp_path, monkeypatch, capsys):
    """The folder was there when the run began; the write itself fails (a full disk)."""
    def full_disk(path, produce, durable=True):
        raise WriteError(describe_os_error(OSError(errno.ENOSPC, "No space"), path), path)

    monkeypatch.setattr(screenshot, "write_atomically", full_disk)
    window = QMainWindow()
    qtbot.addWidget(window)
    screenshot.prepare_unseen(window)
    window.show()
    out = tmp_path / "shot.png"
    taker = screenshot.ScreenshotTaker(window, out, None, has_issue=False)
    with qtbot.waitSignal(taker.finished, timeout=5000) as finished:
        pass
    assert finished.args == [False]
    assert "错误：无法保存截图。磁盘空间已满" in capsys.readouterr().err
    assert not out.exists()

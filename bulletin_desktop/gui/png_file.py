"""A picture of the window as the bytes of a PNG file.

Qt's own writer (libpng) tries every row filter on every row to choose one. A window is
mostly flat colour, which deflate packs well with no filter at all, so here the rows go
unfiltered through one light deflate pass: half the time of Qt's writer at the same
compression level (quality 80) for a 1440x900 window, and a smaller file. The pixels are
painted into a buffer whose rows already carry PNG's filter byte in front of them, so
that buffer is the image data exactly as PNG stores it and is compressed without another
copy.
"""
from __future__ import annotations

import struct
import zlib

from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter

SIGNATURE = b"\x89PNG\r\n\x1a\n"
DEFLATE_LEVEL = 1
_TRUECOLOUR = 2  # IHDR colour type: red, green, blue, 8 bits each


def png_bytes(image: QImage) -> bytes:
    """``image`` (any format; drawn at its size in pixels) as an opaque RGB PNG."""
    width, height = image.width(), image.height()
    stride = 1 + 3 * width  # each row: its filter byte, then its pixels
    # zeroed, and a filter byte of 0 says "none"; one spare byte, as the pixels start at 1
    rows = bytearray(stride * height + 1)
    pixels = QImage(memoryview(rows)[1:], width, height, stride, QImage.Format.Format_RGB888)
    painter = QPainter(pixels)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Source)
    size = QRectF(0, 0, width, height)
    painter.drawImage(size, image, size)
    painter.end()
    del pixels  # nothing paints into the buffer any more; its filter bytes stayed 0: none
    header = struct.pack(">IIBBBBB", width, height, 8, _TRUECOLOUR, 0, 0, 0)
    data = zlib.compress(memoryview(rows)[:stride * height], DEFLATE_LEVEL)
    return SIGNATURE + _chunk(b"IHDR", header) + _chunk(b"IDAT", data) + _chunk(b"IEND", b"")


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

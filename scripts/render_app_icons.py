"""Render the application icon's PNG sizes and the Windows .ico from its SVG.

    .venv/bin/python scripts/render_app_icons.py          # rewrite the files
    .venv/bin/python scripts/render_app_icons.py --check  # exit 1 if a file is out of date

Writes resources/icons/app/bulletin-desktop-<size>.png for each size in SIZES and
bulletin-desktop.ico, an icon directory whose images are those same PNGs (a layout every
Windows since Vista reads), so no imaging library beyond Qt is needed.
"""
from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ICON_DIR = Path(__file__).resolve().parent.parent / "resources" / "icons" / "app"
SVG = ICON_DIR / "bulletin-desktop.svg"
ICO = ICON_DIR / "bulletin-desktop.ico"
SIZES = (16, 32, 48, 64, 128, 256)


def png_path(size: int) -> Path:
    return ICON_DIR / f"bulletin-desktop-{size}.png"


def render_png(svg: Path, size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {svg}")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def build_ico(images: dict[int, bytes]) -> bytes:
    """An ICO file holding one PNG per size (ICONDIR header, one ICONDIRENTRY each, the data)."""
    sizes = sorted(images)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        blob = images[size]
        dim = 0 if size >= 256 else size  # a 0 byte means 256 in the ICO format
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(blob), offset)
        blobs += blob
        offset += len(blob)
    return header + entries + blobs


def read_ico_sizes(data: bytes) -> list[int]:
    """The image sizes an ICO file declares (used by the tests and --check)."""
    reserved, kind, count = struct.unpack_from("<HHH", data, 0)
    if reserved != 0 or kind != 1:
        raise ValueError("not an icon file")
    sizes = []
    for i in range(count):
        width = struct.unpack_from("<B", data, 6 + 16 * i)[0]
        sizes.append(width or 256)
    return sizes


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication([])
    check = "--check" in argv
    images = {size: render_png(SVG, size) for size in SIZES}
    outputs = {png_path(size): data for size, data in images.items()}
    outputs[ICO] = build_ico(images)
    stale = [path for path, data in outputs.items() if not path.exists() or path.read_bytes() != data]
    if check:
        for path in stale:
            print(f"out of date: {path.relative_to(ICON_DIR.parent.parent.parent)}")
        return 1 if stale else 0
    for path in stale:
        path.write_bytes(outputs[path])
        print(f"wrote {path.relative_to(ICON_DIR.parent.parent.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""What rendering needs from Qt before anything is laid out: an application (the command
line has none), the 72 dpi device text is laid out against, and the error type."""
from __future__ import annotations

from ...core.errors import BulletinError

import os
import sys

from PySide6.QtGui import QGuiApplication, QImage


class QtRenderError(BulletinError):
    """Qt could not draw or print the bulletin; ``message`` says why, in Chinese."""


_app: QGuiApplication | None = None


def ensure_gui_application() -> QGuiApplication:
    """Fonts and painting need a QGuiApplication; the command line has none, so make one
    (without a screen on a Linux machine that has no display)."""
    global _app
    app = QGuiApplication.instance()
    if app is None:
        if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _app = QGuiApplication([sys.argv[0] if sys.argv and sys.argv[0] else "bulletin-desktop"])
        return _app
    if not isinstance(app, QGuiApplication):
        raise QtRenderError("程序以无图形界面的方式启动，无法排版页面。")
    return app


_layout_device: QImage | None = None


def layout_device() -> QImage:
    """A 72 dpi device: laid out against it, one pixel is one point, on every screen."""
    global _layout_device
    if _layout_device is None:
        image = QImage(1, 1, QImage.Format.Format_ARGB32)
        dots_per_metre = round(72 / 0.0254)
        image.setDotsPerMeterX(dots_per_metre)
        image.setDotsPerMeterY(dots_per_metre)
        _layout_device = image
    return _layout_device

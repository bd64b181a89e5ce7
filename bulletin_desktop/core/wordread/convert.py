"""Old Word (.doc), WPS (.wps), RTF and OpenDocument (.odt) files, converted to .docx by
LibreOffice in a temporary folder and then read like any .docx."""
from __future__ import annotations

import shutil
import tempfile
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from .. import libreoffice
from ..recognise import BulletinFormatError
from .container import refuse

CONVERT_TIMEOUT_S = 120.0
INSTALL_HINT = ("导入 .doc、.wps、.rtf、.odt 文件需要 LibreOffice：请安装 LibreOffice（Windows 从 libreoffice.org 下载安装，"
                "Debian/Ubuntu 运行 apt install libreoffice-writer）后重试，或先在 Word/WPS 中把文件另存为 .docx。")


@contextmanager
def converted_docx(path: Path, *, timeout: float = CONVERT_TIMEOUT_S, cancel: threading.Event | None = None,
                   suffix: str | None = None, data: bytes | None = None) -> Iterator[Path]:
    """The .docx LibreOffice made of ``path``, in a temporary folder removed afterwards;
    ``suffix``: the name's ending to give LibreOffice when not the file's own; ``data``: the
    bytes to convert in place of the file's own (a copy the reader changed).
    Setting ``cancel`` ends the conversion: libreoffice.ConversionCancelled, not a refusal."""
    soffice = libreoffice.libreoffice_path()
    if soffice is None:
        raise BulletinFormatError(f"{path.name}：{INSTALL_HINT}")
    with tempfile.TemporaryDirectory(prefix="bulletin-import-", ignore_cleanup_errors=True) as tmp:
        folder = Path(tmp)
        # an ASCII name: LibreOffice on Windows has trouble with some non-ASCII paths
        source = folder / f"source{suffix or path.suffix.lower()}"
        if data is None:
            shutil.copyfile(path, source)
        else:
            source.write_bytes(data)
        try:
            yield libreoffice.convert(soffice, source, "docx:MS Word 2007 XML", folder, timeout=timeout,
                                     cancel=cancel)
        except libreoffice.ConversionNotStarted as exc:
            raise refuse(path, f"无法启动 LibreOffice（{exc.program}）：{exc.reason}。") from None
        except libreoffice.ConversionTimedOut:
            raise refuse(path, f"LibreOffice 在 {timeout:.0f} 秒内没有完成转换，已停止；文件可能已损坏或过于复杂。") from None
        except libreoffice.ConversionFailed:  # its own (English) last words tell the clerk nothing more
            raise refuse(path, "LibreOffice 无法打开这个文件：它可能已损坏、设置了打开密码，或者不是文字处理文档。") from None

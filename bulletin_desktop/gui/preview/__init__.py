"""The live preview: the issue as printed pages, next to the editor."""
from .widget import PreviewWidget

__all__ = ["PreviewWidget"]

"""The Qt binding itself: a window that paints for hours must not corrupt Python."""

from __future__ import annotations

import sys

from PySide6.QtGui import QColor, QFont, QImage, QPainter


def test_methods_returning_nothing_keep_none_alive() -> None:
    """PySide6 6.12.0 dropped a reference to None on each such call: after a few million
    paint calls Python aborts. The project pins it out; this proves the binding in use."""
    image = QImage(16, 16, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    font = QFont()
    before = sys.getrefcount(None)
    for _ in range(2000):
        painter.save()
        painter.setPen(QColor("red"))
        painter.restore()
        font.setPointSizeF(9.0)
    after = sys.getrefcount(None)
    painter.end()
    assert after >= before - 10, f"None lost {before - after} references"

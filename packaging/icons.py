"""The app icon for Windows (.ico) and macOS (.icns), drawn at build time from the one SVG in
resources/icons, so that the three platforms never show different icons."""

from __future__ import annotations

import io
import os
from pathlib import Path

ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(svg: Path, size: int) -> bytes:
    """The SVG as a square PNG of `size` pixels, transparent around it."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        render.app = QGuiApplication([])  # type: ignore[attr-defined]  # kept alive
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def write_icon(svg: Path, target: Path) -> Path:
    """`target` (.ico or .icns) with every size the platform asks for."""
    from PIL import Image

    target.parent.mkdir(parents=True, exist_ok=True)
    large = Image.open(io.BytesIO(render(svg, 1024)))
    if target.suffix == ".ico":
        large.save(target, format="ICO", sizes=[(s, s) for s in ICO_SIZES])
    elif target.suffix == ".icns":
        large.save(target, format="ICNS")
    else:
        raise ValueError(f"no icon format for {target.name}")
    return target

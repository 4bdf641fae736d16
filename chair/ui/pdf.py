"""PDF documents with Qt's own writer: the HTML parts flow one after another over as many A4
pages as they need (a document an executive forwards, not a page per section), and every page
carries a quiet footer."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

RESOLUTION = 300
FOOTER_PT = 8


def ensure_app() -> QGuiApplication:
    """Fonts and text layout need a Qt application; a command line has none yet."""
    import os

    from PySide6.QtWidgets import QApplication

    if QGuiApplication.instance() is None:
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        QGuiApplication.setApplicationName("chair")
        # A full QApplication, so that a window can still open later in the same process.
        _keep.append(QApplication([]))
    app = QGuiApplication.instance()
    assert isinstance(app, QGuiApplication)
    return app


_keep: list[QGuiApplication] = []


def _font(points: float) -> QFont:
    # No ligatures: "ff" stays two letters, so the PDF's text searches and copies as written.
    font = QFont(["Noto Sans", "DejaVu Sans"])
    font.setPointSizeF(points)
    for tag in ("liga", "clig", "dlig"):
        font.setFeature(QFont.Tag(tag), 0)
    return font


def write_pdf(pages: list[str], path: Path | str, *, title: str, footer: str = "") -> int:
    """Write the HTML parts to `path` as one flowing PDF; returns the number of pages."""
    ensure_app()
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    writer.setTitle(title)
    writer.setCreator("chair")
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(20, 18, 20, 16), QPageLayout.Unit.Millimeter)
    area = writer.pageLayout().paintRectPixels(RESOLUTION)
    footer_h = FOOTER_PT * RESOLUTION / 72 * 2.2
    body = QSizeF(area.width(), area.height() - footer_h)
    painter = QPainter(writer)
    footer_font = _font(FOOTER_PT)
    written = 0
    bodies = [found.group(1) if (found := re.search(r"<body>(.*)</body>", part, re.S)) else part
              for part in pages]
    head = re.search(r"<head>.*?</head>", pages[0], re.S) if pages else None
    flowing = f"<html>{head.group(0) if head else ''}<body>{'<br>'.join(bodies)}</body></html>"
    try:
        for html in [flowing]:
            doc = QTextDocument()
            doc.documentLayout().setPaintDevice(writer)
            doc.setPageSize(body)
            doc.setDocumentMargin(0)
            doc.setDefaultFont(_font(10.5))
            doc.setHtml(html)
            for n in range(doc.pageCount()):
                if written:
                    writer.newPage()
                written += 1
                painter.save()
                painter.translate(0, -n * body.height())
                doc.drawContents(painter, QRectF(0, n * body.height(), body.width(), body.height()))
                painter.restore()
                painter.setFont(footer_font)
                painter.setPen(QColor("#8e8e93"))
                line = QRectF(0, area.height() - footer_h * 0.6, body.width(), footer_h * 0.6)
                painter.drawText(line, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                                 footer or title)
                painter.drawText(line, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                                 f"{written}")
    finally:
        painter.end()
    return written

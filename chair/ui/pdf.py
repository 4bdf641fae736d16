"""PDF documents with Qt's own writer: each HTML part starts on a new A4 page, long parts
flow over as many pages as they need, and every page carries a quiet footer."""

from __future__ import annotations

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
    """Write the HTML `pages` to `path` as a PDF; returns the number of pages written."""
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
    try:
        for html in pages:
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

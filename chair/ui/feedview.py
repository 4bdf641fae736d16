"""The feed's list view and the delegate that paints one voice per row."""

from __future__ import annotations

import unicodedata
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
)

from chair.domain.model import Voice
from chair.ui import theme
from chair.ui.feedmodel import VoiceRole
from chair.ui.format import CHANNEL_GLYPHS, PILLAR_COLORS, pillar_name, voice_age
from chair.ui.i18n import translate

_PAD = 10
_LINES = 2


class VoiceDelegate(QStyledItemDelegate):
    """Meta line (channel, language, pillar chip, area, age, rating, '?') over 2 lines of text."""

    def _fonts(self, base: QFont) -> tuple[QFont, QFont, QFont]:
        meta = QFont(base)
        meta.setPointSizeF(base.pointSizeF() * 0.88)
        bold = QFont(base)
        bold.setBold(True)
        return meta, bold, base

    def sizeHint(self, option: Any, index: QModelIndex | QPersistentModelIndex) -> QSize:
        meta, _bold, body = self._fonts(option.font)
        height = QFontMetrics(meta).height() + QFontMetrics(body).lineSpacing() * _LINES
        return QSize(200, height + 3 * _PAD)

    def paint(
        self, painter: QPainter, option: Any, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        voice: Voice | None = index.data(VoiceRole)
        if voice is None:
            return
        painter.save()
        palette: QPalette = option.palette
        rect: QRect = option.rect
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(rect, palette.color(QPalette.ColorRole.Highlight))
        elif option.state & QStyle.StateFlag.State_MouseOver:
            painter.fillRect(rect, palette.color(QPalette.ColorRole.AlternateBase))
        text_color = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        muted = QColor(text_color)
        muted.setAlphaF(0.62)
        meta_font, bold, body = self._fonts(option.font)
        fm_meta = QFontMetrics(meta_font)
        x = rect.left() + _PAD
        y = rect.top() + _PAD
        line_h = fm_meta.height()

        # Pillar chip first: the colour is what the eye catches when scanning.
        painter.setFont(meta_font)
        pillar = str(voice.pillar)
        chip_text = pillar_name(pillar)
        chip_w = fm_meta.horizontalAdvance(chip_text) + 12
        chip = QRect(x, y, chip_w, line_h)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(PILLAR_COLORS.get(pillar, "#7a7f87")))
        painter.drawRoundedRect(chip, line_h / 2, line_h / 2)
        painter.setPen(QColor("white"))
        painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, chip_text)
        x += chip_w + 8
        if voice.copies > 1:  # the same words from several voices: one row, counted once
            copies = f"×{voice.copies}"
            copies_w = QFontMetrics(bold).horizontalAdvance(copies) + 4
            painter.setFont(bold)
            painter.setPen(text_color)
            painter.drawText(QRect(x, y, copies_w, line_h), Qt.AlignmentFlag.AlignVCenter, copies)
            painter.setFont(meta_font)
            x += copies_w + 8

        parts = [CHANNEL_GLYPHS.get(str(voice.channel), "•"), voice.language.upper() or "–"]
        if voice.area:
            parts.append(voice.area)
        if voice.rating is not None:
            stars = round(voice.rating)
            parts.append("★" * stars + "☆" * (5 - stars))
        painter.setPen(muted)
        meta = "   ".join(parts)
        right_text = voice_age(voice)
        right_w = fm_meta.horizontalAdvance(right_text)
        if voice.escalation_id is not None:
            badge = "?"
            bw = fm_meta.horizontalAdvance(badge) + 12
            badge_rect = QRect(rect.right() - _PAD - right_w - bw - 8, y, bw, line_h)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(theme.color("alarm")))
            painter.drawRoundedRect(badge_rect, 4, 4)
            painter.setPen(QColor("white"))
            painter.setFont(bold)
            painter.drawText(badge_rect, Qt.AlignmentFlag.AlignCenter, badge)
            painter.setFont(meta_font)
            painter.setPen(muted)
            right_w += bw + 8
        avail = rect.right() - _PAD - right_w - 12 - x
        painter.drawText(QRect(x, y, max(avail, 0), line_h), Qt.AlignmentFlag.AlignVCenter,
                         fm_meta.elidedText(meta, Qt.TextElideMode.ElideRight, max(avail, 0)))
        painter.drawText(QRect(rect.right() - _PAD - right_w, y, right_w, line_h),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                         right_text)

        # The verbatim text, two lines, elided; subject first when there is one.
        y += line_h + _PAD // 2
        painter.setPen(text_color)
        painter.setFont(body)
        fm = QFontMetrics(body)
        width = rect.width() - 2 * _PAD
        excerpt = " ".join(voice.text.split())
        if voice.subject:
            excerpt = f"{voice.subject} — {excerpt}"
        lines = _wrap(fm, excerpt, width, _LINES)
        # Hebrew and Arabic start at the right, as their writers expect.
        side = Qt.AlignmentFlag.AlignRight if is_rtl(voice.text) else Qt.AlignmentFlag.AlignLeft
        for k, line in enumerate(lines):
            painter.drawText(QRect(rect.left() + _PAD, y + k * fm.lineSpacing(), width,
                                   fm.lineSpacing()),
                             side | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextSingleLine,
                             line)
        painter.setPen(QColor(palette.color(QPalette.ColorRole.Mid)))
        painter.drawLine(rect.left() + _PAD, rect.bottom(), rect.right() - _PAD, rect.bottom())
        painter.restore()


def is_rtl(text: str) -> bool:
    """True when the first letter with a direction is right-to-left (Hebrew, Arabic...)."""
    for ch in text[:400]:
        direction = unicodedata.bidirectional(ch)
        if direction in ("R", "AL"):
            return True
        if direction == "L":
            return False
    return False


def _wrap(fm: QFontMetrics, text: str, width: int, max_lines: int) -> list[str]:
    """Greedy word wrap into at most `max_lines`, the last one elided."""
    lines: list[str] = []
    rest = text
    while rest and len(lines) < max_lines - 1:
        if fm.horizontalAdvance(rest) <= width:
            break
        # Longest prefix ending at a space that fits.
        cut = len(rest)
        lo, hi = 1, len(rest)
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if fm.horizontalAdvance(rest[:mid]) <= width:
                lo = mid
            else:
                hi = mid - 1
        cut = lo
        space = rest.rfind(" ", 0, cut + 1)
        if space > 0:
            cut = space
        lines.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    if rest:
        lines.append(fm.elidedText(rest, Qt.TextElideMode.ElideRight, width))
    return lines


class FeedView(QTableView):
    """The feed: one column of voices, rows of one height.

    A table rather than a list view: its rows are laid out arithmetically by the vertical
    header, so appending a page costs the same at row 100 and at row 100,000 (a list view
    lays every row out again, asking the model about each one)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("feed")
        self.setAccessibleName(translate("Feed", "Customer voices"))
        self.setItemDelegate(VoiceDelegate(self))
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setMouseTracking(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)  # Tab leaves the feed; j/k and arrows move in it
        self.horizontalHeader().hide()
        self.horizontalHeader().setStretchLastSection(True)
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self._fit_row_height()

    def _fit_row_height(self) -> None:
        delegate = self.itemDelegate()
        option = QStyleOptionViewItem()
        option.font = self.font()
        height = delegate.sizeHint(option, QModelIndex()).height()
        self.verticalHeader().setMinimumSectionSize(1)
        self.verticalHeader().setDefaultSectionSize(height)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_row_height()
        super().changeEvent(event)

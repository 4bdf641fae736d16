"""The voice detail pane: the full verbatim text in its own language and direction, the new
words apart from quoted history and signature, the metadata, and the classification with a
way to correct it."""

from __future__ import annotations

import dataclasses
import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from chair.domain.model import PILLAR_NAMES, Voice
from chair.ui import theme
from chair.ui.format import (
    PILLAR_COLORS,
    arg,
    channel_name,
    percent,
    pillar_name,
    voice_date_time,
)
from chair.ui.i18n import translate


def _channel_and_source(voice: Voice) -> tuple[str, ...]:
    """"chat · Zendesk export", or just "chat" where the source says the same."""
    channel, source = str(voice.channel), voice.source.removeprefix("demo:")
    shown = channel_name(channel)
    return (shown,) if source.lower() in ("", channel.lower()) else (shown, source)


def verbatim_document(voice: Voice, muted: QColor) -> QTextDocument:
    """The text exactly as written. Each paragraph takes its own direction (Hebrew and
    Arabic right to left); quoted history and the signature are shown in a quieter colour."""
    doc = QTextDocument()
    cursor = QTextCursor(doc)
    block = QTextBlockFormat()
    block.setLayoutDirection(Qt.LayoutDirection.LayoutDirectionAuto)
    cursor.setBlockFormat(block)
    text = voice.text
    marks = [int(voice.meta[k]) for k in ("signature_at", "quote_at")  # type: ignore[call-overload]
             if isinstance(voice.meta.get(k), int) and 0 < int(voice.meta[k]) < len(text)]  # type: ignore[call-overload]
    cut = min(marks) if marks else len(text)
    plain = QTextCharFormat()
    quiet = QTextCharFormat()
    quiet.setForeground(muted)
    cursor.insertText(text[:cut], plain)
    if cut < len(text):
        cursor.insertText(text[cut:], quiet)
    return doc


class VoiceDetail(QFrame):
    """Shows one voice; `corrected(voice id, pillar, area)` when the user fixes its class."""

    corrected = Signal(int, str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("voiceDetail")
        self.setAccessibleName(translate("Detail", "Voice detail"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        self.header = QLabel()
        self.header.setObjectName("detailHeader")
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body = QTextBrowser()
        self.body.setObjectName("detailBody")
        self.body.setOpenLinks(False)
        self.body.setFrameShape(QFrame.Shape.NoFrame)
        self.body.setAccessibleName(translate("Detail", "Verbatim text"))
        self.body.setMinimumHeight(self.fontMetrics().lineSpacing() * 3)  # three lines at least
        # Correction: the pillar and the area, as the user sees them.
        self.pillar_box = QComboBox()
        self.pillar_box.setObjectName("correctPillar")
        self.pillar_box.setAccessibleName(translate("Detail", "Pillar of this voice"))
        for key in PILLAR_NAMES:
            self.pillar_box.addItem(pillar_name(key), key)
        self.area_box = QComboBox()
        self.area_box.setObjectName("correctArea")
        self.area_box.setAccessibleName(translate("Detail", "Area of this voice"))
        self.area_box.setEditable(True)
        self.area_box.setMinimumContentsLength(14)
        self.area_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.classification = QLabel("")
        self.classification.setObjectName("classificationNote")
        self.classification.setWordWrap(True)
        row = QHBoxLayout()
        row.setSpacing(8)
        for w in (QLabel(translate("Detail", "Pillar")), self.pillar_box,
                  QLabel(translate("Detail", "Area")), self.area_box):
            row.addWidget(w)
        row.addStretch(1)
        # How the voice was classified goes under the choices: the column stays narrow enough
        # for 1280 pixels in every language.
        self.correction_row = QWidget()
        rows = QVBoxLayout(self.correction_row)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.setSpacing(2)
        rows.addLayout(row)
        rows.addWidget(self.classification)
        layout.addWidget(self.header)
        layout.addWidget(self.correction_row)
        layout.addWidget(self.body, 1)
        self.pillar_box.activated.connect(self._on_correction)
        self.area_box.activated.connect(self._on_correction)
        editor = self.area_box.lineEdit()
        if editor is not None:
            editor.editingFinished.connect(self._on_correction)
        self.voice: Voice | None = None
        self.show_voice(None)

    def set_areas(self, areas: list[str]) -> None:
        current = self.area_box.currentText()
        self.area_box.blockSignals(True)
        self.area_box.clear()
        self.area_box.addItems(sorted(a for a in areas if a))
        self.area_box.setEditText(current)
        self.area_box.blockSignals(False)

    def show_voice(self, voice: Voice | None) -> None:
        self.voice = voice
        self.correction_row.setVisible(voice is not None)
        if voice is None:
            self.header.setText("<span style='color: palette(mid)'>"
                                + translate("Detail", "Select a voice to read it in full.")
                                + "</span>")
            self.body.clear()
            return
        when = voice_date_time(voice)
        pillar = str(voice.pillar)
        chip = (f"<span style='background:{PILLAR_COLORS.get(pillar, '#777')}; color:white;'>"
                f"&nbsp;{html.escape(pillar_name(pillar))}&nbsp;</span>")
        meta = " · ".join(html.escape(p) for p in (
            voice.author, voice.area, voice.language.upper(), *_channel_and_source(voice),
            when) if p)
        rating = ""
        if voice.rating is not None:
            stars = round(voice.rating)
            rating = f" &nbsp;<span>{'★' * stars}{'☆' * (5 - stars)}</span>"
        if voice.copies > 1:
            same = arg(translate("Detail", "×%1: the same words (numbers aside) from %1 voices, "
                                           "counted once"), voice.copies)
            meta += f" &nbsp;<b>{html.escape(same)}</b>"
        escalated = ""
        if voice.escalation_id is not None:
            alarm = theme.color("alarm")
            mark = arg(translate("Detail", "? escalation #%1"), voice.escalation_id)
            escalated = f" &nbsp;<b style='color:{alarm}'>{mark}</b>"
        subject = f"<div style='font-size:13pt; font-weight:600'>{html.escape(voice.subject)}" \
                  f"</div>" if voice.subject else ""
        extra = ""
        if voice.mail.sender:
            sender = html.escape(voice.mail.sender)
            sent_by = arg(translate("Detail", "From %1"), sender)
            extra = f"<div style='color:palette(dark)'>{sent_by}</div>"
        self.header.setText(f"{subject}<div>{chip}{rating}{escalated}</div>"
                            f"<div style='color:palette(dark)'>{meta}</div>{extra}")
        self.body.setDocument(verbatim_document(voice, self.palette().color(
            self.palette().ColorRole.PlaceholderText)))
        self.pillar_box.blockSignals(True)
        self.pillar_box.setCurrentIndex(max(0, self.pillar_box.findData(pillar)))
        self.pillar_box.blockSignals(False)
        self.area_box.blockSignals(True)
        self.area_box.setEditText(voice.area)
        self.area_box.blockSignals(False)
        if voice.flags & (Voice.PILLAR_MANUAL | Voice.AREA_MANUAL):
            note = translate("Detail", "corrected by hand")
        else:
            note = arg(
                translate("Detail", "classified, confidence %1"), percent(voice.confidence, 0)
            )
        self.classification.setText(note)

    def _on_correction(self, *_args: object) -> None:
        voice = self.voice
        if voice is None or voice.id is None:
            return
        pillar = self.pillar_box.currentData()
        area = self.area_box.currentText().strip()
        if pillar == voice.pillar and area == voice.area:
            return
        flags = voice.flags
        if pillar != voice.pillar:
            flags |= Voice.PILLAR_MANUAL
        if area != voice.area:
            flags |= Voice.AREA_MANUAL
        self.voice = dataclasses.replace(voice, pillar=pillar, area=area, flags=flags)
        self.classification.setText(translate("Detail", "corrected by hand"))
        self.corrected.emit(voice.id, pillar if pillar != voice.pillar else "",
                            area if area != voice.area else "")

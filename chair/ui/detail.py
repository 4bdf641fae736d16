"""The voice detail pane: the full verbatim text in its own language and direction."""

from __future__ import annotations

import datetime as dt
import html
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QTextBrowser, QVBoxLayout, QWidget

from chair.domain.model import Voice
from chair.ui.format import PILLAR_COLORS, PILLAR_NAMES


class VoiceDetail(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("voiceDetail")
        self.setAccessibleName("Voice detail")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        self.header = QLabel()
        self.header.setObjectName("detailHeader")
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.body = QTextBrowser()
        self.body.setObjectName("detailBody")
        self.body.setOpenLinks(False)
        self.body.setFrameShape(QFrame.Shape.NoFrame)
        self.body.setAccessibleName("Verbatim text")
        layout.addWidget(self.header)
        layout.addWidget(self.body, 1)
        self.voice: Voice | None = None
        self.show_voice(None)

    def show_voice(self, voice: Voice | None) -> None:
        self.voice = voice
        if voice is None:
            self.header.setText("<span style='color: palette(mid)'>Select a voice to read it "
                                "in full.</span>")  # fmt: skip
            self.body.clear()
            return
        when = dt.datetime.fromtimestamp(voice.received_at).strftime("%a %d %b %Y, %H:%M")
        pillar = str(voice.pillar)
        chip = (f"<span style='background:{PILLAR_COLORS.get(pillar, '#777')}; color:white;'>"
                f"&nbsp;{PILLAR_NAMES.get(pillar, pillar)}&nbsp;</span>")  # fmt: skip
        meta = " · ".join(html.escape(p) for p in (
            voice.author, voice.area, voice.language.upper(), str(voice.channel),
            voice.source.removeprefix("demo:"), when) if p)  # fmt: skip
        rating = ""
        if voice.rating is not None:
            stars = round(voice.rating)
            rating = f" &nbsp;<span>{'★' * stars}{'☆' * (5 - stars)}</span>"
        escalated = ""
        if voice.escalation_id is not None:
            escalated = (f" &nbsp;<b style='color:#b3261e'>? escalation #{voice.escalation_id}"
                         f"</b>")  # fmt: skip
        subject = f"<div style='font-size:13pt; font-weight:600'>{html.escape(voice.subject)}" \
                  f"</div>" if voice.subject else ""  # fmt: skip
        self.header.setText(f"{subject}<div>{chip}{rating}{escalated}</div>"
                            f"<div style='color:palette(dark)'>{meta}</div>")  # fmt: skip
        # Plain text keeps the words verbatim; Qt lays out each paragraph in its own
        # direction, so Hebrew and Arabic read right to left.
        self.body.setPlainText(voice.text)

    def set_font_scale(self, _scale: float) -> None:
        return None


class Placeholder(QLabel):
    def __init__(self, text: str, parent: Any = None) -> None:
        super().__init__(text, parent)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)

"""The parts of meeting mode's view: the agenda, the quote that fits its box, the pillar
tiles and the side panel of open "?" and agenda items."""

from __future__ import annotations

import html
import time
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout

from chair.domain.meeting import Decision
from chair.domain.model import PILLAR_NAMES, Escalation, Voice
from chair.domain.text import unbreakable_punctuation
from chair.insight.pillars import PillarSummary
from chair.ui.format import (
    CHANNEL_GLYPHS,
    age,
    arg,
    channel_name,
    day,
    decimal,
    number,
    percent,
    pillar_name,
    plain_label,
    voice_ago,
)
from chair.ui.i18n import translate
from chair.ui.pillars import complaints_line
from chair.ui.wording import people_sentence

QUOTE_CHARS = 560  # what a room reads in the time a voice stays up
# The pillar colours, lightened to stay legible on the dark meeting screen.
MEETING_COLORS = {"price": "#5fd4bb", "selection": "#b3a8ff", "delivery": "#ffa366"}
QUOTE_POINTS = (30.0, 27.0, 24.0, 21.0, 18.0, 16.0)


@dataclass(frozen=True, slots=True)
class AgendaItem:
    title: str
    minutes: int = 0
    pillar: str | None = None


def parse_agenda(text: str) -> list[AgendaItem]:
    """One item per line: "Delivery review · 10 · delivery" (minutes and pillar optional,
    separated by "·", "|" or ";")."""
    items = []
    for line in text.splitlines():
        parts = [p.strip() for p in line.replace("|", "·").replace(";", "·").split("·")]
        if not parts or not parts[0]:
            continue
        minutes, pillar = 0, None
        for part in parts[1:]:
            digits = part.lower().removesuffix("min").strip()
            if digits.isdigit():
                minutes = int(digits)
            elif _pillar_named(part):
                pillar = _pillar_named(part)
        items.append(AgendaItem(parts[0], minutes, pillar))
    return items


def _pillar_named(word: str) -> str | None:
    """'delivery', or the pillar's name in the interface's language ('Dostawa')."""
    word = word.strip().lower()
    for key in PILLAR_NAMES:
        if key != "other" and word in (key, pillar_name(key).lower()):
            return key
    return None


def clock(seconds: float) -> str:
    seconds = max(0, int(seconds))
    h, rest = divmod(seconds, 3600)
    return f"{h}:{rest // 60:02d}:{rest % 60:02d}" if h else f"{rest // 60:02d}:{rest % 60:02d}"


class FittedQuote(QLabel):
    """The quote at the largest size at which all of it fits its box (short ones shout);
    fitted again whenever the box changes size."""

    def setText(self, text: str) -> None:
        super().setText(text)
        self.fit()

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self.fit()

    def fit(self) -> None:
        box = self.contentsRect()
        if box.width() < 50 or box.height() < 50:
            return
        font = QFont(self.font())
        for points in QUOTE_POINTS:
            font.setPointSizeF(points)
            needed = QFontMetrics(font).boundingRect(
                QRect(0, 0, box.width(), 100_000), int(Qt.TextFlag.TextWordWrap), self.text())
            if needed.height() <= box.height():
                break
        if font.pointSizeF() != self.font().pointSizeF():
            self.setFont(font)


class MeetingTile(QFrame):
    """A pillar on the dark screen: its value against target, its trend, in customers."""

    def __init__(self, pillar: str) -> None:
        super().__init__()
        self.setObjectName("meetingTile")
        self.pillar = pillar
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 12, 18, 12)
        layout.setSpacing(4)
        self.name = QLabel(pillar_name(pillar).upper())
        self.name.setObjectName("meetingTileName")
        self.name.setStyleSheet(f"color: {MEETING_COLORS[pillar]};")
        self.value = QLabel("–")
        self.value.setObjectName("meetingTileValue")
        self.target = QLabel("")
        self.target.setObjectName("meetingTileTarget")
        self.people = QLabel("")
        self.people.setObjectName("meetingTilePeople")
        self.people.setWordWrap(True)
        # The week's complaints about the pillar, where the room has space for them.
        self.complaints = plain_label("")
        self.complaints.setObjectName("meetingTileComplaints")
        self.complaints.setWordWrap(True)
        self.complaints.hide()
        self.roomy = True
        self.callout = plain_label("")  # names an area of the imported metrics
        self.callout.setObjectName("meetingCallout")
        self.callout.setWordWrap(True)
        self.callout.hide()
        top = QHBoxLayout()
        top.addWidget(self.name)
        top.addStretch(1)
        top.addWidget(self.target)
        layout.addLayout(top)
        layout.addWidget(self.value)
        self.chart_slot = QVBoxLayout()
        layout.addLayout(self.chart_slot)
        layout.addWidget(self.people)
        layout.addWidget(self.complaints)
        layout.addWidget(self.callout)
        layout.addStretch(1)
        self.chart: Any = None

    def show_summary(self, s: PillarSummary) -> None:
        if s.value is None:
            self.value.setText(translate("Meeting", "no data"))
            return
        self.value.setText(percent(s.value))
        # Said in words, so that 93.0% below target and 97.6% on target do not look alike.
        if s.on_target:
            self.target.setText(arg(translate("Meeting", "on target · %1"), percent(s.target)))
            self.target.setStyleSheet("color: #81c995;")
        else:
            self.target.setText(arg(translate("Meeting", "below target · %1"), percent(s.target)))
            self.target.setStyleSheet("color: #ff8a80; font-weight: 600;")
        self.people.setText(people_sentence(s.metric, s.affected, s.beyond_target))
        self.complaints.setText(complaints_line(s))
        self.make_room(self.roomy)
        if self.chart is not None:
            self.chart.show_trend(s.trend[-30:], s.target, MEETING_COLORS[self.pillar],
                                  style=self._chart_style())

    def make_room(self, roomy: bool) -> None:
        """The complaints line shows only where there is room: not on a small screen, nor
        while a decision or a "?" is typed."""
        self.roomy = roomy
        self.complaints.setVisible(roomy and bool(self.complaints.text()))

    def _chart_style(self) -> Any:
        import dataclasses

        from chair.insight.charts import MEETING_STYLE

        return dataclasses.replace(MEETING_STYLE, background="#15171a", target="#9aa0a6",
                                   below="#ff8a80", text="#c9ccd1")

    def show_disagreement(self, items: list[Any]) -> None:
        if not items:
            self.callout.hide()
            return
        d = items[0]
        wrote = translate("Meeting", "%Ln customers complained about it this week", None,
                          d.voices_recent)
        self.callout.setText("⚠ " + arg(
            translate("Meeting", "%1: the data says %2, on target — %3, %4 expected."),
            d.area, percent(d.value), wrote, decimal(d.voices_expected, 0)))
        self.callout.show()


class QuoteBox(QFrame):
    """The voice on screen, big, with where it came from and where the rotation stands."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("meetingQuoteBox")
        self.quote = FittedQuote("")
        self.quote.setObjectName("meetingQuote")
        self.quote.setWordWrap(True)
        self.quote.setTextFormat(Qt.TextFormat.PlainText)
        self.quote.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.quote.setMinimumHeight(120)
        self.quote.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.quote_meta = plain_label("")  # the city, as the customer wrote it
        self.quote_meta.setObjectName("meetingQuoteMeta")
        self.rotation_label = QLabel("")
        self.rotation_label.setObjectName("meetingRotation")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(36, 28, 36, 24)
        layout.addWidget(self.quote, 1)
        layout.addWidget(self.quote_meta)
        layout.addWidget(self.rotation_label)

    def show_voice(self, voice: Voice | None) -> None:
        if voice is None:
            self.quote.setText(translate("Meeting", "No customer voices yet."))
            self.quote_meta.setText("")
            return
        words = " ".join(voice.text.split())
        if len(words) > QUOTE_CHARS:
            words = words[: QUOTE_CHARS - 1].rsplit(" ", 1)[0] + " …"
        self.quote.setText(f"“{unbreakable_punctuation(words)}”")
        self.quote.setLayoutDirection(Qt.LayoutDirection.RightToLeft if voice.language in
                                      ("ar", "he") else Qt.LayoutDirection.LeftToRight)
        where = " · ".join(x for x in (
            voice.area,
            f"{CHANNEL_GLYPHS.get(str(voice.channel), '')} {channel_name(str(voice.channel))}"
            .strip(),
            voice.language.upper(), voice_ago(voice),
            pillar_name(str(voice.pillar)) if str(voice.pillar) in PILLAR_NAMES else "",
            translate("Meeting", "“?” open") if voice.escalation_id else "") if x)
        self.quote_meta.setText(where)


class SidePanel(QFrame):
    """Beside the quote: the open "?" (how many, the oldest, who is late) and the agenda."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("meetingSide")
        self.esc_summary = QLabel("")
        self.esc_summary.setObjectName("meetingEscalations")
        self.esc_summary.setWordWrap(True)
        self.esc_summary.setTextFormat(Qt.TextFormat.RichText)
        self.agenda_list = QLabel("")
        self.agenda_list.setObjectName("meetingAgendaList")
        self.agenda_list.setTextFormat(Qt.TextFormat.RichText)
        self.agenda_list.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 20, 22, 20)
        title = QLabel(translate("Meeting", "OPEN “?”"))
        title.setObjectName("meetingSideTitle")
        layout.addWidget(title)
        layout.addWidget(self.esc_summary)
        # Decisions of earlier meetings whose follow-up date has come, as overdue actions are.
        self.follow_ups = QLabel("")
        self.follow_ups.setObjectName("meetingFollowUps")
        self.follow_ups.setWordWrap(True)
        self.follow_ups.setTextFormat(Qt.TextFormat.RichText)
        self.follow_ups.hide()
        self._typing = False
        layout.addSpacing(14)
        layout.addWidget(self.follow_ups)
        layout.addStretch(1)
        layout.addWidget(self.agenda_list)

    def show_escalations(self, items: list[Escalation], *, compact: bool) -> None:
        now = int(time.time())
        open_ = [e for e in items if e.status != "closed"]
        late = [e for e in items if e.is_overdue(now)]
        actions = sum(e.overdue_actions for e in items)
        oldest = max((now - e.opened_at for e in open_), default=0)
        by_owner: dict[str, int] = {}
        for e in late:
            by_owner[e.owner_name] = by_owner.get(e.owner_name, 0) + 1
        big = "22pt" if compact else "30pt"
        count = f"<span style='font-size:{big}; font-weight:700'>{number(len(open_))}</span>"
        lines = [arg(translate("Meeting", "%1 open", None, len(open_)), count)
                 + (" · " + arg(translate("Meeting", "oldest %1"), age(now - oldest, now))
                    if open_ else "")]
        if late:
            overdue = translate("Meeting", "%Ln overdue", None, len(late))
            lines.append(f"<b style='color:#ff8a80'>{overdue}</b>")
            shown = 1 if compact else 5
            owners = sorted(by_owner.items(), key=lambda kv: -kv[1])
            lines += [f"{html.escape(owner)}: {n}" for owner, n in owners[:shown]]
            if len(owners) > shown:
                lines.append(translate("Meeting", "and %Ln more owners", None, len(owners) - shown))
        if actions:
            past = translate("Meeting", "%Ln corrective actions past due", None, actions)
            lines.insert(2 if late else 1, f"<b style='color:#ff8a80'>{past}</b>")
        self.esc_summary.setText("<br>".join(lines))

    def show_follow_ups(self, decisions: list[Decision], *, compact: bool) -> None:
        """'TO FOLLOW UP' and each due decision: its owner, since when, and what."""
        self.follow_ups.setVisible(bool(decisions) and not self._typing)
        if not decisions:
            self.follow_ups.clear()
            return
        shown = 1 if compact else 3
        lines = [f"<span style='color:#8e949c; font-weight:700'>"
                 f"{html.escape(translate('Meeting', 'TO FOLLOW UP'))}</span>"]
        for d in decisions[:shown]:
            who = html.escape(d.owner or translate("Meeting", "no owner"))
            since = arg(translate("Meeting", "since %1"), day(d.follow_up or d.decided_at))
            lines.append(f"<b style='color:#ffcc80'>{who}</b> · {since}<br>"
                         f"{html.escape(_cut(d.text, 90))}")
        if len(decisions) > shown:
            lines.append(translate("Meeting", "and %Ln more", None, len(decisions) - shown))
        self.follow_ups.setText("<br>".join(lines))

    def set_typing(self, typing: bool) -> None:
        """While the bar is open the follow-ups step aside: the open "?" stay whole."""
        self._typing = typing
        self.follow_ups.setVisible(not typing and bool(self.follow_ups.text()))

    def show_agenda(self, agenda: list[AgendaItem], current: int) -> None:
        rows = []
        for k, it in enumerate(agenda):
            text = html.escape(it.title) + (
                " · " + translate("Age", "%n min", None, it.minutes) if it.minutes else "")
            if k == current:
                rows.append(f"<b style='color:#ffffff'>▸ {text}</b>")
            else:
                rows.append(f"<span style='color:#8e949c'>&nbsp;&nbsp;{text}</span>")
        self.agenda_list.setText("<br>".join(rows))


def _cut(text: str, at_most: int) -> str:
    """`text` on one line, cut at a word when longer than `at_most` characters."""
    flat = " ".join(text.split())
    if len(flat) <= at_most:
        return flat
    return flat[:at_most].rsplit(" ", 1)[0] + "…"

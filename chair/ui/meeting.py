"""Meeting mode's view: one customer voice at a time, big; the pillars and what they mean in
customers; the open "?" and what is overdue; a timer, an agenda and a decision log.

Safe to share: with redaction on (the default) the view is only ever handed redacted voices,
and problems go to a discreet status line, never a pop-up.
"""

from __future__ import annotations

import html
import time
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QRect, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from chair.domain.model import Escalation, Voice
from chair.insight.pillars import PillarSummary
from chair.insight.rotation import Rotation
from chair.tasks.runner import TaskRunner
from chair.ui.access import DataAccess
from chair.ui.format import (
    CHANNEL_GLYPHS,
    PILLAR_NAMES,
    age,
    arg,
    channel_name,
    day,
    decimal,
    number,
    percent,
    pillar_name,
    plain_label,
    rich_label,
    voice_ago,
)
from chair.ui.i18n import translate
from chair.ui.wording import people_sentence

QUOTE_CHARS = 560  # what a room reads in the time a voice stays up
FIRST_VOICES = 12  # read and redacted first, for a voice on the screen within a second
PILLAR_KEYS = {Qt.Key.Key_1: "price", Qt.Key.Key_2: "selection", Qt.Key.Key_3: "delivery"}
CONFIRM_MS = 6000
COMPACT_BELOW = 900  # px of height: a 720p screen gets smaller type, same layout
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


def _clock(seconds: float) -> str:
    seconds = max(0, int(seconds))
    h, rest = divmod(seconds, 3600)
    return f"{h}:{rest // 60:02d}:{rest % 60:02d}" if h else f"{rest // 60:02d}:{rest % 60:02d}"


class _FittedQuote(QLabel):
    """The quote at the largest size at which all of it fits its box (short ones shout);
    fitted again whenever the box changes size."""

    def setText(self, text: str) -> None:  # type: ignore[override]
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


class _Tile(QFrame):
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
        layout.addWidget(self.callout)
        layout.addStretch(1)
        self.chart: Any = None

    def show_summary(self, s: PillarSummary) -> None:
        if s.value is None:
            self.value.setText(translate("Meeting", "no data"))
            return
        self.value.setText(percent(s.value))
        self.target.setText(arg(translate("Meeting", "of %1 · target %2"), percent(1.0, 0),
                                percent(s.target)))  # fmt: skip
        self.people.setText(people_sentence(s.metric, s.affected, s.beyond_target))
        if self.chart is not None:
            self.chart.show_trend(s.trend[-30:], s.target, MEETING_COLORS[self.pillar],
                                  style=self._chart_style())  # fmt: skip

    def _chart_style(self) -> Any:
        import dataclasses

        from chair.insight.charts import MEETING_STYLE

        return dataclasses.replace(MEETING_STYLE, background="#15171a", target="#9aa0a6",
                                   below="#ff8a80", text="#c9ccd1")  # fmt: skip

    def show_disagreement(self, items: list[Any]) -> None:
        if not items:
            self.callout.hide()
            return
        d = items[0]
        wrote = translate("Meeting", "%Ln customers wrote about it this week", None,
                          d.voices_recent)  # fmt: skip
        self.callout.setText("⚠ " + arg(
            translate("Meeting", "%1: the data says %2, on target — %3, %4 expected."),
            d.area, percent(d.value), wrote, decimal(d.voices_expected, 0)))
        self.callout.show()


class MeetingView(QWidget):
    """Keys: Space/→ next voice, ← previous, P pause, 1/2/3 focus a pillar, 0 all, ? escalate
    the voice on screen, D record a decision, N next agenda item, R personal data, Esc leave."""

    leave_requested = Signal()
    voice_shown = Signal(object)
    decision_recorded = Signal(str)
    escalated = Signal(int)
    redaction_changed = Signal(bool)

    def __init__(self, access: DataAccess, runner: TaskRunner, *, rotate_seconds: int = 20,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("meetingView")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)  # the dark room colour
        self.setAccessibleName(translate("Meeting", "Meeting view"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.access = access
        self.runner = runner
        self.meeting_id: int | None = None
        self.redacted = True
        self.rotation = Rotation([], now=int(time.time()))
        self.pool_complete = False
        self.agenda: list[AgendaItem] = []
        self.agenda_index = -1
        self._agenda_started = time.monotonic()
        self._started = time.monotonic()
        self._confirm_until = 0.0
        self._pending_owner: Any = None
        self._when_started: list[Any] = []

        self.title = plain_label("")
        self.title.setObjectName("meetingTitle")
        self.timer_label = QLabel("00:00")
        self.timer_label.setObjectName("meetingTimer")
        self.safe = QLabel("")
        self.safe.setObjectName("safeToShare")
        self.agenda_label = plain_label("")
        self.agenda_label.setObjectName("meetingAgenda")
        header = QHBoxLayout()
        brand = QLabel("chair")
        brand.setObjectName("meetingBrand")
        header.addWidget(brand)
        header.addWidget(self.title)
        header.addStretch(1)
        header.addWidget(self.agenda_label)
        header.addSpacing(24)
        header.addWidget(self.timer_label)
        header.addSpacing(16)
        header.addWidget(self.safe)

        self.quote = _FittedQuote("")
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
        quote_box = QFrame()
        quote_box.setObjectName("meetingQuoteBox")
        qlayout = QVBoxLayout(quote_box)
        qlayout.setContentsMargins(36, 28, 36, 24)
        qlayout.addWidget(self.quote, 1)
        qlayout.addWidget(self.quote_meta)
        qlayout.addWidget(self.rotation_label)

        self.esc_summary = QLabel("")
        self.esc_summary.setObjectName("meetingEscalations")
        self.esc_summary.setWordWrap(True)
        self.esc_summary.setTextFormat(Qt.TextFormat.RichText)
        self.agenda_list = QLabel("")
        self.agenda_list.setObjectName("meetingAgendaList")
        self.agenda_list.setTextFormat(Qt.TextFormat.RichText)
        self.agenda_list.setWordWrap(True)
        side = QFrame()
        side.setObjectName("meetingSide")
        slayout = QVBoxLayout(side)
        slayout.setContentsMargins(22, 20, 22, 20)
        side_title = QLabel(translate("Meeting", "OPEN “?”"))
        side_title.setObjectName("meetingSideTitle")
        slayout.addWidget(side_title)
        slayout.addWidget(self.esc_summary)
        slayout.addStretch(1)
        slayout.addWidget(self.agenda_list)

        self.tiles = {p: _Tile(p) for p in ("price", "selection", "delivery")}
        tiles = QHBoxLayout()
        tiles.setSpacing(16)
        for tile in self.tiles.values():
            tiles.addWidget(tile, 1)

        # The inline bars: a decision, a "?" — typed in the view, never a pop-up.
        self.prompt = rich_label("")
        self.prompt.setObjectName("meetingPrompt")
        self.prompt.setWordWrap(True)
        self.entry = QLineEdit()
        self.entry.setObjectName("meetingEntry")
        self.entry.returnPressed.connect(self._on_entry_return_pressed)
        self.bar = QFrame()
        self.bar.setObjectName("meetingBar")
        blayout = QVBoxLayout(self.bar)
        blayout.setContentsMargins(20, 10, 20, 10)
        blayout.addWidget(self.prompt)
        blayout.addWidget(self.entry)
        self.bar.hide()
        self._bar_kind = ""
        self.status = plain_label("")  # names, decisions and errors, as written
        self.status.setObjectName("meetingStatus")
        self.keys = QLabel(translate(
            "Meeting", "Space next · ← back · P pause · 1 2 3 pillar · 0 all · ? escalate · "
            "D decision · N agenda · Esc leave"))
        self.keys.setObjectName("meetingKeys")
        foot = QHBoxLayout()
        foot.addWidget(self.status, 1)
        foot.addWidget(self.keys)

        grid = QGridLayout(self)
        grid.setContentsMargins(36, 24, 36, 16)
        grid.setHorizontalSpacing(20)
        grid.setVerticalSpacing(16)
        grid.addLayout(header, 0, 0, 1, 3)
        grid.addWidget(quote_box, 1, 0, 1, 2)
        grid.addWidget(side, 1, 2)
        grid.addLayout(tiles, 2, 0, 1, 3)
        grid.addWidget(self.bar, 3, 0, 1, 3)
        grid.addLayout(foot, 4, 0, 1, 3)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(2, 1)
        grid.setRowStretch(1, 5)
        grid.setRowStretch(2, 3)

        self.rotate_timer = QTimer(self, interval=max(3, rotate_seconds) * 1000)
        self.rotate_timer.timeout.connect(self.next_voice)
        self.clock = QTimer(self, interval=1000)
        self.clock.timeout.connect(self._tick)
        self._show_safety()

    # -- starting and stopping
    def begin(self, title: str, attendees: str, agenda: list[AgendaItem]) -> None:
        self.meeting_id = None
        self.rotation = Rotation([], now=int(time.time()))
        self.pool_complete = False
        self.title.setText(title)
        self.agenda = agenda
        self.agenda_index = -1
        self._started = time.monotonic()
        self.redacted = True
        self._show_safety()
        self.clock.start()
        self._tick()
        meetings = self.access.meetings
        assert meetings is not None
        self.runner.run(meetings.start, title, attendees, True, on_done=self._on_started,
                        on_error=self.show_status)  # fmt: skip
        self._load_voices()
        self.refresh_panels()
        if agenda:
            self.next_agenda_item()
        self.rotate_timer.start()

    def _on_started(self, meeting_id: int) -> None:
        self.meeting_id = meeting_id
        current = self.rotation.current
        if current is not None:
            self._record("voice_shown", "", current.id, None)
        waiting, self._when_started = self._when_started, []
        for then in waiting:
            then(meeting_id)

    def when_started(self, then: Any) -> None:
        """Call `then(meeting id)` once the meeting is stored (at once if it is)."""
        if self.meeting_id is not None:
            then(self.meeting_id)
        else:
            self._when_started.append(then)

    def stop(self) -> None:
        self.rotate_timer.stop()
        self.clock.stop()
        self._close_bar()

    def _load_voices(self) -> None:
        """The newest few voices first, so that the room sees one at once, then the pool."""
        meetings = self.access.meetings
        assert meetings is not None
        redacted = self.redacted

        def then_all(voices: list[Voice]) -> None:
            self._on_voices(voices, redacted, complete=False)
            self.runner.run(meetings.voices, redacted, None,
                            on_done=lambda vs: self._on_voices(vs, redacted),
                            on_error=self.show_status)  # fmt: skip

        if self.rotation.voices:  # a pool on screen already: only the new one is needed
            self.runner.run(meetings.voices, redacted, None,
                            on_done=lambda vs: self._on_voices(vs, redacted),
                            on_error=self.show_status)  # fmt: skip
        else:
            self.runner.run(meetings.voices, redacted, FIRST_VOICES, on_done=then_all,
                            on_error=self.show_status)  # fmt: skip

    pool_loaded = Signal()

    def _on_voices(self, voices: list[Voice], redacted: bool, *, complete: bool = True) -> None:
        if redacted != self.redacted:
            return  # the switch changed meanwhile; the newer read is on its way
        first = not self.rotation.voices and self.rotation.current is None
        self.rotation.set_voices(voices)
        if first:
            self.next_voice(self.rotation.focus)
        else:
            self._show_voice(self.rotation.current)
        self.pool_complete = complete
        if complete:
            self.pool_loaded.emit()

    def refresh_panels(self) -> None:
        a = self.access
        self.runner.run(a.pillar_summaries, on_done=self._show_pillars, on_error=self.show_status)
        self.runner.run(a.disagreements, on_done=self._show_disagreements)
        self.runner.run(a.open_escalations, on_done=self._show_escalations,
                        on_error=self.show_status)  # fmt: skip

    def add_charts(self, factory: Any) -> None:
        for tile in self.tiles.values():
            if tile.chart is None:
                tile.chart = factory(tile)
                tile.chart.setFixedHeight(70)
                tile.chart_slot.addWidget(tile.chart)

    # -- showing
    def _show_pillars(self, summaries: list[PillarSummary]) -> None:
        for s in summaries:
            if s.pillar in self.tiles:
                self.tiles[s.pillar].show_summary(s)

    def _show_disagreements(self, items: list[Any]) -> None:
        for pillar, tile in self.tiles.items():
            tile.show_disagreement([d for d in items if d.pillar == pillar])

    def _show_escalations(self, items: list[Escalation]) -> None:
        now = int(time.time())
        open_ = [e for e in items if e.status != "closed"]
        late = [e for e in items if e.is_overdue(now)]
        actions = sum(e.overdue_actions for e in items)
        oldest = max((now - e.opened_at for e in open_), default=0)
        by_owner: dict[str, int] = {}
        for e in late:
            by_owner[e.owner_name] = by_owner.get(e.owner_name, 0) + 1
        big = "22pt" if self.property("compact") else "30pt"
        count = f"<span style='font-size:{big}; font-weight:700'>{number(len(open_))}</span>"
        lines = [arg(translate("Meeting", "%1 open", None, len(open_)), count)
                 + (" · " + arg(translate("Meeting", "oldest %1"), age(now - oldest, now))
                    if open_ else "")]  # fmt: skip
        if late:
            overdue = translate("Meeting", "%Ln overdue", None, len(late))
            lines.append(f"<b style='color:#ff8a80'>{overdue}</b>")
            shown = 1 if self.property("compact") else 5
            owners = sorted(by_owner.items(), key=lambda kv: -kv[1])
            lines += [f"{html.escape(owner)}: {n}" for owner, n in owners[:shown]]
            if len(owners) > shown:
                lines.append(translate("Meeting", "and %Ln more owners", None, len(owners) - shown))
        if actions:
            past = translate("Meeting", "%Ln corrective actions past due", None, actions)
            lines.insert(2 if late else 1, f"<b style='color:#ff8a80'>{past}</b>")
        self.esc_summary.setText("<br>".join(lines))

    def _show_voice(self, voice: Voice | None) -> None:
        if voice is None:
            self.quote.setText(translate("Meeting", "No customer voices yet."))
            self.quote_meta.setText("")
            return
        words = " ".join(voice.text.split())
        if len(words) > QUOTE_CHARS:
            words = words[: QUOTE_CHARS - 1].rsplit(" ", 1)[0] + " …"
        self.quote.setText(f"“{words}”")
        self.quote.setLayoutDirection(Qt.LayoutDirection.RightToLeft if voice.language in
                                      ("ar", "he") else Qt.LayoutDirection.LeftToRight)  # fmt: skip
        where = " · ".join(x for x in (
            voice.area,
            f"{CHANNEL_GLYPHS.get(str(voice.channel), '')} {channel_name(str(voice.channel))}"
            .strip(),
            voice.language.upper(), voice_ago(voice),
            pillar_name(str(voice.pillar)) if str(voice.pillar) in PILLAR_NAMES else "",
            translate("Meeting", "“?” open") if voice.escalation_id else "") if x)
        self.quote_meta.setText(where)
        self._show_rotation()

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        compact = self.height() < COMPACT_BELOW
        if (self.property("compact") is True) != compact:
            self.setProperty("compact", compact)
            style = self.style()
            for widget in (self, *self.findChildren(QWidget)):  # the [compact] rules apply anew
                style.unpolish(widget)
                style.polish(widget)
            # The header already names the current agenda item; a small screen drops the list.
            self.agenda_list.setVisible(not compact)
            if self.meeting_id is not None:
                self.refresh_panels()
            for tile in self.tiles.values():
                if tile.chart is not None:
                    tile.chart.setFixedHeight(40 if compact else 70)

    def _show_rotation(self) -> None:
        r = self.rotation
        text = arg(translate("Meeting", "voice %1 of %2"), len(r.history), len(r.voices))
        if r.focus:
            text += " · " + arg(translate("Meeting", "%1 in focus"), pillar_name(r.focus))
        if not self.rotate_timer.isActive():
            text += " · " + translate("Meeting", "paused (P)")
        self.rotation_label.setText(text)

    def _show_safety(self) -> None:
        if self.redacted:
            self.safe.setText("●  " + translate("Meeting", "Safe to share"))
            self.safe.setProperty("state", "safe")
        else:
            self.safe.setText("●  " + translate("Meeting", "PERSONAL DATA VISIBLE"))
            self.safe.setProperty("state", "exposed")
        self.safe.style().unpolish(self.safe)
        self.safe.style().polish(self.safe)

    def show_status(self, message: str) -> None:
        """Problems and confirmations, discreetly at the bottom; never a dialog."""
        self.status.setText(message)

    def _tick(self) -> None:
        self.timer_label.setText(_clock(time.monotonic() - self._started))
        self._show_agenda()

    def _show_agenda(self) -> None:
        if not self.agenda or self.agenda_index < 0:
            self.agenda_label.setText("")
            self.agenda_list.setText("")
            return
        item = self.agenda[self.agenda_index]
        spent = time.monotonic() - self._agenda_started
        left = ""
        if item.minutes:
            remaining = item.minutes * 60 - spent
            left = " · " + arg(translate("Meeting", "%1 left") if remaining >= 0 else
                               translate("Meeting", "%1 over"), _clock(abs(remaining)))
        self.agenda_label.setText(f"{self.agenda_index + 1}/{len(self.agenda)}  {item.title}"
                                  f"{left}")  # fmt: skip
        rows = []
        for k, it in enumerate(self.agenda):
            text = html.escape(it.title) + (
                " · " + translate("Age", "%n min", None, it.minutes) if it.minutes else "")
            if k == self.agenda_index:
                rows.append(f"<b style='color:#ffffff'>▸ {text}</b>")
            else:
                rows.append(f"<span style='color:#8e949c'>&nbsp;&nbsp;{text}</span>")
        self.agenda_list.setText("<br>".join(rows))

    # -- presenter actions
    def next_voice(self, pillar: str | None = None) -> None:
        seen = len(self.rotation.history)
        voice = self.rotation.next(pillar)
        self._show_voice(voice)
        if voice is not None:
            self.voice_shown.emit(voice)
            if len(self.rotation.history) > seen:  # stepping forward again is not news
                self._record("voice_shown", "", voice.id, None)

    def reload_voices(self) -> None:
        """New voices arrived: take them into the rotation (what was shown stays shown)."""
        if self.meeting_id is not None:
            self._load_voices()

    def previous_voice(self) -> None:
        self._show_voice(self.rotation.previous())

    def toggle_pause(self) -> None:
        if self.rotate_timer.isActive():
            self.rotate_timer.stop()
        else:
            self.rotate_timer.start()
        self._show_rotation()

    def focus_pillar(self, pillar: str | None) -> None:
        self.rotation.focus = pillar
        for p, tile in self.tiles.items():
            tile.setProperty("focused", "yes" if p == pillar else ("no" if pillar else ""))
            tile.style().unpolish(tile)
            tile.style().polish(tile)
        if pillar and (self.rotation.current is None or self.rotation.current.pillar != pillar):
            self.next_voice(pillar)
        self._show_rotation()

    def next_agenda_item(self) -> None:
        if not self.agenda:
            return
        self.agenda_index = min(self.agenda_index + 1, len(self.agenda) - 1)
        self._agenda_started = time.monotonic()
        item = self.agenda[self.agenda_index]
        self._record("agenda", item.title, None, None)
        if item.pillar:
            self.focus_pillar(item.pillar)
        self._show_agenda()

    def start_decision(self) -> None:
        voice = self.rotation.current
        said = f"“{' '.join(voice.text.split())[:160]}…”" if voice else ""
        question = translate("Meeting", "What would the customer say?")
        self._open_bar("decision", f"<b>{question}</b>  {html.escape(said)}",
                       translate("Meeting", "Type the decision, Enter to record it, Esc to cancel"))

    def start_escalation(self) -> None:
        voice = self.rotation.current
        ea = self.access.escalations
        if voice is None or voice.id is None or ea is None:
            return
        if voice.escalation_id is not None:
            self.show_status(arg(translate("Meeting", "This voice is already escalated (#%1)."),
                                 voice.escalation_id))
            return
        self._open_bar("escalate", translate("Meeting", "Finding the owner…"), "")
        self.entry.setReadOnly(True)
        self.runner.run(lambda: (ea.owner_for(str(voice.pillar), voice.area), ea.response_days()),
                        on_done=self._on_owner_found, on_error=self.show_status)  # fmt: skip

    def _on_owner_found(self, found: tuple[Any, int]) -> None:
        owner, days = found
        if self._bar_kind != "escalate":
            return
        self._pending_owner = (owner, days)
        due = day(time.time() + days * 86400)
        who = owner.name if owner else translate("Meeting",
                                                 "no owner in the directory: type a name")
        self.prompt.setText(arg(translate(
            "Meeting", "<b>“?”</b> to %1 · due %2 — Enter to send, Esc to cancel"),
            html.escape(who), due))
        self.entry.setReadOnly(False)
        self.entry.setText(f"{owner.name} <{owner.email}>" if owner else "")
        self.entry.setFocus()

    def toggle_redaction(self) -> None:
        """Turning redaction off asks first (press R again); the warning then stays."""
        if not self.redacted:
            self.redacted = True
        elif time.monotonic() < self._confirm_until:
            self.redacted = False
            self._confirm_until = 0.0
        else:
            self._confirm_until = time.monotonic() + CONFIRM_MS / 1000
            self.show_status(
                translate("Meeting", "Press R again to show personal data to everyone watching."))
            return
        self.show_status("")
        self._show_safety()
        self.redaction_changed.emit(self.redacted)
        self._load_voices()

    # -- the inline bar
    def _open_bar(self, kind: str, prompt: str, placeholder: str) -> None:
        self._bar_kind = kind
        self.prompt.setText(prompt)
        self.entry.clear()
        self.entry.setReadOnly(False)
        self.entry.setPlaceholderText(placeholder)
        self.bar.show()
        self.entry.setFocus()
        self.rotate_timer.stop()  # the voice under discussion stays up while typing

    def _close_bar(self) -> None:
        self._bar_kind = ""
        self.bar.hide()
        self.entry.clear()
        self.setFocus()

    def _on_entry_return_pressed(self) -> None:
        kind, text = self._bar_kind, self.entry.text().strip()
        voice = self.rotation.current
        if kind == "decision" and text:
            self._record("decision", text, voice.id if voice else None, None)
            self.show_status(arg(translate("Meeting", "Decision recorded: %1"), text))
            self.decision_recorded.emit(text)
        elif kind == "escalate" and voice is not None and voice.id is not None:
            self._send_escalation(voice, text)
        else:
            return
        self._close_bar()
        self.rotate_timer.start()
        self._show_rotation()

    def _send_escalation(self, voice: Voice, typed: str) -> None:
        from chair.domain.escalation import parse_owner

        ea = self.access.escalations
        assert ea is not None
        owner, days = self._pending_owner or (None, 3)
        name, address = parse_owner(typed)
        name = name or (owner.name if owner else "")
        if not name:
            self.show_status(
                translate("Meeting", "Not escalated: who owns this? Press ? and type a name."))
            return
        due = int(time.time()) + days * 86400
        vid = voice.id
        assert vid is not None

        def done(eid: int) -> None:
            self._record("escalation", f"“?” to {name}", vid, eid)
            # Recorded, not emailed: the meeting never sends mail on its own.
            self.show_status(arg(translate(
                "Meeting", "“?” for %1 recorded as escalation #%2, not emailed yet: send it "
                "from its window after the meeting."), name, eid))  # fmt: skip
            self.escalated.emit(eid)
            self.refresh_panels()

        self.runner.run(ea.escalate, [vid], name, address, due, "?", on_done=done,
                        on_error=self.show_status)  # fmt: skip

    def _record(self, kind: str, text: str, voice_id: int | None,
                escalation_id: int | None) -> None:  # fmt: skip
        meetings = self.access.meetings
        if self.meeting_id is None or meetings is None:
            return
        self.runner.run(meetings.record, self.meeting_id, kind, text, voice_id, escalation_id,
                        on_error=self.show_status)  # fmt: skip

    # -- keys
    def keyPressEvent(self, event: Any) -> None:
        key = event.key()
        if self.bar.isVisible():
            if key == Qt.Key.Key_Escape:
                self._close_bar()
                self.rotate_timer.start()
                return
            super().keyPressEvent(event)
            return
        if key in (Qt.Key.Key_Space, Qt.Key.Key_Right, Qt.Key.Key_PageDown):
            self.next_voice()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_PageUp):
            self.previous_voice()
        elif key == Qt.Key.Key_P:
            self.toggle_pause()
        elif key in PILLAR_KEYS:
            self.focus_pillar(PILLAR_KEYS[key])
        elif key == Qt.Key.Key_0:
            self.focus_pillar(None)
        elif key == Qt.Key.Key_Question or event.text() == "?":
            self.start_escalation()
        elif key == Qt.Key.Key_D:
            self.start_decision()
        elif key == Qt.Key.Key_N:
            self.next_agenda_item()
        elif key == Qt.Key.Key_R:
            self.toggle_redaction()
        elif key == Qt.Key.Key_Escape:
            self.leave_requested.emit()
        else:
            super().keyPressEvent(event)

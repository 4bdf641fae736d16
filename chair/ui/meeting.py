"""Meeting mode's view: one customer voice at a time, big; the pillars and what they mean in
customers; the open "?" and what is overdue; a timer, an agenda and a decision log.

Safe to share: with redaction on (the default) the view is only ever handed redacted voices,
and problems go to a discreet status line, never a pop-up. Its parts are in `meetingparts.py`,
the inline bar for decisions and "?" in `meetingbar.py`.
"""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QWidget

from chair.domain.model import Escalation, Voice
from chair.insight.pillars import PillarSummary
from chair.insight.rotation import Rotation
from chair.tasks.runner import TaskRunner
from chair.ui.access import DataAccess
from chair.ui.format import arg, pillar_name, plain_label
from chair.ui.i18n import translate
from chair.ui.meetingbar import MeetingBar
from chair.ui.meetingparts import (
    AgendaItem,
    MeetingTile,
    QuoteBox,
    SidePanel,
    clock,
    parse_agenda,
)

__all__ = ["AgendaItem", "MeetingView", "parse_agenda"]

FIRST_VOICES = 12  # read and redacted first, for a voice on the screen within a second
PILLAR_KEYS = {Qt.Key.Key_1: "price", Qt.Key.Key_2: "selection", Qt.Key.Key_3: "delivery"}
CONFIRM_MS = 6000
COMPACT_BELOW = 900  # px of height: a 720p screen gets smaller type, same layout


class MeetingView(QWidget):
    """Keys: Space/→ next voice, ← previous, P pause, 1/2/3 focus a pillar, 0 all, ? escalate
    the voice on screen, D record a decision, N next agenda item, R personal data, Esc leave."""

    leave_requested = Signal()
    voice_shown = Signal(object)
    decision_recorded = Signal(str)
    escalated = Signal(int)
    redaction_changed = Signal(bool)

    def __init__(self, access: DataAccess, runner: TaskRunner, *, rotate_seconds: int = 20,
                 parent: QWidget | None = None) -> None:
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

        self.quote_box = QuoteBox()
        self.quote = self.quote_box.quote
        self.quote_meta = self.quote_box.quote_meta
        self.rotation_label = self.quote_box.rotation_label
        self.side = SidePanel()
        self.agenda_list = self.side.agenda_list

        self.tiles = {p: MeetingTile(p) for p in ("price", "selection", "delivery")}
        tiles = QHBoxLayout()
        tiles.setSpacing(16)
        for tile in self.tiles.values():
            tiles.addWidget(tile, 1)

        # The inline bar: a decision, a "?" — typed in the view, never a pop-up.
        self.bar = MeetingBar(self)
        self.prompt, self.entry = self.bar.prompt, self.bar.entry
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
        grid.addWidget(self.quote_box, 1, 0, 1, 2)
        grid.addWidget(self.side, 1, 2)
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
                        on_error=self.show_status)
        self._load_voices()
        self.refresh_panels()
        self.runner.run(meetings.owner_names, on_done=self.bar.set_owner_names,
                        on_error=self.show_status)
        if agenda:
            self.next_agenda_item()
        self.rotate_timer.start()

    def _on_started(self, meeting_id: int) -> None:
        self.meeting_id = meeting_id
        current = self.rotation.current
        if current is not None:
            self.record("voice_shown", "", current.id, None)
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
        self.bar.close_bar()

    def _load_voices(self) -> None:
        """The newest few voices first, so that the room sees one at once, then the pool."""
        meetings = self.access.meetings
        assert meetings is not None
        redacted = self.redacted

        def then_all(voices: list[Voice]) -> None:
            self._on_voices(voices, redacted, complete=False)
            self.runner.run(meetings.voices, redacted, None,
                            on_done=lambda vs: self._on_voices(vs, redacted),
                            on_error=self.show_status)

        if self.rotation.voices:  # a pool on screen already: only the new one is needed
            self.runner.run(meetings.voices, redacted, None,
                            on_done=lambda vs: self._on_voices(vs, redacted),
                            on_error=self.show_status)
        else:
            self.runner.run(meetings.voices, redacted, FIRST_VOICES, on_done=then_all,
                            on_error=self.show_status)

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
        self.runner.run(a.dashboard, on_done=self._show_dashboard, on_error=self.show_status)
        self.runner.run(a.open_escalations, on_done=self._show_escalations,
                        on_error=self.show_status)
        if a.meetings is not None:
            self.runner.run(a.meetings.due_decisions, on_done=lambda found:
                            self.side.show_follow_ups(
                                found, compact=bool(self.property("compact"))),
                            on_error=self.show_status)

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

    def _show_dashboard(self, shown: tuple[list[PillarSummary], list[Any]]) -> None:
        self._show_pillars(shown[0])
        self._show_disagreements(shown[1])

    def _show_disagreements(self, items: list[Any]) -> None:
        for pillar, tile in self.tiles.items():
            tile.show_disagreement([d for d in items if d.pillar == pillar])

    def _show_escalations(self, items: list[Escalation]) -> None:
        self.side.show_escalations(items, compact=bool(self.property("compact")))

    def _show_voice(self, voice: Voice | None) -> None:
        self.quote_box.show_voice(voice)
        if voice is not None:
            self.show_rotation()

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
                tile.make_room(not compact and not self.bar.isVisible())
                if tile.chart is not None:
                    tile.chart.setFixedHeight(40 if compact else 70)

    def show_rotation(self) -> None:
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

    def set_typing(self, typing: bool) -> None:
        """While a decision or a "?" is typed, the tiles give up their trend and sentence
        for the bar: their numbers and the disagreement stay whole, and so does the side."""
        for tile in self.tiles.values():
            tile.people.setVisible(not typing)
            tile.make_room(not typing and not self.property("compact"))
            if tile.chart is not None:
                tile.chart.setVisible(not typing)
        self.side.set_typing(typing)

    def show_status(self, message: str) -> None:
        """Problems and confirmations, discreetly at the bottom; never a dialog."""
        self.status.setText(message)

    def _tick(self) -> None:
        self.timer_label.setText(clock(time.monotonic() - self._started))
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
                               translate("Meeting", "%1 over"), clock(abs(remaining)))
        self.agenda_label.setText(f"{self.agenda_index + 1}/{len(self.agenda)}  {item.title}"
                                  f"{left}")
        self.side.show_agenda(self.agenda, self.agenda_index)

    # -- presenter actions
    def next_voice(self, pillar: str | None = None) -> None:
        seen = len(self.rotation.history)
        voice = self.rotation.next(pillar)
        self._show_voice(voice)
        if voice is not None:
            self.voice_shown.emit(voice)
            if len(self.rotation.history) > seen:  # stepping forward again is not news
                self.record("voice_shown", "", voice.id, None)

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
        self.show_rotation()

    def focus_pillar(self, pillar: str | None) -> None:
        self.rotation.focus = pillar
        for p, tile in self.tiles.items():
            tile.setProperty("focused", "yes" if p == pillar else ("no" if pillar else ""))
            tile.style().unpolish(tile)
            tile.style().polish(tile)
        if pillar and (self.rotation.current is None or self.rotation.current.pillar != pillar):
            self.next_voice(pillar)
        self.show_rotation()

    def next_agenda_item(self) -> None:
        if not self.agenda:
            return
        self.agenda_index = min(self.agenda_index + 1, len(self.agenda) - 1)
        self._agenda_started = time.monotonic()
        item = self.agenda[self.agenda_index]
        self.record("agenda", item.title, None, None)
        if item.pillar:
            self.focus_pillar(item.pillar)
        self._show_agenda()

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

    def record(self, kind: str, text: str, voice_id: int | None,
                escalation_id: int | None) -> None:
        meetings = self.access.meetings
        if self.meeting_id is None or meetings is None:
            return
        self.runner.run(meetings.record, self.meeting_id, kind, text, voice_id, escalation_id,
                        on_error=self.show_status)

    def decide(self, text: str, voice_id: int | None, owner: str, follow_up: int) -> None:
        meetings = self.access.meetings
        if self.meeting_id is None or meetings is None:
            return
        self.runner.run(meetings.decide, self.meeting_id, text, voice_id, owner, follow_up,
                        on_error=self.show_status)

    # -- keys
    def keyPressEvent(self, event: Any) -> None:
        key = event.key()
        if self.bar.isVisible():
            if key == Qt.Key.Key_Escape:
                self.bar.close_bar()
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
            self.bar.start_escalation()
        elif key == Qt.Key.Key_D:
            self.bar.start_decision()
        elif key == Qt.Key.Key_N:
            self.next_agenda_item()
        elif key == Qt.Key.Key_R:
            self.toggle_redaction()
        elif key == Qt.Key.Key_Escape:
            self.leave_requested.emit()
        else:
            super().keyPressEvent(event)

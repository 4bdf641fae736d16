"""Meeting mode's inline bar: a decision or a "?" typed in the view, never in a pop-up.

A decision is recorded against the voice on screen, with who follows it up and by when (a
week from today unless the room says otherwise); a "?" goes to the voice's owner (found in
the directory, or typed) and is recorded, never emailed, while the room watches."""

from __future__ import annotations

import datetime as dt
import html
import time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCompleter,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from chair.domain.model import Voice
from chair.ui.format import arg, day, rich_label
from chair.ui.i18n import translate

if TYPE_CHECKING:
    from chair.ui.meeting import MeetingView


FOLLOW_UP_DAYS = 7  # a decision is followed up by the next weekly meeting, unless set


class MeetingBar(QFrame):
    """The prompt and the line to type in, below the tiles; hidden until D or ? is pressed.
    A decision also asks who follows it up and by when (Tab to reach them)."""

    def __init__(self, view: MeetingView) -> None:
        super().__init__(view)
        self.setObjectName("meetingBar")
        self.view = view
        self.kind = ""
        self._pending_owner: Any = None
        self.prompt = rich_label("")
        self.prompt.setObjectName("meetingPrompt")
        self.prompt.setWordWrap(True)
        self.entry = QLineEdit()
        self.entry.setObjectName("meetingEntry")
        self.entry.returnPressed.connect(self._on_entry_return_pressed)
        self.owner = QLineEdit()
        self.owner.setObjectName("decisionOwner")
        self.owner.setPlaceholderText(translate("Meeting", "who follows it up"))
        self.owner.returnPressed.connect(self._on_entry_return_pressed)
        self.follow_up = QDateEdit()
        self.follow_up.setObjectName("decisionFollowUp")
        self.follow_up.setCalendarPopup(True)
        self.follow_up.setDisplayFormat("yyyy-MM-dd")
        self.details = QWidget()
        row = QHBoxLayout(self.details)
        row.setContentsMargins(0, 0, 0, 0)
        for label, field in ((translate("Meeting", "Owner"), self.owner),
                             (translate("Meeting", "Follow up by"), self.follow_up)):
            caption = QLabel(label)
            caption.setBuddy(field)
            row.addWidget(caption)
            row.addWidget(field, 1 if field is self.owner else 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 10, 20, 10)
        layout.addWidget(self.prompt)
        line = QHBoxLayout()  # one line, so that the bar takes no more height than before
        line.addWidget(self.entry, 3)
        line.addWidget(self.details, 2)
        layout.addLayout(line)
        self.details.hide()
        self.hide()

    def set_owner_names(self, names: list[str]) -> None:
        """The owners directory's names, offered as a decision's owner is typed."""
        completer = QCompleter(names, self.owner)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.owner.setCompleter(completer)

    def keyPressEvent(self, event: Any) -> None:
        # Enter in the date field (which passes it on) records the decision as well.
        if self.kind == "decision" and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._on_entry_return_pressed()
            return
        super().keyPressEvent(event)

    def start_decision(self) -> None:
        voice = self.view.rotation.current
        said = f"“{' '.join(voice.text.split())[:160]}…”" if voice else ""
        question = translate("Meeting", "What would the customer say?")
        self._open("decision", f"<b>{question}</b>  {html.escape(said)}",
                   translate("Meeting", "Type the decision, Tab for its owner and date, "
                             "Enter to record it, Esc to cancel"))
        self.owner.clear()
        self.follow_up.setDate(QDate.currentDate().addDays(FOLLOW_UP_DAYS))
        self.details.show()

    def start_escalation(self) -> None:
        view = self.view
        voice = view.rotation.current
        ea = view.access.escalations
        if voice is None or voice.id is None or ea is None:
            return
        if voice.escalation_id is not None:
            view.show_status(arg(translate("Meeting", "This voice is already escalated (#%1)."),
                                 voice.escalation_id))
            return
        self._open("escalate", translate("Meeting", "Finding the owner…"), "")
        self.entry.setReadOnly(True)
        view.runner.run(lambda: (ea.owner_for(str(voice.pillar), voice.area), ea.response_days()),
                        on_done=self._on_owner_found, on_error=view.show_status)

    def _on_owner_found(self, found: tuple[Any, int]) -> None:
        owner, days = found
        if self.kind != "escalate":
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

    def _open(self, kind: str, prompt: str, placeholder: str) -> None:
        self.kind = kind
        self.prompt.setText(prompt)
        self.entry.clear()
        self.entry.setReadOnly(False)
        self.entry.setPlaceholderText(placeholder)
        self.show()
        self.view.set_typing(True)
        self.entry.setFocus()
        self.view.rotate_timer.stop()  # the voice under discussion stays up while typing

    def close_bar(self) -> None:
        self.kind = ""
        self.details.hide()
        self.hide()
        self.view.set_typing(False)
        self.entry.clear()
        self.view.setFocus()

    def _on_entry_return_pressed(self) -> None:
        view = self.view
        kind, text = self.kind, self.entry.text().strip()
        voice = view.rotation.current
        if kind == "decision" and text:
            owner = self.owner.text().strip()
            picked = self.follow_up.date()
            by = dt.date(picked.year(), picked.month(), picked.day())
            view.decide(text, voice.id if voice else None, owner, _end_of(by))
            view.show_status(arg(translate("Meeting", "Decision recorded: %1 — %2, follow up by "
                                           "%3"), text,
                                 owner or translate("Meeting", "no owner"),
                                 day(_end_of(by))))
            view.decision_recorded.emit(text)
        elif kind == "escalate" and voice is not None and voice.id is not None:
            self._send_escalation(voice, text)
        else:
            return
        self.close_bar()
        view.rotate_timer.start()
        view.show_rotation()

    def _send_escalation(self, voice: Voice, typed: str) -> None:
        from chair.domain.escalation import parse_owner

        view = self.view
        ea = view.access.escalations
        assert ea is not None
        owner, days = self._pending_owner or (None, 3)
        name, address = parse_owner(typed)
        name = name or (owner.name if owner else "")
        if not name:
            view.show_status(
                translate("Meeting", "Not escalated: who owns this? Press ? and type a name."))
            return
        due = int(time.time()) + days * 86400
        vid = voice.id
        assert vid is not None

        def done(eid: int) -> None:
            view.record("escalation", f"“?” to {name}", vid, eid)
            # Recorded, not emailed: the meeting never sends mail on its own.
            view.show_status(arg(translate(
                "Meeting", "“?” for %1 recorded as escalation #%2, not emailed yet: send it "
                "from its window after the meeting."), name, eid))
            view.escalated.emit(eid)
            view.refresh_panels()

        view.runner.run(ea.escalate, [vid], name, address, due, "?", on_done=done,
                        on_error=view.show_status)


def _end_of(date: dt.date) -> int:
    """A follow-up date as the end of that day, local time."""
    return int(dt.datetime.combine(date, dt.time(23, 59, 59)).timestamp())

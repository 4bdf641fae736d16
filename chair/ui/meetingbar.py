"""Meeting mode's inline bar: a decision or a "?" typed in the view, never in a pop-up.

A decision is recorded against the voice on screen; a "?" goes to the voice's owner (found in
the directory, or typed) and is recorded, never emailed, while the room watches."""

from __future__ import annotations

import html
import time
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QFrame, QLineEdit, QVBoxLayout

from chair.domain.model import Voice
from chair.ui.format import arg, day, rich_label
from chair.ui.i18n import translate

if TYPE_CHECKING:
    from chair.ui.meeting import MeetingView


class MeetingBar(QFrame):
    """The prompt and the line to type in, below the tiles; hidden until D or ? is pressed."""

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
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 10, 20, 10)
        layout.addWidget(self.prompt)
        layout.addWidget(self.entry)
        self.hide()

    def start_decision(self) -> None:
        voice = self.view.rotation.current
        said = f"“{' '.join(voice.text.split())[:160]}…”" if voice else ""
        question = translate("Meeting", "What would the customer say?")
        self._open("decision", f"<b>{question}</b>  {html.escape(said)}",
                   translate("Meeting", "Type the decision, Enter to record it, Esc to cancel"))

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
        self.hide()
        self.view.set_typing(False)
        self.entry.clear()
        self.view.setFocus()

    def _on_entry_return_pressed(self) -> None:
        view = self.view
        kind, text = self.kind, self.entry.text().strip()
        voice = view.rotation.current
        if kind == "decision" and text:
            view.record("decision", text, voice.id if voice else None, None)
            view.show_status(arg(translate("Meeting", "Decision recorded: %1"), text))
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

"""The "?" from the main window: the sheet that forwards selected voices to their owner, what
it says once recorded and emailed, and the escalation windows it opens."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QDialog

from chair.domain.model import Escalation, Voice
from chair.ui import theme
from chair.ui.format import ago, arg, day, number
from chair.ui.i18n import translate
from chair.ui.mainwindow.feed import redact_voice

if TYPE_CHECKING:
    from chair.ui.escalatesheet import EscalateSheet, EscalationRequest
    from chair.ui.escalationwindow import EscalationWindow
    from chair.ui.mainwindow.window import MainWindow


class EscalateFlow(QObject):
    """Escalating voices and opening escalations, for the window that owns it."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.sheet: EscalateSheet | None = None
        self.windows: dict[int, EscalationWindow] = {}
        self.response_dialog: QDialog | None = None
        window.escalations.escalation_activated.connect(
            lambda e: self.open(e.id) if e is not None else None
        )
        window.response_button.clicked.connect(self.show_response_times)
        window.mine_button.toggled.connect(lambda _on: window.refresh_panels())
        self.role = ""  # see EscalationWindow.role
        self._to_reveal: int | None = None
        self._reminders: QTimer | None = None

    def learn_who(self) -> None:
        """Who signed in, on a worker: an owner's list is "My ?" from the start."""
        w = self.window
        if w.access is None or w.access.escalations is None:
            return
        w.runner.run(w.access.escalations.person, on_done=self._know)

    REMIND_EVERY_MS = 3_600_000

    def _know(self, person: Any) -> None:
        self.role = person.role
        if self.role in ("", "leader") and self._reminders is None:
            # Overdue owners are reminded by email while a leader's window is open.
            self._reminders = QTimer(self)
            self._reminders.timeout.connect(self.remind)
            self._reminders.start(self.REMIND_EVERY_MS)
            self.remind()
        w = self.window
        w.mine_button.setVisible(self.role in ("leader", "owner"))
        # Bringing voices in is a leader's (the server refuses anyone else's).
        leads = self.role in ("", "leader")
        for control in (w.import_button, w.first_import_button, w.demo_button,
                        w.remove_demo_action):
            control.setEnabled(leads)
        if self.role == "owner":
            w.mine_button.setChecked(True)  # refreshes the list
        for window in self.windows.values():
            window.role = self.role
            window.reload()

    def reveal(self, escalation_id: int) -> None:
        """Show where a new "?" landed in the list, now or as soon as the list holds it."""
        w = self.window
        self._to_reveal = None if w.escalations.reveal(escalation_id) else escalation_id

    def show_list(self, items: list[Escalation]) -> None:
        w = self.window
        w.escalations.model_.set_items(items)
        if self._to_reveal is not None:
            self.reveal(self._to_reveal)
        w.esc_empty.setVisible(not items)
        w.pillars.show_overdue(items, int(w.escalations.model_.now))
        overdue = w.escalations.model_.overdue_count()
        text = arg(translate("MainWindow", "My ? · %1") if w.mine_button.isChecked()
                   else translate("MainWindow", "Open ? escalations · %1"), number(len(items)))
        if overdue:
            alarm = theme.color("alarm")
            late = translate("MainWindow", "%Ln overdue", None, overdue)
            text += f" · <span style='color:{alarm}'><b>{late}</b></span>"
        w.esc_title.setText(text)

    def show_decisions(self, decisions: list[tuple[int, str, str]]) -> None:
        """The latest decision of any meeting (any laptop's) in one quiet line; the last
        few in its tooltip."""
        w = self.window
        w.decisions.setVisible(bool(decisions))
        if not decisions:
            return
        muted = theme.color("muted")
        at, title, text = decisions[0]
        short = text if len(text) <= 90 else text[:text.rfind(" ", 0, 90)].rstrip(" ,.;") + " …"
        heading = html.escape(translate("MainWindow", "Latest decision"))
        w.decisions.setText(f"<span style='color:{muted}'>{heading}:</span> "
                            f"{html.escape(short)} <span style='color:{muted}'>· "
                            f"{html.escape(title)} · {ago(at)}</span>")
        w.decisions.setToolTip("\n\n".join(f"{t}\n— {m}, {ago(a)}" for a, m, t in decisions))

    def remind(self) -> None:
        w = self.window
        if w.access is None or w.access.escalations is None:
            return
        w.runner.run(w.access.escalations.remind, on_done=self._reminded,
                     on_error=lambda m: w.status.showMessage(m, 10_000))

    def _reminded(self, sent: list[tuple[int, str]]) -> None:
        if sent:
            self.window.status.showMessage(translate(
                "MainWindow", "Reminded %Ln owners of an overdue “?” by email", None,
                len(sent)), 10_000)
            self.window.refresh_panels()

    def list_reader(self) -> Callable[[], list[Any]] | None:
        """What fills the escalations list when it is not every open one: "My ?"."""
        w = self.window
        if w.mine_button.isChecked() and w.access is not None and w.access.escalations:
            return w.access.escalations.mine
        return None

    def escalate_selected(self) -> None:
        """`?`: the sheet to forward the selected voices to their owner. A voice already
        escalated opens its escalation instead of a second one."""
        w = self.window
        if not self._may_raise():
            return
        voices = w.feeding.selected_voices()
        if not voices:
            w.status.showMessage(
                translate("MainWindow", "Select a voice first, then press ? to escalate it."), 6000
            )
            return
        self.escalate_voices(voices)

    def _may_raise(self) -> bool:
        """Whether this person raises a "?" here (a leader does); if not, says so."""
        w = self.window
        if w.access is None or w.access.escalations is None:
            return False
        if self.role not in ("", "leader"):
            w.status.showMessage(translate(
                "MainWindow", "Only a leader raises a “?”. To hand one of yours to someone "
                "else, open it and choose Forward on…"), 8000)
            return False
        return True

    def escalate_voices(self, voices: list[Voice],
                        then: Callable[[int], None] | None = None) -> None:
        """The sheet to forward `voices` to their owner; `then(escalation id)` once raised."""
        w = self.window
        if not voices or not self._may_raise():
            return
        assert w.access is not None and w.access.escalations is not None
        known = {v.escalation_id for v in voices}
        if None not in known and len(known) == 1:
            (eid,) = known
            w.status.showMessage(
                arg(translate("MainWindow", "Already escalated as #%1: opened it."), eid), 6000
            )
            self.open(int(eid))  # type: ignore[arg-type]
            if then is not None:
                then(int(eid))  # type: ignore[arg-type]
            return
        ea = w.access.escalations
        first = voices[0]

        def read() -> tuple[Any, ...]:
            return (ea.owners(), ea.owner_for(str(first.pillar), first.area), ea.response_days(),
                    ea.forwarding_enabled())

        w.runner.run(read, on_done=lambda r: self._open_sheet(voices, *r, then=then),
                     on_error=lambda m: w.status.showMessage(m, 10_000))

    def _open_sheet(self, voices: list[Voice], owners: list[Any], suggested: Any,
                    days: int, can_email: bool, *,
                    then: Callable[[int], None] | None = None) -> None:
        from chair.ui.escalatesheet import EscalateSheet

        shown = [redact_voice(v) for v in voices] if self.window.feed_model.redactor else voices
        sheet = EscalateSheet(shown, owners, suggested, days, can_email, self.window)
        sheet.confirmed.connect(lambda request: self._on_sheet_confirmed(request, then))
        sheet.setModal(True)
        sheet.show()
        self.sheet = sheet

    def _on_sheet_confirmed(self, request: EscalationRequest,
                            then: Callable[[int], None] | None = None) -> None:
        w = self.window
        assert w.access is not None and w.access.escalations is not None

        def done(eid: int) -> None:
            self._on_escalated(request, eid)
            if then is not None:
                then(eid)

        w.runner.run(w.access.escalations.escalate, request.voice_ids, request.owner_name,
                     request.owner_email, request.due_at, request.note, on_done=done,
                     on_error=lambda m: w.status.showMessage(m, 10_000))

    def _on_escalated(self, request: EscalationRequest, eid: int) -> None:
        w = self.window
        w.feed_model.mark_escalated(request.voice_ids, eid)
        # What happened, no more: recorded now; emailed only when asked (and said when done).
        if request.send_email:
            said = translate("MainWindow", "? for %1 recorded as escalation #%2, due %3; "
                             "emailing it…")
        else:
            said = translate("MainWindow", "? for %1 recorded as escalation #%2, due %3. "
                             "Not emailed: to send it, open #%2 and press Send “?” by "
                             "email.")
        w.status.showMessage(arg(said, request.owner_name, eid, day(request.due_at)), 15_000)
        w.reveal_escalation(eid)
        w.refresh_panels()
        w.escalated.emit(eid)
        if request.send_email and w.access is not None and w.access.escalations:
            w.runner.run(w.access.escalations.forward, eid,
                         on_done=lambda _r: self._on_forwarded(eid, request.owner_email),
                         on_error=lambda m: self._on_forward_failed(eid, m))

    def _on_forwarded(self, eid: int, address: str) -> None:
        w = self.window
        w.status.showMessage(
            arg(translate("MainWindow", "“?” of #%1 emailed to %2."), eid, address), 8000
        )
        w.refresh_panels()
        w.forwarded.emit(eid, "")

    def _on_forward_failed(self, eid: int, message: str) -> None:
        # The escalation exists; its window and the list show the failure and offer a retry.
        w = self.window
        w.status.showMessage(
            arg(translate("MainWindow", "#%1 is escalated, but the email was not sent: %2"),
                eid, message),
            15_000,
        )
        w.refresh_panels()
        w.forwarded.emit(eid, message)

    def open(self, escalation_id: int) -> EscalationWindow | None:
        w = self.window
        if w.access is None or w.access.escalations is None:
            return None
        from chair.ui.escalationwindow import EscalationWindow

        window = self.windows.get(escalation_id)
        if window is None:
            window = EscalationWindow(w.access.escalations, w.runner, escalation_id,
                                      self.text_redactor(), w, role=self.role)
            window.changed.connect(w.refresh_panels)
            window.finished.connect(lambda _r, i=escalation_id: self.windows.pop(i, None))
            self.windows[escalation_id] = window
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def show_response_times(self) -> QDialog | None:
        w = self.window
        if w.access is None or w.access.escalations is None:
            return None
        from chair.ui.responsetimes import ResponseTimesDialog

        dialog = ResponseTimesDialog(w.access.escalations, w.runner, w)
        dialog.show()
        self.response_dialog = dialog
        return dialog

    def text_redactor(self) -> Callable[[str], str] | None:
        if self.window.feed_model.redactor is None:
            return None

        def redact(text: str) -> str:
            from chair.insight import redaction  # loaded after the first paint, not at it

            return redaction.redact(text)

        return redact

    def set_redaction(self, _on: bool) -> None:
        """The escalations list and every open escalation window follow the redaction toggle."""
        text_redactor = self.text_redactor()
        self.window.escalations.model_.set_redactor(text_redactor)
        for window in self.windows.values():
            window.set_redactor(text_redactor)

    def close_all(self) -> None:
        """Escalation windows save what was typed as they close; a half-filled "?" is dropped."""
        for window in list(self.windows.values()):
            window.close()
        if self.sheet is not None:
            self.sheet.reject()

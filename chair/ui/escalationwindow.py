"""One escalation: its status and the moves it can make, the forward, the customer's words
and the owner's replies, the Correction of Error editor, and the history."""

from __future__ import annotations

import html
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from chair.domain.escalation import (
    TRANSITIONS,
    CoeIncomplete,
    EscalationDetail,
    closing_gaps,
)
from chair.domain.model import EscalationStatus
from chair.tasks.runner import TaskRunner, message_of
from chair.ui import theme
from chair.ui.access import EscalationAccess
from chair.ui.coeeditor import CoeEditor
from chair.ui.escalationtext import history_html, words_html
from chair.ui.format import ago, arg, date, pillar_name, plain_label, rich_label
from chair.ui.i18n import translate
from chair.ui.wording import action_name, gaps_sentence, status_name

S = EscalationStatus


class EscalationWindow(QDialog):
    """Non-modal: the main window stays usable while a COE is written."""

    changed = Signal()  # something was written: the lists should refresh
    loaded = Signal()
    problem_shown = Signal(str)

    def __init__(self, access: EscalationAccess, runner: TaskRunner, escalation_id: int,
                 redactor: Callable[[str], str] | None = None,
                 parent: QWidget | None = None, role: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("escalationWindow")
        self.access = access
        # On a team store, what the signed-in person may do (the server holds to it too):
        # an owner answers, forwards on and submits; a leader also closes and sends back;
        # a facilitator or a viewer reads. "" on a single laptop's file: everything.
        self.role = role
        self.runner = runner
        self.escalation_id = escalation_id
        self.redactor = redactor
        self.detail: EscalationDetail | None = None
        self.setWindowTitle(arg(translate("EscalationWindow", "Escalation #%1"), escalation_id))
        self.resize(980, 760)

        self.kicker = QLabel(arg(translate("EscalationWindow", "ESCALATION #%1"), escalation_id))
        self.kicker.setObjectName("kicker")
        self.title = plain_label("…")  # the subject, as the customer wrote it
        self.title.setObjectName("escalationTitle")
        self.title.setWordWrap(True)
        self.facts = QLabel("")
        self.facts.setObjectName("escalationFacts")
        self.facts.setTextFormat(Qt.TextFormat.RichText)
        self.facts.setWordWrap(True)
        self.moves = QHBoxLayout()
        self.move_buttons: dict[EscalationStatus, QPushButton] = {}
        self.forward_label = rich_label("")
        self.forward_label.setObjectName("forwardState")
        self.forward_button = QPushButton(translate("EscalationWindow", "Send “?” by email"))
        self.forward_button.setObjectName("forwardButton")
        self.forward_button.clicked.connect(self._on_forward_button_clicked)
        self.forward_on_button = QPushButton(translate("EscalationWindow", "Forward on…"))
        self.forward_on_button.setObjectName("forwardOnButton")
        self.forward_on_button.setToolTip(translate(
            "EscalationWindow", "Hand this “?” to someone else, who owns it from now"))
        self.forward_on_button.clicked.connect(self.choose_forward_on)
        self.problem = plain_label("")  # errors may quote what was imported
        self.problem.setObjectName("problemText")
        self.problem.setWordWrap(True)
        self.problem.hide()

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.words = QTextBrowser()
        self.words.setObjectName("escalationWords")
        self.words.setOpenLinks(False)
        self.tabs.addTab(self.words, translate("EscalationWindow", "Voices and replies"))
        self.editor = CoeEditor(escalation_id, redactor)
        self.tabs.addTab(self.editor, translate("EscalationWindow", "Correction of Error"))
        self.history = QTextBrowser()
        self.history.setObjectName("escalationHistory")
        self.tabs.addTab(self.history, translate("EscalationWindow", "History"))

        self.export_md = QPushButton(translate("EscalationWindow", "Export Markdown…"))
        self.export_md.clicked.connect(lambda: self.choose_export("md"))
        self.export_pdf = QPushButton(translate("EscalationWindow", "Export PDF…"))
        self.export_pdf.clicked.connect(lambda: self.choose_export("pdf"))
        self.save_button = QPushButton(translate("EscalationWindow", "Save"))
        self.save_button.setObjectName("saveCoe")
        self.save_button.setToolTip(
            translate("EscalationWindow", "Save the Correction of Error (Ctrl+S)")
        )
        self.save_button.clicked.connect(self.save)
        close = QPushButton(translate("EscalationWindow", "Done"))
        close.setToolTip(
            translate("EscalationWindow", "Close this window; what was typed is saved")
        )
        close.clicked.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addWidget(self.export_md)
        bottom.addWidget(self.export_pdf)
        bottom.addStretch(1)
        bottom.addWidget(self.save_button)
        bottom.addWidget(close)

        top = QHBoxLayout()
        top.addLayout(self.moves)
        top.addStretch(1)
        top.addWidget(self.forward_label)
        top.addWidget(self.forward_on_button)
        top.addWidget(self.forward_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.kicker)
        layout.addWidget(self.title)
        layout.addWidget(self.facts)
        layout.addLayout(top)
        layout.addWidget(self.problem)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        self.reload()

    def set_redactor(self, redactor: Callable[[str], str] | None) -> None:
        """The window follows the main window's redaction switch at once."""
        self.redactor = redactor
        self.editor.redactor = redactor
        if self.detail is not None:
            self._show(self.detail)

    # -- loading and showing
    def reload(self) -> None:
        # Keyed: a reload asked for while one runs replaces it, so a slower, older read
        # (the role learnt, a list refresh) never shows over the state after a move.
        self.runner.run(self.access.detail, self.escalation_id, on_done=self._show,
                        on_error=self.show_problem, key=f"escalation-{self.escalation_id}")

    def _show(self, detail: EscalationDetail | None) -> None:
        if detail is None:
            self.show_problem(
                arg(
                    translate("EscalationWindow", "Escalation #%1 no longer exists."),
                    self.escalation_id,
                )
            )
            return
        self.detail = detail
        e = detail.escalation
        now = int(time.time())
        subject = self.redactor(e.subject) if self.redactor and e.subject else e.subject
        self.title.setText(subject or "?")
        due = date(e.due_at)
        if e.is_overdue(now):
            days = max(1, (now - e.due_at) // 86400)
            late_by = translate("EscalationWindow", "overdue %n d", None, days)
            due = f"<b style='color:{theme.color('alarm')}'>{late_by}</b> ({due})"
        owner = html.escape(e.owner_name or translate("EscalationWindow", "no owner"))
        if e.owner_email:
            owner += f" &lt;{html.escape(e.owner_email)}&gt;"
        opened = arg(translate("EscalationWindow", "opened %1"), ago(e.opened_at))
        if detail.opened_by:
            opened = arg(
                translate("EscalationWindow", "opened %1 by %2"),
                ago(e.opened_at),
                html.escape(detail.opened_by),
            )
        late = ""
        if e.overdue_actions:
            text = translate(
                "EscalationWindow", "%Ln corrective actions overdue", None, e.overdue_actions
            )
            late = f" · <b style='color:{theme.color('alarm')}'>{text}</b>"
        where = " · ".join(x for x in (pillar_name(e.pillar) if e.pillar else "", e.area) if x)
        self.facts.setText(
            f"<b>{status_name(e.status)}</b> · "
            + arg(translate("EscalationWindow", "owner %1"), owner)
            + f" · {opened} · "
            + arg(translate("EscalationWindow", "due %1"), due)
            + f" · {html.escape(where)}{late}"
        )
        self._show_moves(e.status)
        self._show_forward(detail)
        self._show_words(detail)
        self._show_history(detail)
        self.editor.follow(detail)
        if not self.editor.dirty:
            self.editor.fill(detail)
            e = detail.escalation
            if not (detail.coe and detail.coe.impact) and e.pillar:
                self.runner.run(self.access.impact_hint, e.pillar, e.area,
                                on_done=self.editor.prefill_impact)
        self.loaded.emit()

    def _show_moves(self, status: EscalationStatus) -> None:
        for button in self.move_buttons.values():
            self.moves.removeWidget(button)
            button.deleteLater()
        self.move_buttons = {}
        # The role may be learnt after the window opened: what it offers follows each load.
        reads_only = self.role in ("facilitator", "viewer")
        self.forward_button.setVisible(self.role in ("", "leader"))
        self.forward_on_button.setVisible(not reads_only and status is not S.CLOSED)
        self.save_button.setEnabled(not reads_only)
        for target in TRANSITIONS[status]:
            sends_back = status is S.COE_SUBMITTED and target is S.INVESTIGATING
            if reads_only or (self.role == "owner" and (
                    target is S.CLOSED or sends_back or status is S.CLOSED)):
                continue  # not theirs to do
            if sends_back:
                button = QPushButton(translate("EscalationWindow", "Send back…"))
                button.clicked.connect(self.choose_send_back)
            else:
                button = QPushButton(action_name(target))
                button.clicked.connect(lambda _c=False, t=target: self.move_to(t))
            button.setObjectName(f"move_{target}")
            self.moves.addWidget(button)
            self.move_buttons[target] = button

    def _show_forward(self, d: EscalationDetail) -> None:
        state = d.forward_state
        if state == "sent":
            self.forward_label.setText(
                arg(translate("EscalationWindow", "“?” emailed to %1"),
                    html.escape(d.escalation.owner_email))
            )
            self.forward_button.setText(translate("EscalationWindow", "Send again"))
        elif state == "failed":
            failed = arg(
                translate("EscalationWindow", "Email not sent: %1"), html.escape(d.forward_error)
            )
            self.forward_label.setText(f"<span style='color:{theme.color('alarm')}'>{failed}"
                                       "</span>")
            self.forward_button.setText(translate("EscalationWindow", "Retry sending"))
        elif state == "sending":
            self.forward_label.setText(translate("EscalationWindow", "Sending…"))
        else:
            self.forward_label.setText("")
            self.forward_button.setText(translate("EscalationWindow", "Send “?” by email"))
        self.forward_label.setWordWrap(True)
        self.forward_button.setEnabled(state != "sending")

    def _show_words(self, d: EscalationDetail) -> None:
        self.words.setHtml(words_html(d, self.redactor))

    def _show_history(self, d: EscalationDetail) -> None:
        self.history.setHtml(history_html(d))

    # -- acting
    def show_problem(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.show()
        self.problem_shown.emit(message)

    def _clear_problem(self) -> None:
        self.problem.hide()
        self.problem.setText("")

    def save(self) -> None:
        coe = self.editor.coe()
        self._clear_problem()
        self.runner.run(self.access.save_coe, coe, on_done=lambda _r: self._after_write(),
                        on_error=self.show_problem)

    def move_to(self, status: EscalationStatus) -> None:
        """Save what the form holds, then make the move (the store checks the rules)."""
        coe = self.editor.coe()
        dirty = self.editor.dirty
        access = self.access
        eid = self.escalation_id
        missing = closing_gaps(coe)
        if status in (EscalationStatus.COE_SUBMITTED, EscalationStatus.CLOSED) and missing:
            # Said here, in the interface's words; what was typed is saved all the same.
            self.tabs.setCurrentIndex(1)
            self.runner.run(access.save_coe, coe, on_done=lambda _r: self._after_write(),
                            on_error=self.show_problem)
            self.show_problem(gaps_sentence(missing))
            return

        # The COE (when typed into, or needed by the move) and the move in one transaction.
        saved = coe if dirty or status in (EscalationStatus.COE_SUBMITTED,
                                           EscalationStatus.CLOSED) else None
        self._clear_problem()
        self.runner.run(access.move, eid, status, saved, on_done=lambda _r: self._after_write(),
                        on_failure=self._on_move_failed)

    def choose_forward_on(self) -> None:
        from chair.ui.handon import ForwardOnSheet

        def ask(owners: list[Any]) -> None:
            sheet = ForwardOnSheet(owners, self)
            sheet.confirmed.connect(self.forward_on)
            sheet.open()

        self.runner.run(self.access.owners, on_done=ask, on_error=self.show_problem)

    def forward_on(self, name: str, email: str, note: str) -> None:
        """Hand the escalation to `name`; what was typed into the COE is saved first."""
        self._clear_problem()
        coe, access, eid = self.editor.coe(), self.access, self.escalation_id

        def hand_on() -> None:
            if self.editor.dirty:
                access.save_coe(coe)
            access.forward_on(eid, name, email, note)

        self.runner.run(hand_on, on_done=lambda _r: self._after_write(),
                        on_error=self.show_problem)

    def choose_send_back(self) -> None:
        from chair.ui.handon import SendBackSheet

        sheet = SendBackSheet(self)
        sheet.confirmed.connect(self.send_back)
        sheet.open()

    def send_back(self, comment: str) -> None:
        self._clear_problem()
        self.runner.run(self.access.send_back, self.escalation_id, comment,
                        on_done=lambda _r: self._after_write(), on_error=self.show_problem)

    def _on_move_failed(self, exc: BaseException) -> None:
        if isinstance(exc, CoeIncomplete):  # said in the interface's words, where it is fixed
            self.show_problem(gaps_sentence(exc.missing))
            self.tabs.setCurrentIndex(1)
        else:
            self.show_problem(message_of(exc))
        self.reload()

    def _after_write(self) -> None:
        self.editor.dirty = False
        self.changed.emit()
        self.reload()

    def _on_forward_button_clicked(self) -> None:
        self._clear_problem()
        self.forward_label.setText(translate("EscalationWindow", "Sending…"))
        self.forward_button.setEnabled(False)
        self.runner.run(self.access.forward, self.escalation_id,
                        on_done=lambda _r: self._after_write(),
                        on_error=self._on_forward_failed)

    def _on_forward_failed(self, message: str) -> None:
        self.reload()  # the failure is on the escalation; the label shows it with Retry
        self.changed.emit()

    # -- export
    def choose_export(self, fmt: str) -> None:
        suffix = "Markdown (*.md)" if fmt == "md" else "PDF (*.pdf)"
        path, _ = QFileDialog.getSaveFileName(
            self, translate("EscalationWindow", "Export the Correction of Error"),
            str(Path.home() / f"coe-{self.escalation_id}.{fmt}"), suffix)
        if path:
            self.export(fmt, Path(path))

    def export(self, fmt: str, path: Path) -> None:
        """Markdown on a worker; the PDF is laid out here (Qt's text layout) from data read
        on a worker. Redacted when the window shows redacted text."""
        from chair.ui.export import export_coe

        redacted = self.redactor is not None
        access, eid = self.access, self.escalation_id
        if fmt == "md":
            self.runner.run(lambda: export_coe(access.detail(eid), "md", path, redacted=redacted),
                            on_done=lambda _r: self._exported(path),
                            on_error=self.show_problem)
            return

        def pdf(detail: EscalationDetail | None) -> None:
            from chair.domain.errors import ChairError

            try:
                export_coe(detail, "pdf", path, redacted=redacted)
            except ChairError as exc:
                self.show_problem(str(exc))
                return
            self._exported(path)

        self.runner.run(access.detail, eid, on_done=pdf, on_error=self.show_problem)

    exported = Signal(str)

    def _exported(self, path: Path) -> None:
        self.forward_label.setText(arg(translate("EscalationWindow", "Exported to %1"),
                                       html.escape(path.name)))
        self.exported.emit(str(path))

    def closeEvent(self, event: Any) -> None:
        if self.editor.dirty:
            self.save()  # a COE is never lost by closing its window
        super().closeEvent(event)

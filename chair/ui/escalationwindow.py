"""One escalation: its status and the moves it can make, the forward, the customer's words
and the owner's replies, the Correction of Error editor, and the history."""

from __future__ import annotations

import html
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from chair.domain.escalation import (
    TRANSITIONS,
    Coe,
    CoeIncomplete,
    CorrectiveAction,
    EscalationDetail,
    Evidence,
    closing_gaps,
)
from chair.domain.i18n import QT_TRANSLATE_NOOP
from chair.domain.model import EscalationStatus
from chair.tasks.runner import TaskRunner, message_of
from chair.ui import theme
from chair.ui.access import EscalationAccess
from chair.ui.format import (
    ago,
    arg,
    channel_name,
    date,
    date_time,
    pillar_name,
    plain_label,
    rich_label,
    voice_date_time,
)
from chair.ui.i18n import translate
from chair.ui.wording import action_name, gaps, gaps_sentence, move, status_name

DATE_FORMAT = "yyyy-MM-dd"
_TEXT_SECTIONS = (
    ("what_happened", QT_TRANSLATE_NOOP("EscalationWindow", "What happened"),
     QT_TRANSLATE_NOOP("EscalationWindow",
                       "The facts, in order, as a customer would tell them.")),
    ("impact", QT_TRANSLATE_NOOP("EscalationWindow", "Impact"),
     QT_TRANSLATE_NOOP("EscalationWindow",
                       "On customers and on the business: how many, how much, since when.")),
    ("root_cause", QT_TRANSLATE_NOOP("EscalationWindow", "Root cause"),
     QT_TRANSLATE_NOOP("EscalationWindow",
                       "The cause that, once removed, prevents a recurrence.")),
    ("whys", QT_TRANSLATE_NOOP("EscalationWindow", "Five whys"),
     QT_TRANSLATE_NOOP("EscalationWindow",
                       "One why per line: why did it happen, and why did that happen…")),
    ("supporting_data", QT_TRANSLATE_NOOP("EscalationWindow", "Supporting data"),
     QT_TRANSLATE_NOOP("EscalationWindow",
                       "The numbers and the voices that prove the cause.")),
    ("implications", QT_TRANSLATE_NOOP("EscalationWindow", "Critical implications"),
     QT_TRANSLATE_NOOP("EscalationWindow",
                       "Anything this exposes beyond this case — security and privacy first.")),
    ("lessons", QT_TRANSLATE_NOOP("EscalationWindow", "Lessons learned"),
     QT_TRANSLATE_NOOP("EscalationWindow",
                       "What the team now knows and will do differently.")),
)  # fmt: skip


def _day(ts: int | None) -> str:
    return time.strftime("%Y-%m-%d", time.localtime(ts)) if ts else ""


def _with_buttons(widget: QWidget, *buttons: QPushButton) -> QVBoxLayout:
    """A list or table with its buttons in a row underneath."""
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    box = QVBoxLayout()
    box.addWidget(widget)
    box.addLayout(row)
    return box


def _parse_day(text: str) -> int | None:
    date = QDate.fromString(text.strip(), DATE_FORMAT)
    return int(QDateTime(date, QTime(23, 59, 59)).toSecsSinceEpoch()) if date.isValid() else None


class EscalationWindow(QDialog):
    """Non-modal: the main window stays usable while a COE is written."""

    changed = Signal()  # something was written: the lists should refresh
    loaded = Signal()
    problem_shown = Signal(str)

    def __init__(self, access: EscalationAccess, runner: TaskRunner, escalation_id: int,
                 redactor: Callable[[str], str] | None = None,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("escalationWindow")
        self.access = access
        self.runner = runner
        self.escalation_id = escalation_id
        self.redactor = redactor
        self.detail: EscalationDetail | None = None
        self._dirty = False
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
        self.tabs.addTab(self._build_coe(), translate("EscalationWindow", "Correction of Error"))
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

    # -- the COE editor
    def _build_coe(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields: dict[str, QPlainTextEdit] = {}
        for key, label, hint in _TEXT_SECTIONS:
            edit = QPlainTextEdit()
            edit.setObjectName(f"coe_{key}")
            label = translate("EscalationWindow", label)
            edit.setPlaceholderText(translate("EscalationWindow", hint))
            edit.setAccessibleName(label)
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(56)
            edit.setMaximumHeight(110)
            edit.textChanged.connect(self._on_edited)
            self.fields[key] = edit
            form.addRow(label, edit)
            if key == "supporting_data":
                self.evidence = QListWidget()
                self.evidence.setObjectName("coeEvidence")
                self.evidence.setAccessibleName(translate("EscalationWindow", "Evidence"))
                self.evidence.setMaximumHeight(110)
                self.evidence.setWordWrap(True)
                link = QPushButton(translate("EscalationWindow", "Cite the escalated voices"))
                link.setObjectName("citeVoices")
                link.clicked.connect(self._cite_voices)
                unlink = QPushButton(translate("EscalationWindow", "Remove"))
                unlink.clicked.connect(self._remove_evidence)
                form.addRow(
                    translate("EscalationWindow", "Evidence"),
                    _with_buttons(self.evidence, link, unlink),
                )
        self.action_table = QTableWidget(0, 4)
        self.action_table.setObjectName("coeActions")
        self.action_table.setAccessibleName(translate("EscalationWindow", "Corrective actions"))
        self.action_table.setHorizontalHeaderLabels(
            [
                translate("EscalationWindow", "Corrective action"),
                translate("EscalationWindow", "Owner"),
                translate("EscalationWindow", "Due"),
                translate("EscalationWindow", "Done"),
            ]
        )
        self.action_table.verticalHeader().hide()
        self.action_table.setMinimumHeight(130)
        header = self.action_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.action_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.action_table.itemChanged.connect(self._on_edited)
        add = QPushButton(translate("EscalationWindow", "Add action"))
        add.setObjectName("addAction")
        add.clicked.connect(lambda: self.add_action())
        remove = QPushButton(translate("EscalationWindow", "Remove action"))
        remove.clicked.connect(self._remove_action)
        form.addRow(
            translate("EscalationWindow", "Corrective actions"),
            _with_buttons(self.action_table, add, remove),
        )
        self.gaps = QLabel("")
        self.gaps.setObjectName("coeGaps")
        self.gaps.setWordWrap(True)
        form.addRow("", self.gaps)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(page)
        return scroll

    def add_action(self, action: CorrectiveAction | None = None) -> int:
        self.action_table.blockSignals(True)
        row = self.action_table.rowCount()
        self.action_table.insertRow(row)
        a = action or CorrectiveAction("", "", None)
        desc = QTableWidgetItem(a.description)
        desc.setData(Qt.ItemDataRole.UserRole, a.id)
        self.action_table.setItem(row, 0, desc)
        self.action_table.setItem(row, 1, QTableWidgetItem(a.owner))
        due = QTableWidgetItem(_day(a.due_at))
        due.setToolTip(translate("EscalationWindow", "YYYY-MM-DD"))
        if a.is_overdue(int(time.time())):
            due.setForeground(QColor(theme.color("alarm")))
        self.action_table.setItem(row, 2, due)
        done = QTableWidgetItem(_day(a.done_at) if a.done_at else "")
        done.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled
                      | Qt.ItemFlag.ItemIsSelectable)  # fmt: skip
        done.setCheckState(Qt.CheckState.Checked if a.done_at else Qt.CheckState.Unchecked)
        done.setData(Qt.ItemDataRole.UserRole, a.done_at)
        self.action_table.setItem(row, 3, done)
        self.action_table.blockSignals(False)
        if action is None:
            self.action_table.setCurrentCell(row, 0)
            self.action_table.editItem(desc)
            self._on_edited()
        return row

    def _remove_action(self) -> None:
        row = self.action_table.currentRow()
        if row >= 0:
            self.action_table.removeRow(row)
            self._on_edited()

    def _cite_voices(self) -> None:
        if self.detail is None:
            return
        have = {(e.kind, e.ref_id) for e in self._evidence()}
        for v in self.detail.voices:
            if v.id is not None and ("voice", v.id) not in have:
                text = " ".join(v.text.split())[:160]
                self._add_evidence(Evidence("voice", v.id, f"“{text}” — {v.author}"))
        self._on_edited()

    def _add_evidence(self, ev: Evidence) -> None:
        label = translate("EscalationWindow", "Voice #%1: %2") if ev.kind == "voice" else \
            translate("EscalationWindow", "Metric #%1: %2")  # fmt: skip
        summary = self.redactor(ev.summary) if self.redactor and ev.kind == "voice" else ev.summary
        item = QListWidgetItem(arg(label, ev.ref_id, summary))
        item.setData(Qt.ItemDataRole.UserRole, ev)
        self.evidence.addItem(item)

    def _remove_evidence(self) -> None:
        row = self.evidence.currentRow()
        if row >= 0:
            self.evidence.takeItem(row)
            self._on_edited()

    def _evidence(self) -> list[Evidence]:
        return [self.evidence.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.evidence.count())]  # fmt: skip

    def coe(self) -> Coe:
        """The COE as the form holds it now."""
        actions = []
        for row in range(self.action_table.rowCount()):
            cells = [self.action_table.item(row, c) for c in range(4)]
            if cells[0] is None or not cells[0].text().strip():
                continue
            done = cells[3]
            was = done.data(Qt.ItemDataRole.UserRole) if done else None
            checked = done is not None and done.checkState() == Qt.CheckState.Checked
            actions.append(CorrectiveAction(
                cells[0].text().strip(), cells[1].text().strip() if cells[1] else "",
                _parse_day(cells[2].text()) if cells[2] else None,
                (was or int(time.time())) if checked else None,
                cells[0].data(Qt.ItemDataRole.UserRole)))  # fmt: skip
        text = {k: e.toPlainText().strip() for k, e in self.fields.items()}
        whys = tuple(w.strip() for w in text.pop("whys").splitlines() if w.strip())
        submitted = self.detail.coe.submitted_at if self.detail and self.detail.coe else None
        return Coe(self.escalation_id, text["what_happened"], text["impact"], text["root_cause"],
                   whys, text["supporting_data"], text["implications"], text["lessons"],
                   submitted, tuple(actions), tuple(self._evidence()))  # fmt: skip

    def _on_edited(self, *_args: Any) -> None:
        self._dirty = True
        self._show_gaps()

    def _show_gaps(self) -> None:
        missing = closing_gaps(self.coe())
        if missing:
            self.gaps.setText(arg(translate("EscalationWindow", "To close: %1."), gaps(missing)))
            self.gaps.setStyleSheet(f"color: {theme.color('muted')}")
        else:
            self.gaps.setText(translate("EscalationWindow", "Ready to submit and close."))
            self.gaps.setStyleSheet(f"color: {theme.color('safe')}")

    def set_redactor(self, redactor: Callable[[str], str] | None) -> None:
        """The window follows the main window's redaction switch at once."""
        self.redactor = redactor
        if self.detail is not None:
            self._show(self.detail)

    # -- loading and showing
    def reload(self) -> None:
        self.runner.run(self.access.detail, self.escalation_id, on_done=self._show,
                        on_error=self.show_problem)  # fmt: skip

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
        if not self._dirty:
            self._fill_coe(detail)
        self.loaded.emit()

    def _show_moves(self, status: EscalationStatus) -> None:
        for button in self.move_buttons.values():
            self.moves.removeWidget(button)
            button.deleteLater()
        self.move_buttons = {}
        for target in TRANSITIONS[status]:
            button = QPushButton(action_name(target))
            button.setObjectName(f"move_{target}")
            button.clicked.connect(lambda _c=False, t=target: self.move_to(t))
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
                                       "</span>")  # fmt: skip
            self.forward_button.setText(translate("EscalationWindow", "Retry sending"))
        elif state == "sending":
            self.forward_label.setText(translate("EscalationWindow", "Sending…"))
        else:
            self.forward_label.setText("")
            self.forward_button.setText(translate("EscalationWindow", "Send “?” by email"))
        self.forward_label.setWordWrap(True)
        self.forward_button.setEnabled(state != "sending")

    def _show_words(self, d: EscalationDetail) -> None:
        red = self.redactor or (lambda t: t)
        parts = []
        for v in d.voices:
            author = red(v.author) if v.author else ""
            when = voice_date_time(v)
            meta = " · ".join(x for x in (author, v.area, v.language.upper(),
                                          channel_name(str(v.channel)), when) if x)  # fmt: skip
            direction = "rtl" if v.language in ("ar", "he") else "ltr"
            parts.append(
                f"<h3>{html.escape(red(v.subject) if v.subject else '')}</h3>"
                f"<p dir='{direction}' style='white-space: pre-wrap'>{html.escape(red(v.text))}</p>"
                f"<p style='color:{theme.color('muted')}'>— {html.escape(meta)}</p><hr>"
            )
        if d.replies:
            parts.append("<h2>" + translate("EscalationWindow", "Replies from the owner") + "</h2>")
        for r in d.replies:
            parts.append(
                f"<p><b>{html.escape(r.sender)}</b> · "
                f"{date_time(r.received_at)} · "
                f"{html.escape(r.subject)}</p>"
                f"<p style='white-space: pre-wrap'>{html.escape(r.text.strip())}</p><hr>"
            )
        self.words.setHtml(
            "".join(parts) or "<p>" + translate("EscalationWindow", "No voice is linked.") + "</p>"
        )

    def _show_history(self, d: EscalationDetail) -> None:
        rows = []
        for h in d.history:
            rows.append(
                f"<tr><td style='padding:2px 14px 2px 0'>"
                f"{date_time(h.at)}</td>"
                f"<td style='padding-right:14px'>{html.escape(move(h))}</td>"
                f"<td style='padding-right:14px'>{html.escape(h.who)}</td>"
                f"<td>{html.escape(h.note)}</td></tr>"
            )
        self.history.setHtml(f"<table>{''.join(rows)}</table>")

    def _fill_coe(self, d: EscalationDetail) -> None:
        coe = d.coe or Coe(self.escalation_id)
        for key, edit in self.fields.items():
            edit.blockSignals(True)
            edit.setPlainText("\n".join(coe.whys) if key == "whys" else getattr(coe, key))
            edit.blockSignals(False)
        self.evidence.clear()
        for ev in coe.evidence:
            self._add_evidence(ev)
        self.action_table.setRowCount(0)
        for a in coe.actions:
            self.add_action(a)
        self._dirty = False
        self._show_gaps()
        if not coe.impact and d.escalation.pillar:
            e = d.escalation
            self.runner.run(self.access.impact_hint, e.pillar, e.area,
                            on_done=self._prefill_impact)  # fmt: skip

    def _prefill_impact(self, sentence: str) -> None:
        edit = self.fields["impact"]
        if sentence and not edit.toPlainText().strip():
            edit.setPlainText(sentence)  # marks the form edited: it is the user's to keep

    # -- acting
    def show_problem(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.show()
        self.problem_shown.emit(message)

    def _clear_problem(self) -> None:
        self.problem.hide()
        self.problem.setText("")

    def save(self) -> None:
        coe = self.coe()
        self._clear_problem()
        self.runner.run(self.access.save_coe, coe, on_done=lambda _r: self._after_write(),
                        on_error=self.show_problem)  # fmt: skip

    def move_to(self, status: EscalationStatus) -> None:
        """Save what the form holds, then make the move (the store checks the rules)."""
        coe = self.coe()
        dirty = self._dirty
        access = self.access
        eid = self.escalation_id
        missing = closing_gaps(coe)
        if status in (EscalationStatus.COE_SUBMITTED, EscalationStatus.CLOSED) and missing:
            # Said here, in the interface's words; what was typed is saved all the same.
            self.tabs.setCurrentIndex(1)
            self.runner.run(access.save_coe, coe, on_done=lambda _r: self._after_write(),
                            on_error=self.show_problem)  # fmt: skip
            self.show_problem(gaps_sentence(missing))
            return

        # The COE (when typed into, or needed by the move) and the move in one transaction.
        saved = coe if dirty or status in (EscalationStatus.COE_SUBMITTED,
                                           EscalationStatus.CLOSED) else None  # fmt: skip
        self._clear_problem()
        self.runner.run(access.move, eid, status, saved, on_done=lambda _r: self._after_write(),
                        on_failure=self._on_move_failed)  # fmt: skip

    def _on_move_failed(self, exc: BaseException) -> None:
        if isinstance(exc, CoeIncomplete):  # said in the interface's words, where it is fixed
            self.show_problem(gaps_sentence(exc.missing))
            self.tabs.setCurrentIndex(1)
        else:
            self.show_problem(message_of(exc))
        self.reload()

    def _after_write(self) -> None:
        self._dirty = False
        self.changed.emit()
        self.reload()

    def _on_forward_button_clicked(self) -> None:
        self._clear_problem()
        self.forward_label.setText(translate("EscalationWindow", "Sending…"))
        self.forward_button.setEnabled(False)
        self.runner.run(self.access.forward, self.escalation_id,
                        on_done=lambda _r: self._after_write(),
                        on_error=self._on_forward_failed)  # fmt: skip

    def _on_forward_failed(self, message: str) -> None:
        self.reload()  # the failure is on the escalation; the label shows it with Retry
        self.changed.emit()

    # -- export
    def choose_export(self, fmt: str) -> None:
        suffix = "Markdown (*.md)" if fmt == "md" else "PDF (*.pdf)"
        path, _ = QFileDialog.getSaveFileName(
            self, translate("EscalationWindow", "Export the Correction of Error"),
            str(Path.home() / f"coe-{self.escalation_id}.{fmt}"), suffix)  # fmt: skip
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
                            on_error=self.show_problem)  # fmt: skip
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
        if self._dirty:
            self.save()  # a COE is never lost by closing its window
        super().closeEvent(event)

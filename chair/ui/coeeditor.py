"""The Correction of Error editor: what happened, impact, root cause and five whys, supporting
data with cited evidence, implications, lessons, and the corrective actions with owners and
due dates; it says what is still missing before the "?" can close."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
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
    QVBoxLayout,
    QWidget,
)

from chair.domain.escalation import Coe, CorrectiveAction, EscalationDetail, Evidence, closing_gaps
from chair.domain.i18n import QT_TRANSLATE_NOOP
from chair.domain.model import Voice
from chair.ui import theme
from chair.ui.format import arg
from chair.ui.i18n import translate
from chair.ui.wording import gaps

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
)


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


class CoeEditor(QScrollArea):
    """The COE form of one escalation; `coe()` is what it holds now, `dirty` whether that
    differs from what was last filled in or saved."""

    edited = Signal()

    def __init__(self, escalation_id: int, redactor: Callable[[str], str] | None = None) -> None:
        super().__init__()
        self.escalation_id = escalation_id
        self.redactor = redactor
        self.voices: tuple[Voice, ...] = ()
        self.submitted_at: int | None = None
        self.dirty = False
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
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
        self.setWidget(page)

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
                      | Qt.ItemFlag.ItemIsSelectable)
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
        have = {(e.kind, e.ref_id) for e in self._evidence()}
        for v in self.voices:
            if v.id is not None and ("voice", v.id) not in have:
                text = " ".join(v.text.split())[:160]
                self._add_evidence(Evidence("voice", v.id, f"“{text}” — {v.author}"))
        self._on_edited()

    def _add_evidence(self, ev: Evidence) -> None:
        label = translate("EscalationWindow", "Voice #%1: %2") if ev.kind == "voice" else \
            translate("EscalationWindow", "Metric #%1: %2")
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
                for i in range(self.evidence.count())]

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
                cells[0].data(Qt.ItemDataRole.UserRole)))
        text = {k: e.toPlainText().strip() for k, e in self.fields.items()}
        whys = tuple(w.strip() for w in text.pop("whys").splitlines() if w.strip())
        submitted = self.submitted_at
        return Coe(self.escalation_id, text["what_happened"], text["impact"], text["root_cause"],
                   whys, text["supporting_data"], text["implications"], text["lessons"],
                   submitted, tuple(actions), tuple(self._evidence()))

    def _on_edited(self, *_args: Any) -> None:
        self.dirty = True
        self._show_gaps()
        self.edited.emit()

    def _show_gaps(self) -> None:
        missing = closing_gaps(self.coe())
        if missing:
            self.gaps.setText(arg(translate("EscalationWindow", "To close: %1."), gaps(missing)))
            self.gaps.setStyleSheet(f"color: {theme.color('muted')}")
        else:
            self.gaps.setText(translate("EscalationWindow", "Ready to submit and close."))
            self.gaps.setStyleSheet(f"color: {theme.color('safe')}")

    def follow(self, d: EscalationDetail) -> None:
        """What the form needs of the escalation as stored now, even while it is being
        edited: its voices (to cite) and when its COE was submitted."""
        self.voices = tuple(d.voices)
        self.submitted_at = d.coe.submitted_at if d.coe else None

    def fill(self, d: EscalationDetail) -> None:
        """The COE as stored, in the form (which is then as saved)."""
        coe = d.coe or Coe(self.escalation_id)
        self.follow(d)
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
        self.dirty = False
        self._show_gaps()

    def prefill_impact(self, sentence: str) -> None:
        """A suggested impact sentence, where the owner has written none."""
        edit = self.fields["impact"]
        if sentence and not edit.toPlainText().strip():
            edit.setPlainText(sentence)  # marks the form edited: it is the user's to keep

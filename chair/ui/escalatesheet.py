"""The small sheet behind "?": owner (from the directory, editable), due date, an optional
note, and whether to email the "?" — Enter confirms."""

from __future__ import annotations

import html
import time
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from chair.domain.escalation import parse_owner
from chair.domain.model import Owner, Voice
from chair.ui.format import arg, pillar_name, plain_label, rich_label
from chair.ui.i18n import translate


@dataclass(frozen=True, slots=True)
class EscalationRequest:
    voice_ids: list[int]
    owner_name: str
    owner_email: str
    due_at: int
    note: str
    send_email: bool


def owner_label(owner: Owner) -> str:
    """"Name <address>" as a person writes it (not RFC 2047-encoded, as formataddr would)."""
    return f"{owner.name} <{owner.email}>" if owner.email else owner.name


def end_of_day(date: QDate) -> int:
    """Due at the end of the chosen day, local time."""
    return int(QDateTime(date, QTime(23, 59, 59)).toSecsSinceEpoch())


class EscalateSheet(QDialog):
    """Emits `confirmed(EscalationRequest)`; the caller writes it off the GUI thread."""

    confirmed = Signal(object)

    def __init__(self, voices: list[Voice], owners: list[Owner], suggested: Owner | None,
                 response_days: int, can_email: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("escalateSheet")
        self.setWindowTitle(translate("EscalateSheet", "Escalate with “?”"))
        self.voices = voices
        first = voices[0]
        what = first.subject or " ".join(first.text.split())[:90]
        more = translate("EscalateSheet", "and %Ln more voices", None, len(voices) - 1)
        heading = rich_label(f"<b>?</b>&nbsp; {html.escape(what)}" + (
            f"<br><span style='color:gray'>{more}</span>" if len(voices) > 1 else ""))
        heading.setObjectName("escalateHeading")
        heading.setWordWrap(True)

        self.owner = QComboBox()
        self.owner.setObjectName("escalateOwner")
        self.owner.setEditable(True)
        self.owner.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.owner.setAccessibleName(translate("EscalateSheet", "Owner"))
        self.owner.setMinimumContentsLength(34)
        labels = []
        for o in owners:
            label = owner_label(o)
            if label not in labels:
                labels.append(label)
        self.owner.addItems(labels)
        where = " · ".join(x for x in (pillar_name(str(first.pillar)), first.area) if x)
        if suggested is not None:
            self.owner.setCurrentText(owner_label(suggested))
            hint = arg(translate("EscalateSheet", "Owner of %1 in the directory."), where)
        else:
            self.owner.setCurrentText("")
            hint = arg(translate("EscalateSheet", "No owner of %1 in the directory: type a "
                                         "name and an email."), where)
        self.owner_hint = plain_label(hint)  # names the area as it was imported
        self.owner_hint.setObjectName("hint")

        self.due = QDateEdit(QDate.currentDate().addDays(response_days))
        self.due.setObjectName("escalateDue")
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat(translate("Format", "ddd d MMM yyyy"))
        self.due.setAccessibleName(translate("EscalateSheet", "Due"))
        self.due.setMinimumDate(QDate.currentDate())

        self.note = QLineEdit()
        self.note.setObjectName("escalateNote")
        self.note.setPlaceholderText("?   " + translate(
            "EscalateSheet", "(a note is optional: the question mark says it all)"))
        self.note.setAccessibleName(translate("EscalateSheet", "Note"))

        self.send = QCheckBox(translate("EscalateSheet", "Email the “?” to the owner"))
        self.send.setObjectName("escalateSend")
        self.send.setChecked(can_email)
        self.send.setEnabled(can_email)
        if not can_email:
            self.send.setToolTip(
                translate("EscalateSheet", "Set an SMTP server in Settings to forward by email.")
            )

        form = QFormLayout()
        form.addRow(translate("EscalateSheet", "Owner"), self.owner)
        form.addRow("", self.owner_hint)
        form.addRow(translate("EscalateSheet", "Due"), self.due)
        form.addRow(translate("EscalateSheet", "Note"), self.note)
        form.addRow("", self.send)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.addButton(
            translate("EscalateSheet", "Escalate"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok.setObjectName("escalateConfirm")
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAutoDefault(False)  # Enter escalates; Esc or a click cancels
        self.ok.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.problem = QLabel("")
        self.problem.setObjectName("problemText")
        self.problem.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.note.setFocus()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.ok.setDefault(True)
        self.note.setFocus()

    def request(self) -> EscalationRequest | None:
        name, address = parse_owner(self.owner.currentText())
        name = name or address
        if not name:
            return None
        return EscalationRequest(
            [v.id for v in self.voices if v.id is not None], name, address,
            max(end_of_day(self.due.date()), int(time.time())), self.note.text().strip() or "?",
            self.send.isChecked() and bool(address))

    def accept(self) -> None:
        request = self.request()
        if request is None:
            self.problem.setText(
                translate("EscalateSheet", "Who owns this? Choose or type the owner.")
            )
            self.problem.show()
            self.owner.setFocus()
            return
        self.confirmed.emit(request)
        super().accept()

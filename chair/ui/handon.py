"""Handing a "?" on: the owner forwards it to someone in their area (who owns it from then),
and the leader sends a submitted COE back for more work with a comment. Two small sheets;
Enter confirms, and neither goes without what it needs."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from chair.domain.escalation import parse_owner
from chair.domain.model import Owner
from chair.ui.escalatesheet import owner_label
from chair.ui.i18n import translate


def _buttons(dialog: QDialog, verb: str, name: str) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    ok = buttons.addButton(verb, QDialogButtonBox.ButtonRole.AcceptRole)
    ok.setObjectName(name)
    ok.setDefault(True)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setAutoDefault(False)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class ForwardOnSheet(QDialog):
    """Emits `confirmed(name, email, note)`."""

    confirmed = Signal(str, str, str)

    def __init__(self, owners: list[Owner], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("forwardOnSheet")
        self.setWindowTitle(translate("HandOn", "Forward on"))
        intro = QLabel(translate("HandOn", "Who should answer this “?”? They own it from now; "
                                           "the escalation keeps who handed it to whom."))
        intro.setWordWrap(True)
        self.person = QComboBox()
        self.person.setObjectName("forwardOnPerson")
        self.person.setEditable(True)
        self.person.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.person.setMinimumContentsLength(34)
        self.person.setAccessibleName(translate("HandOn", "Forward to"))
        self.person.addItems(sorted({owner_label(o) for o in owners}))
        self.person.setCurrentText("")
        self.note = QLineEdit()
        self.note.setObjectName("forwardOnNote")
        self.note.setPlaceholderText(translate("HandOn", "(optional) what they should know"))
        self.note.setAccessibleName(translate("HandOn", "Note"))
        self.problem = QLabel("")
        self.problem.setObjectName("problemText")
        self.problem.hide()
        form = QFormLayout()
        form.addRow(translate("HandOn", "Forward to"), self.person)
        form.addRow(translate("HandOn", "Note"), self.note)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(_buttons(self, translate("HandOn", "Forward"), "forwardOnConfirm"))
        self.person.setFocus()

    def accept(self) -> None:
        name, address = parse_owner(self.person.currentText())
        if not (name or address):
            self.problem.setText(translate("HandOn", "Choose or type whom to forward it to."))
            self.problem.show()
            self.person.setFocus()
            return
        self.confirmed.emit(name or address, address, self.note.text().strip())
        super().accept()


class SendBackSheet(QDialog):
    """Emits `confirmed(comment)`."""

    confirmed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sendBackSheet")
        self.setWindowTitle(translate("HandOn", "Send the COE back"))
        intro = QLabel(translate("HandOn", "What does this Correction of Error still need? "
                                           "The owner reads it with the escalation."))
        intro.setWordWrap(True)
        self.comment = QPlainTextEdit()
        self.comment.setObjectName("sendBackComment")
        self.comment.setAccessibleName(translate("HandOn", "Comment"))
        self.comment.setTabChangesFocus(True)
        self.problem = QLabel("")
        self.problem.setObjectName("problemText")
        self.problem.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.comment, 1)
        layout.addWidget(self.problem)
        layout.addWidget(_buttons(self, translate("HandOn", "Send back"), "sendBackConfirm"))
        self.resize(520, 260)
        self.comment.setFocus()

    def accept(self) -> None:
        comment = self.comment.toPlainText().strip()
        if not comment:
            self.problem.setText(translate("HandOn", "Say what the COE still needs."))
            self.problem.show()
            return
        self.confirmed.emit(comment)
        super().accept()

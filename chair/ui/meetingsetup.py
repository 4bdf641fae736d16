"""Before meeting mode: title, attendees, an optional agenda, the screen, the pace."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from chair.config.settings import Settings
from chair.ui.i18n import translate
from chair.ui.meeting import parse_agenda


class MeetingSetup(QDialog):
    confirmed = Signal(dict)  # enter_meeting's keyword arguments

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meetingSetup")
        self.setWindowTitle(translate("MeetingSetup", "Start a meeting"))
        self.settings = settings
        self.title = QLineEdit()
        self.title.setObjectName("meetingSetupTitle")
        self.title.setPlaceholderText(translate("MeetingSetup", "Weekly business review"))
        self.attendees = QLineEdit()
        self.attendees.setPlaceholderText(translate("MeetingSetup", "Optional: who is in the room"))
        self.agenda = QPlainTextEdit()
        self.agenda.setObjectName("meetingSetupAgenda")
        self.agenda.setPlaceholderText(translate(
            "MeetingSetup", "Optional, one item per line:\nDelivery in apartment complexes · 15 · "
            "delivery\nPrice checks · 10 · price\nDecisions · 5"))
        self.agenda.setTabChangesFocus(True)
        self.screen_box = QComboBox()
        self.screen_box.setObjectName("meetingSetupScreen")
        remembered = settings.get("meeting.screen")
        for screen in QGuiApplication.screens():
            size = screen.geometry()
            self.screen_box.addItem(f"{screen.name()} ({size.width()}×{size.height()})",
                                    screen.name())
            if screen.name() == remembered:
                self.screen_box.setCurrentIndex(self.screen_box.count() - 1)
        self.seconds = QSpinBox()
        self.seconds.setRange(5, 300)
        self.seconds.setSuffix(translate("MeetingSetup", " s per voice"))
        self.seconds.setValue(settings.get("meeting.rotate_seconds"))
        form = QFormLayout()
        form.addRow(translate("MeetingSetup", "Title"), self.title)
        form.addRow(translate("MeetingSetup", "Attendees"), self.attendees)
        form.addRow(translate("MeetingSetup", "Agenda"), self.agenda)
        form.addRow(translate("MeetingSetup", "Screen"), self.screen_box)
        form.addRow(translate("MeetingSetup", "Pace"), self.seconds)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        start = buttons.addButton(translate("MeetingSetup", "Start meeting"),
                                  QDialogButtonBox.ButtonRole.AcceptRole)
        start.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def accept(self) -> None:
        if self.seconds.value() != self.settings.get("meeting.rotate_seconds"):
            self.settings.set("meeting.rotate_seconds", self.seconds.value())
            self.settings.save()
        super().accept()
        self.confirmed.emit({
            "title": self.title.text().strip(), "attendees": self.attendees.text().strip(),
            "agenda": parse_agenda(self.agenda.toPlainText()),
            "screen": self.screen_box.currentData() or "",
        })

"""The Help menu's small windows: the keyboard shortcuts and About."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from chair.domain.i18n import QT_TRANSLATE_NOOP
from chair.ui.i18n import translate

SHORTCUTS = (
    ("/", QT_TRANSLATE_NOOP("Shortcuts", "Search what customers wrote")),
    ("J / K", QT_TRANSLATE_NOOP("Shortcuts", "Next / previous voice")),
    ("Enter", QT_TRANSLATE_NOOP("Shortcuts", "Read the selected voice in full")),
    ("R", QT_TRANSLATE_NOOP("Shortcuts", "Hide or show personal data")),
    ("?", QT_TRANSLATE_NOOP("Shortcuts", "Escalate the selected voice to its owner")),
    ("Ctrl+I", QT_TRANSLATE_NOOP("Shortcuts", "Import files")),
    ("Ctrl+,", QT_TRANSLATE_NOOP("Shortcuts", "Settings")),
    ("Esc", QT_TRANSLATE_NOOP("Shortcuts", "Clear search and filters")),
    ("F11", QT_TRANSLATE_NOOP("Shortcuts", "Meeting mode")),
    ("F1", QT_TRANSLATE_NOOP("Shortcuts", "This sheet")),
)


def _sheet(parent: QWidget, name: str, title: str, rich_text: str) -> QDialog:
    """A small window of text with a Close button."""
    dialog = QDialog(parent)
    dialog.setObjectName(name)
    dialog.setWindowTitle(title)
    layout = QVBoxLayout(dialog)
    text = QLabel(rich_text)
    text.setTextFormat(Qt.TextFormat.RichText)
    text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    layout.addWidget(text)
    close = QPushButton(translate("MainWindow", "Close"))
    close.clicked.connect(dialog.accept)
    layout.addWidget(close)
    dialog.show()
    return dialog


def shortcuts_sheet(parent: QWidget) -> QDialog:
    rows = "".join(
        f"<tr><td style='padding:3px 14px 3px 0'><b>{k}</b></td>"
        f"<td>{translate('Shortcuts', v)}</td></tr>"
        for k, v in SHORTCUTS
    )
    return _sheet(parent, "shortcutsSheet", translate("MainWindow", "Keyboard shortcuts"),
                  f"<table>{rows}</table>")


def about_sheet(parent: QWidget, database: Path | str | None) -> QDialog:
    """The version, and where the database, the data, the settings and the minutes live."""
    from chair import __version__
    from chair.config.paths import config_dir, data_dir

    rows = [
        (translate("MainWindow", "Version"), __version__),
        (translate("MainWindow", "Database"), str(database or "—")),
        (translate("MainWindow", "Data folder"), str(data_dir())),
        (translate("MainWindow", "Settings"), str(config_dir())),
        (translate("MainWindow", "Minutes"), str(data_dir() / "minutes")),
    ]
    table = "".join(f"<tr><td style='padding:2px 14px 2px 0; color:gray'>{k}</td>"
                    f"<td>{html.escape(v)}</td></tr>" for k, v in rows)
    return _sheet(
        parent,
        "aboutDialog",
        translate("MainWindow", "About chair"),
        "<h2>chair</h2><p>"
        + translate("MainWindow", "A seat for the customer at the leadership table.")
        + f"</p><table>{table}</table><p style='color:gray'>"
        + translate("MainWindow", "Passwords live only in the system keyring.")
        + "</p>",
    )

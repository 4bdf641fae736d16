"""Settings, built from the settings schema: one field per option, grouped; passwords go to
the OS keyring through callables, never into the settings file."""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from chair.config.settings import SCHEMA, Option, Settings
from chair.domain.i18n import QT_TRANSLATE_NOOP
from chair.domain.model import Owner
from chair.tasks.runner import TaskRunner
from chair.ui.format import arg, plain_label
from chair.ui.i18n import LANGUAGES, translate

# Tabs by the first part of an option's name; the keys stay English (show_group uses them).
GROUPS = {
    "ui": "Display", "redaction": "Display", "escalation": "Escalations", "smtp": "Escalations",
    "digest": "Escalations",
    "sources": "Sources", "taxonomy": "Classification", "metrics": "Classification",
    "meeting": "Meeting mode", "store": "Team database",
}
GROUP_NAMES = {
    "Display": QT_TRANSLATE_NOOP("Settings", "Display"),
    "Escalations": QT_TRANSLATE_NOOP("Settings", "Escalations"),
    "Sources": QT_TRANSLATE_NOOP("Settings", "Sources"),
    "Classification": QT_TRANSLATE_NOOP("Settings", "Classification"),
    "Meeting mode": QT_TRANSLATE_NOOP("Settings", "Meeting mode"),
    "Team database": QT_TRANSLATE_NOOP("Settings", "Team database"),
    "Other": QT_TRANSLATE_NOOP("Settings", "Other"),
}
LABELS = {
    "ui.theme": QT_TRANSLATE_NOOP("Settings", "Theme"),
    "ui.font_scale": QT_TRANSLATE_NOOP("Settings", "Text size"),
    "ui.language": QT_TRANSLATE_NOOP("Settings", "Language"),
    "ui.redact": QT_TRANSLATE_NOOP("Settings", "Hide personal data by default"),
    "redaction.order_patterns": QT_TRANSLATE_NOOP("Settings", "Order number patterns"),
    "escalation.response_days": QT_TRANSLATE_NOOP("Settings", "Days to answer a ?"),
    "escalation.sender": QT_TRANSLATE_NOOP("Settings", "Sender name"),
    "escalation.remind": QT_TRANSLATE_NOOP("Settings", "Remind overdue owners"),
    "digest.to": QT_TRANSLATE_NOOP("Settings", "Weekly digest to"),
    "digest.day": QT_TRANSLATE_NOOP("Settings", "Digest day"),
    "digest.hour": QT_TRANSLATE_NOOP("Settings", "Digest from hour"),
    "store.team": QT_TRANSLATE_NOOP("Settings", "Team database"),
    "smtp.host": QT_TRANSLATE_NOOP("Settings", "SMTP server"),
    "smtp.port": QT_TRANSLATE_NOOP("Settings", "SMTP port"),
    "smtp.user": QT_TRANSLATE_NOOP("Settings", "SMTP user"),
    "smtp.security": QT_TRANSLATE_NOOP("Settings", "SMTP encryption"),
    "smtp.from": QT_TRANSLATE_NOOP("Settings", "Sender address"),
    "sources.imap": QT_TRANSLATE_NOOP("Settings", "IMAP folders"),
    "sources.watch": QT_TRANSLATE_NOOP("Settings", "Watched folders"),
    "taxonomy.file": QT_TRANSLATE_NOOP("Settings", "Your taxonomy file"),
    "metrics.targets": QT_TRANSLATE_NOOP("Settings", "Metric targets"),
    "meeting.rotate_seconds": QT_TRANSLATE_NOOP("Settings", "Seconds per voice"),
    "meeting.screen": QT_TRANSLATE_NOOP("Settings", "Screen"),
}
CHOICE_LABELS = {
    "": QT_TRANSLATE_NOOP("Settings", "Follow the system"),
    "system": QT_TRANSLATE_NOOP("Settings", "Follow the system"),
    "light": QT_TRANSLATE_NOOP("Settings", "Light"),
    "monday": QT_TRANSLATE_NOOP("Settings", "Monday"),
    "tuesday": QT_TRANSLATE_NOOP("Settings", "Tuesday"),
    "wednesday": QT_TRANSLATE_NOOP("Settings", "Wednesday"),
    "thursday": QT_TRANSLATE_NOOP("Settings", "Thursday"),
    "friday": QT_TRANSLATE_NOOP("Settings", "Friday"),
    "saturday": QT_TRANSLATE_NOOP("Settings", "Saturday"),
    "sunday": QT_TRANSLATE_NOOP("Settings", "Sunday"),
    "dark": QT_TRANSLATE_NOOP("Settings", "Dark"),
    "contrast": QT_TRANSLATE_NOOP("Settings", "High contrast"),
    "tls": "TLS",
    "starttls": "STARTTLS",
    "none": QT_TRANSLATE_NOOP("Settings", "None (this machine only)"),
}


def _choice_label(choice: Any) -> str:
    if choice in LANGUAGES and choice:
        return LANGUAGES[choice]  # each language named in itself, whatever the interface speaks
    label = CHOICE_LABELS.get(choice)
    return translate("Settings", label) if label else str(choice)


def _label(name: str) -> str:
    return translate("Settings", LABELS[name]) if name in LABELS else name


class SettingsActions(Protocol):
    """What the dialog can do beyond the settings file (the window's data access does it)."""

    def save_password(self, kind: str, account: str, password: str) -> None:
        """Into the system keyring."""
        ...

    def import_owners(self, csv_path: str) -> int:
        """The owners in a CSV file; how many were imported."""
        ...

    def owners(self) -> list[Owner]:
        """The owners directory as it stands."""
        ...

    def replace_owners(self, owners: list[Owner]) -> int:
        """The directory becomes exactly these owners."""
        ...

    def team_account(self, url: str) -> str:
        """A postgresql:// address's keyring account (ChairError when it is not one)."""
        ...

    def imap_account(self, url: str) -> str:
        """An imap:// URL's keyring account (ChairError when it is not one)."""
        ...

    def send_test_email(self, values: Any, password: str = "") -> str:
        """Through the SMTP server `values` describe; the address it was sent to."""
        ...


def _field(option: Option, value: Any) -> QWidget:
    if option.name == "ui.font_scale":  # as people say it: 125 %, not 1.25
        percent = QSpinBox()
        percent.setRange(75, 250)
        percent.setSingleStep(5)
        percent.setSuffix(" %")
        percent.setValue(round(float(value) * 100))
        percent.setProperty("percent", True)
        return percent
    if option.name == "meeting.screen":  # the screens there are, by name and size
        from PySide6.QtGui import QGuiApplication

        screens = QComboBox()
        screens.addItem(translate("Settings", "The screen the window is on"), "")
        for screen in QGuiApplication.screens():
            size = screen.size()
            screens.addItem(f"{screen.name()} · {size.width()}×{size.height()}", screen.name())
        if value and screens.findData(value) < 0:  # remembered, not connected now
            screens.addItem(arg(translate("Settings", "%1 (not connected)"), value), value)
        screens.setCurrentIndex(max(0, screens.findData(value)))
        return screens
    if option.choices:
        combo = QComboBox()
        for choice in option.choices:
            combo.addItem(_choice_label(choice), choice)
        combo.setCurrentIndex(max(0, combo.findData(value)))
        return combo
    if option.type is bool:
        box = QCheckBox()
        box.setChecked(bool(value))
        return box
    if option.type is int:
        spin = QSpinBox()
        spin.setRange(0, 65535)
        spin.setValue(int(value))
        return spin
    if option.type is float:
        dspin = QDoubleSpinBox()
        dspin.setRange(0.75, 2.5)
        dspin.setSingleStep(0.1)
        dspin.setValue(float(value))
        return dspin
    if option.type in (list, dict):
        edit = QPlainTextEdit()
        edit.setFixedHeight(72)
        lines = [f"{k}={v}" for k, v in value.items()] if isinstance(value, dict) else list(value)
        edit.setPlainText("\n".join(lines))
        edit.setPlaceholderText(
            translate("Settings", "one per line")
            if option.type is list
            else translate("Settings", "name=value per line")
        )
        return edit
    line = QLineEdit(str(value))
    return line


def _read(option: Option, widget: QWidget) -> Any:
    if isinstance(widget, QComboBox):
        return widget.currentData()
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, QSpinBox):
        return widget.value() / 100 if widget.property("percent") else widget.value()
    if isinstance(widget, QDoubleSpinBox):
        return round(widget.value(), 2)
    if isinstance(widget, QPlainTextEdit):
        lines = [x.strip() for x in widget.toPlainText().splitlines() if x.strip()]
        if option.type is dict:
            pairs = (x.split("=", 1) for x in lines if "=" in x)
            out: dict[str, float] = {}
            for k, v in pairs:
                try:
                    number = float(v.strip().rstrip("%"))
                except ValueError:
                    continue
                out[k.strip()] = number / 100 if number > 1 else number
            return out
        return lines
    assert isinstance(widget, QLineEdit)
    return widget.text().strip()


class SettingsDialog(QDialog):
    def show_group(self, group: str) -> None:
        """Open at one tab ("Sources", "Escalations", ...)."""
        if group in self._groups:
            self.tabs.setCurrentIndex(self._groups.index(group))

    def __init__(self, settings: Settings, hooks: SettingsActions | None = None,
                 parent: QWidget | None = None, runner: TaskRunner | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(translate("Settings", "Settings"))
        self.setMinimumWidth(620)
        self.settings = settings
        self.hooks = hooks
        self.fields: dict[str, QWidget] = {}
        tabs = self.tabs = QTabWidget()
        forms: dict[str, QFormLayout] = {}
        self._groups: list[str] = []
        for option in SCHEMA:
            group = GROUPS.get(option.group, "Other")
            if group not in forms:
                page = QWidget()
                forms[group] = QFormLayout(page)
                tabs.addTab(page, translate("Settings", GROUP_NAMES[group]))
                self._groups.append(group)
            widget = _field(option, settings.get(option.name))
            widget.setObjectName(f"setting_{option.name}")
            doc = translate("Settings", option.doc)
            widget.setToolTip(doc)
            widget.setAccessibleName(_label(option.name))
            widget.setAccessibleDescription(doc)
            self.fields[option.name] = widget
            label = QLabel(_label(option.name))
            label.setBuddy(widget)
            forms[group].addRow(label, widget)
            hint = QLabel(doc)
            hint.setObjectName("settingHint")
            hint.setWordWrap(True)
            forms[group].addRow("", hint)
        self.smtp_password = QLineEdit()
        self.smtp_password.setObjectName("smtpPassword")
        self.smtp_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.smtp_password.setPlaceholderText(
            translate("Settings", "kept in the system keyring, never in a file")
        )
        self.smtp_password.setAccessibleName(translate("Settings", "SMTP password"))
        forms["Escalations"].addRow(translate("Settings", "SMTP password"), self.smtp_password)
        self.team_password = QLineEdit()
        self.team_password.setObjectName("teamPassword")
        self.team_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.team_password.setPlaceholderText(
            translate("Settings", "kept in the system keyring, never in a file"))
        self.team_password.setAccessibleName(translate("Settings", "Your password"))
        forms["Team database"].addRow(translate("Settings", "Your password"), self.team_password)
        self.runner = runner
        self.test_email = QPushButton(translate("Settings", "Send a test email"))
        self.test_email.setObjectName("sendTestEmail")
        self.test_email.setToolTip(translate("Settings", "Through the server above, to the "
                                             "address forwards come from"))
        self.test_email.clicked.connect(self._on_test_email_clicked)
        self.test_email.setEnabled(hooks is not None and runner is not None)
        forms["Escalations"].addRow("", self.test_email)
        self.imap_url = QLineEdit()
        self.imap_url.setPlaceholderText("imaps://customers@mail.example.com/INBOX")
        self.imap_url.setAccessibleName(translate("Settings", "New IMAP folder"))
        self.imap_password = QLineEdit()
        self.imap_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.imap_password.setAccessibleName(translate("Settings", "Its password"))
        add = QPushButton(translate("Settings", "Add mailbox"))
        add.clicked.connect(self._on_add_mailbox)
        row = QHBoxLayout()
        for w in (self.imap_url, self.imap_password, add):
            row.addWidget(w)
        forms["Sources"].addRow(translate("Settings", "New mailbox"), row)
        from chair.ui.ownerseditor import OwnersEditor

        self.owners = OwnersEditor()
        self.owners.setEnabled(hooks is not None and runner is not None)
        owners = QPushButton(translate("Settings", "Import owners from CSV…"))
        owners.setObjectName("importOwners")
        owners.clicked.connect(self._on_import_owners)
        self.owners.buttons.addWidget(owners)
        self.owners.buttons.addStretch(1)
        forms["Escalations"].addRow(translate("Settings", "Owners directory"), self.owners)
        browse = QPushButton(translate("Settings", "Choose…"))
        browse.clicked.connect(self._on_browse_taxonomy)
        forms["Classification"].addRow("", browse)
        self.message = plain_label("")  # errors quote paths and addresses as given
        self.message.setObjectName("settingsMessage")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.reload_owners()

    def _on_add_mailbox(self) -> None:
        url = self.imap_url.text().strip()
        if not url:
            return
        field = self.fields["sources.imap"]
        assert isinstance(field, QPlainTextEdit)
        lines = [x for x in field.toPlainText().splitlines() if x.strip()]
        if url not in lines:
            field.setPlainText("\n".join([*lines, url]))
        if self.hooks is not None and self.imap_password.text():
            try:
                account = self.hooks.imap_account(url)
                self.hooks.save_password("imap", account, self.imap_password.text())
                self.message.setText(
                    arg(
                        translate("Settings", "The password of %1 is in the system keyring."),
                        account,
                    )
                )
            except Exception as exc:  # a bad URL or a keyring refusing: say so here
                self.message.setText(str(exc))
        self.imap_password.clear()

    def _on_import_owners(self) -> None:
        if self.hooks is None:
            return
        path, _ = QFileDialog.getOpenFileName(
            self,
            translate("Settings", "Owners (CSV: name, email, pillar, area)"),
            "",
            translate("Settings", "CSV files")
            + " (*.csv);;"
            + translate("Settings", "All files")
            + " (*)",
        )
        if path:
            try:
                n = self.hooks.import_owners(path)
                self.message.setText(translate("Settings", "%Ln owners imported.", None, n))
                self.reload_owners()
            except Exception as exc:
                self.message.setText(str(exc))

    def _on_browse_taxonomy(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, translate("Settings", "Taxonomy file"), "", "JSON (*.json)"
        )
        if path:
            field = self.fields["taxonomy.file"]
            assert isinstance(field, QLineEdit)
            field.setText(path)

    def reload_owners(self) -> None:
        if self.hooks is not None and self.runner is not None:
            self.runner.run(self.hooks.owners, on_done=self.owners.load,
                            on_error=self.message.setText)

    def _on_test_email_clicked(self) -> None:
        assert self.hooks is not None and self.runner is not None
        self.test_email.setEnabled(False)
        self.message.setText(translate("Settings", "Sending a test email…"))
        self.runner.run(self.hooks.send_test_email, self.values(), self.smtp_password.text(),
                        on_done=self._on_test_email_sent, on_error=self._on_test_email_failed)

    def _on_test_email_sent(self, address: str) -> None:
        self.test_email.setEnabled(True)
        self.message.setText(arg(translate("Settings", "Sent to %1: look for it in that "
                                           "inbox."), address))

    def _on_test_email_failed(self, message: str) -> None:
        self.test_email.setEnabled(True)
        self.message.setText(arg(translate("Settings", "The test email was not sent: %1"),
                                 message))

    def values(self) -> dict[str, Any]:
        return {o.name: _read(o, self.fields[o.name]) for o in SCHEMA}

    def accept(self) -> None:
        problems = self.owners.problems() if self.owners.changed else []
        for name, value in self.values().items():
            try:
                self.settings.set(name, value)
            except ValueError as exc:
                problems.append(str(exc))
        if problems:
            self.message.setText("; ".join(problems))
            return
        if self.smtp_password.text() and self.hooks is not None:
            user, host = self.settings.get("smtp.user"), self.settings.get("smtp.host")
            try:
                self.hooks.save_password("smtp", f"{user}@{host}", self.smtp_password.text())
            except Exception as exc:
                self.message.setText(str(exc))
                return
        if self.team_password.text() and self.hooks is not None:
            try:
                account = self.hooks.team_account(self.settings.get("store.team"))
                self.hooks.save_password("postgresql", account, self.team_password.text())
            except Exception as exc:
                self.message.setText(str(exc))
                return
        self.settings.save()
        if self.owners.changed and self.hooks is not None and self.runner is not None:
            self.runner.run(self.hooks.replace_owners, self.owners.owners())
        super().accept()

"""Settings from the schema, passwords to the keyring, shortcuts sheet, keys."""

from __future__ import annotations

import json
import os
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QApplication, QDialog, QLabel

from chair.config import secrets
from chair.config.settings import Settings
from chair.store import connect, owners
from tests.helpers import text_contrast


@pytest.fixture(autouse=True)
def _light_theme_again(qapp):  # type: ignore[no-untyped-def]
    """Tests here change the theme and the text size; the next tests start from the default."""
    yield
    from chair.ui import theme

    theme.apply(qapp, "light", 1.0)


def test_settings_are_saved_and_applied_and_passwords_go_to_the_keyring(qtbot, window) -> None:
    dialog = window.open_settings()
    fields = dialog.fields
    fields["ui.theme"].setCurrentIndex(fields["ui.theme"].findData("dark"))
    fields["escalation.response_days"].setValue(5)
    fields["smtp.host"].setText("127.0.0.1")
    fields["smtp.user"].setText(f"chair-{uuid.uuid4().hex[:6]}")
    fields["metrics.targets"].setPlainText("on_time=98.5%")
    password = f"smtp-{uuid.uuid4().hex}"
    dialog.smtp_password.setText(password)
    dialog.accept()
    saved = Settings()
    assert saved.get("ui.theme") == "dark" and saved.get("escalation.response_days") == 5
    assert saved.get("metrics.targets") == {"on_time": pytest.approx(0.985)}
    assert QApplication.instance().property("chairTheme") == "dark"
    account = f"{saved.get('smtp.user')}@127.0.0.1"
    try:
        assert secrets.get_password("smtp", account) == password
        text = Path(os.environ["CHAIR_CONFIG_DIR"], "settings.json").read_text()
        assert password not in text and json.loads(text)["smtp.host"] == "127.0.0.1"
    finally:
        secrets.delete_password("smtp", account)


def test_the_team_database_is_set_in_settings_with_its_password_in_the_keyring(
        qtbot, window, team_store) -> None:  # type: ignore[no-untyped-def]
    """Settings' "Team database" is what chair opens when it starts without --db; the
    password typed beside it goes to the keyring, never to the settings file."""
    from chair.app import _target
    from chair.store import pg

    url, password = team_store
    dialog = window.open_settings()
    dialog.show_group("Team database")
    dialog.fields["store.team"].setText(url)
    dialog.team_password.setText(password)
    dialog.accept()
    try:
        assert Settings().get("store.team") == url and _target(None) == url
        assert secrets.get_password("postgresql", pg.account_of(url)) == password
        text = Path(os.environ["CHAIR_CONFIG_DIR"], "settings.json").read_text()
        assert password not in text
        # An address that is not a team database is said, and nothing is kept.
        dialog = window.open_settings()
        dialog.fields["store.team"].setText("mysql://db.shop/chair")
        dialog.team_password.setText("secret")
        dialog.accept()
        assert "not a team database" in dialog.message.text()
        dialog.reject()
    finally:
        secrets.delete_password("postgresql", pg.account_of(url))
        settings = Settings()
        settings.set("store.team", "")
        settings.save()


def test_owners_directory_from_csv(window, demo_db: Path, tmp_path: Path) -> None:
    csv = tmp_path / "owners.csv"
    csv.write_text("name,email,pillar,area\nIga Nowicka,iga@example.com,delivery,Gdańsk\n"
                   "Pat Lee,pat@example.com,price,\n")
    assert window.access.import_owners(str(csv)) == 2
    owner = owners.owner_for(connect(demo_db), "delivery", "Gdańsk")
    assert owner is not None and owner.email == "iga@example.com"


def test_f1_lists_the_shortcuts_and_enter_opens_the_voice(qtbot, window) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F1)
    sheet = window.findChild(QDialog, "shortcutsSheet")
    assert sheet is not None and sheet.isVisible()
    assert "Escalate the selected voice" in sheet.findChildren(QLabel)[0].text()
    window.feed.setFocus()
    window.feed.setCurrentIndex(window.feed_model.index(1))
    qtbot.keyClick(window.feed, Qt.Key.Key_Return)
    assert window.detail.body.hasFocus()


def test_language_theme_and_text_size_apply_at_once(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from chair.ui import i18n, theme

    app = QApplication.instance()
    size_before = app.font().pointSizeF()
    dialog = window.open_settings()
    fields = dialog.fields
    fields["ui.theme"].setCurrentIndex(fields["ui.theme"].findData("dark"))
    fields["ui.font_scale"].setValue(125)  # per cent
    fields["ui.language"].setCurrentIndex(fields["ui.language"].findData("pl"))
    try:
        with qtbot.waitSignal(window.replaced, timeout=10_000) as built:
            dialog.accept()
        new = built.args[0]
        qtbot.waitExposed(new)
        assert new.settings_button.text() == "Ustawienia" and new.isVisible()
        assert not window.isVisible()
        assert app.property("chairTheme") == "dark"
        assert app.font().pointSizeF() == pytest.approx(size_before * 1.25, rel=0.05)
        qtbot.waitUntil(lambda: new.feed_model.rowCount() > 0, timeout=10_000)
        new.close()
        assert new.runner.wait_idle(10_000)
    finally:
        i18n.install(app, "en")
        theme.apply(app, "light", 1.0)


@pytest.mark.parametrize("theme_name", ["dark", "light", "contrast"])
def test_a_new_theme_and_text_size_leave_tiles_and_banner_legible(qtbot, window, theme_name: str) -> None:  # type: ignore[no-untyped-def]
    """Chosen in Settings, applied at once: every tile's title, number and sentences and the
    disagreement banner stand out from their background (WCAG 4.5:1, measured in a grab), and
    the headline number stays the biggest text at a bigger text size."""
    from PySide6.QtWidgets import QApplication

    from chair.ui import theme

    app = QApplication.instance()
    dialog = window.open_settings()
    fields = dialog.fields
    fields["ui.theme"].setCurrentIndex(fields["ui.theme"].findData(theme_name))
    fields["ui.font_scale"].setValue(150)  # per cent
    try:
        with qtbot.waitSignal(window.replaced, timeout=10_000) as built:
            dialog.accept()
        new = built.args[0]
        qtbot.waitExposed(new)
        tiles = new.pillars.tiles
        qtbot.waitUntil(lambda: all(t.summary is not None and t.chart is not None
                                    for t in tiles.values()), timeout=10_000)
        # the demo's Łódź disagreement (read on a worker of its own)
        qtbot.waitUntil(lambda: tiles["delivery"].badge.isVisible(), timeout=10_000)
        for tile in tiles.values():
            for label in (tile.title, tile.value, tile.detail, tile.people, tile.badge):
                if label.isVisible():
                    ratio = text_contrast(label)
                    assert ratio >= 4.5, f"{tile.pillar} {label.objectName()}: {ratio:.2f}"
            assert QFontInfo(tile.value.font()).pointSizeF() > \
                QFontInfo(tile.people.font()).pointSizeF()
        new.close()
        assert new.runner.wait_idle(10_000)
    finally:
        theme.apply(app, "light", 1.0)


def test_a_test_email_goes_through_the_server_typed_in_before_saving(qtbot, window,  # type: ignore[no-untyped-def]
                                                                     smtp_server) -> None:
    dialog = window.open_settings("Escalations")
    fields = dialog.fields
    fields["smtp.host"].setText(smtp_server.host)
    fields["smtp.port"].setValue(smtp_server.port)
    fields["smtp.user"].setText(smtp_server.user)
    fields["smtp.security"].setCurrentIndex(fields["smtp.security"].findData("none"))
    fields["smtp.from"].setText("leader@shop.example")
    dialog.smtp_password.setText(smtp_server.password)
    qtbot.mouseClick(dialog.test_email, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Sent to leader@shop.example" in dialog.message.text(), timeout=10_000)
    ((_sender, recipients, _content),) = smtp_server.received
    assert recipients == ["leader@shop.example"]
    dialog.smtp_password.setText("wrong")
    qtbot.mouseClick(dialog.test_email, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "not sent" in dialog.message.text(), timeout=10_000)
    dialog.reject()


def test_text_size_in_per_cent_and_the_meeting_screen_from_a_list(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    dialog = window.open_settings()
    size, screen = dialog.fields["ui.font_scale"], dialog.fields["meeting.screen"]
    assert size.suffix().strip() == "%" and size.value() == 100
    names = [screen.itemData(i) for i in range(screen.count())]
    assert names[0] == "" and {"screen-1080p", "projector", "laptop"} <= set(names)
    size.setValue(110)
    screen.setCurrentIndex(screen.findData("projector"))
    assert dialog.values()["ui.font_scale"] == 1.1
    assert dialog.values()["meeting.screen"] == "projector"
    hints = [label.text() for label in dialog.findChildren(QLabel, "settingHint")]
    assert "SMTP port." not in hints and not any("empty follows" in h for h in hints)
    dialog.reject()


def test_the_owners_directory_is_edited_in_settings(qtbot, window, demo_db: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = window.open_settings("Escalations")
    editor = dialog.owners
    qtbot.waitUntil(lambda: editor.table.rowCount() > 0, timeout=5000)  # the demo's owners
    before = editor.table.rowCount()
    row = editor.add_row()
    for col, text in enumerate(("delivery", "Gdańsk", "Iga Nowicka", "iga")):
        editor.table.item(row, col).setText(text)
    dialog.accept()  # refused: the address is not one
    assert dialog.isVisible() and "email address" in dialog.message.text()
    editor.table.item(row, 3).setText("iga@example.com")
    editor.table.removeRow(0)  # and one owner leaves
    dialog.accept()
    assert not dialog.isVisible(), dialog.message.text()
    db = connect(demo_db)
    qtbot.waitUntil(lambda: len(owners.all_owners(db)) == before, timeout=5000)
    owner = owners.owner_for(db, "delivery", "Gdańsk")
    assert owner is not None and (owner.name, owner.email) == ("Iga Nowicka", "iga@example.com")

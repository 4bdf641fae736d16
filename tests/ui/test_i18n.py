"""The interface in English, Polish, French and Vietnamese: complete catalogues, plurals and
numbers as each language writes them, nothing left in English, nothing clipped at 1280x720."""

from __future__ import annotations

import ast
import html
import re
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QTabBar,
    QWidget,
)

from chair.app import build_main_window
from chair.ui import format as fmt
from chair.ui import i18n, wording
from tests.helpers import assert_unclipped

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import translations  # noqa: E402

PLACEHOLDER = re.compile(r"%L?n|%\d")
TRANSLATED = ("pl", "fr", "vi")


@pytest.fixture
def language(qapp):  # type: ignore[no-untyped-def]
    """Switch the interface's language for one test; English again afterwards."""
    yield lambda code: i18n.install(qapp, code)
    i18n.install(qapp, "en")


# -- the catalogues ---------------------------------------------------------------------

def test_catalogues_hold_every_message_of_the_code_translated() -> None:
    messages = translations.extract()
    assert len(messages) > 300
    for code in (*TRANSLATED, "en"):
        ts = translations.FOLDER / f"chair_{code}.ts"
        held = translations.read(ts)
        assert set(held) == set(translations.wanted_for(code, messages)), \
            f"{ts.name} is out of step: run scripts/translations.py"
        untranslated = [key for key, m in held.items() if not translations.is_done(m)]
        assert not untranslated, f"{ts.name}: {untranslated[:5]}"


@pytest.mark.parametrize("code", TRANSLATED)
def test_translations_keep_every_placeholder(code: str) -> None:
    for (context, source), m in translations.read(translations.FOLDER / f"chair_{code}.ts").items():
        wanted = set(PLACEHOLDER.findall(source))
        translation = m.find("translation")
        assert translation is not None
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        for form in forms:
            have = set(PLACEHOLDER.findall(form))
            # A plural form may say "one" in words instead of the number itself.
            assert wanted - {"%n", "%Ln"} <= have and have <= wanted, (context, source, form)


UI_CALLS = {
    "setText", "setPlaceholderText", "setToolTip", "setWindowTitle", "setAccessibleName",
    "setAccessibleDescription", "addAction", "addItem", "addTab", "addRow", "showMessage",
    "QLabel", "QPushButton", "QCheckBox", "addButton", "setSuffix", "show_status", "report",
}
ALLOWED = {"chair", "TLS", "STARTTLS", "JSON (*.json)", "Markdown (*.md)", "PDF (*.pdf)",
           "imaps://customers@mail.example.com/INBOX"}
KEYED = {"report"}  # (key, message): the key is not shown


def _words(node: ast.expr) -> str:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value for v in node.values
                       if isinstance(v, ast.Constant) and isinstance(v.value, str))
    return ""


def test_no_text_reaches_the_screen_without_translation() -> None:
    """A literal handed straight to a widget would show in English whatever the language."""
    found = []
    for path in sorted((ROOT / "chair" / "ui").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", ""))
            if name not in UI_CALLS:
                continue
            for arg in node.args[1:2] if name in KEYED else node.args[:2]:
                text = re.sub(r"<[^>]+>|&\w+;", " ", _words(arg))
                if re.search(r"[A-Za-z]{2,}", text) and text.strip() not in ALLOWED:
                    found.append(f"{path.name}:{node.lineno}: {text.strip()!r}")
    assert not found, "\n".join(found)


# -- plurals, numbers and dates -----------------------------------------------------------

def test_polish_counts_people_in_three_forms(language) -> None:  # type: ignore[no-untyped-def]
    language("pl")
    said = {n: wording.people("on_time", n) for n in (1, 3, 5, 22, 112, 12840)}
    assert said[1] == "1 osoba dostała spóźnioną paczkę"
    assert said[3] == "3 osoby dostały spóźnioną paczkę"
    assert said[5] == "5 osób dostało spóźnioną paczkę"
    assert said[22] == "22 osoby dostały spóźnioną paczkę"
    assert said[112] == "112 osób dostało spóźnioną paczkę"  # 12-14 take the third form
    assert said[12840] == "12\u00a0840 osób dostało spóźnioną paczkę"


def test_french_and_english_count_one_and_many(language) -> None:  # type: ignore[no-untyped-def]
    language("fr")
    assert wording.people("on_time", 1) == "1 client a reçu son colis en retard"
    assert wording.people("on_time", 840) == "840 clients ont reçu leur colis en retard"
    assert fmt.percent(0.993) == "99,3\u202f%"
    language("en")
    assert wording.people("on_time", 1) == "1 customer got a late package"
    assert wording.people_sentence("on_time", 12840, 360, "Łódź") == (
        "12,840 customers got a late package in Łódź in the last 7 days "
        "(360 more than the target allows)")
    assert fmt.percent(0.993) == "99.3%"


def test_dates_follow_the_language_in_one_style(language) -> None:  # type: ignore[no-untyped-def]
    """One way of writing a date everywhere (no '11/23/26' beside 'Mon 23 Nov 2026'), in the
    language's words."""
    ts = QDateTime(QDate(2026, 11, 23), QTime(12, 0)).toSecsSinceEpoch()
    expected = {"en": "23 Nov 2026", "pl": "23 lis 2026", "fr": "23 nov. 2026",
                "vi": "23 thg 11 2026"}
    for code, written in expected.items():
        language(code)
        assert fmt.date(ts) == written, code
        assert written in fmt.date_time(ts), code  # the same words, with the weekday and time
    language("pl")
    assert fmt.day(ts).endswith("23 lis")  # "pon. 23 lis"
    language("vi")
    assert fmt.age(ts - 3 * 86400, now=ts) == "3 ngày"


def test_the_system_language_is_followed_and_the_setting_wins(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QLocale

    assert i18n.language_for("", QLocale("pl_PL")) == "pl"
    assert i18n.language_for("", QLocale("fr_CA")) == "fr"
    assert i18n.language_for("", QLocale("de_DE")) == "en"
    assert i18n.language_for("vi", QLocale("pl_PL")) == "vi"


# -- the windows in each language -----------------------------------------------------------

def _english_phrases(code: str) -> tuple[set[str], set[str]]:
    """(whole texts, phrases) of the English catalogue that `code` says differently: a
    widget showing one of them has not been translated."""
    whole, phrases = set(), set()
    for (_context, source), m in translations.read(
            translations.FOLDER / f"chair_{code}.ts").items():
        translation = m.find("translation")
        if translation is None or m.get("numerus") == "yes":
            continue
        if (translation.text or "").strip() == source.strip():
            continue  # "Status", "Agenda", "OK": the same word in both
        plain = re.sub(r"<[^>]+>", " ", source)
        for part in PLACEHOLDER.split(plain):
            part = part.strip(" .,:;·—()…")
            if not re.search(r"[A-Za-z]", part):
                continue
            if len(part.split()) >= 2:
                phrases.add(part)
            else:
                whole.add(part)
    return whole, phrases


def _visible_texts(root: QWidget, skip: tuple[QWidget, ...] = ()) -> list[tuple[str, str]]:
    """(where, text) of every string a person can read on `root` now."""
    out: list[tuple[str, str]] = []

    def add(widget: QWidget, text: str) -> None:
        text = html.unescape(re.sub(r"<[^>]+>", " ", text or ""))
        if text.strip():
            out.append((f"{type(widget).__name__} {widget.objectName()}", " ".join(text.split())))

    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisible() or any(w is s or s.isAncestorOf(w) for s in skip):
            continue
        if isinstance(w, QLabel):
            add(w, w.text())
        elif isinstance(w, QAbstractButton):
            add(w, w.text())
            for action in (w.menu().actions() if hasattr(w, "menu") and w.menu() else []):
                add(w, action.text())
        elif isinstance(w, QLineEdit):
            add(w, w.placeholderText())
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                add(w, w.itemText(i))
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                add(w, w.tabText(i))
        add(w, w.toolTip())
        add(w, w.accessibleName())
        add(w, w.windowTitle() if w.isWindow() else "")
    return out


def _untranslated(texts: list[tuple[str, str]], code: str) -> list[str]:
    whole, phrases = _english_phrases(code)
    bad = []
    for where, text in texts:
        if text.strip(" .:…") in whole or any(p in text for p in phrases):
            bad.append(f"{where}: {text!r}")
    return bad


@pytest.fixture
def window_in(qtbot, demo_db: Path, tmp_path: Path, language):  # type: ignore[no-untyped-def]
    """The main window built in a language, at 1280x720, with its data shown."""
    made = []

    def build(code: str):  # type: ignore[no-untyped-def]
        language(code)
        win = build_main_window(demo_db, state_path=tmp_path / f"{code}.ini")
        qtbot.addWidget(win)
        win.resize(1280, 720)
        win.show()
        qtbot.waitExposed(win)
        qtbot.waitUntil(lambda: win.escalations.model_.rowCount() > 0
                        and win.pillars.tiles["delivery"].summary is not None,
                        timeout=10_000)
        made.append(win)
        return win

    yield build
    for win in made:
        if win.meeting_view is not None and win.stack.currentWidget() is win.meeting_view:
            win.leave_meeting()
        win.close()
        assert win.runner.wait_idle(10_000)


@pytest.mark.parametrize("code", TRANSLATED)
def test_the_main_window_speaks_the_language_and_fits_720p(qtbot, window_in, code: str) -> None:  # type: ignore[no-untyped-def]
    win = window_in(code)
    win.feed.setCurrentIndex(win.feed_model.index(0))
    qtbot.waitUntil(lambda: win.detail.voice is not None, timeout=5000)
    # The voice's own words and names are data, not interface.
    # The voice and the latest decision are data, in the language they were written in.
    texts = _visible_texts(win, skip=(win.detail.body, win.detail.header, win.decisions))
    assert len(texts) > 40
    assert not _untranslated(texts, code)
    assert_unclipped(qtbot, win)
    parts = {name: getattr(win, name).minimumSizeHint().width() for name in (
        "pillars", "filters", "main_split", "right_split", "detail", "esc_title")}
    wide = {w.objectName(): w.minimumSizeHint().width() for w in win.findChildren(QWidget)
            if w.isVisible() and w.minimumSizeHint().width() > 300}
    assert win.minimumSizeHint().width() <= 1280, (parts, wide)
    assert win.minimumSizeHint().height() <= 720


@pytest.mark.parametrize("code", TRANSLATED)
def test_the_meeting_view_speaks_the_language_and_fits_720p(qtbot, window_in, code: str) -> None:  # type: ignore[no-untyped-def]
    win = window_in(code)
    win.enter_meeting(title="Test", screen="projector")
    view = win.meeting_view
    qtbot.waitUntil(lambda: view.rotation.current is not None, timeout=5000)
    qtbot.waitUntil(lambda: view.height() <= 720, timeout=5000)
    texts = _visible_texts(view, skip=(view.quote,))
    assert not _untranslated(texts, code)
    assert_unclipped(qtbot, view)


def test_english_is_whole_too(qtbot, window_in) -> None:  # type: ignore[no-untyped-def]
    win = window_in("en")
    assert_unclipped(qtbot, win)
    assert "escalations" in win.esc_title.text()


def test_settings_offer_each_language_by_its_own_name(qtbot, window_in) -> None:  # type: ignore[no-untyped-def]
    win = window_in("pl")
    dialog = win.open_settings()
    combo = dialog.fields["ui.language"]
    assert isinstance(combo, QComboBox)
    names = [combo.itemText(i) for i in range(combo.count())]
    assert names == ["Jak w systemie", "English", "Polski", "Français", "Tiếng Việt"]
    assert dialog.windowTitle() == "Ustawienia"
    dialog.reject()
    assert QApplication.instance() is not None


# -- the documents ------------------------------------------------------------------------

def test_an_exported_coe_speaks_the_language(language, demo_db: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import subprocess

    from chair.store import connect
    from chair.store import escalations as esc
    from chair.ui.export import export_coe

    db = connect(demo_db)
    (eid,) = db.execute("SELECT escalation_id FROM coe LIMIT 1").fetchone()
    language("pl")
    pdf = tmp_path / "coe.pdf"
    export_coe(esc.detail(db, eid), "pdf", pdf)
    text = " ".join(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True,
                                   text=True, check=True).stdout.split())
    for heading in ("Słowa klienta", "Co się stało", "Przyczyna źródłowa",
                    "Działania naprawcze", "Historia", f"ANALIZA BŁĘDU · ESKALACJA NR {eid}"):
        assert heading in text, heading
    assert "Root cause" not in text and "History" not in text


def test_the_command_line_exports_in_the_settings_language(demo_db: Path, tmp_path: Path) -> None:
    """`chair export` has no window, and still writes the document in the user's language."""
    import json
    import os
    import subprocess

    from chair.store import connect

    (eid,) = connect(demo_db).execute("SELECT escalation_id FROM coe LIMIT 1").fetchone()
    config = Path(os.environ["CHAIR_CONFIG_DIR"])
    (config / "settings.json").write_text(json.dumps({"ui.language": "vi"}), encoding="utf-8")
    out = tmp_path / "coe.md"
    done = subprocess.run([sys.executable, "-m", "chair", "--db", str(demo_db), "export", "coe",
                           str(eid), "-o", str(out)], capture_output=True, text=True,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    markdown = out.read_text(encoding="utf-8")
    assert "## Nguyên nhân gốc" in markdown and "## Lời của khách hàng" in markdown
    assert f"# Báo cáo khắc phục lỗi — chuyển cấp số {eid}" in markdown

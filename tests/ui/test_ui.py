"""The first window, driven as a user drives it (pytest-qt, offscreen)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QWidget

from chair.app import build_main_window
from chair.domain.errors import ChairError
from chair.domain.model import Voice, VoiceFilter
from chair.store import connect
from chair.store import voices as store
from chair.ui.banner import ProblemBanner
from chair.ui.feedmodel import VoiceFeedModel, VoiceRole
from tests.helpers import shown_window

OBJECT_NAMES = ("feed", "feedSearch", "pillars", "escalations", "voiceDetail", "redactToggle")


def test_main_widgets_carry_their_object_names(window) -> None:
    for name in OBJECT_NAMES:
        assert window.findChild(QWidget, name) is not None, name


def test_feed_shows_real_voices_newest_first(window) -> None:
    model = window.feed_model
    assert model.rowCount() > 0
    times = [model.index(r).data(VoiceRole).received_at for r in range(model.rowCount())]
    assert times == sorted(times, reverse=True)


def test_panels_fill_in_from_the_background(qtbot, window) -> None:
    qtbot.waitUntil(lambda: window.escalations.model().rowCount() > 0, timeout=5000)
    qtbot.waitUntil(lambda: "%" in window.pillars.tiles["delivery"].value.text(), timeout=5000)
    assert "customers" in window.pillars.tiles["delivery"].people.text()


def test_typing_in_search_filters_the_feed(qtbot, window) -> None:
    search = window.findChild(QLineEdit, "feedSearch")
    qtbot.keyClicks(search, "lodz")
    qtbot.waitUntil(lambda: window.feed_model.voice_filter.query == "lodz", timeout=3000)
    model = window.feed_model
    assert model.rowCount() > 0
    for row in range(model.rowCount()):
        voice = model.index(row).data(VoiceRole)
        haystack = f"{voice.subject} {voice.author} {voice.text}".lower()
        assert any(s in haystack for s in ("łódź", "lodz", "łodzi", "lodzi")), haystack
    assert "matching" in window.count_label.text()


def test_personal_data_is_hidden_from_the_start_and_r_shows_the_voice_verbatim(
    qtbot, window, demo_db: Path
) -> None:
    """A new user's window is safe to share: names and numbers hidden, the toggle saying so
    and the badge beside it; R shows the customer's words as written, and says that too."""
    assert window.redact_toggle.isChecked()
    assert window.redact_toggle.text() == "Personal data hidden" and window.share_safe.isVisible()
    model = window.feed_model
    row = next(r for r in range(model.rowCount()) if "+48" in model.voice_at(r).text
               or "@" in model.voice_at(r).text or "#" in model.voice_at(r).text)
    window.feed.setCurrentIndex(model.index(row))
    original = store.get(connect(demo_db), model.voice_at(row).id)
    hidden = window.detail.body.toPlainText()
    assert original.author not in hidden and "[" in hidden and hidden != original.text
    assert original.author not in model.index(row).data(VoiceRole).text
    qtbot.keyClick(window.feed, Qt.Key.Key_R)
    assert window.redact_toggle.text() == "Personal data shown"
    assert not window.share_safe.isVisible()
    assert window.detail.body.toPlainText() == original.text


def test_with_the_setting_off_the_window_starts_with_personal_data_shown(
    qtbot, demo_db: Path, tmp_path: Path
) -> None:
    from chair.config.settings import Settings

    settings = Settings()
    settings.set("ui.redact", False)
    settings.save()
    with shown_window(qtbot, demo_db, tmp_path / "w.ini", filled=True) as win:
        assert not win.redact_toggle.isChecked() and not win.share_safe.isVisible()
        assert win.redact_toggle.text() == "Personal data shown"


def test_a_long_voice_is_shown_whole_though_the_feed_holds_a_preview(
    qtbot, window, demo_db: Path
) -> None:
    model = window.feed_model
    newest = model.voice_at(0).received_at
    text = "The parcel never came. " * 120 + "THE LAST SENTENCE."
    other = connect(demo_db)
    store.add_voices(other, [Voice("live", "long-1", newest + 60, text)])
    with qtbot.waitSignal(window.voices_arrived, timeout=5000):
        pass
    assert model.voice_at(0).source_key == "long-1"
    assert len(model.voice_at(0).text) < len(text)
    window.feed.setCurrentIndex(model.index(0))
    assert window.detail.body.toPlainText() == text


def test_j_and_k_move_through_the_feed(qtbot, window) -> None:
    window.feed.setFocus()
    start = max(window.feed.currentIndex().row(), 0)
    qtbot.keyClick(window.feed, Qt.Key.Key_J)
    qtbot.keyClick(window.feed, Qt.Key.Key_J)
    assert window.feed.currentIndex().row() == start + 2
    qtbot.keyClick(window.feed, Qt.Key.Key_K)
    assert window.feed.currentIndex().row() == start + 1


def test_a_voice_written_elsewhere_arrives_live_and_keeps_the_selection(
    qtbot, window, demo_db: Path
) -> None:
    model = window.feed_model
    window.feed.setCurrentIndex(model.index(3))
    selected = model.voice_at(3).id
    newest = model.voice_at(0).received_at
    other = connect(demo_db)
    store.add_voices(other, [Voice("live", "live-1", newest + 60, "Just arrived: parcel lost")])
    with qtbot.waitSignal(window.voices_arrived, timeout=5000):
        pass
    assert model.voice_at(0).source_key == "live-1"
    assert window.feed.currentIndex().data(VoiceRole).id == selected


def test_restart_restores_the_layout(qtbot, demo_db: Path, tmp_path: Path) -> None:
    state = tmp_path / "window.ini"
    first = build_main_window(demo_db, state_path=state)
    qtbot.addWidget(first)
    first.resize(1300, 820)
    first.show()
    qtbot.waitExposed(first)
    first.main_split.setSizes([300, 900])
    sizes = first.main_split.sizes()
    first.close()
    first.runner.wait_idle()
    second = build_main_window(demo_db, state_path=state)
    qtbot.addWidget(second)
    second.show()
    qtbot.waitExposed(second)
    assert second.size().width() == 1300 and second.size().height() == 820
    assert second.main_split.sizes() == sizes
    second.close()
    second.runner.wait_idle()


def test_an_empty_database_offers_the_demo_and_loads_it(qtbot, empty_window) -> None:  # type: ignore[no-untyped-def]
    win = empty_window
    assert win.empty_banner.isVisible()
    qtbot.mouseClick(win.demo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.feed_model.rowCount() > 0, timeout=20_000)
    assert not win.empty_banner.isVisible()


def test_feed_model_passes_qtmodeltester(qtmodeltester, demo_db: Path) -> None:
    db = connect(demo_db)
    model = VoiceFeedModel(lambda flt, after, limit: store.page(db, flt, after, limit),
                           page_size=50)
    model.fetchMore()
    qtmodeltester.check(model, force_py=True)
    # The tester stays connected: live inserts and a reset are checked as they happen.
    model.add_live([Voice("t", "t-1", 2_000_000_000, "newest", id=10**6)])
    assert model.voice_at(0).source_key == "t-1"
    model.set_filter(VoiceFilter(query="lodz"))
    assert model.rowCount() > 0


def test_escalations_model_passes_qtmodeltester(qtmodeltester, window, qtbot) -> None:
    qtbot.waitUntil(lambda: window.escalations.model().rowCount() > 0, timeout=5000)
    qtmodeltester.check(window.escalations.model(), force_py=True)


def test_filters_combine_with_search_and_show_the_count(qtbot, window) -> None:
    qtbot.waitUntil(lambda: window.filters.area.count() > 5, timeout=5000)
    pillar = window.filters.pillar
    pillar.setCurrentIndex(pillar.findData("delivery"))
    area = window.filters.area
    area.setCurrentIndex(area.findData("Łódź"))
    qtbot.waitUntil(lambda: window.feed_model.voice_filter.areas == ("Łódź",), timeout=5000)
    model = window.feed_model
    voices = [model.index(r).data(VoiceRole) for r in range(model.rowCount())]
    assert voices and all(v.pillar == "delivery" and v.area == "Łódź" for v in voices)
    assert "matching" in window.count_label.text()
    qtbot.keyClicks(window.search, "paczka")
    qtbot.waitUntil(lambda: window.feed_model.voice_filter.query == "paczka", timeout=5000)
    narrowed = [model.index(r).data(VoiceRole) for r in range(model.rowCount())]
    assert narrowed and len(narrowed) < len(voices)
    assert all(v.area == "Łódź" and "paczk" in v.text.lower() + v.subject.lower() for v in narrowed)
    qtbot.keyClick(window.feed, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.feed_model.voice_filter.is_empty, timeout=5000)
    assert window.filters.is_clear


def test_new_voices_while_reading_further_down_show_a_pill(qtbot, window, demo_db: Path) -> None:
    window.feed.scrollToBottom()
    qtbot.waitUntil(lambda: window.feed.verticalScrollBar().value() > 0, timeout=3000)
    newest = window.feed_model.voice_at(0).received_at
    store.add_voices(connect(demo_db), [Voice("live", f"live-{i}", newest + 60 + i, f"new {i}")
                                        for i in range(3)])
    with qtbot.waitSignal(window.voices_arrived, timeout=5000):
        pass
    assert window.new_pill.isVisible() and "3 new voices" in window.new_pill.text()
    qtbot.mouseClick(window.new_pill, Qt.MouseButton.LeftButton)
    assert window.feed.verticalScrollBar().value() == 0
    assert not window.new_pill.isVisible()


def test_correcting_a_voice_is_kept_in_the_store(qtbot, window, demo_db: Path) -> None:
    model = window.feed_model
    window.feed.setCurrentIndex(model.index(0))
    voice = model.voice_at(0)
    target = "price" if voice.pillar != "price" else "selection"
    box = window.detail.pillar_box
    box.setCurrentIndex(box.findData(target))
    box.activated.emit(box.currentIndex())
    assert model.voice_at(0).pillar == target
    assert "corrected" in window.detail.classification.text()
    qtbot.waitUntil(lambda: (store.get(connect(demo_db), voice.id) or voice).pillar == target,
                    timeout=5000)
    assert store.get(connect(demo_db), voice.id).flags & Voice.PILLAR_MANUAL


def test_quoted_history_is_shown_apart_but_kept(qtbot, window) -> None:
    from chair.ui.detail import verbatim_document

    text = "Still no parcel.\n\nOn Mon, 4 Mar 2024, Shop wrote:\n> We are sorry"
    voice = Voice("x", "q", 1, text, meta={"quote_at": text.index("On Mon")})
    doc = verbatim_document(voice, window.palette().color(window.palette().ColorRole.PlaceholderText))
    assert doc.toPlainText() == text
    window.detail.show_voice(voice)
    assert window.detail.body.toPlainText() == text


def test_charts_load_after_the_first_paint_and_the_disagreement_is_called_out(qtbot, window) -> None:
    qtbot.waitUntil(lambda: window.pillars.tiles["delivery"].chart is not None, timeout=10_000)
    tile = window.pillars.tiles["delivery"]
    qtbot.waitUntil(lambda: tile.badge.isVisible(), timeout=5000)
    assert "Łódź" in tile.badge.text() and "expected" in tile.badge.text()
    assert not window.pillars.tiles["price"].badge.isVisible()
    tile.badge.linkActivated.emit("Łódź")
    qtbot.waitUntil(lambda: window.feed_model.voice_filter.areas == ("Łódź",), timeout=5000)
    assert window.feed_model.voice_filter.pillars == ("delivery",)


def test_a_failing_mail_account_updates_one_banner_and_good_news_takes_it_down(
    qtbot, db_path: Path, tmp_path: Path
) -> None:
    import socket

    from chair.config.settings import Settings

    with socket.socket() as s:  # a port on 127.0.0.1 where nothing listens
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    url = f"imap://alice@127.0.0.1:{port}/INBOX"
    settings = Settings()
    settings.set("sources.imap", [url])
    settings.save()
    with shown_window(qtbot, db_path, tmp_path / "w.ini") as win:
        qtbot.waitUntil(lambda: win.banner.isVisible(), timeout=10_000)
        assert url in win.banner.label.text()
        # The watcher retries (1 s, then 2 s): the same line counts, no second banner.
        qtbot.waitUntil(lambda: "2 times since" in win.banner.label.text(), timeout=10_000)
        assert len(win.findChildren(ProblemBanner)) == 1
        win.show_source_status(url, "watching (IDLE)")
        assert not win.banner.isVisible()
        assert "watching" in win.status.currentMessage()


def test_a_new_problem_replaces_the_old_and_a_dismissed_one_stays_quiet(window) -> None:
    window.show_source_problem("imap://a@127.0.0.1/INBOX", "Login refused")
    window.show_source_problem("/srv/drop/x.csv", "Not a voice export")
    assert window.banner.isVisible()
    assert "x.csv: Not a voice export" in window.banner.label.text()
    assert "Login refused" not in window.banner.label.text()
    window.banner.dismiss.click()
    assert not window.banner.isVisible()
    window.show_source_problem("/srv/drop/x.csv", "Not a voice export")
    assert not window.banner.isVisible()
    window.show_source_problem("imap://a@127.0.0.1/INBOX", "Login refused")
    assert window.banner.isVisible()


def test_live_updates_that_fail_say_so_once_and_recover(qtbot, window, demo_db: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    def disk_error(_last: int, _flt: VoiceFilter) -> list[Voice]:
        raise ChairError("disk I/O error")

    monkeypatch.setattr(window.access, "added_since", disk_error)
    newest = window.feed_model.voice_at(0).received_at
    store.add_voices(connect(demo_db), [Voice("live", "live-err", newest + 60, "Arrived")])
    qtbot.waitUntil(lambda: "disk I/O error" in window.banner.label.text(), timeout=5000)
    assert "Live updates paused" in window.banner.label.text()
    monkeypatch.undo()  # the disk answers again: retried within a second or so, not at the
    with qtbot.waitSignal(window.voices_arrived, timeout=3000):  # next idle poll (5 s)
        pass
    assert not window.banner.isVisible()
    assert window.feed_model.voice_at(0).source_key == "live-err"


def test_a_search_that_cannot_run_says_so_in_the_feed(qtbot, window,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    def locked(*_args: object) -> list[Voice]:
        raise ChairError("The database is busy")

    monkeypatch.setattr(window.access, "fetch_page", locked)
    qtbot.keyClicks(window.search, "parcel")
    qtbot.waitUntil(lambda: window.feed_problem.isVisible(), timeout=5000)
    assert "The search could not run: The database is busy" in window.feed_problem.text()
    assert not window.banner.isVisible()  # the feed's trouble stays in the feed


def _tab_stops(window: QWidget) -> list[QWidget]:
    return [w for w in window.findChildren(QWidget)
            if w.isVisible() and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
            and w.focusProxy() is None and w.window() is window]


def test_every_control_is_reached_by_tab_and_has_an_accessible_name(qtbot, window) -> None:
    from PySide6.QtGui import QAccessible
    from PySide6.QtWidgets import QApplication

    qtbot.waitUntil(lambda: window.pillars.tiles["delivery"].areas.text() != "", timeout=5000)
    window.feed.setCurrentIndex(window.feed_model.index(0))  # the voice's controls show
    stops = _tab_stops(window)
    assert window.feed in stops and window.pillars.tiles["price"].areas in stops
    for widget in stops:
        iface = QAccessible.queryAccessibleInterface(widget)
        name = widget.accessibleName() or (iface.text(QAccessible.Text.Name) if iface else "")
        assert name.strip(), f"{type(widget).__name__} {widget.objectName()} has no name"
    window.activateWindow()
    window.search.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.search, timeout=3000)
    visited: list[QWidget] = []
    for _ in range(200):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        if focused is window.search:
            break
        if focused not in visited:
            visited.append(focused)
    missing = [f"{type(w).__name__} {w.objectName()}" for w in stops
               if w not in visited and w is not window.search]
    assert not missing
    # As the eye reads: the header first, the feed before the voice, the escalations last.
    assert visited.index(window.redact_toggle) < visited.index(window.feed)
    assert visited.index(window.feed) < visited.index(window.detail.body)
    assert visited.index(window.detail.body) < visited.index(window.escalations)


@pytest.mark.parametrize("size", [(1280, 720), (3840, 2160)])
def test_the_layout_holds_from_720p_to_4k(qtbot, window, size: tuple[int, int]) -> None:
    """1280x720 logical pixels is also a 2560x1440 screen at 200% scaling."""
    window.resize(*size)
    qtbot.waitUntil(lambda: window.width() == size[0] and window.height() == size[1],
                    timeout=3000)
    for button in (window.redact_toggle, window.import_button, window.settings_button,
                   window.help_button):
        assert button.width() >= button.sizeHint().width(), button.objectName()
        assert button.geometry().right() <= window.width()
    row_height = window.feed.visualRect(window.feed_model.index(0)).height()
    assert window.feed.viewport().height() >= 4 * row_height
    assert window.detail.body.height() >= 80
    assert window.escalations.viewport().height() >= 60
    for tile in window.pillars.tiles.values():
        assert tile.value.width() >= tile.value.sizeHint().width()


def test_first_start_offers_demo_import_and_mailbox(qtbot, empty_window) -> None:  # type: ignore[no-untyped-def]
    win = empty_window
    assert win.empty_banner.isVisible()
    for button in (win.demo_button, win.first_import_button, win.mailbox_button):
        assert button.isVisible() and button.isEnabled()
    qtbot.mouseClick(win.mailbox_button, Qt.MouseButton.LeftButton)
    dialog = win.settings_dialog
    assert dialog.isVisible() and dialog.tabs.tabText(dialog.tabs.currentIndex()) == "Sources"
    dialog.reject()
    # No escalations yet: the list says how one is made.
    qtbot.waitUntil(lambda: win.esc_empty.isVisible(), timeout=5000)
    assert "press ?" in win.esc_empty.text()


def test_the_demo_comes_out_in_one_step_and_own_voices_stay(
    qtbot, demo_db: Path, tmp_path: Path
) -> None:
    db = connect(demo_db)
    store.add_voices(db, [Voice(source="mine.csv", source_key="mine-1", received_at=1_700_000_000,
                                text="My own customer's words", pillar="price")])
    win = build_main_window(demo_db, state_path=tmp_path / "w.ini")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    assert [a.text() for a in win.help_menu.actions() if a.text()][:2] == [
        "Keyboard shortcuts\tF1", "About chair"]
    with qtbot.waitSignal(win.demo_removed, timeout=20_000) as removed:
        win.remove_demo(confirmed=True)
    assert removed.args[0] >= 2000
    assert store.count(connect(demo_db)) == 1
    qtbot.waitUntil(lambda: win.feed_model.rowCount() == 1, timeout=5000)
    assert win.feed_model.voice_at(0).text == "My own customer's words"
    win.close()
    assert win.runner.wait_idle(10_000)


def test_about_says_the_version_and_where_data_lives(qtbot, window, demo_db: Path) -> None:
    from chair import __version__
    from chair.config.paths import data_dir

    dialog = window.show_about()
    text = dialog.findChild(QLabel).text()
    assert __version__ in text and str(demo_db) in text and str(data_dir()) in text
    dialog.accept()


def test_a_long_voice_is_redacted_off_the_gui_thread(qtbot, window, demo_db: Path) -> None:
    """With personal data hidden, a voice far longer than a screen is shown by its redacted
    preview at once and whole, redacted, when a worker has read it through."""
    model = window.feed_model
    newest = model.voice_at(0).received_at
    text = "Call Anna Nowak on +48 601 234 567. " + "The parcel never came. " * 2000 + "END."
    other = connect(demo_db)
    store.add_voices(other, [Voice("live", "long-2", newest + 60, text, author="Anna Nowak")])
    with qtbot.waitSignal(window.voices_arrived, timeout=5000):
        pass
    assert window.redact_toggle.isChecked()  # as a new user has it
    window.feed.setCurrentIndex(model.index(0))
    first = window.detail.body.toPlainText()
    assert "Nowak" not in first and "601 234 567" not in first and not first.endswith("END.")
    qtbot.waitUntil(lambda: window.detail.body.toPlainText().endswith("END."), timeout=10_000)
    whole = window.detail.body.toPlainText()
    assert "Nowak" not in whole and "601 234 567" not in whole and "[phone]" in whole


def test_a_voice_without_a_date_says_so_and_comes_after_the_dated_ones(
    qtbot, demo_db: Path, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    from chair.ingest.run import run_import

    csv = tmp_path / "mixed.csv"
    csv.write_text("id,date,text\n1,,zebra crossing parcel never came\n"
                   "2,2024-03-01,zebra print dress arrived torn\n"
                   "3,not a date,zebra mug is cheaper elsewhere\n", encoding="utf-8")
    run_import([str(csv)], connect(demo_db))
    with shown_window(qtbot, demo_db, tmp_path / "w.ini") as win:
        win.search.setText("zebra")
        model = win.feed_model
        qtbot.waitUntil(lambda: model.rowCount() == 3, timeout=10_000)
        rows = [model.index(r).data(Qt.ItemDataRole.AccessibleTextRole) for r in range(3)]
        assert "dress" in rows[0] and "date unknown" not in rows[0]
        assert all("date unknown" in row for row in rows[1:])
        win.feed.setCurrentIndex(model.index(2))
        qtbot.waitUntil(lambda: "date unknown" in win.detail.header.text(), timeout=5000)


def test_typing_a_word_never_flashes_an_empty_list(qtbot, window,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """On the way to 'delivery', 'd' and 'de' (matched as whole words, so nothing) are not
    searched while the typing goes on: the list is never emptied by them."""
    asked: list[str] = []
    fetch = window.access.fetch_page

    def recorded(flt: VoiceFilter, *args: object) -> list[Voice]:
        asked.append(flt.query)
        return fetch(flt, *args)

    monkeypatch.setattr(window.access, "fetch_page", recorded)
    app = QApplication.instance()
    for letter in "deliv":
        qtbot.keyClicks(window.search, letter)
        app.processEvents()  # what happens between two keys
    qtbot.waitUntil(lambda: window.feed_model.voice_filter.query == "deliv", timeout=5000)
    assert "d" not in asked and "de" not in asked, asked
    assert window.feed_model.rowCount() > 0 and "0 matching" not in window.count_label.text()


def test_a_voice_is_removed_from_the_window_for_good(qtbot, window, demo_db: Path) -> None:
    model = window.feed_model
    window.feed.setCurrentIndex(model.index(0))
    gone = model.voice_at(0)
    assert any(a.shortcut().matches(QKeySequence(QKeySequence.StandardKey.Delete))
               for a in window.feed.actions())  # Delete, or right-click on the voice
    window.feeding.remove_current(confirmed=True)  # the question is answered Yes
    qtbot.waitUntil(lambda: model.voice_at(0) is not None and model.voice_at(0).id != gone.id,
                    timeout=5000)
    assert store.get(connect(demo_db), gone.id) is None
    assert window.status.currentMessage() == "Voice removed."


def test_a_write_elsewhere_is_shown_at_once_though_an_idle_window_looks_every_5_s(
    qtbot, window, demo_db: Path
) -> None:
    assert window.live.idle_wake_ms >= 5000
    newest = window.feed_model.voice_at(0).received_at
    with qtbot.waitSignal(window.voices_arrived, timeout=2000):  # the database's files tell
        store.add_voices(connect(demo_db), [Voice("other", "elsewhere-1", newest + 60,
                                                  "Written by another process")])
    assert window.feed_model.voice_at(0).source_key == "elsewhere-1"


def test_the_feed_holds_keys_not_texts_and_reads_back_what_it_let_go(qtbot, demo_db: Path) -> None:
    """Scrolled from top to bottom, the model holds at most its window of voices; a row let go
    shows the same voice when the view comes back to it."""
    from chair.services.workspace import Workspace
    from chair.ui.feedmodel import VoiceFeedModel

    workspace = Workspace.open(demo_db)
    try:
        model = VoiceFeedModel(workspace.fetch_page, page_size=50, cache_rows=200)
        model.set_filter(VoiceFilter())
        first = [model.voice_at(r) for r in range(50)]
        while model.canFetchMore():
            model.fetchMore()
            assert model.held() <= 200
        # One row a customer-written text: copies of one text are one row.
        db = connect(demo_db)
        assert model.rowCount() == store.count(db) - store.copies(db) > 1000
        assert model.held() <= 200
        again = [model.voice_at(r) for r in range(50)]  # let go long ago, read again by key
        assert [v.id for v in again] == [v.id for v in first]  # type: ignore[union-attr]
        assert [v.text for v in again] == [v.text for v in first]  # type: ignore[union-attr]
        assert model.row_of(first[10].id) == 10  # type: ignore[union-attr]
    finally:
        workspace.close()

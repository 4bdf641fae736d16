"""Meeting mode driven as a facilitator drives it (pytest-qt, offscreen)."""

from __future__ import annotations

import datetime as dt
import subprocess
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QTextEdit, QWidget

from chair.app import build_main_window
from chair.domain.model import Voice
from chair.store import connect
from chair.store import escalations as esc
from chair.store import meetings as meeting_store
from chair.store import owners as owner_store
from chair.store import voices as voice_store
from chair.ui.meeting import parse_agenda
from tests.helpers import shown_window

# Planted in a recent voice: none of it may reach the meeting screen or its minutes.
PII = ("Zuzanna Przybylska", "zuzanna.przybylska@poczta.example", "+48 601 234 567",
       "ul. Piotrkowska 104", "4111 1111 1111 1111")


@pytest.fixture
def planted(demo_db: Path) -> int:
    db = connect(demo_db)
    voice_store.add_voices(db, [Voice(
        source="mail", source_key="<pii@poczta.example>", received_at=int(time.time()) - 3600,
        channel="email", language="pl", author=PII[0], subject="Paczka nie dotarła",
        pillar="delivery", area="Łódź",
        text=(f"Dzień dobry, paczka nie dotarła na adres {PII[3]}, Łódź. Proszę o kontakt: "
              f"{PII[1]} lub {PII[2]}. Zapłaciłam kartą {PII[4]}. Pozdrawiam, {PII[0]}"),
    )])
    (vid,) = db.execute("SELECT id FROM voices WHERE source_key = '<pii@poczta.example>'"
                        ).fetchone()
    return int(vid)


@pytest.fixture
def window(qtbot, demo_db: Path, planted: int, tmp_path: Path):  # type: ignore[no-untyped-def]
    with shown_window(qtbot, demo_db, tmp_path / "window.ini", (1300, 850), filled=True) as win:
        yield win


def _enter(qtbot, window, **kw):  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.meeting_entered, timeout=5000):
        window.enter_meeting(**kw)
    view = window.meeting_view
    qtbot.waitUntil(lambda: view.pool_complete and view.meeting_id is not None, timeout=10_000)
    view.rotate_timer.stop()  # the test turns the pages
    return view


def _leave(qtbot, window):  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.meeting_left, timeout=20_000) as left:
        qtbot.keyClick(window.meeting_view, Qt.Key.Key_Escape)
    return left.args[0]


def _settle(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Background reads reported and the layouts they changed laid out again."""
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    qtbot.waitUntil(lambda: not window.runner.busy, timeout=10_000)
    QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)


def _texts(root: QWidget) -> str:
    """Every text a widget tree shows or announces."""
    parts = []
    for w in [root, *root.findChildren(QWidget)]:
        if isinstance(w, QLabel | QAbstractButton | QLineEdit):
            parts.append(w.text())
        if isinstance(w, QLineEdit):
            parts.append(w.placeholderText())
        if isinstance(w, QTextEdit):
            parts.append(w.toPlainText())
        parts += [w.toolTip(), w.accessibleName(), w.windowTitle()]
    return "\n".join(parts)


def _layout(window) -> tuple[object, ...]:  # type: ignore[no-untyped-def]
    return (window.geometry(), window.windowState(), window.main_split.sizes(),
            window.right_split.sizes(), window.status.isVisible())


def _settled_layout(qtbot, window) -> tuple[object, ...]:  # type: ignore[no-untyped-def]
    """The window's layout once nothing more moves it. Word-wrapped labels that filled in
    late (a disagreement badge, a tile's metric line) count in their layout's height only
    after a resize: give the window one until two in a row leave the layout as it was."""
    size, sizes = window.size(), window.main_split.sizes()
    last = None
    for _ in range(10):
        _settle(qtbot, window)
        window.resize(size.width(), size.height() + 1)
        window.resize(size)
        window.main_split.setSizes(sizes)
        _settle(qtbot, window)
        now = _layout(window)
        if now == last:
            return now
        last = now
    raise AssertionError("the window's layout never settled")


def test_entering_and_leaving_restores_the_window_exactly(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    # The panels filled in first, so that their heights are settled before and after.
    tile = window.pillars.tiles["delivery"]
    qtbot.waitUntil(lambda: tile.overdue.isVisible() and tile.badge.isVisible()
                    and tile.chart is not None and "%" in tile.value.text(), timeout=10_000)
    window.main_split.setSizes([700, 500])
    before = _settled_layout(qtbot, window)
    view = _enter(qtbot, window)
    assert window.isFullScreen() and window.stack.currentWidget() is view
    assert view.isVisible() and not window.feed.isVisible()
    _leave(qtbot, window)
    _settle(qtbot, window)
    after = _layout(window)
    assert after == before
    assert window.stack.currentWidget() is window.everyday
    # The everyday keys work again (they were the view's while presenting).
    qtbot.keyClick(window.feed, Qt.Key.Key_Slash)
    assert window.search.hasFocus()


def test_f11_enters_and_the_presenter_keys_work(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.feed.setFocus()
    with qtbot.waitSignal(window.meeting_entered, timeout=5000):
        qtbot.keyClick(window.feed, Qt.Key.Key_F11)
    view = window.meeting_view
    qtbot.waitUntil(lambda: view.rotation.current is not None, timeout=10_000)
    first = view.rotation.current
    assert view.rotate_timer.isActive()
    qtbot.keyClick(view, Qt.Key.Key_P)
    assert not view.rotate_timer.isActive() and "paused" in view.rotation_label.text()
    qtbot.keyClick(view, Qt.Key.Key_Space)
    second = view.rotation.current
    assert second is not first and " ".join(second.text.split())[:30] in view.quote.text()
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert view.rotation.current is first
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.rotation.current is second
    qtbot.keyClick(view, Qt.Key.Key_3)
    assert view.rotation.focus == "delivery" and view.tiles["delivery"].property("focused") == "yes"
    assert view.rotation.current.pillar == "delivery"  # the screen moves to the pillar at once
    qtbot.keyClick(view, Qt.Key.Key_1)
    assert view.rotation.focus == "price" and view.tiles["delivery"].property("focused") == "no"
    qtbot.keyClick(view, Qt.Key.Key_0)
    assert view.rotation.focus is None
    # The window's own keys are off while presenting: R is the view's, J moves nothing.
    row = window.feed.currentIndex().row()
    qtbot.keyClick(view, Qt.Key.Key_J)
    assert window.feed.currentIndex().row() == row
    _leave(qtbot, window)


def test_agenda_items_advance_and_focus_their_pillar(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    view = _enter(qtbot, window, agenda=parse_agenda("Delivery · 10 · delivery\nPrice · 5 · price"))
    assert view.agenda_label.text().startswith("1/2  Delivery")
    assert view.rotation.focus == "delivery"
    qtbot.keyClick(view, Qt.Key.Key_N)
    assert view.agenda_label.text().startswith("2/2  Price") and view.rotation.focus == "price"
    _leave(qtbot, window)


def test_a_decision_is_recorded_with_the_voice_on_screen(qtbot, window, demo_db: Path) -> None:  # type: ignore[no-untyped-def]
    view = _enter(qtbot, window, title="Delivery review", attendees="Dana, Marek")
    on_screen = view.rotation.current
    qtbot.keyClick(view, Qt.Key.Key_D)
    assert view.bar.isVisible() and "What would the customer say?" in view.prompt.text()
    qtbot.keyClicks(view.entry, "Measure on-time by customer receipt")
    # Who follows it up and by when: Tab to them; a week from today unless changed.
    bar = view.bar
    assert bar.follow_up.date().toPython() == dt.date.today() + dt.timedelta(days=7)
    qtbot.waitUntil(lambda: bar.owner.completer() is not None, timeout=5000)
    qtbot.keyClick(view.entry, Qt.Key.Key_Tab)
    assert bar.owner.hasFocus()
    qtbot.keyClicks(bar.owner, "Dana Whitfield")
    qtbot.keyClick(bar.owner, Qt.Key.Key_Tab)
    assert bar.follow_up.hasFocus()
    bar.follow_up.setDate(bar.follow_up.date().addDays(3))
    with qtbot.waitSignal(view.decision_recorded, timeout=5000):
        qtbot.keyClick(bar.follow_up, Qt.Key.Key_Return)  # Enter in the date records it too
    assert not view.bar.isVisible()
    qtbot.waitUntil(lambda: "Dana Whitfield" in view.status.text(), timeout=5000)
    minutes = _leave(qtbot, window)
    (decision,) = minutes.of_kind("decision")
    assert decision.text == "Measure on-time by customer receipt"
    assert decision.voice_id == on_screen.id
    assert decision.owner == "Dana Whitfield" and decision.follow_up is not None
    assert dt.date.fromtimestamp(decision.follow_up) == dt.date.today() + dt.timedelta(days=10)
    assert minutes.title == "Delivery review" and minutes.ended_at
    stored = meeting_store.minutes(connect(demo_db), minutes.id)
    assert stored is not None and stored.of_kind("decision")[0].voice_id == on_screen.id


def test_question_mark_escalates_the_voice_on_screen_without_leaving(
    qtbot, window, demo_db: Path  # type: ignore[no-untyped-def]
) -> None:
    view = _enter(qtbot, window)
    while view.rotation.current.escalation_id is not None or not view.rotation.current.area:
        qtbot.keyClick(view, Qt.Key.Key_Space)
    voice = view.rotation.current
    owner = owner_store.owner_for(connect(demo_db), str(voice.pillar), voice.area)
    qtbot.keyClick(view, Qt.Key.Key_Question)
    qtbot.waitUntil(lambda: owner.name in view.entry.text(), timeout=5000)
    with qtbot.waitSignal(view.escalated, timeout=5000) as made:
        qtbot.keyClick(view.entry, Qt.Key.Key_Return)
    assert window.in_meeting and window.stack.currentWidget() is view
    said = view.status.text()
    assert "recorded" in said and "not emailed" in said and "sent to" not in said
    escalation = esc.get(connect(demo_db), made.args[0])
    assert escalation.voice_id == voice.id and escalation.owner_name == owner.name  # type: ignore[union-attr]
    minutes = _leave(qtbot, window)
    assert [e.escalation_id for e in minutes.of_kind("escalation")] == [made.args[0]]


def test_planted_personal_data_never_reaches_the_meeting_view_or_its_minutes(
    qtbot, window, planted: int, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    view = _enter(qtbot, window, title="Review")
    assert "Safe to share" in view.safe.text()
    # Enforced in the data layer: the view holds no original text at all.
    pool = view.rotation.voices
    assert planted in {v.id for v in pool}
    for v in pool:
        for secret in PII:
            assert secret not in f"{v.author} {v.subject} {v.text}"
    # Walk until the planted voice is on screen, reading every widget at each step.
    for _ in range(len(pool) + 1):
        texts = _texts(view)
        for secret in PII:
            assert secret not in texts, secret
        if view.rotation.current.id == planted:
            break
        qtbot.keyClick(view, Qt.Key.Key_Space)
    assert view.rotation.current.id == planted
    assert "[name]" in view.quote.text() and "Łódź" in view.quote_meta.text()
    # One R only asks; the data stays hidden.
    qtbot.keyClick(view, Qt.Key.Key_R)
    assert view.redacted and "Press R again" in view.status.text()
    for secret in PII:
        assert secret not in _texts(view)
    # A decision on this voice, then the minutes: redacted as the meeting was.
    qtbot.keyClick(view, Qt.Key.Key_D)
    qtbot.keyClicks(view.entry, "Call the customer back today")
    with qtbot.waitSignal(view.decision_recorded, timeout=5000):
        qtbot.keyClick(view.entry, Qt.Key.Key_Return)
    for secret in PII:
        assert secret not in _texts(view)
    minutes = _leave(qtbot, window)
    markdown = window.last_minutes.with_suffix(".md").read_text(encoding="utf-8")
    pdf = subprocess.run(["pdftotext", str(window.last_minutes.with_suffix(".pdf")), "-"],
                         capture_output=True, text=True, check=True).stdout
    assert minutes.redacted
    for secret in PII:
        assert secret not in markdown and secret not in pdf.replace("\n", " ")
    assert "Call the customer back today" in markdown


def test_turning_redaction_off_asks_and_then_warns(qtbot, window, planted: int) -> None:  # type: ignore[no-untyped-def]
    view = _enter(qtbot, window)
    qtbot.keyClick(view, Qt.Key.Key_R)
    assert view.redacted
    with qtbot.waitSignal(view.pool_loaded, timeout=5000):
        qtbot.keyClick(view, Qt.Key.Key_R)
    assert not view.redacted and "PERSONAL DATA VISIBLE" in view.safe.text()
    assert any(PII[0] in v.text for v in view.rotation.voices)
    with qtbot.waitSignal(view.pool_loaded, timeout=5000):
        qtbot.keyClick(view, Qt.Key.Key_R)  # back on at once, no question asked
    assert view.redacted and "Safe to share" in view.safe.text()
    _leave(qtbot, window)


def test_minutes_have_every_section(qtbot, window, demo_db: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    view = _enter(qtbot, window, title="Weekly business review", attendees="Dana, Marek")
    qtbot.keyClick(view, Qt.Key.Key_Space)
    qtbot.keyClick(view, Qt.Key.Key_D)
    qtbot.keyClicks(view.entry, "Price-match the top sellers")
    with qtbot.waitSignal(view.decision_recorded, timeout=5000):
        qtbot.keyClick(view.entry, Qt.Key.Key_Return)
    minutes = _leave(qtbot, window)
    headings = ["Decisions", "Voices shown", "escalations raised", "Overdue actions reviewed",
                "Pillar snapshot"]
    markdown = window.last_minutes.with_suffix(".md").read_text(encoding="utf-8")
    for heading in headings:
        assert heading in markdown, heading
    assert "Weekly business review" in markdown and "Dana, Marek" in markdown
    assert len(minutes.of_kind("voice_shown")) >= 2
    assert "customers" in markdown.split("## Pillar snapshot")[1]
    assert "#" in markdown.split("## Overdue actions reviewed")[1]  # the demo has overdue work
    # The command line writes the same minutes.
    from chair.cli import main as cli

    out = tmp_path / "minutes.pdf"
    assert cli(["--db", str(demo_db), "export", "minutes", str(minutes.id), "--format", "pdf",
                "-o", str(out)]) == 0
    text = " ".join(subprocess.run(["pdftotext", str(out), "-"], capture_output=True,
                                   text=True, check=True).stdout.split())
    for heading in headings:
        assert heading in text, heading
    assert "Price-match the top sellers" in text


def test_meeting_mode_opens_on_the_chosen_screen_and_remembers_it(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from chair.config.settings import Settings

    assert window.screen().name() == "screen-1080p"
    view = _enter(qtbot, window, screen="projector")
    qtbot.waitUntil(lambda: window.screen().name() == "projector", timeout=5000)
    assert window.geometry() == window.screen().geometry()  # all of the projector
    assert view.property("compact") is True  # 720p: the smaller type
    assert Settings().get("meeting.screen") == "projector"
    _leave(qtbot, window)
    assert window.screen().name() == "screen-1080p"
    view = _enter(qtbot, window)  # F11 next time: the remembered screen
    qtbot.waitUntil(lambda: window.screen().name() == "projector", timeout=5000)
    _leave(qtbot, window)


def test_open_windows_step_aside_for_the_meeting_and_come_back(qtbot, window, demo_db: Path) -> None:  # type: ignore[no-untyped-def]
    (eid,) = connect(demo_db).execute("SELECT id FROM escalations LIMIT 1").fetchone()
    dialog = window.open_escalation(eid)
    qtbot.waitUntil(lambda: dialog.detail is not None, timeout=5000)
    _enter(qtbot, window)
    assert not dialog.isVisible()  # its customer's words stay off the shared screen
    _leave(qtbot, window)
    assert dialog.isVisible()


def test_a_voice_arriving_during_the_meeting_joins_the_rotation(qtbot, window, demo_db: Path) -> None:  # type: ignore[no-untyped-def]
    view = _enter(qtbot, window)
    voice_store.add_voices(connect(demo_db), [Voice(
        source="mail", source_key="<live@klient.pl>", received_at=int(time.time()),
        text="Kurier znowu nie przyjechał, trzeci raz w tym tygodniu.", pillar="delivery",
        area="Łódź", language="pl")])
    qtbot.waitUntil(lambda: any("trzeci raz" in v.text for v in view.rotation.voices),
                    timeout=10_000)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    shown = len(view.rotation.history)
    qtbot.keyClick(view, Qt.Key.Key_Left)
    qtbot.keyClick(view, Qt.Key.Key_Right)  # stepping back and forth is not a new voice shown
    assert len(view.rotation.history) == shown
    minutes = _leave(qtbot, window)
    assert len(minutes.of_kind("voice_shown")) == shown


def test_the_shared_screen_shows_the_customers_new_words_only(qtbot, demo_db: Path, tmp_path: Path  # type: ignore[no-untyped-def]
                                                               ) -> None:
    """Quoted history and the signature are dropped whole (when in doubt, hide), and a voice
    of any size costs the meeting no more than its first words: one with a 200,000-character
    token and a long quoted thread still comes up, cut and redacted."""
    db = connect(demo_db)
    thread = "> " + "\n> ".join(f"Earlier message {i}, Marta Kowalczyk, +48 600 100 {i:03d}"
                                for i in range(3000))
    text = ("The parcel came crushed again. " + "x" * 200_000 + "\n\n-- \nMarta Kowalczyk\n"
            "Kierownik Zakupów\n\n" + thread)
    signature_at = text.index("-- \n")
    voice_store.add_voices(db, [Voice(
        source="mail", source_key="<long@example>", received_at=int(time.time()) - 60,
        channel="email", author="Marta Kowalczyk", subject="Crushed", pillar="delivery",
        text=text, meta={"signature_at": signature_at, "quote_at": text.index("> ")},
    )])
    win = build_main_window(demo_db, state_path=tmp_path / "window.ini")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    view = _enter(qtbot, win, title="Review")
    (shown,) = [v for v in view.rotation.voices if v.subject == "Crushed"]
    assert view.quote.text()  # a voice is on the screen
    assert shown.text.startswith("The parcel came crushed again.")
    assert len(shown.text) <= 2_100 and shown.meta == {}
    assert "Kierownik" not in shown.text and "Earlier message" not in shown.text
    assert "Marta" not in f"{shown.author} {shown.text}"
    _leave(qtbot, win)
    win.close()
    assert win.runner.wait_idle(20_000)


def test_the_room_reads_french_whole_and_the_tiles_say_below_or_on_target(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    view = _enter(qtbot, window)
    view._show_voice(Voice("t", "fr", 1, "Bonjour, où est le camion ? Toujours rien !",
                           language="fr"))
    quote = view.quote.text()
    assert "camion\u00a0?" in quote and "rien\u00a0!" in quote  # "?" never alone on a line
    tiles = view.tiles
    qtbot.waitUntil(lambda: "target" in tiles["price"].target.text(), timeout=5000)
    assert tiles["price"].target.text().startswith("below target")  # 93.0% against 95.0%
    assert tiles["delivery"].target.text().startswith("on target")  # 97.6% against 97.5%
    assert "100%" not in tiles["price"].target.text()
    _leave(qtbot, window)


def test_at_720p_the_decision_bar_leaves_the_banner_and_the_owners_whole(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    view = _enter(qtbot, window, screen="projector")  # 1280x720
    qtbot.waitUntil(lambda: window.screen().name() == "projector", timeout=5000)
    callout = view.tiles["delivery"].callout
    qtbot.waitUntil(lambda: callout.isVisible() and "owners" in view.side.esc_summary.text()
                    and all(t.chart is not None for t in view.tiles.values()), timeout=10_000)
    qtbot.keyClick(view, Qt.Key.Key_D)
    assert view.bar.isVisible()

    def whole(label) -> bool:  # type: ignore[no-untyped-def]
        """All its lines laid out, and none of them below the edge of the box it is in."""
        inside = label.parentWidget().contentsRect().contains(label.geometry())
        return inside and label.height() >= label.heightForWidth(label.width())

    tile = view.tiles["delivery"]
    qtbot.waitUntil(lambda: view.bar.geometry().top() > tile.geometry().bottom()
                    and view.bar.geometry().bottom() <= view.height(), timeout=5000)  # laid out
    qtbot.waitUntil(lambda: whole(callout) and whole(view.side.esc_summary), timeout=5000)
    # What makes the room for the bar: the tiles' trends and sentences step aside meanwhile.
    assert not tile.people.isVisible() and not tile.chart.isVisible()
    qtbot.keyClick(view.entry, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: view.tiles["delivery"].people.isVisible(), timeout=5000)
    _leave(qtbot, window)


def test_a_decision_past_its_follow_up_date_comes_back_in_the_next_meeting(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    view = _enter(qtbot, window)
    # The demo's last review decided three things: one is due, one done, one later.
    shown = view.side.follow_ups
    qtbot.waitUntil(lambda: shown.isVisible(), timeout=5000)
    assert "TO FOLLOW UP" in shown.text() and "Dana Whitfield" in shown.text()
    assert "apartment complexes" in shown.text()
    assert "Marek" not in shown.text() and "Hélène" not in shown.text()
    # Each tile says how many complained this week, and where most of them are.
    tile = view.tiles["delivery"]
    qtbot.waitUntil(lambda: "most from Łódź" in tile.complaints.text(), timeout=5000)
    assert tile.complaints.isVisible() == (not view.property("compact"))
    _leave(qtbot, window)

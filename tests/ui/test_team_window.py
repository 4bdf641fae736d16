"""The window on a team store: what another laptop writes appears within two seconds, told
by the server rather than found by polling."""

from __future__ import annotations

from pathlib import Path

from chair.config import secrets
from chair.domain.model import Voice
from chair.ingest.demo import create_demo
from chair.store import escalations as escalation_store
from chair.store import pg
from chair.store import voices as voice_store
from tests.helpers import shown_window

APPEARS_WITHIN_MS = 2000


def test_a_voice_and_an_escalation_from_another_laptop_appear_within_two_seconds(
    qtbot, team_store, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    url, password = team_store
    other = pg.connect(url, password)  # another laptop, already signed in
    create_demo(other, voices=300)
    secrets.set_password("postgresql", pg.account_of(url), password)
    try:
        with shown_window(qtbot, url, tmp_path / "w.ini", filled=True) as win:
            assert win.live.idle_wake_ms >= 5000  # told, not polled
            qtbot.waitUntil(lambda: "300" in win.count_label.text(), timeout=5000)
            before = escalation_store.count_open(other)
            with qtbot.waitSignal(win.voices_arrived, timeout=APPEARS_WITHIN_MS):
                voice_store.add_voices(other, [Voice(
                    source="support mailbox", source_key="team-1", received_at=2_000_000_000,
                    text="Trzeci raz kurier nie przyjechał do Łodzi")])
            assert win.feed_model.voice_at(0).source_key == "team-1"  # type: ignore[union-attr]
            (vid,) = other.execute("SELECT id FROM voices WHERE source_key = 'team-1'"
                                   ).fetchone()
            escalation_store.escalate(other, [vid], owner_name="Ana Kowalska",
                                      due_at=2_000_600_000, subject="Łódź again")
            qtbot.waitUntil(lambda: win.escalations.model().rowCount() == before + 1,
                            timeout=APPEARS_WITHIN_MS)
    finally:
        secrets.delete_password("postgresql", pg.account_of(url))
        other.close()


def test_a_server_that_goes_away_is_said_quietly_and_a_coe_typed_meanwhile_is_kept(
    qtbot, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    """The team store's server stops as a crash stops it while a COE is being written: the
    window says "Offline — reconnecting", a save fails with a line and keeps the text;
    once the server is back the banner goes and the same save goes through."""
    from chair.store import coe as coe_store
    from tests.pgserver import PostgresServer, server_binaries

    binaries = server_binaries()
    assert binaries is not None, "PostgreSQL is not installed (.ci/run installs it)"
    server = PostgresServer(binaries)
    url = server.url(server.new_database())
    account = pg.account_of(url)
    try:
        seed = pg.connect(url, server.password)
        create_demo(seed, voices=200)
        eid = escalation_store.open_escalations(seed)[0].id
        seed.close()
        secrets.set_password("postgresql", account, server.password)
        with shown_window(qtbot, url, tmp_path / "w.ini", filled=True) as win:
            qtbot.waitUntil(lambda: win.access.online, timeout=10_000)  # listening
            editor_window = win.open_escalation(eid)
            assert editor_window is not None
            qtbot.waitUntil(lambda: editor_window.editor.escalation_id == eid, timeout=5000)
            server.pause()
            qtbot.waitUntil(lambda: win.banner.isVisible() and "Offline" in
                            win.banner.label.text(), timeout=10_000)
            typed = "The carrier's depot in Łódź lost power for two days."
            editor_window.editor.fields["what_happened"].setPlainText(typed)
            with qtbot.waitSignal(editor_window.problem_shown, timeout=20_000) as problem:
                editor_window.save()
            # Said as the worker met it: a connection cut, or none to be had.
            assert any(words in problem.args[0] for words in ("stopped answering",
                                                               "Cannot reach"))
            assert editor_window.editor.fields["what_happened"].toPlainText() == typed
            server.resume()
            qtbot.waitUntil(lambda: not win.banner.isVisible(), timeout=40_000)
            problems: list[str] = []
            saved: list[bool] = []
            editor_window.problem_shown.connect(problems.append)
            editor_window.changed.connect(lambda: saved.append(True))
            editor_window.save()
            qtbot.waitUntil(lambda: bool(saved or problems), timeout=20_000)
            assert problems == [] and saved
        check = pg.connect(url, server.password)
        assert coe_store.load(check, eid).what_happened == typed  # type: ignore[union-attr]
        check.close()
    finally:
        secrets.delete_password("postgresql", account)
        server.stop()

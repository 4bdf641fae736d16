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

"""Two people, two processes, one team store: what one does appears in the other's window
within two seconds, and each window offers what the person's role allows."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from chair.config import secrets
from chair.domain.model import EscalationStatus
from chair.store import pg
from tests.helpers import shown_window
from tests.teamcrew import Crew, email_of, make_crew

APPEARS_WITHIN_MS = 2000
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def crew(team_store: tuple[str, str]) -> Iterator[Crew]:
    crew = make_crew(*team_store)
    yield crew
    crew.admin.close()


def _other(crew: Crew, name: str, *args: str) -> str:
    """`name` does something on their own laptop (a process of their own); returns the id
    it printed once it committed."""
    done = subprocess.run([sys.executable, "-m", "tests.team_actor", crew.url_of(name),
                           f"{name}-secret", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout.split()[-1]


@pytest.fixture
def signed_in(crew: Crew) -> Iterator[Crew]:
    names = ("lea", "olga", "vic")
    accounts = [pg.account_of(crew.url_of(name)) for name in names]
    for account, name in zip(accounts, names, strict=True):
        secrets.set_password("postgresql", account, f"{name}-secret")
    yield crew
    for account in accounts:
        secrets.delete_password("postgresql", account)


def _status_of(win, escalation_id: int) -> EscalationStatus | None:  # type: ignore[no-untyped-def]
    model = win.escalations.model_
    row = model.row_of(escalation_id)
    return None if row is None else model._items[row].status


def test_the_leader_sees_the_owners_coe_come_in_and_sends_it_back(
        qtbot, signed_in: Crew, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    crew = signed_in
    with shown_window(qtbot, crew.url_of("lea"), tmp_path / "lea.ini", filled=True) as win:
        qtbot.waitUntil(lambda: win.mine_button.isVisible(), timeout=5000)
        assert not win.mine_button.isChecked()  # a leader sees every open "?"
        qtbot.waitUntil(lambda: _status_of(win, crew.first) is EscalationStatus.OPEN,
                        timeout=5000)
        _other(crew, "olga", "submit", str(crew.first))
        qtbot.waitUntil(lambda: _status_of(win, crew.first) is EscalationStatus.COE_SUBMITTED,
                        timeout=APPEARS_WITHIN_MS)
        window = win.open_escalation(crew.first)
        qtbot.waitUntil(lambda: EscalationStatus.CLOSED in window.move_buttons, timeout=5000)
        back = window.move_buttons[EscalationStatus.INVESTIGATING]
        assert back.text() == "Send back…"
        assert window.forward_button.isVisible()
        window.send_back("The supporting data needs the refund figures")
        qtbot.waitUntil(lambda: _status_of(win, crew.first) is EscalationStatus.INVESTIGATING,
                        timeout=5000)
        qtbot.waitUntil(lambda: "refund figures" in window.history.toPlainText(), timeout=5000)


def test_the_owner_sees_a_voice_a_question_and_a_decision_arrive_and_answers_in_chair(
        qtbot, signed_in: Crew, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    crew = signed_in
    with shown_window(qtbot, crew.url_of("olga"), tmp_path / "olga.ini", filled=True) as win:
        # An owner's list is "My ?" from the start: hers only, oldest first.
        qtbot.waitUntil(lambda: win.mine_button.isChecked() and "My ?" in
                        win.esc_title.text(), timeout=5000)
        qtbot.waitUntil(lambda: win.escalations.model_.rowCount() == 1, timeout=5000)

        with qtbot.waitSignal(win.voices_arrived, timeout=10_000):
            _other(crew, "lea", "voice", "team-7", "The printer ink doubled in price overnight")
        assert win.feed_model.voice_at(0).source_key == "team-7"  # type: ignore[union-attr]
        win.feed.setCurrentIndex(win.feed_model.index(0))
        win.escalate_selected()  # "?" is the leader's: said, and no sheet opens
        assert "Only a leader" in win.status.currentMessage() and win.escalate_sheet is None
        eid = int(_other(crew, "lea", "escalate", "team-7", "Olga", email_of("olga")))
        qtbot.waitUntil(lambda: win.escalations.model_.row_of(eid) == 1,
                        timeout=APPEARS_WITHIN_MS)  # the older one stays first
        _other(crew, "fay", "decide", "Refund every ink order of May")
        qtbot.waitUntil(lambda: "Refund every ink order" in win.decisions.text(),
                        timeout=APPEARS_WITHIN_MS)

        window = win.open_escalation(eid)
        qtbot.waitUntil(lambda: window.detail is not None and bool(window.move_buttons),
                        timeout=5000)
        assert "doubled in price" in window.words.toPlainText()
        assert not window.forward_button.isVisible()  # the leader emails the "?"
        assert window.forward_on_button.isVisible()
        window.move_to(EscalationStatus.ANSWERED)
        qtbot.waitUntil(lambda: EscalationStatus.COE_SUBMITTED in window.move_buttons,
                        timeout=5000)
        assert EscalationStatus.CLOSED not in window.move_buttons
        window.forward_on("Otto", email_of("otto"), "Pricing rules are yours")
        qtbot.waitUntil(lambda: "Otto" in window.history.toPlainText(), timeout=5000)
        # Handed on, it leaves her "My ?" but stays readable to her.
        qtbot.waitUntil(lambda: win.escalations.model_.row_of(eid) is None, timeout=5000)
    otto = crew.as_("otto")
    try:
        from chair.store import escalations as escalation_store

        assert eid in [e.id for e in escalation_store.assigned_to(otto)]
    finally:
        otto.close()


def test_a_viewers_window_shows_every_voice_redacted_and_offers_no_import(
        qtbot, signed_in: Crew, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    crew = signed_in
    with shown_window(qtbot, crew.url_of("vic"), tmp_path / "vic.ini", filled=True) as win:
        qtbot.waitUntil(lambda: win.escalations.model_.rowCount() == 2, timeout=5000)
        qtbot.waitUntil(lambda: not win.import_button.isEnabled(), timeout=5000)
        assert not win.mine_button.isVisible()
        # The redaction switch off: what the viewer's connection reads is redacted already.
        win.redact_toggle.setChecked(False)
        texts = [win.feed_model.voice_at(row).text for row in range(win.feed_model.rowCount())]
        assert len(texts) == 2 and any("[phone]" in t for t in texts)
        assert not any("601 234 567" in t or "kowalski@" in t for t in texts)
        window = win.open_escalation(crew.first)
        qtbot.waitUntil(lambda: window.detail is not None, timeout=5000)
        assert window.move_buttons == {} and not window.save_button.isEnabled()
        assert not window.problem.isVisible()

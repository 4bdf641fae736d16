"""Overdue "?" reminders by email over a real SMTP server: once a day at most, whichever
laptop sends them, in the forward's thread, with the questions again."""

from __future__ import annotations

import email
import email.policy
import time

import pytest

from chair.domain.errors import SourceUnreachable
from chair.outbox.forward import SmtpAccount
from chair.outbox.service import forward_escalation, send_reminders
from chair.store import escalations as esc
from tests.outbox.test_escalations import _account, _escalate, _voice

DAY = 86400


def _overdue(db, key: str, address: str = "ewa@shop.example") -> int:  # type: ignore[no-untyped-def]
    eid = _escalate(db, _voice(db, key), address)
    db.execute("UPDATE escalations SET due_at = ? WHERE id = ?", [int(time.time()) - 2 * DAY, eid])
    return eid


def test_each_overdue_owner_is_reminded_once_a_day_in_the_forwards_thread(
    smtp_server, any_store  # type: ignore[no-untyped-def]
) -> None:
    db = any_store
    account = _account(smtp_server)
    late = _overdue(db, "<late@klient.pl>")
    forward_escalation(db, late, account)
    _overdue(db, "<nobody@klient.pl>", address="")  # no address: nobody to remind
    _escalate(db, _voice(db, "<fresh@klient.pl>"))  # not due yet
    now = int(time.time())
    assert send_reminders(db, account, now) == [(late, "ewa@shop.example")]
    forward = email.message_from_bytes(smtp_server.received[0][2], policy=email.policy.default)
    reminder = email.message_from_bytes(smtp_server.received[1][2], policy=email.policy.default)
    assert reminder["Subject"].startswith("Reminder: ? ")
    assert reminder["In-Reply-To"] == forward["Message-ID"]
    text = reminder.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert "2 days overdue" in text and "3. Root cause" in text and f"#{late}" in text
    # The same day nobody is reminded twice (the claim is on the escalation, for every laptop).
    assert send_reminders(db, account, now + 3600) == []
    assert len(smtp_server.received) == 2
    # A day later, again.
    assert send_reminders(db, account, now + DAY + 60) == [(late, "ewa@shop.example")]


def test_a_reminder_that_could_not_go_is_due_again(smtp_server, any_store) -> None:  # type: ignore[no-untyped-def]
    db = any_store
    late = _overdue(db, "<late@klient.pl>")
    down = SmtpAccount("127.0.0.1", 1, security="none", sender="leader@shop.example")
    with pytest.raises(SourceUnreachable):
        send_reminders(db, down)
    assert esc.get(db, late) is not None
    assert send_reminders(db, _account(smtp_server)) == [(late, "ewa@shop.example")]

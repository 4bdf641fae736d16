"""Forwarding an escalation: the account from settings, the password from the keyring, the
state of each attempt on the escalation (so a failure shows there and can be retried)."""

from __future__ import annotations

import email.utils
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from chair.config.settings import Settings
from chair.domain.errors import ChairError
from chair.outbox.forward import SmtpAccount, build_forward, build_reminder, send
from chair.store import escalations as escalation_store
from chair.store import pg

if TYPE_CHECKING:
    from chair.store.db import Database


def account_from_settings(settings: Settings | Mapping[str, Any] | None = None
                          ) -> SmtpAccount | None:
    """The SMTP account of '?' forwards, or None when forwarding is not set up. `settings`
    may also be the values of the Settings dialog, saved or not."""
    get: Callable[[str], Any] = (settings if settings is not None else Settings()).get
    host = get("smtp.host")
    if not host:
        return None
    return SmtpAccount(host, get("smtp.port"), get("smtp.user"), get("smtp.security"),
                       get("smtp.from"), get("escalation.sender"))


def smtp_password(account: SmtpAccount) -> str:
    from chair.config import secrets

    return secrets.get_password("smtp", account.key) if account.user else ""


def forward_escalation(db: Database, escalation_id: int,
                       account: SmtpAccount | None = None) -> str:
    """Send the "?" of an escalation to its owner; returns the Message-ID.

    The escalation exists whatever happens here: a failure is recorded on it (and raised),
    and calling this again retries with the same Message-ID, so a reply to any attempt
    threads onto it."""
    account = account or account_from_settings()
    if account is None:
        raise ChairError("Forwarding by email is off: set an SMTP server in Settings.")
    detail = escalation_store.detail(db, escalation_id)
    if detail is None:
        raise ChairError(f"There is no escalation #{escalation_id}.")
    if not detail.escalation.owner_email:
        problem = f"{detail.escalation.owner_name or 'The owner'} has no email address."
        escalation_store.set_forward(db, escalation_id, "failed", error=problem)
        raise ChairError(problem)
    domain = account.from_address.rpartition("@")[2].strip(">") or "chair.invalid"
    message_id = detail.forward_message_id or email.utils.make_msgid("chair", domain=domain)
    escalation_store.set_forward(db, escalation_id, "sending", message_id=message_id.strip("<>"))
    try:
        password = smtp_password(account)
        message = build_forward(detail.escalation, list(detail.voices), account,
                                message_id=f"<{message_id.strip('<>')}>",
                                team=pg.address_of(db))
        sent = send(message, account, password)
    except ChairError as exc:
        escalation_store.set_forward(db, escalation_id, "failed", error=str(exc))
        raise
    escalation_store.set_forward(db, escalation_id, "sent")
    return sent


def send_reminders(db: Database, account: SmtpAccount | None = None,
                   now: int | None = None) -> list[tuple[int, str]]:
    """Remind each owner of an overdue "?" by email, once a day at most whichever laptop
    sends it; returns (escalation id, address) of each reminder sent. A reminder that fails
    is due again next time; when none could be sent, the first failure is raised."""
    import time

    account = account or account_from_settings()
    if account is None:
        raise ChairError("Reminders go by email: set an SMTP server in Settings.")
    now = int(time.time()) if now is None else now
    password = smtp_password(account)
    sent: list[tuple[int, str]] = []
    problem: ChairError | None = None
    for escalation in escalation_store.claim_reminders(db, now):
        detail = escalation_store.detail(db, escalation.id)
        try:
            send(build_reminder(escalation, account, now=now, team=pg.address_of(db),
                                forward_message_id=detail.forward_message_id if detail else ""),
                 account, password)
        except ChairError as exc:
            escalation_store.unclaim_reminder(db, escalation.id)
            problem = problem or exc
            continue
        sent.append((escalation.id, escalation.owner_email))
    if problem is not None and not sent:
        raise problem
    return sent

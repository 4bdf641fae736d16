"""The weekly digest: the pre-read by email, as a readable HTML message with a plain-text
part, to the addresses the settings name, on the day and from the hour they say; whichever
laptop of a team store gets there first sends it, once a week."""

from __future__ import annotations

import datetime as dt
import time
from typing import TYPE_CHECKING

from chair.domain.errors import ChairError
from chair.services import brief_report
from chair.services.brief import make_brief
from chair.store import digests

if TYPE_CHECKING:
    from chair.config.settings import Settings
    from chair.domain.i18n import Words
    from chair.outbox.forward import SmtpAccount
    from chair.services.phrasing import Phrases
    from chair.store.db import Database

DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def week_of(now: int) -> str:
    """The ISO week of `now`, local time: "2026-W49"."""
    year, week, _ = dt.datetime.fromtimestamp(now).isocalendar()
    return f"{year}-W{week:02d}"


def is_due(settings: Settings, now: int) -> bool:
    """Whether this week's digest should go by now: recipients are set, and it is the
    settings' day from their hour on, or later in the week."""
    if not recipients(settings):
        return False
    when = dt.datetime.fromtimestamp(now)
    day = DAYS.index(str(settings.get("digest.day")) or "monday")
    return (when.weekday(), when.hour) >= (day, int(settings.get("digest.hour")))


def recipients(settings: Settings) -> list[str]:
    return [a.strip() for a in str(settings.get("digest.to") or "").split(",") if a.strip()]


def send_digest(db: Database, *, phrases: Phrases, words: Words, to: list[str],
                account: SmtpAccount, settings: Settings | None = None, now: int | None = None,
                claim: bool = False) -> str | None:
    """Send the digest to `to`; returns its Message-ID. With `claim`, only when this week's
    has not gone yet from any laptop (then None)."""
    from chair.outbox.forward import build_digest, send
    from chair.outbox.service import smtp_password

    if not to:
        raise ChairError("Say who gets the digest: --to, or the setting digest.to.")
    now = int(time.time()) if now is None else now
    week = week_of(now)
    if claim and not digests.claim(db, week, now, ", ".join(to)):
        return None
    try:
        targets = (settings.get("metrics.targets") or None) if settings is not None else None
        brief = make_brief(db, phrases, now, targets=targets)
        title = words("Report", brief_report.TITLE)
        message = build_digest(
            f"{title} · {time.strftime('%Y-%m-%d', time.localtime(now))}", to, account,
            text=brief_report.to_markdown(brief, words),
            html=brief_report.to_html(brief, words))
        return send(message, account, smtp_password(account))
    except ChairError:
        if claim:
            digests.unclaim(db, week)
        raise

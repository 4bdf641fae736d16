"""The "?" escalation's operations: open one for voices, save its COE, move it along its
lifecycle with the COE in the same transaction."""

from __future__ import annotations

import dataclasses
import getpass
import time
from collections.abc import Sequence
from typing import TYPE_CHECKING

from chair.domain.escalation import Coe
from chair.domain.model import EscalationStatus
from chair.store import coe as coe_store
from chair.store import escalations as escalation_store
from chair.store import voices as voice_store
from chair.store.db import transaction

if TYPE_CHECKING:
    from chair.store.db import Database

DAY = 86400
QUESTION = "?"


def acting_person(sender: str = "") -> str:
    """Who is acting, for the history: the configured sender name, else the login name."""
    if sender:
        return sender
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""


def due_in(days: int, now: float | None = None) -> int:
    """The due time `days` from now (the default answer time of a "?")."""
    return int(time.time() if now is None else now) + days * DAY


def escalate(db: Database, voice_ids: Sequence[int], *, owner_name: str,
             owner_email: str = "", due_at: int, note: str = "",
             opened_by: str = "") -> int:
    """Open a "?" for voices. Its subject, pillar and area are the first voice's: its subject,
    or the start of its text."""
    first = voice_store.get(db, voice_ids[0]) if voice_ids else None
    subject = ""
    if first is not None:
        subject = first.subject or " ".join(first.text.split())[:80]
    return escalation_store.escalate(
        db, voice_ids, owner_name=owner_name, owner_email=owner_email, due_at=due_at,
        note=note or QUESTION, subject=subject, pillar=str(first.pillar) if first else "",
        area=first.area if first else "", opened_by=opened_by)


def save_coe(db: Database, coe: Coe) -> None:
    """The sections, the corrective actions and the evidence of a COE, as one write."""
    with transaction(db):
        coe_store.save(db, coe)
        coe_store.set_actions(db, coe.escalation_id, coe.actions)
        coe_store.set_evidence(db, coe.escalation_id, coe.evidence)


def forward_on(db: Database, escalation_id: int, *, to_name: str, to_email: str,
               note: str = "", who: str = "") -> None:
    """Hand a "?" on to someone else (in the owner's area): they own it from now, and the
    chain keeps who handed it to whom."""
    if not to_name.strip() and not to_email.strip():
        raise ValueError("Say whom to forward it to.")
    escalation_store.forward_on(db, escalation_id, to_name=to_name.strip() or to_email.strip(),
                                to_email=to_email.strip(), note=note.strip(), who=who)


def send_back(db: Database, escalation_id: int, comment: str, *, who: str = "") -> None:
    """The leader returns a submitted COE for more work, saying why."""
    if not comment.strip():
        raise ValueError("Say what the COE still needs.")
    move(db, escalation_id, EscalationStatus.INVESTIGATING, who=who,
         note=f"sent back: {comment.strip()}")


def move(db: Database, escalation_id: int, status: EscalationStatus, *,
         coe: Coe | None = None, who: str = "", note: str = "") -> None:
    """Move an escalation, saving `coe` first (stamped as submitted when that is the move),
    all in one transaction: the move and the COE it depends on happen together or not at
    all. The lifecycle's rules are checked against the COE as saved."""
    with transaction(db):
        if coe is not None:
            if status is EscalationStatus.COE_SUBMITTED:
                coe = dataclasses.replace(coe, submitted_at=int(time.time()))
            save_coe(db, coe)
        escalation_store.set_status(db, escalation_id, status, who=who, note=note, check=True)

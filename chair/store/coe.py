"""Corrections of Error: the seven sections, evidence and corrective actions of an escalation."""

from __future__ import annotations

import json
import time
from collections.abc import Sequence
from typing import TYPE_CHECKING

from chair.domain.escalation import Coe, CorrectiveAction, Evidence
from chair.store.db import transaction

if TYPE_CHECKING:
    from chair.store.db import Database

__all__ = ["Coe", "CorrectiveAction", "Evidence", "add_actions", "add_evidence", "load",
           "overdue_actions", "save", "set_action_done", "set_actions", "set_evidence"]


def save(db: Database, coe: Coe) -> None:
    """Write the sections of a COE (actions and evidence are written with their own calls)."""
    now = int(time.time())
    with transaction(db):
        db.conn.execute(
            "INSERT INTO coe (escalation_id, what_happened, impact, root_cause, whys, "
            "supporting_data, implications, lessons, submitted_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (escalation_id) DO UPDATE SET "
            "what_happened = excluded.what_happened, impact = excluded.impact, "
            "root_cause = excluded.root_cause, whys = excluded.whys, "
            "supporting_data = excluded.supporting_data, implications = excluded.implications, "
            "lessons = excluded.lessons, submitted_at = excluded.submitted_at, "
            "updated_at = excluded.updated_at",
            [coe.escalation_id, coe.what_happened, coe.impact, coe.root_cause,
             json.dumps(list(coe.whys), ensure_ascii=False), coe.supporting_data,
             coe.implications, coe.lessons, coe.submitted_at, now],
        )


def _evidence_summary(db: Database, kind: str, ref: int) -> str:
    if kind == "voice":
        row = db.execute(
            "SELECT author, area, substr(text, 1, 400) FROM voices WHERE id = ?", [ref]
        ).fetchone()
        if row is None:
            return "(voice no longer in the database)"
        author, area, text = row
        who = " · ".join(x for x in (author, area) if x)
        return f"“{' '.join(text.split())}”" + (f" — {who}" if who else "")
    row = db.execute(
        "SELECT metric, area, period, value, target, volume, unit FROM metrics WHERE id = ?", [ref]
    ).fetchone()
    if row is None:
        return "(metric observation no longer in the database)"
    metric, area, period, value, target, volume, unit = row
    if unit == "ratio":
        return (f"{metric} in {area or 'all areas'}, {period}: {value:.1%} against a target of "
                f"{target:.1%} over {volume:,} customers")
    return f"{metric} in {area or 'all areas'}, {period}: {value:g} {unit} (target {target:g})"


def load(db: Database, escalation_id: int) -> Coe | None:
    """The COE of an escalation with its actions and evidence, or None if none was written."""
    row = db.execute(
        "SELECT what_happened, impact, root_cause, whys, supporting_data, implications, lessons, "
        "submitted_at FROM coe WHERE escalation_id = ?",
        [escalation_id],
    ).fetchone()
    actions = tuple(
        CorrectiveAction(desc, owner, due, done, aid)
        for aid, desc, owner, due, done in db.execute(
            "SELECT id, description, owner, due_at, done_at FROM actions "
            "WHERE escalation_id = ? ORDER BY id",
            [escalation_id],
        ).fetchall()
    )
    evidence = tuple(
        Evidence(kind, ref, _evidence_summary(db, kind, ref), note)
        for kind, ref, note in db.execute(
            "SELECT kind, ref_id, note FROM coe_evidence WHERE escalation_id = ? ORDER BY id",
            [escalation_id],
        ).fetchall()
    )
    if row is None:
        if not actions and not evidence:
            return None
        return Coe(escalation_id, actions=actions, evidence=evidence)
    what, impact, root, whys, data, implications, lessons, submitted = row
    try:
        why_list = tuple(str(w) for w in json.loads(whys or "[]"))
    except ValueError:
        why_list = ()
    return Coe(escalation_id, what, impact, root, why_list, data, implications, lessons,
               submitted, actions, evidence)


def add_actions(
    db: Database, escalation_id: int, actions: Sequence[CorrectiveAction]
) -> None:
    now = int(time.time())
    with transaction(db):
        db.conn.executemany(
            "INSERT INTO actions (escalation_id, description, owner, due_at, done_at, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [(escalation_id, a.description, a.owner, a.due_at, a.done_at, now) for a in actions],
        )


def set_actions(
    db: Database, escalation_id: int, actions: Sequence[CorrectiveAction]
) -> None:
    """Make the escalation's actions exactly `actions`: those with an id are updated, new
    ones added, the rest removed — all in one transaction."""
    now = int(time.time())
    with transaction(db):
        keep = [a.id for a in actions if a.id is not None]
        kept = f" AND id NOT IN ({', '.join('?' * len(keep))})" if keep else ""
        db.conn.execute(f"DELETE FROM actions WHERE escalation_id = ?{kept}",
                        [escalation_id, *keep])
        for a in actions:
            if a.id is None:
                db.conn.execute(
                    "INSERT INTO actions (escalation_id, description, owner, due_at, done_at, "
                    "created_at) VALUES (?, ?, ?, ?, ?, ?)",
                    [escalation_id, a.description, a.owner, a.due_at, a.done_at, now],
                )
            else:
                db.conn.execute(
                    "UPDATE actions SET description = ?, owner = ?, due_at = ?, done_at = ? "
                    "WHERE id = ? AND escalation_id = ?",
                    [a.description, a.owner, a.due_at, a.done_at, a.id, escalation_id],
                )


def set_action_done(db: Database, action_id: int, done: bool) -> None:
    with transaction(db):
        db.conn.execute("UPDATE actions SET done_at = ? WHERE id = ?",
                        [int(time.time()) if done else None, action_id])


def add_evidence(
    db: Database, escalation_id: int, evidence: Sequence[tuple[str, int]]
) -> None:
    with transaction(db):
        db.conn.executemany(
            "INSERT INTO coe_evidence (escalation_id, kind, ref_id) VALUES (?, ?, ?) "
            "ON CONFLICT DO NOTHING",
            [(escalation_id, kind, ref) for kind, ref in evidence],
        )


def set_evidence(
    db: Database, escalation_id: int, evidence: Sequence[Evidence]
) -> None:
    """Make the cited voices and metrics exactly `evidence`, notes included."""
    with transaction(db):
        db.conn.execute("DELETE FROM coe_evidence WHERE escalation_id = ?", [escalation_id])
        db.conn.executemany(
            "INSERT INTO coe_evidence (escalation_id, kind, ref_id, note) "
            "VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
            [(escalation_id, e.kind, e.ref_id, e.note) for e in evidence],
        )


def overdue_actions(db: Database, now: int) -> list[tuple[int, CorrectiveAction]]:
    """Open corrective actions due before `now` (past their due date, or, with a `now` ahead,
    coming due), soonest first, as (escalation id, action)."""
    return [
        (eid, CorrectiveAction(desc, owner, due, done, aid))
        for aid, eid, desc, owner, due, done in db.execute(
            "SELECT id, escalation_id, description, owner, due_at, done_at FROM actions "
            "WHERE done_at IS NULL AND due_at < ? ORDER BY due_at",
            [now],
        ).fetchall()
    ]


"""Corrections of Error: the seven sections, evidence and corrective actions of an escalation."""

from __future__ import annotations

import json
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from chair.store.db import transaction

if TYPE_CHECKING:
    import sqlite_utils


@dataclass(frozen=True, slots=True)
class CorrectiveAction:
    description: str
    owner: str
    due_at: int | None
    done_at: int | None = None
    id: int | None = None


@dataclass(frozen=True, slots=True)
class Coe:
    escalation_id: int
    what_happened: str = ""
    impact: str = ""
    root_cause: str = ""
    whys: tuple[str, ...] = ()
    supporting_data: str = ""
    implications: str = ""
    lessons: str = ""
    submitted_at: int | None = None
    actions: tuple[CorrectiveAction, ...] = field(default=())
    evidence: tuple[tuple[str, int], ...] = ()


def save(db: sqlite_utils.Database, coe: Coe) -> None:
    """Write the sections of a COE (actions and evidence are written with add_*)."""
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
        )  # fmt: skip


def add_actions(
    db: sqlite_utils.Database, escalation_id: int, actions: Sequence[CorrectiveAction]
) -> None:
    now = int(time.time())
    with transaction(db):
        db.conn.executemany(
            "INSERT INTO actions (escalation_id, description, owner, due_at, done_at, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [(escalation_id, a.description, a.owner, a.due_at, a.done_at, now) for a in actions],
        )


def add_evidence(
    db: sqlite_utils.Database, escalation_id: int, evidence: Sequence[tuple[str, int]]
) -> None:
    with transaction(db):
        db.conn.executemany(
            "INSERT OR IGNORE INTO coe_evidence (escalation_id, kind, ref_id) VALUES (?, ?, ?)",
            [(escalation_id, kind, ref) for kind, ref in evidence],
        )


def overdue_actions(db: sqlite_utils.Database, now: int) -> list[tuple[int, CorrectiveAction]]:
    """Open corrective actions past their due date, as (escalation id, action)."""
    return [
        (eid, CorrectiveAction(desc, owner, due, done, aid))
        for aid, eid, desc, owner, due, done in db.execute(
            "SELECT id, escalation_id, description, owner, due_at, done_at FROM actions "
            "WHERE done_at IS NULL AND due_at < ? ORDER BY due_at",
            [now],
        ).fetchall()
    ]

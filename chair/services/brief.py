"""The one-page pre-read for the next meeting: the three pillars with their shortfall in
customers, the top disagreement with its evidence, three verbatim voices, the open "?" by
owner with their age, and what is due. Voices are redacted: the page is sent and shown."""

from __future__ import annotations

import time
from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING

from chair.domain.meeting import Decision
from chair.domain.model import Escalation, Voice
from chair.insight.disagree import Disagreement
from chair.insight.pillars import PillarSummary
from chair.services import dashboard
from chair.services.between import SinceLastMeeting, since_last_meeting
from chair.store import escalations as escalation_store
from chair.store import meetings as meeting_store
from chair.store import metrics as metric_store
from chair.store import voices as voice_store

if TYPE_CHECKING:
    from chair.services.phrasing import Phrases
    from chair.store.db import Database

VOICES = 3
OWNERS = 6  # the owners with open "?" a page has room for, most overdue first
DECISIONS = 3


@dataclass(frozen=True, slots=True)
class Brief:
    made_at: int
    changes: SinceLastMeeting
    pillars: tuple[PillarSummary, ...]
    people: dict[str, str]  # pillar -> its shortfall as people, in the reader's language
    disagreement: Disagreement | None
    evidence: tuple[Voice, ...]
    voices: tuple[Voice, ...]
    open_by_owner: tuple[tuple[str, tuple[Escalation, ...]], ...]
    decisions: tuple[Decision, ...]  # to follow up within a week, or recent ones


def make_brief(db: Database, phrases: Phrases, now: int | None = None,
               targets: dict[str, float] | None = None) -> Brief:
    """The brief as of `now`; `targets` (metric -> target, from the settings) replace the
    imported ones, as on the dashboard."""
    from chair.insight.redaction import share_safe_voice

    now = int(time.time()) if now is None else now
    window = metric_store.dashboard_window(db)  # read once for both
    changes = since_last_meeting(db, now, window)
    summaries, found = dashboard.both(db, targets, observations=window)
    people = {s.pillar: phrases.people_sentence(s.metric, s.affected, s.beyond_target)
              for s in summaries if s.value is not None}
    top = found[0] if found else None
    evidence = dashboard.evidence(db, top, 2) if top is not None else []
    chosen: list[Voice] = []
    seen = {v.id for v in evidence}
    for change in changes.volumes:  # where the voices rose most since the last meeting
        if len(chosen) == VOICES:
            break
        if any(v.pillar == change.pillar for v in chosen):
            continue
        for v in voice_store.examples(db, change.pillar, change.area, changes.since, now, 3):
            if v.id not in seen:
                chosen.append(v)
                seen.add(v.id)
                break
    by_owner: dict[str, list[Escalation]] = defaultdict(list)
    for e in escalation_store.open_escalations(db):
        by_owner[e.owner_name or e.owner_email].append(e)
    owners = sorted(by_owner.items(), key=lambda kv: min(e.due_at for e in kv[1]))[:OWNERS]
    return Brief(
        now, changes, tuple(summaries), people, top,
        tuple(share_safe_voice(v) for v in evidence),
        tuple(share_safe_voice(v) for v in chosen),
        tuple((owner, tuple(sorted(items, key=lambda e: e.opened_at))) for owner, items in owners),
        changes.decisions_due[:DECISIONS] or tuple(meeting_store.decisions(db, limit=1)))

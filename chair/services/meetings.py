"""Meeting mode's operations: the pool of voices the room sees, and a meeting's record from
its snapshot to its minutes."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from chair.domain.meeting import MeetingMinutes
from chair.domain.model import Voice, VoiceFilter
from chair.insight.pillars import PillarSummary
from chair.store import coe as coe_store
from chair.store import escalations as escalation_store
from chair.store import meetings as meeting_store
from chair.store import voices as voice_store

if TYPE_CHECKING:
    from chair.services.phrasing import Phrases
    from chair.store.db import Database

POOL_DAYS = 14  # the voices of the last two weeks…
POOL_SIZE = 400  # …at most this many of the newest, plus every voice behind an open "?"
DAY = 86400


def pool(db: Database, *, redacted: bool, limit: int | None = None,
         now: float | None = None) -> list[Voice]:
    """The voices a meeting rotates through: recent ones and those behind open escalations,
    without "other" (unless nothing else is there). With `limit`, only that many of the
    newest (the first screenful, fast). `redacted`: the customer's new words only, with
    personal data replaced, so that the room's screen never holds the original."""
    since = int(time.time() if now is None else now) - POOL_DAYS * DAY
    voices = voice_store.page(db, VoiceFilter(since=since), None, limit or POOL_SIZE)
    have = {v.id for v in voices}
    for e in escalation_store.open_escalations(db) if limit is None else ():
        if e.voice_id is not None and e.voice_id not in have:
            v = voice_store.get(db, e.voice_id)
            if v is not None:
                voices.append(v)
                have.add(v.id)
    voices = [v for v in voices if v.pillar != "other"] or voices
    if not redacted:
        return voices
    from chair.insight.redaction import share_safe_voice

    return [share_safe_voice(v) for v in voices]


def start(db: Database, title: str, attendees: str, *, redacted: bool,
          pillars: list[PillarSummary], phrases: Phrases | None = None,
          now: int | None = None) -> int:
    """Open a meeting and note what the room faced as it began: the pillars (with their
    people sentences) and the overdue work, in the reader's language."""
    now = int(time.time()) if now is None else now
    meeting_id = meeting_store.start_meeting(db, title, attendees, at=now)
    overdue: list[str] = []
    snapshot = []
    if phrases is not None:
        overdue = [phrases.overdue_action_line(eid, a, now)
                   for eid, a in coe_store.overdue_actions(db, now)]
        overdue += [phrases.unanswered_line(e) for e in escalation_store.open_escalations(db)
                    if e.is_overdue(now) and e.status in ("open", "investigating")]
        overdue += [phrases.decision_due_line(d)
                    for d in meeting_store.decisions(db, due_by=now)]
    for s in pillars:
        people = ""
        if phrases is not None and s.value is not None:
            people = phrases.people_sentence(s.metric, s.affected, s.beyond_target)
        snapshot.append({"pillar": s.pillar, "value": s.value, "target": s.target,
                         "people": people})
    meeting_store.add_event(db, meeting_id, "snapshot", at=now, payload={
        "redacted": redacted, "pillars": snapshot, "overdue": overdue})
    return meeting_id


def end(db: Database, meeting_id: int) -> MeetingMinutes | None:
    """Close the meeting; its minutes, as stored."""
    meeting_store.end_meeting(db, meeting_id)
    return meeting_store.minutes(db, meeting_id)

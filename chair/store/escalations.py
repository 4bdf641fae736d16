"""The "?" escalations: creation (one per voice), lifecycle with history, the forward and
its replies, lists and response times for the window."""

from __future__ import annotations

import statistics
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from chair.domain.escalation import (
    EscalationDetail,
    Forward,
    HistoryEntry,
    Reply,
    check_transition,
)
from chair.domain.model import Escalation, EscalationStatus, Voice
from chair.store import coe as coe_store
from chair.store import twins
from chair.store import voices as voice_store
from chair.store.db import transaction

if TYPE_CHECKING:
    from chair.store.db import Database

_FIELDS = (
    "id, (SELECT min(voice_id) FROM escalation_voices ev WHERE ev.escalation_id = e.id), "
    "owner_name, owner_email, status, opened_at, due_at, note, subject, pillar, area, "
    "(SELECT count(*) FROM actions a WHERE a.escalation_id = e.id AND a.done_at IS NULL "
    "AND a.due_at < :now), forward_state"
)


def _escalation(row: tuple[Any, ...]) -> Escalation:
    eid, vid, name, email, status, opened, due, note, subject, pillar, area, late, fwd = row
    return Escalation(eid, vid, name, email, EscalationStatus(status), opened, due, note,
                      subject, pillar, area, late, fwd)


def escalate(
    db: Database,
    voice_ids: Sequence[int],
    *,
    owner_name: str,
    owner_email: str = "",
    due_at: int,
    note: str = "?",
    subject: str = "",
    pillar: str = "",
    area: str = "",
    opened_by: str = "",
    opened_at: int | None = None,
    status: EscalationStatus = EscalationStatus.OPEN,
) -> int:
    """Open an escalation for voices; a voice already escalated keeps its escalation.

    Returns the id of the new escalation, or of the existing one when every voice had one.
    """
    now = int(time.time()) if opened_at is None else opened_at
    with transaction(db):
        existing: dict[int, int] = {
            vid: eid
            for vid, eid in db.execute(
                f"SELECT voice_id, escalation_id FROM escalation_voices "
                f"WHERE voice_id IN ({', '.join('?' * len(voice_ids))})",
                list(voice_ids),
            ).fetchall()
        }
        fresh = [v for v in voice_ids if v not in existing]
        if not fresh:
            return existing[voice_ids[0]]
        cursor = db.conn.execute(
            "INSERT INTO escalations (owner_name, owner_email, status, opened_at, due_at, "
            "opened_by, note, subject, pillar, area, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
            [owner_name, owner_email, str(status), now, due_at, opened_by, note, subject,
             pillar, area, now],
        )
        eid = int(cursor.fetchall()[0][0])
        db.conn.executemany(
            "INSERT INTO escalation_voices (voice_id, escalation_id) VALUES (?, ?)",
            [(v, eid) for v in fresh],
        )
        twins.stand_alone(db, fresh)  # the room sees a voice behind a "?" on its own row
        db.conn.execute(
            "INSERT INTO escalation_history (escalation_id, at, who, from_status, to_status) "
            "VALUES (?, ?, ?, '', ?)",
            [eid, now, opened_by, str(status)],
        )
    return eid


def escalation_of_voice(db: Database, voice_id: int) -> int | None:
    row = db.execute(
        "SELECT escalation_id FROM escalation_voices WHERE voice_id = ?", [voice_id]
    ).fetchone()
    return int(row[0]) if row else None


def set_status(
    db: Database,
    escalation_id: int,
    status: EscalationStatus,
    *,
    who: str = "",
    note: str = "",
    at: int | None = None,
    check: bool = False,
) -> None:
    """Move an escalation to `status` and keep the move in its history. With `check`, only
    a move of the lifecycle is allowed, and submitting or closing needs a complete COE
    (TransitionNotAllowed / CoeIncomplete say why not)."""
    now = int(time.time()) if at is None else at
    with transaction(db):
        row = db.execute("SELECT status FROM escalations WHERE id = ?", [escalation_id]).fetchone()
        if row is None:
            raise KeyError(escalation_id)
        (old,) = row
        if check:
            check_transition(EscalationStatus(old), status, coe_store.load(db, escalation_id))
        db.conn.execute(
            "UPDATE escalations SET status = ?, updated_at = ?, closed_at = ? WHERE id = ?",
            [str(status), now, now if status is EscalationStatus.CLOSED else None, escalation_id],
        )
        db.conn.execute(
            "INSERT INTO escalation_history (escalation_id, at, who, from_status, to_status, "
            "note) VALUES (?, ?, ?, ?, ?, ?)",
            [escalation_id, now, who, old, str(status), note],
        )


def open_escalations(db: Database) -> list[Escalation]:
    """Open escalations, the ones due soonest (or most overdue) first; then closed ones
    whose corrective actions are past due, so that those resurface too."""
    return [
        _escalation(r)
        for r in db.execute(
            f"SELECT {_FIELDS} FROM escalations e WHERE status != 'closed' OR EXISTS "
            f"(SELECT 1 FROM actions a WHERE a.escalation_id = e.id AND a.done_at IS NULL "
            f"AND a.due_at < :now) ORDER BY status = 'closed', due_at, id",
            {"now": int(time.time())},
        ).fetchall()
    ]


def all_escalations(db: Database) -> list[Escalation]:
    return [
        _escalation(r)
        for r in db.execute(
            f"SELECT {_FIELDS} FROM escalations e ORDER BY opened_at DESC, id DESC",
            {"now": int(time.time())},
        ).fetchall()
    ]


def count_open(db: Database) -> int:
    return int(
        db.execute("SELECT count(*) FROM escalations WHERE status != 'closed'").fetchone()[0]
    )


def get(db: Database, escalation_id: int) -> Escalation | None:
    row = db.execute(
        f"SELECT {_FIELDS} FROM escalations e WHERE id = :id", {"id": escalation_id,
                                                                "now": int(time.time())}
    ).fetchone()
    return _escalation(row) if row else None


def detail(db: Database, escalation_id: int) -> EscalationDetail | None:
    """The escalation with its voices, history, replies, COE and forward state."""
    escalation = get(db, escalation_id)
    if escalation is None:
        return None
    voice_ids = [v for (v,) in db.execute(
        "SELECT voice_id FROM escalation_voices WHERE escalation_id = ? ORDER BY voice_id",
        [escalation_id]).fetchall()]
    voices = tuple(v for v in (voice_store.get(db, vid) for vid in voice_ids) if v is not None)
    history = tuple(HistoryEntry(*r) for r in db.execute(
        "SELECT at, who, from_status, to_status, note FROM escalation_history "
        "WHERE escalation_id = ? ORDER BY at, id", [escalation_id]).fetchall())
    replies = tuple(Reply(*r) for r in db.execute(
        "SELECT message_id, received_at, sender, subject, text FROM escalation_messages "
        "WHERE escalation_id = ? ORDER BY received_at, id",
        [escalation_id]).fetchall())
    state, error, message_id, opened_by, closed_at = db.execute(
        "SELECT forward_state, forward_error, coalesce(forward_message_id, ''), opened_by, "
        "closed_at FROM escalations WHERE id = ?", [escalation_id]).fetchone()
    return EscalationDetail(escalation, voices, history, replies, coe_store.load(db, escalation_id),
                            state, error, message_id, opened_by, closed_at,
                            forwards(db, escalation_id))


def forwards(db: Database, escalation_id: int) -> tuple[Forward, ...]:
    return tuple(Forward(*r) for r in db.execute(
        "SELECT at, from_name, from_email, to_name, to_email, note FROM escalation_forwards "
        "WHERE escalation_id = ? ORDER BY at, id", [escalation_id]).fetchall())


def forward_on(db: Database, escalation_id: int, *, to_name: str, to_email: str,
               note: str = "", who: str = "", at: int | None = None) -> None:
    """The owner hands the escalation on to `to_name`, who owns it from now; the link is
    kept in its chain and its history. Its status does not change."""
    now = int(time.time()) if at is None else at
    with transaction(db):
        row = db.execute("SELECT owner_name, owner_email, status FROM escalations WHERE id = ?",
                         [escalation_id]).fetchone()
        if row is None:
            raise KeyError(escalation_id)
        name, email, status = row
        db.conn.execute(
            "INSERT INTO escalation_forwards (escalation_id, at, from_name, from_email, "
            "to_name, to_email, note) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [escalation_id, now, name, email, to_name, to_email, note])
        db.conn.execute(
            "UPDATE escalations SET owner_name = ?, owner_email = ?, updated_at = ? WHERE id = ?",
            [to_name, to_email, now, escalation_id])
        db.conn.execute(
            "INSERT INTO escalation_history (escalation_id, at, who, from_status, to_status, "
            "note) VALUES (?, ?, ?, ?, ?, ?)",
            [escalation_id, now, who or name, status, status,
             f"→ {to_name}" + (f": {note}" if note else "")])


def assigned_to(db: Database, email: str = "") -> list[Escalation]:
    """The open escalations a person owns, oldest first: on a team store, the signed-in
    person's; on a file, those sent to `email`."""
    if db.dialect == "postgresql":
        mine, parameters = "e.owner_login = session_user", {}
    else:
        mine, parameters = "lower(e.owner_email) = lower(:email) AND :email != ''", {"email": email}
    return [
        _escalation(r)
        for r in db.execute(
            f"SELECT {_FIELDS} FROM escalations e WHERE status != 'closed' AND {mine} "
            f"ORDER BY opened_at, id", {**parameters, "now": int(time.time())}
        ).fetchall()
    ]


def set_forward(db: Database, escalation_id: int, state: str, *,
                message_id: str | None = None, error: str = "") -> None:
    """Record the forward's state: "sending", "sent" (with its Message-ID) or "failed"."""
    with transaction(db):
        if message_id is not None:
            db.conn.execute(
                "UPDATE escalations SET forward_message_id = ? WHERE id = ?",
                [message_id, escalation_id],
            )
        db.conn.execute(
            "UPDATE escalations SET forward_state = ?, forward_error = ?, updated_at = ? "
            "WHERE id = ?",
            [state, error, int(time.time()), escalation_id],
        )


def claim_reminders(db: Database, now: int, every_s: int = 86400) -> list[Escalation]:
    """The overdue open escalations whose owner has an address and was not reminded in the
    last `every_s`, each claimed for this caller (marked reminded now) so that another
    laptop does not remind them too."""
    claimed = []
    for row in db.execute(
            f"SELECT {_FIELDS} FROM escalations e WHERE status IN ('open', 'investigating', "
            f"'answered') AND due_at < :now AND owner_email != '' AND "
            f"(reminded_at IS NULL OR reminded_at < :since) ORDER BY due_at, id",
            {"now": now, "since": now - every_s}).fetchall():
        escalation = _escalation(row)
        cursor = db.conn.execute(
            "UPDATE escalations SET reminded_at = ? WHERE id = ? "
            "AND (reminded_at IS NULL OR reminded_at < ?)", [now, escalation.id, now - every_s])
        if cursor.rowcount == 1:
            claimed.append(escalation)
    return claimed


def unclaim_reminder(db: Database, escalation_id: int) -> None:
    """A reminder that could not be sent is due again."""
    db.conn.execute("UPDATE escalations SET reminded_at = NULL WHERE id = ?", [escalation_id])


_MAIL_KEYS = frozenset({"message_id", "in_reply_to", "references"})


def is_message(voice: Voice) -> bool:
    """Whether a voice is a message that may answer a "?" forward (see thread_replies)."""
    return not voice.meta.keys().isdisjoint(_MAIL_KEYS)


def thread_replies(db: Database, voices: Sequence[Voice]
                   ) -> tuple[list[Voice], int, int]:
    """Take out of `voices` the messages that answer a "?" forward: each is attached to its
    escalation (which becomes "answered") instead of being a customer voice. Inside the
    caller's transaction. Returns (the voices left, replies attached, replies already known
    — including the forward itself come back through a mailbox)."""
    wanted: set[str] = set()
    for v in voices:
        if not v.meta.keys() & _MAIL_KEYS:
            continue  # not a message (a review, a ticket row): it answers nothing
        wanted.update(v.mail.thread)
        wanted.add(v.mail.message_id)
    wanted.discard("")
    if not wanted:
        return list(voices), 0, 0
    ids = list(wanted)
    threads: dict[str, int] = {}
    for start in range(0, len(ids), 400):
        chunk = ids[start : start + 400]
        marks = ", ".join("?" * len(chunk))
        threads.update(db.execute(
            f"SELECT forward_message_id, id FROM escalations WHERE forward_message_id IN ({marks}) "
            f"UNION ALL SELECT message_id, escalation_id FROM escalation_messages "
            f"WHERE message_id IN ({marks})", chunk + chunk).fetchall())
    if not threads:
        return list(voices), 0, 0
    left: list[Voice] = []
    attached = known = 0
    for v in voices:
        mail = v.mail
        own = mail.message_id
        if own in threads:
            known += 1  # a reply already attached, or our own forward: not a voice
            continue
        eid = next((threads[r] for r in mail.thread if r in threads), None)
        if eid is None:
            left.append(v)
            continue
        message_id = own or v.source_key
        threads[message_id] = eid
        cursor = db.conn.execute(
            "INSERT INTO escalation_messages (escalation_id, message_id, received_at, "
            "sender, subject, text) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            [eid, message_id, v.received_at, mail.sender or v.author, v.subject, v.text],
        )
        if not cursor.rowcount:
            known += 1
            continue
        attached += 1
        (status,) = db.execute("SELECT status FROM escalations WHERE id = ?", [eid]).fetchone()
        if status not in ("open", "investigating"):
            continue
        # A reply that answers the questions' layout fills the COE's empty sections; one
        # that answers all of them is the COE submitted.
        complete = _coe_from_reply(db, eid, v)
        target = "coe_submitted" if complete else "answered"
        db.conn.execute("UPDATE escalations SET status = ?, updated_at = ? WHERE id = ?",
                        [target, int(time.time()), eid])
        db.conn.execute(
            "INSERT INTO escalation_history (escalation_id, at, who, from_status, to_status, "
            "note) VALUES (?, ?, ?, ?, ?, ?)",
            [eid, int(time.time()), v.author or mail.sender, status, target,
             f"reply: {v.subject}"[:200]],
        )
    return left, attached, known


def _coe_from_reply(db: Database, escalation_id: int, reply: Voice) -> bool:
    """Read the owner's own words of a reply (before the quoted forward and the signature)
    into the COE's empty sections and, when it has none, its corrective actions; True
    when the COE may now be submitted."""
    import dataclasses

    from chair.domain.coe_mail import parse_reply
    from chair.domain.escalation import Coe, closing_gaps

    text = reply.text
    marks = [int(m) for k in ("quote_at", "signature_at")
             if isinstance(m := reply.meta.get(k), int) and 0 < m < len(text)]
    answer = parse_reply(text[: min(marks)] if marks else text)
    if not answer.answered:
        return False
    coe = coe_store.load(db, escalation_id) or Coe(escalation_id)
    filled = {k: a for k, a in answer.sections.items() if not getattr(coe, k).strip()}
    coe = dataclasses.replace(coe, **filled)  # type: ignore[arg-type]
    if answer.actions and not coe.actions:
        coe = dataclasses.replace(coe, actions=answer.actions)
        coe_store.set_actions(db, escalation_id, answer.actions)
    complete = not closing_gaps(coe) and all(
        getattr(coe, k).strip() for k in ("what_happened", "impact", "root_cause",
                                          "supporting_data", "implications", "lessons"))
    if complete:
        coe = dataclasses.replace(coe, submitted_at=reply.received_at)
    coe_store.save(db, coe)
    return complete


@dataclass(frozen=True, slots=True)
class OwnerResponse:
    """How fast an owner answers a "?" and closes it (seconds; None when never yet)."""

    owner: str
    escalations: int
    open: int
    overdue: int
    median_first_answer_s: float | None
    median_close_s: float | None
    # The longest an open escalation of theirs has waited for a first answer, if any waits.
    longest_wait_s: float | None = None


_NEVER = 9e18


def response_times(db: Database, now: int | None = None) -> list[OwnerResponse]:
    """Per owner: time to first answer (first reply or first move to answered) and time to
    close, as medians, and the longest wait still open; slowest first."""
    now = int(time.time()) if now is None else now
    # The first answer: the earlier of the first reply and the first move to answered.
    rows = [(*r[:5], min((t for t in r[5:] if t is not None), default=_NEVER)) for r in db.execute(
        "SELECT e.owner_name, e.status, e.opened_at, e.due_at, e.closed_at, "
        "(SELECT min(received_at) FROM escalation_messages m WHERE m.escalation_id = e.id), "
        "(SELECT min(at) FROM escalation_history h "
        "WHERE h.escalation_id = e.id AND h.to_status = 'answered') "
        "FROM escalations e"
    ).fetchall()]
    by_owner: dict[str, list[tuple[Any, ...]]] = {}
    for row in rows:
        by_owner.setdefault(row[0] or "(no owner)", []).append(row)
    out = []
    for owner, items in by_owner.items():
        answers = [max(0, a - opened) for _o, _s, opened, _d, _c, a in items if a < _NEVER]
        closes = [c - opened for _o, s, opened, _d, c, _a in items if s == "closed" and c]
        open_ = [r for r in items if r[1] != "closed"]
        waits = [now - opened for _o, _s, opened, _d, _c, a in open_ if a >= _NEVER]
        out.append(OwnerResponse(
            owner, len(items), len(open_), sum(1 for r in open_ if r[3] < now),
            statistics.median(answers) if answers else None,
            statistics.median(closes) if closes else None,
            max(waits) if waits else None))
    return sorted(out, key=lambda r: (-max(r.median_first_answer_s or 0, r.longest_wait_s or 0),
                                      r.owner))


def moved_since(db: Database, since: int, statuses: Sequence[str]) -> set[int]:
    """The escalations moved to one of `statuses` at or after `since`."""
    return {int(eid) for (eid,) in db.execute(
        f"SELECT DISTINCT escalation_id FROM escalation_history WHERE at >= ? AND to_status "
        f"IN ({', '.join('?' * len(statuses))})", [since, *statuses]).fetchall()}

"""A meeting's decisions have an owner and a date to follow them up by; until followed up
they come back: in the next meeting's record, in what changed since the last meeting, in
the pre-read, and on the command line."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
import time
from pathlib import Path

from chair.cli import _iso
from chair.services import meetings as meeting_service
from chair.services.between import since_last_meeting
from chair.services.brief import make_brief
from chair.services.brief_report import to_markdown
from chair.store import connect, meetings
from chair.ui import wording

DAY = 86400
NOW = int(dt.datetime(2026, 12, 6, 12, tzinfo=dt.UTC).timestamp())


def _decided(db, now: int = NOW) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """Last week's review: one decision due yesterday, one followed up, one due in ten days,
    one without a follow-up date."""
    mid = meetings.start_meeting(db, "Weekly business review", at=now - 7 * DAY)
    ids = {
        "due": meetings.add_event(db, mid, "decision", text="Gate codes in every route",
                                  owner="Piotr", follow_up=now - DAY, at=now - 7 * DAY + 60),
        "done": meetings.add_event(db, mid, "decision", text="Price-match the top sellers",
                                   owner="Marek", follow_up=now - 2 * DAY, at=now - 7 * DAY + 120),
        "later": meetings.add_event(db, mid, "decision", text="Bring back the large packs",
                                    owner="Hélène", follow_up=now + 10 * DAY,
                                    at=now - 7 * DAY + 180),
        "open": meetings.add_event(db, mid, "decision", text="Keep the Friday slot",
                                   at=now - 7 * DAY + 240),
    }
    meetings.follow_up(db, ids["done"], at=now - 3 * DAY)
    meetings.end_meeting(db, mid, at=now - 7 * DAY + 3600)
    return ids


def test_a_decision_keeps_its_owner_and_date_and_comes_back_until_followed_up(store_at) -> None:  # type: ignore[no-untyped-def]
    db = store_at()
    ids = _decided(db)
    [due] = meetings.decisions(db, due_by=NOW)
    assert (due.id, due.owner, due.follow_up, due.done_at) == (ids["due"], "Piotr", NOW - DAY,
                                                                None)
    assert due.is_due(NOW) and due.meeting_title == "Weekly business review"
    # The next meeting's record lists it with the overdue work, in the reader's language.
    nxt = meeting_service.start(db, "Next review", "", redacted=True, pillars=[],
                                phrases=wording, now=NOW)
    minutes = meetings.minutes(db, nxt)
    assert minutes is not None
    [snapshot] = minutes.of_kind("snapshot")
    overdue = snapshot.payload["overdue"]
    assert isinstance(overdue, list)
    assert [line for line in overdue if "Gate codes" in line] == [
        "Decided Sun 29 Nov: Gate codes in every route — Piotr, follow up by Sat 5 Dec"]
    assert not any("Price-match" in line or "large packs" in line for line in overdue)
    # Followed up: it no longer comes back; undone, it does again.
    meetings.follow_up(db, ids["due"], at=NOW)
    assert meetings.decisions(db, due_by=NOW) == []
    assert meetings.follow_up(db, ids["due"], done=False).done_at is None
    assert [d.id for d in meetings.decisions(db, due_by=NOW)] == [ids["due"]]


def test_what_changed_and_the_pre_read_list_the_decisions_due_this_week(store_at) -> None:  # type: ignore[no-untyped-def]
    db = store_at()
    ids = _decided(db)
    changes = since_last_meeting(db, NOW)
    assert [d.id for d in changes.decisions_due] == [ids["due"]]
    meetings.follow_up(db, ids["due"], at=NOW)
    # Due within the week: still listed; followed up or far off: not.
    changes = since_last_meeting(db, NOW + 5 * DAY)
    assert [d.id for d in changes.decisions_due] == [ids["later"]]
    page = to_markdown(make_brief(db, wording, NOW + 5 * DAY))
    assert "Bring back the large packs — Hélène, follow up by 2026-12-16" in page
    assert "Gate codes" not in page and "Price-match" not in page


def _chair(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "chair", "--db", str(db), *args],
                          capture_output=True, text=True, timeout=120)


def test_the_command_line_lists_decisions_and_marks_them_followed_up(db_path: Path) -> None:
    now = int(time.time())
    ids = _decided(connect(db_path), now)
    listed = json.loads(_chair(db_path, "meetings", "--json").stdout)
    decided = listed[0]["decisions"]
    assert [d["text"] for d in decided] == [
        "Gate codes in every route", "Price-match the top sellers", "Bring back the large packs",
        "Keep the Friday slot"]  # in the order they were taken
    assert decided[0]["owner"] == "Piotr"
    assert decided[0]["follow_up"] == _iso(now - DAY) and decided[0]["done"] is None
    assert decided[1]["done"] == _iso(now - 3 * DAY) and decided[3]["follow_up"] is None
    # "due": not followed up, its date come or within the week (not the one in ten days).
    due = json.loads(_chair(db_path, "decisions", "due", "--json").stdout)
    assert [d["id"] for d in due] == [ids["due"]]
    done = _chair(db_path, "decisions", "done", str(ids["due"]))
    assert done.returncode == 0 and "followed up" in done.stdout
    assert json.loads(_chair(db_path, "decisions", "due", "--json").stdout) == []
    assert "No decision to follow up" in _chair(db_path, "decisions", "due").stdout
    missing = _chair(db_path, "decisions", "done", "999")
    assert missing.returncode != 0 and "no decision #999" in missing.stderr

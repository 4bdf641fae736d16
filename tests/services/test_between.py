"""What changed since the last meeting ended: the service on a planted week, and the command
line's report of it."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

from chair.domain.escalation import CorrectiveAction
from chair.domain.model import EscalationStatus, MetricObservation
from chair.insight.classification import new_voice
from chair.services.between import since_last_meeting
from chair.store import coe, connect, escalations, meetings, metrics
from chair.store import voices as voice_store

DAY = 86400
NOW = int(dt.datetime(2026, 12, 6, 12, tzinfo=dt.UTC).timestamp())
MET = NOW - 7 * DAY  # the last meeting ended a week ago


def _voices(db, area: str, text: str, times: list[int]) -> None:  # type: ignore[no-untyped-def]
    voice_store.add_voices(db, [
        new_voice(source="tickets", source_key=f"{area}-{text[:12]}-{n}", received_at=at,
                  text=f"{text} (ticket {n} from customer {chr(65 + n % 26)}{n})",
                  channel="ticket", area=area, meta={}) for n, at in enumerate(times)])


def _week(db) -> None:  # type: ignore[no-untyped-def]
    old = meetings.start_meeting(db, "Weekly business review", at=MET - 3600)
    meetings.end_meeting(db, old, at=MET)
    # Kraków's delivery: one complaint a week in the four weeks before, six since.
    _voices(db, "Kraków", "The courier left my parcel late again", [
        MET - (7 * w + 3) * DAY for w in range(4)] + [MET + h * 3600 for h in range(1, 7)])
    # Warsaw's prices: as many as usual.
    _voices(db, "Warsaw", "Prices went up again on everything I buy",
            [MET - d * DAY for d in range(1, 29, 4)] + [MET + 2 * DAY, MET + 5 * DAY])
    due = NOW + 3 * DAY
    overdue = escalations.escalate(db, [1], owner_name="Ola", due_at=NOW - DAY,
                                   opened_at=MET - 10 * DAY, subject="Late again")
    raised = escalations.escalate(db, [6], owner_name="Jan", due_at=due, opened_at=MET + DAY,
                                  subject="Six late parcels")
    answered = escalations.escalate(db, [8], owner_name="Ewa", due_at=due,
                                    opened_at=MET - 3 * DAY, subject="Prices")
    escalations.set_status(db, answered, EscalationStatus.ANSWERED, at=MET + 2 * DAY)
    coe.add_actions(db, overdue, [
        CorrectiveAction("Route Kraków parcels through the new hub", "Ola", NOW + 2 * DAY),
        CorrectiveAction("Call the courier company", "Ola", NOW - DAY),
        CorrectiveAction("Review the contract", "Ola", NOW + 30 * DAY),
        CorrectiveAction("Count late parcels", "Ola", NOW - 5 * DAY, done_at=NOW - 6 * DAY)])
    # On-time delivery in Kraków: 99% the week before, 96% since.
    metrics.add_observations(db, [
        MetricObservation("delivery", "on_time", "Kraków",
                          dt.datetime.fromtimestamp(MET + d * DAY, dt.UTC).date().isoformat(),
                          0.99 if d < 0 else 0.96, 0.975, 1000)
        for d in range(-7, 7)])
    assert raised


def test_the_week_since_the_last_meeting_says_what_changed(db_path: Path) -> None:
    db = connect(db_path)
    _week(db)
    found = since_last_meeting(db, now=NOW)
    assert (found.since, found.meeting_title) == (MET, "Weekly business review")
    first = found.volumes[0]
    assert (first.pillar, first.area, first.new) == ("delivery", "Kraków", 6)
    assert round(first.expected, 1) == 1.0
    warsaw = next(v for v in found.volumes if v.area == "Warsaw")
    assert warsaw.new == 2 and warsaw.expected >= 1.5
    assert [e.subject for e in found.raised] == ["Six late parcels"]
    assert [e.subject for e in found.answered] == ["Prices"]
    assert [e.subject for e in found.overdue] == ["Late again"]
    assert [a.description for _, a in found.actions_due] == [
        "Call the courier company", "Route Kraków parcels through the new hub"]
    [moved] = found.metrics
    assert (moved.area, round(moved.before, 2), round(moved.after, 2), moved.better) == (
        "Kraków", 0.99, 0.96, False)


def test_with_no_meeting_yet_it_looks_at_the_last_week(db_path: Path) -> None:
    db = connect(db_path)
    found = since_last_meeting(db, now=NOW)
    assert (found.since, found.meeting_id, found.voices) == (NOW - 7 * DAY, None, 0)
    assert not (found.volumes or found.raised or found.metrics or found.appeared)


def test_chair_since_last_meeting_prints_it_as_json_and_as_text(demo_db: Path) -> None:
    def run(*extra: str) -> str:
        return subprocess.run([sys.executable, "-m", "chair", "since-last-meeting", *extra,
                               "--db", str(demo_db)], capture_output=True, text=True,
                              check=True).stdout

    found = json.loads(run("--json"))
    assert set(found) == {"since", "until", "meeting", "voices", "volumes", "escalations",
                          "actions_due", "decisions_due", "metrics", "disagreements"}
    assert found["meeting"]["title"] and found["voices"] > 0
    # The demo's decision past its follow-up date comes first.
    assert found["decisions_due"][0]["owner"] == "Dana Whitfield"
    # The demo's planted spike of delivery complaints leads the new voices.
    assert found["volumes"][0]["pillar"] == "delivery"
    assert found["volumes"][0]["new"] > 2 * found["volumes"][0]["expected"]
    assert found["escalations"]["overdue"]
    assert set(found["disagreements"]) == {"appeared", "gone"}
    text = run()
    assert "ended" in text and "overdue" in text and "Metrics that moved" in text

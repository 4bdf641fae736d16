"""Another laptop, in a process of its own: `python -m tests.team_actor URL PASSWORD ACTION
[ARG...]` does one thing on a team store as the person URL names, then prints "done" (and
an id where there is one). The tests of two windows use it as the other person."""

from __future__ import annotations

import sys

from chair.domain.model import EscalationStatus, Voice
from chair.services import escalations, team
from chair.store import meetings
from chair.store import voices as voice_store
from tests.teamcrew import full_coe


def main(url: str, password: str, action: str, *args: str) -> str:
    db = team.connect(url, password, migrate=False)
    try:
        if action == "voice":  # KEY TEXT
            voice_store.add_voices(db, [Voice(source="support mailbox", source_key=args[0],
                                              received_at=2_000_000_000, text=args[1])])
            return str(db.execute("SELECT id FROM voices WHERE source_key = ?",
                                  [args[0]]).fetchone()[0])
        if action == "escalate":  # KEY OWNER_NAME OWNER_EMAIL
            (vid,) = db.execute("SELECT id FROM voices WHERE source_key = ?",
                                [args[0]]).fetchone()
            return str(escalations.escalate(db, [vid], owner_name=args[1], owner_email=args[2],
                                            due_at=2_100_000_000, opened_by="Lea"))
        if action == "submit":  # ESCALATION_ID
            eid = int(args[0])
            escalations.move(db, eid, EscalationStatus.ANSWERED, who="Olga")
            escalations.move(db, eid, EscalationStatus.COE_SUBMITTED, coe=full_coe(eid),
                             who="Olga")
            return args[0]
        if action == "send-back":  # ESCALATION_ID COMMENT
            escalations.send_back(db, int(args[0]), args[1], who="Lea")
            return args[0]
        if action == "decide":  # TEXT
            meeting = meetings.start_meeting(db, "Weekly business review", "Lea, Olga")
            return str(meetings.add_event(db, meeting, "decision", text=args[0]))
        raise SystemExit(f"unknown action {action}")
    finally:
        db.close()


if __name__ == "__main__":
    print("done", main(*sys.argv[1:]), flush=True)

"""The command line's commands for what the window does with records: escalate a voice and
move an escalation, the owners directory, meetings, corrections, and taking data back out
(one voice, or everything a source brought). Each is one call of chair's operations and its
printing; `chair.cli` adds them to its parser."""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from chair.cli import _iso, _print
from chair.domain.errors import ChairError
from chair.domain.model import EscalationStatus, Owner

if TYPE_CHECKING:
    from chair.store.db import Database

Command = Callable[[argparse.Namespace], int]
Opener = Callable[..., "Database"]


def _date(ts: int) -> str:
    return (_iso(ts) or "")[:10]


def _day(text: str) -> int:
    """A due date as YYYY-MM-DD: the end of that day, local time."""
    try:
        day = dt.date.fromisoformat(text)
    except ValueError:
        raise ChairError(f"'{text}' is not a date; write it as YYYY-MM-DD.") from None
    return int(dt.datetime.combine(day, dt.time(23, 59, 59)).timestamp())


def _who() -> str:
    from chair.config.settings import Settings
    from chair.services.escalations import acting_person

    return acting_person(Settings().get("escalation.sender") or "")


def commands(open_db: Opener) -> dict[str, Command]:
    """The commands, each opening the database with `open_db(args, write=...)`."""
    from chair.services import escalations as service
    from chair.store import escalations, meetings, owners, removal
    from chair.store import voices as store

    def escalate(args: argparse.Namespace) -> int:
        from chair.config.settings import Settings
        from chair.domain.escalation import parse_owner

        db = open_db(args, write=True)
        voice = store.get(db, args.voice)
        if voice is None:
            raise ChairError(f"There is no voice #{args.voice}.")
        name, email = parse_owner(args.owner or "")
        if not name and not email:
            found = owners.owner_for(db, str(voice.pillar), voice.area)
            if found is None:
                raise ChairError(f"No owner of {voice.pillar} in {voice.area or 'any area'} in "
                                 "the directory: name one with --owner.")
            name, email = found.name, found.email
        due = _day(args.due) if args.due else service.due_in(
            int(Settings().get("escalation.response_days")))
        eid = service.escalate(db, [args.voice], owner_name=name or email, owner_email=email,
                               due_at=due, note=args.note, opened_by=_who())
        payload = {"id": eid, "voice_id": args.voice, "owner": name or email,
                   "owner_email": email, "due": _iso(due)}
        _print(args, payload, f"Escalation #{eid}: '?' to {name or email}, due {_date(due)}. "
                              f"Not emailed: `chair forward {eid}` sends it.")
        return 0

    def escalation(args: argparse.Namespace) -> int:
        db = open_db(args, write=bool(args.status))
        if args.status:
            try:
                status = EscalationStatus(args.status)
            except ValueError:
                raise ChairError(f"'{args.status}' is not a status: " + ", ".join(
                    s.value for s in EscalationStatus)) from None
            service.move(db, args.id, status, who=_who(), note=args.note or "")
        detail = escalations.detail(db, args.id)
        if detail is None:
            raise ChairError(f"There is no escalation #{args.id}.")
        e = detail.escalation
        payload = {
            "id": e.id, "status": str(e.status), "owner": e.owner_name,
            "owner_email": e.owner_email, "opened": _iso(e.opened_at), "due": _iso(e.due_at),
            "subject": e.subject, "pillar": e.pillar, "area": e.area,
            "voice_ids": [v.id for v in detail.voices],
            "history": [{"at": _iso(h.at), "who": h.who, "from": h.from_status,
                         "to": h.to_status, "note": h.note} for h in detail.history],
        }
        lines = [f"#{e.id} {e.status} · {e.owner_name} · due {_date(e.due_at)} · {e.subject}"]
        lines += [f"  {_iso(h.at)}  {h.from_status or '—'} → {h.to_status}  {h.who}  {h.note}"
                  for h in detail.history]
        _print(args, payload, "\n".join(lines))
        return 0

    def owners_command(args: argparse.Namespace) -> int:
        from pathlib import Path

        db = open_db(args, write=args.action != "list")
        if args.action == "import":
            if not args.values:
                raise ChairError("`chair owners import` needs the CSV file.")
            from chair.ingest.owners_import import import_owners

            print(f"Imported {import_owners(db, Path(args.values[0])):,} owners.")
            return 0
        if args.action == "set":
            if len(args.values) != 3:
                raise ChairError("`chair owners set` needs PILLAR AREA EMAIL (AREA '' for every "
                                 "area of the pillar).")
            pillar, area, email = args.values
            owners.set_owners(db, [Owner(args.name or email, email, pillar, area)])
            print(f"{args.name or email} owns {pillar} in {area or 'every area'}.")
            return 0
        found = owners.all_owners(db)
        payload = [{"name": o.name, "email": o.email, "pillar": o.pillar, "area": o.area}
                   for o in found]
        _print(args, payload, "\n".join(f"{o.pillar:<10} {o.area or '(every area)':<20} "
                                        f"{o.name} <{o.email}>" for o in found)
               or "The owners directory is empty.")
        return 0

    def meetings_command(args: argparse.Namespace) -> int:
        db = open_db(args)
        found = [m for m in (meetings.minutes(db, mid) for mid in meetings.ids(db)) if m]
        payload = [{"id": m.id, "title": m.title, "attendees": m.attendees,
                    "started": _iso(m.started_at), "ended": _iso(m.ended_at),
                    "decisions": [e.text for e in m.of_kind("decision")]} for m in found]
        lines = []
        for m in found:
            lines.append(f"#{m.id:<3} {(_iso(m.started_at) or '')[:16]}  {m.title}")
            lines += [f"     decided: {e.text}" for e in m.of_kind("decision")]
        _print(args, payload, "\n".join(lines) or "No meetings yet.")
        return 0

    def correct(args: argparse.Namespace) -> int:
        if args.pillar is None and args.area is None:
            raise ChairError("`chair correct` needs --pillar or --area.")
        db = open_db(args, write=True)
        if store.get(db, args.voice) is None:
            raise ChairError(f"There is no voice #{args.voice}.")
        store.correct(db, args.voice, pillar=args.pillar, area=args.area)
        print(f"Voice #{args.voice} corrected; reclassifying will not change it.")
        return 0

    def delete(args: argparse.Namespace) -> int:
        if not removal.remove_voice(open_db(args, write=True), args.voice, who=_who()):
            raise ChairError(f"There is no voice #{args.voice}.")
        print(f"Voice #{args.voice} removed (its escalation, if any, keeps a line saying so).")
        return 0

    def sources(args: argparse.Namespace) -> int:
        found = removal.source_sizes(open_db(args))
        payload = [{"source": s, "voices": v, "rejected": r} for s, (v, r) in found.items()]
        _print(args, payload, "\n".join(f"{v:>9,} voices {r:>7,} rejected  {s}"
                                        for s, (v, r) in found.items()) or "No sources yet.")
        return 0

    def remove_source(args: argparse.Namespace) -> int:
        db = open_db(args, write=True)
        voices, rejected = removal.source_sizes(db).get(args.source, (0, 0))
        if not voices and not rejected:
            raise ChairError(f"Nothing came from '{args.source}' (see `chair sources`).")
        if not args.yes:
            print(f"This would remove {voices:,} voices and {rejected:,} rejected records that "
                  f"came from '{args.source}'. Run again with --yes to remove them.")
            return 1
        voices, rejected = removal.remove_source(db, args.source, who=_who())
        print(f"Removed {voices:,} voices and {rejected:,} rejected records of '{args.source}'.")
        return 0

    def remind(args: argparse.Namespace) -> int:
        from chair.outbox.service import send_reminders

        sent = send_reminders(open_db(args, write=True))
        for eid, address in sent:
            print(f"Reminded {address} of escalation #{eid}")
        if not sent:
            print("No overdue '?' is waiting for a reminder (each owner gets one a day at "
                  "most).")
        return 0

    return {"escalate": escalate, "escalation": escalation, "owners": owners_command,
            "meetings": meetings_command, "correct": correct, "delete": delete,
            "sources": sources, "remove-source": remove_source, "remind": remind}


def add_parsers(sub: Any, common: argparse.ArgumentParser, open_db: Opener) -> None:
    """The commands' parsers. What they run is imported when one runs: starting the window
    through the same parser does not wait for the store."""

    def parser(name: str, help_text: str, json_output: bool = False) -> argparse.ArgumentParser:
        p: argparse.ArgumentParser = sub.add_parser(name, parents=[common], help=help_text)
        if json_output:
            p.add_argument("--json", action="store_true", help="print JSON")
        p.set_defaults(func=lambda args: commands(open_db)[name](args), json=False)
        return p

    p = parser("escalate", "forward a voice to its owner with a '?' (recorded; "
               "`chair forward` emails it)", json_output=True)
    p.add_argument("voice", type=int, metavar="VOICE_ID")
    p.add_argument("--owner", metavar="'NAME <EMAIL>'",
                   help="who answers (default: the directory's owner of the voice's pillar "
                   "and area)")
    p.add_argument("--due", metavar="YYYY-MM-DD", help="when (default: the response days)")
    p.add_argument("--note", default="?", help="what to ask (default: ?)")

    p = parser("escalation", "show an escalation and its history, or move it", True)
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument("--status", help="move it: " + ", ".join(s.value for s in EscalationStatus)
                   + " (closing needs a complete COE)")
    p.add_argument("--note", help="why, for the history")

    p = parser("owners", "the owners directory: list, import a CSV, or set one owner", True)
    p.add_argument("action", nargs="?", default="list", choices=("list", "import", "set"))
    p.add_argument("values", nargs="*", metavar="FILE | PILLAR AREA EMAIL")
    p.add_argument("--name", help="the owner's name (set)")

    parser("meetings", "meetings with their dates and decisions", True)

    p = parser("correct", "correct a voice's pillar or area (kept over reclassifying)")
    p.add_argument("voice", type=int, metavar="VOICE_ID")
    p.add_argument("--pillar", choices=("price", "selection", "delivery", "other"))
    p.add_argument("--area")

    p = parser("delete", "remove one voice (a customer's deletion request)")
    p.add_argument("voice", type=int, metavar="VOICE_ID")

    parser("sources", "where the voices came from, with counts", True)
    parser("remind", "email each owner of an overdue '?' a reminder (once a day at most; for "
           "a daily scheduled task)")

    p = parser("remove-source", "take back everything one source brought (voices and "
               "rejected records)")
    p.add_argument("source", metavar="SOURCE", help="as `chair sources` names it")
    p.add_argument("--yes", action="store_true", help="remove without asking")


"""The command line's commands for what the window does with records: escalate a voice and
move an escalation, the owners directory, meetings, corrections, and taking data back out
(one voice, or everything a source brought). Each is one call of chair's operations and its
printing; `chair.cli` adds them to its parser."""

from __future__ import annotations

import argparse
import datetime as dt
import time
from collections.abc import Callable
from pathlib import Path
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


def _export_format(args: argparse.Namespace) -> str:
    """md or pdf: the --format given, else the file's extension; never Markdown in a .pdf."""
    ending = Path(args.output).suffix.lower().lstrip(".")
    ending = {"markdown": "md", "md": "md", "pdf": "pdf"}.get(ending, "")
    if args.format and ending and args.format != ending:
        raise ChairError(f"{args.output} ends in .{ending} but --format is {args.format}: "
                         "name the file for its format, or leave --format out.")
    if not (args.format or ending):
        raise ChairError(f"Say which format to write {args.output} in: --format md or "
                         "--format pdf (or name the file .md or .pdf).")
    return str(args.format or ending)


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
                    "decisions": [_decision_payload(d) for d in meetings.decisions(
                        db, meeting_id=m.id)][::-1]} for m in found]
        lines = []
        for m in found:
            lines.append(f"#{m.id:<3} {(_iso(m.started_at) or '')[:16]}  {m.title}")
            lines += [f"     {_decision_line(d)}"
                      for d in meetings.decisions(db, meeting_id=m.id)[::-1]]
        _print(args, payload, "\n".join(lines) or "No meetings yet.")
        return 0

    def areas_command(args: argparse.Namespace) -> int:
        from chair.config.paths import data_dir
        from chair.config.settings import Settings
        from chair.services import areas

        if args.action == "map":
            if len(args.values) != 2:
                raise ChairError("`chair areas map` needs SPELLING AREA, e.g. "
                                 "chair areas map 'Da Nang' 'Đà Nẵng'.")
            settings = Settings()
            mine = settings.get("taxonomy.file") or str(data_dir() / "taxonomy.json")
            spelling, area = args.values
            named, (v, m, o) = areas.map_spelling(open_db(args, write=True), spelling, area,
                                                  Path(mine))
            if not settings.get("taxonomy.file"):
                settings.set("taxonomy.file", mine)
                settings.save()
            print(f"{spelling} is {named} from now on (kept in {mine}): "
                  f"{v:,} voices, {m:,} metric observations and {o:,} owners moved.")
            return 0
        found = areas.areas(open_db(args))
        _print(args, [{"area": u.area, "voices": u.voices, "metrics": u.metrics,
                       "owners": u.owners, "known": u.known} for u in found],
               "\n".join(f"{u.area:<24} {u.voices:>7,} voices {u.metrics:>6,} metrics "
                         f"{u.owners:>3} owners" + ("" if u.known else "  (matches nothing)")
                         for u in found) or "No areas yet.")
        return 0

    def decisions_command(args: argparse.Namespace) -> int:
        if args.action in ("done", "undo"):
            if args.id is None:
                raise ChairError(f"`chair decisions {args.action}` needs the decision's ID.")
            d = meetings.follow_up(open_db(args, write=True), args.id, done=args.action == "done")
            print(f"{_decision_line(d)}")
            return 0
        db = open_db(args)
        now = int(time.time())
        found = (meetings.decisions(db, due_by=now + 7 * 86400) if args.action == "due"
                 else meetings.decisions(db))
        _print(args, [_decision_payload(d) for d in found],
               "\n".join(_decision_line(d) for d in found)
               or ("No decision to follow up this week." if args.action == "due"
                   else "No decisions yet."))
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

    def export(args: argparse.Namespace) -> int:
        from chair.config.settings import Settings
        from chair.config.words import words_for
        from chair.services import documents

        args.format = _export_format(args)
        if args.what != "brief" and args.id is None:
            raise ChairError(f"`chair export {args.what}` needs the number of the "
                             f"{'meeting' if args.what == 'minutes' else 'escalation'}.")
        # The settings' language, read from the catalogues; Qt starts only to draw a PDF.
        words = words_for(Settings().get("ui.language"))
        write_pdf: documents.PdfWriter | None = None
        if args.format == "pdf":
            from chair.ui import pdf

            write_pdf = pdf.write_pdf
        output = Path(args.output)
        if args.what == "brief":
            from chair.services.brief import make_brief
            from chair.ui import wording
            from chair.ui.export import interface_words

            # Its sentences of people are the interface's: its translator, installed first.
            words = interface_words()
            brief = make_brief(open_db(args), wording,
                               targets=Settings().get("metrics.targets") or None)
            written = documents.write_brief(brief, args.format, output, words=words,
                                            write_pdf=write_pdf)
        elif args.what == "minutes":
            minutes = meetings.minutes(open_db(args), args.id)
            if minutes is None:
                raise ChairError(f"There is no meeting #{args.id}.")
            written = documents.write_minutes(minutes, args.format, output, words=words,
                                              redacted=args.redact or minutes.redacted,
                                              write_pdf=write_pdf)
        else:
            detail = escalations.detail(open_db(args), args.id)
            if detail is None:
                raise ChairError(f"There is no escalation #{args.id}.")
            written = documents.write_coe(detail, args.format, output, words=words,
                                          redacted=args.redact, write_pdf=write_pdf)
        print(f"Wrote {written}")
        return 0

    def since_last_meeting(args: argparse.Namespace) -> int:
        from chair.services.between import since_last_meeting as changes

        found = changes(open_db(args))
        _print(args, _since_payload(found), _since_text(found))
        return 0

    def trends(args: argparse.Namespace) -> int:
        from chair.config.settings import Settings
        from chair.services import dashboard

        t = dashboard.trends(open_db(args), args.pillar,
                             Settings().get("metrics.targets") or None)
        weeks = [_date(w * 86400) for w in t.weeks]
        payload = {"pillar": t.pillar, "weeks": weeks, "metric": t.metric, "target": t.target,
                   "voices": [{"area": a, "per_week": list(n)} for a, n in t.volumes],
                   "values": [{"area": a, "per_week": list(v)} for a, v in t.series]}
        lines = [f"{t.pillar}: voices per week from {weeks[0]} to {weeks[-1]} (Mondays)"]
        lines += [f"  {a or '(other areas)':<20} " + " ".join(f"{n:>4}" for n in ns)
                  for a, ns in t.volumes]
        lines.append(f"{t.metric} per week (target {_pct(t.target)})")
        lines += [f"  {a:<20} " + " ".join(f"{_pct(v):>6}" for v in vs) for a, vs in t.series]
        _print(args, payload, "\n".join(lines))
        return 0

    def digest(args: argparse.Namespace) -> int:
        from chair.config.settings import Settings
        from chair.outbox.service import account_from_settings
        from chair.services import digest as service
        from chair.ui import wording
        from chair.ui.export import interface_words

        settings = Settings()
        to = [a.strip() for a in (args.to or "").split(",") if a.strip()] or \
            service.recipients(settings)
        if args.if_due and not service.is_due(settings, int(time.time())):
            print("The weekly digest is not due yet (settings digest.to, digest.day, "
                  "digest.hour).")
            return 0
        account = account_from_settings(settings)
        if account is None:
            raise ChairError("The digest goes by email: set an SMTP server in Settings.")
        sent = service.send_digest(open_db(args, write=args.if_due), phrases=wording,
                                   words=interface_words(), to=to, account=account,
                                   settings=settings, claim=args.if_due)
        print(f"Sent the digest to {', '.join(to)}" if sent else
              "This week's digest went out already.")
        return 0

    def detect(args: argparse.Namespace) -> int:
        from chair.services import detection

        found = detection.run(open_db(args, write=True))
        payload = [_detection_payload(d) for d in found.found]
        lines = [_detection_line(d) + ("  (new)" if d.id in found.new else "")
                 for d in found.found]
        _print(args, payload, "\n".join(lines) or "Nothing stands out: no spike of voices in "
               "any pillar and area, no new phrase from several customers.")
        return 0

    def detections_command(args: argparse.Namespace) -> int:
        from chair.store import detections

        if args.action in ("dismiss", "reopen"):
            if args.id is None:
                raise ChairError(f"`chair detections {args.action}` needs the detection's ID.")
            db = open_db(args, write=True)
            state = "dismissed" if args.action == "dismiss" else "open"
            if not detections.decide(db, args.id, state, who=_who()):
                raise ChairError(f"There is no detection #{args.id}.")
            print(f"Detection #{args.id} {'dismissed' if state == 'dismissed' else 'reopened'}.")
            return 0
        found = detections.all_detections(open_db(args))
        _print(args, [_detection_payload(d) for d in found],
               "\n".join(_detection_line(d) + f"  [{d.state}]" for d in found)
               or "Nothing noticed yet (`chair detect` looks).")
        return 0

    return {"escalate": escalate, "escalation": escalation, "owners": owners_command,
            "meetings": meetings_command, "correct": correct, "delete": delete,
            "sources": sources, "remove-source": remove_source, "remind": remind,
            "since-last-meeting": since_last_meeting, "export": export, "detect": detect,
            "digest": digest, "decisions": decisions_command, "trends": trends,
            "areas": areas_command,
            "detections": detections_command}


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{value:.1%}"


def _decision_payload(d: Any) -> dict[str, object]:
    return {"id": d.id, "meeting_id": d.meeting_id, "meeting": d.meeting_title,
            "decided": _iso(d.decided_at), "text": d.text, "owner": d.owner,
            "follow_up": _iso(d.follow_up), "done": _iso(d.done_at)}


def _decision_line(d: Any) -> str:
    """'#41 decided 2026-11-24: Gate codes in every route — Piotr, follow up by 2026-12-01'."""
    line = f"#{d.id} decided {_date(d.decided_at)}: {d.text}"
    if d.owner or d.follow_up is not None:
        line += f" — {d.owner or 'no owner'}"
        line += f", follow up by {_date(d.follow_up)}" if d.follow_up is not None else ""
    return line + (f"  [followed up {_date(d.done_at)}]" if d.done_at is not None else "")


def _detection_payload(d: Any) -> dict[str, object]:
    return {"id": d.id, "kind": d.kind, "pillar": d.pillar, "area": d.area, "words": d.words,
            "first_seen": _iso(d.first_seen), "last_seen": _iso(d.last_seen),
            "recent": d.recent, "expected": round(d.expected, 1), "evidence": list(d.evidence),
            "state": d.state, "escalation_id": d.escalation_id}


def _detection_line(d: Any) -> str:
    if d.kind == "spike":
        what = (f"{d.pillar} voices in {d.area}: {d.recent} in 7 days against "
                f"{d.expected:.1f} expected")
    else:
        what = f"new phrase “{d.words}”: {d.recent} voices in 4 days, {d.expected:.0f} before"
    return f"#{d.id:<4} {_date(d.last_seen)}  {what}  (voices {', '.join(map(str, d.evidence))})"


def _escalation_payload(e: Any, now: int) -> dict[str, object]:
    return {"id": e.id, "owner": e.owner_name, "subject": e.subject, "pillar": e.pillar,
            "area": e.area, "status": str(e.status), "opened": _iso(e.opened_at),
            "due": _iso(e.due_at), "days_open": (now - e.opened_at) // 86400}


def _disagreement_payload(d: Any) -> dict[str, object]:
    return {"pillar": d.pillar, "area": d.area, "metric": d.metric, "value": d.value,
            "target": d.target, "voices": d.voices_recent,
            "expected": round(d.voices_expected, 1)}


def _since_payload(found: Any) -> dict[str, object]:
    now = found.until
    return {
        "since": _iso(found.since), "until": _iso(now),
        "meeting": None if found.meeting_id is None else {"id": found.meeting_id,
                                                          "title": found.meeting_title},
        "voices": found.voices,
        "volumes": [{"pillar": v.pillar, "area": v.area, "new": v.new,
                     "expected": round(v.expected, 1)} for v in found.volumes],
        "escalations": {key: [_escalation_payload(e, now) for e in getattr(found, key)]
                        for key in ("raised", "answered", "overdue")},
        "actions_due": [{"escalation_id": eid, "action": a.description, "owner": a.owner,
                         "due": _iso(a.due_at), "overdue": a.is_overdue(now)}
                        for eid, a in found.actions_due],
        "decisions_due": [_decision_payload(d) for d in found.decisions_due],
        "metrics": [{"pillar": m.pillar, "metric": m.metric, "area": m.area,
                     "before": m.before, "after": m.after, "target": m.target,
                     "better": m.better} for m in found.metrics],
        "disagreements": {"appeared": [_disagreement_payload(d) for d in found.appeared],
                          "gone": [_disagreement_payload(d) for d in found.gone]},
    }


def _since_text(found: Any, shown: int = 8) -> str:
    days = (found.until - found.since) / 86400
    head = (f"Since “{found.meeting_title or 'the last meeting'}” ended"
            if found.meeting_id is not None else "No meeting has ended yet: the last 7 days")
    lines = [f"{head} ({_date(found.since)}, {days:.0f} days ago)",
             f"{found.voices:,} new voices about price, selection and delivery (each text "
             "once)"]
    lines += [f"  {v.pillar} · {v.area or '(no area)'}: {v.new} (about {v.expected:.0f} "
              f"the weeks before would bring)" for v in found.volumes[:shown]]
    lines.append(f"'?': {len(found.raised)} raised, {len(found.answered)} answered, "
                 f"{len(found.overdue)} overdue")
    lines += [f"  overdue #{e.id} {e.subject[:50]} — {e.owner_name}, due {_date(e.due_at)}"
              for e in found.overdue[:shown]]
    lines.append(f"Corrective actions due: {len(found.actions_due)}")
    lines += [f"  #{eid} {a.description[:60]} — {a.owner}, due {_date(a.due_at or 0)}"
              for eid, a in found.actions_due[:shown]]
    lines.append(f"Decisions to follow up: {len(found.decisions_due)}")
    lines += [f"  {_decision_line(d)}" for d in found.decisions_due[:shown]]
    lines.append(f"Metrics that moved: {len(found.metrics)}")
    lines += [f"  {m.pillar} {m.metric} {m.area}: {m.before:.1%} → {m.after:.1%} "
              f"(target {m.target:.1%})" for m in found.metrics[:shown]]
    for label, items in (("appeared", found.appeared), ("went away", found.gone)):
        lines.append(f"Disagreements that {label}: {len(items)}")
        lines += [f"  {d.pillar} in {d.area}: {d.metric} {d.value:.1%} says fine, "
                  f"{d.voices_recent} complaints against {d.voices_expected:.0f} expected"
                  for d in items]
    return "\n".join(lines)


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
    p = parser("areas", "the areas voices, metrics and owners name (those matching no voice "
               "and no known place first), or map a spelling to an area once", True)
    p.add_argument("action", nargs="?", default="list", choices=("list", "map"))
    p.add_argument("values", nargs="*", metavar="SPELLING AREA")
    p = parser("trends", "a pillar over the last twelve weeks per area: the voices (each text "
               "once) and its headline metric", True)
    p.add_argument("pillar", choices=("price", "selection", "delivery"))
    p = parser("decisions", "meetings' decisions: list them, those to follow up this week "
               "(due), or mark one followed up (done) or not (undo)", True)
    p.add_argument("action", nargs="?", default="list", choices=("list", "due", "done", "undo"))
    p.add_argument("id", type=int, nargs="?", metavar="ID")

    p = parser("correct", "correct a voice's pillar or area (kept over reclassifying)")
    p.add_argument("voice", type=int, metavar="VOICE_ID")
    p.add_argument("--pillar", choices=("price", "selection", "delivery", "other"))
    p.add_argument("--area")

    p = parser("delete", "remove one voice (a customer's deletion request)")
    p.add_argument("voice", type=int, metavar="VOICE_ID")

    parser("sources", "where the voices came from, with counts", True)
    parser("remind", "email each owner of an overdue '?' a reminder (once a day at most; for "
           "a daily scheduled task)")
    p = parser("export", "write a Correction of Error, a meeting's minutes or the one-page "
               "pre-read for the next meeting as Markdown or PDF")
    p.add_argument("what", choices=("coe", "minutes", "brief"))
    p.add_argument("id", type=int, nargs="?", metavar="ID",
                   help="the escalation (or meeting) number; none for the brief")
    p.add_argument("--format", choices=("md", "pdf"),
                   help="md or pdf (default: what the file name ends with)")
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p.add_argument("--redact", action="store_true",
                   help="hide personal data in the voices (minutes of a redacted meeting "
                   "always are; the brief always is)")

    p = parser("digest", "email the weekly digest (the pre-read, as HTML with a plain-text "
               "part) now")
    p.add_argument("--to", metavar="ADDRESS,...", help="to whom (default: setting digest.to)")
    p.add_argument("--if-due", action="store_true",
                   help="only when this week's is due and has not gone from any laptop (for "
                   "an hourly scheduled task)")

    parser("detect", "look for spikes of voices per pillar and area and for new phrases from "
           "several customers, and log what stands out (for a scheduled task)", True)
    p = parser("detections", "the log of what chair noticed: list it, or dismiss or reopen "
               "one", True)
    p.add_argument("action", nargs="?", default="list", choices=("list", "dismiss", "reopen"))
    p.add_argument("id", nargs="?", type=int, metavar="ID")

    parser("since-last-meeting", "what changed since the last meeting ended: new voices per "
           "pillar and area, '?' raised, answered and overdue, actions due, metrics that "
           "moved, disagreements that appeared or went", True)

    p = parser("remove-source", "take back everything one source brought (voices and "
               "rejected records)")
    p.add_argument("source", metavar="SOURCE", help="as `chair sources` names it")
    p.add_argument("--yes", action="store_true", help="remove without asking")


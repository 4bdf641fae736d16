"""The command line: the window's operations for scripts; known errors become one line."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from chair import __version__
from chair.domain.errors import ChairError
from chair.domain.model import Voice

if TYPE_CHECKING:
    from chair.store.db import Database


def _iso(ts: int | None) -> str | None:
    if ts is None:
        return None
    return dt.datetime.fromtimestamp(ts, dt.UTC).isoformat().replace("+00:00", "Z")


def voice_json(v: Voice) -> dict[str, Any]:
    return {
        "id": v.id, "received_at": _iso(v.received_at) if v.date_known else None,
        "source": v.source,
        "channel": str(v.channel), "language": v.language, "author": v.author,
        "subject": v.subject, "text": v.text, "pillar": str(v.pillar), "area": v.area,
        "rating": v.rating, "escalation_id": v.escalation_id,
        "complaints": list(v.complaints),
    }


def _db_path(args: argparse.Namespace) -> Path:
    from chair.config.paths import default_db_path

    return Path(args.db) if args.db else default_db_path()


def _db(args: argparse.Namespace, *, write: bool = False) -> Database:
    """The database for a command. One that only reads never creates a database (a mistyped
    --db says so instead of showing an empty one). A file of ordinary size is checked for
    damage first: a damaged one is reported, never read as if whole nor written to."""
    from chair.services.upkeep import settle
    from chair.store import connect, pg
    from chair.store.db import CHECK_BELOW_BYTES

    if args.db and pg.is_team_url(args.db):
        from chair.teamcli import open_team

        return open_team(args.db)
    db = connect(_db_path(args), create=write, check_below=CHECK_BELOW_BYTES)
    try:
        settle(db)  # what an upgrade of the schema left to do
    except BaseException:
        db.close()
        raise
    return db


def read_password(account: str, *, from_stdin: bool) -> str:
    """A password from standard input (one line), or asked for without echo; never empty."""
    if from_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        import getpass

        password = getpass.getpass(f"Password for {account}: ")
    if not password:
        raise ChairError("No password given.")
    return password


def _print(args: argparse.Namespace, payload: object, text: str) -> None:
    if args.json:
        print(json.dumps(payload, ensure_ascii=False, indent=2))
    else:
        print(text)


def cmd_demo(args: argparse.Namespace) -> int:
    from chair.ingest.demo import create_demo, remove_demo

    db = _db(args, write=True)
    if args.remove:
        print(f"Removed the demo data ({remove_demo(db):,} voices).")
        return 0
    start = time.perf_counter()

    def progress(done: int, total: int) -> None:
        if sys.stderr.isatty():
            print(f"\r{done:,} / {total:,} voices", end="", file=sys.stderr, flush=True)

    result = create_demo(db, voices=args.voices, seed=args.seed, progress=progress)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(
        f"Demo data: {result.voices:,} voices written ({result.duplicates:,} already there), "
        f"{result.metrics:,} metric observations, {result.owners} owners, "
        f"{result.escalations} escalations, {result.meetings} meeting "
        f"in {time.perf_counter() - start:.1f} s."
    )
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    from chair.services import dashboard

    found = dashboard.stats(_db(args))
    stats = {
        "voices": found.voices, "copies": found.copies, "languages": found.languages,
        "pillars": found.pillars,
        "areas": found.areas, "sources": found.sources,
        "escalations_open": found.escalations_open, "rejects": found.rejects,
        "metrics": {"observations": found.metric_observations, "days": found.metric_days},
        "schema_version": found.schema_version,
    }
    lines = [f"{found.voices:,} voices ({found.copies:,} repeat another's words)"]
    for key in ("languages", "pillars", "areas", "sources"):
        counts: dict[str, int] = getattr(found, key)
        lines.append(f"  {key}: " + ", ".join(f"{k or '(none)'} {n:,}" for k, n in counts.items()))
    lines.append(f"{found.escalations_open} open escalations, {found.rejects} rejects")
    lines.append(f"metrics: {found.metric_observations:,} observations over "
                 f"{found.metric_days} days")
    _print(args, stats, "\n".join(lines))
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    from chair.domain.model import VoiceFilter
    from chair.store import voices

    query = " ".join(args.query)
    since = None
    if args.since:
        try:
            since = int(dt.datetime.combine(dt.date.fromisoformat(args.since),
                                            dt.time()).timestamp())
        except ValueError:
            raise ChairError(f"--since takes a date as YYYY-MM-DD, not '{args.since}'.") from None
    flt = VoiceFilter(query=query, pillars=tuple(args.pillar or ()), areas=tuple(args.area or ()),
                      since=since)
    if flt.is_empty:
        raise ChairError("`chair search` needs something to look for (words, --pillar, --area "
                         "or --since).")
    db = _db(args)
    found = voices.page(db, flt, limit=args.limit)
    total = voices.count_matching(db, flt)
    text = "\n".join(
        f"#{v.id:<7} {_iso(v.received_at) if v.date_known else 'date unknown':<20}  "
        f"{v.area or '-':<16} {v.pillar:<9} "
        f"{(v.subject + ': ' if v.subject else '') + v.text.replace(chr(10), ' ')[:90]}"
        for v in found
    )
    text = f"{text}\n{len(found):,} of {total:,} voices" if found else "No voices match."
    _print(args, [voice_json(v) for v in found], text)
    return 0


def cmd_escalations(args: argparse.Namespace) -> int:
    from chair.store import escalations

    now = int(time.time())
    items = escalations.all_escalations(_db(args)) if args.all else \
        escalations.open_escalations(_db(args))
    payload = [
        {"id": e.id, "status": str(e.status), "owner": e.owner_name, "owner_email": e.owner_email,
         "opened": _iso(e.opened_at), "due": _iso(e.due_at), "overdue": e.is_overdue(now),
         "subject": e.subject, "pillar": e.pillar, "area": e.area, "voice_id": e.voice_id,
         "overdue_actions": e.overdue_actions, "forward": e.forward_state}
        for e in items
    ]
    text = "\n".join(
        f"#{e.id:<4} {e.status:<14} due {_iso(e.due_at)[:10]}"  # type: ignore[index]
        f"{'  OVERDUE' if e.is_overdue(now) else '         '}  {e.owner_name}  {e.subject}"
        for e in items
    ) or "No open escalations."
    _print(args, payload, text)
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from chair.ingest.columns import parse_map_option
    from chair.ingest.model import ImportState
    from chair.ingest.run import run_import

    try:
        mapping = parse_map_option(args.map) if args.map else None
    except ValueError as exc:
        raise ChairError(str(exc)) from exc
    db = _db(args, write=True)
    tty = sys.stderr.isatty() and not args.json

    def progress(done: int, total: int) -> None:
        if tty and total:
            print(f"\r{done / total:6.1%} of {total / 1e6:,.1f} MB", end="", file=sys.stderr,
                  flush=True)

    result = run_import(args.sources, db, ImportState(progress), preset=args.preset,
                        mapping=mapping, record_type=args.record_type,
                        workers=args.workers)
    if tty:
        print("\r" + " " * 30 + "\r", end="", file=sys.stderr)
    lines = []
    for s in result.sources:
        line = f"{s.source}: {s.imported:,} imported, {s.duplicates:,} duplicates, " \
               f"{s.rejected:,} rejected"
        if s.error:
            line += f" — {s.error}"
        lines.append(line)
        for reason, n in sorted(s.reasons.items(), key=lambda kv: -kv[1])[:3]:
            lines.append(f"    {n:,} × {reason}")
        if s.repaired:
            lines.append(f"    {s.repaired:,} stored with unreadable characters: their text is "
                         "now this file's")
        if s.undated:
            lines.append(f"    {s.undated:,} without a readable date: shown as \"date unknown\", "
                         "listed after the dated voices")
        if s.unmatched_areas:
            lines.append(_unmatched_line(s.unmatched_areas))
    lines.append(f"Total: {result.imported:,} imported, {result.duplicates:,} duplicates, "
                 f"{result.rejected:,} rejected" + (" (cancelled)" if result.cancelled else ""))
    if result.rejected:
        lines.append("`chair rejects` lists every rejected record with its reason.")
    _print(args, result.as_json(), "\n".join(lines))
    if result.unreadable or not result.sources:
        return 1
    return 0


def _unmatched_line(areas: list[str]) -> str:
    """'3 areas match no voice and no known place: …', with what to do about it."""
    shown = ", ".join(areas[:8]) + (" …" if len(areas) > 8 else "")
    return (f"    {len(areas)} areas match no voice and no known place: {shown} "
            "(`chair areas map SPELLING AREA` maps a spelling to an area)")


def cmd_import_metrics(args: argparse.Namespace) -> int:
    from chair.ingest.metrics_import import import_metrics

    db = _db(args, write=True)
    results = []
    for name in args.files:
        try:
            results.append(import_metrics(db, Path(name)))
        except ChairError as exc:
            if len(args.files) == 1:
                raise
            print(f"chair: {exc}", file=sys.stderr)
    lines = []
    for r in results:
        lines.append(f"{r.source}: {r.imported:,} observations imported, {r.rejected:,} rejected")
        lines.extend(f"    {n:,} × {reason}" for reason, n in
                     sorted(r.reasons.items(), key=lambda kv: -kv[1])[:5])
        if r.unmatched_areas:
            lines.append(_unmatched_line(r.unmatched_areas))
    _print(args, [r.as_json() for r in results], "\n".join(lines))
    return 0 if results and any(r.imported or r.rejected for r in results) else 1


def cmd_rejects(args: argparse.Namespace) -> int:
    from chair.store import rejects

    items = rejects.all_rejects(_db(args))
    payload = [{"source": r.source, "location": r.location, "reason": r.reason} for r in items]
    text = "\n".join(f"{r.location}  {r.reason}" for r in items) or "No rejected records."
    _print(args, payload, text)
    return 0


def cmd_source(args: argparse.Namespace) -> int:
    from chair.config import secrets
    from chair.config.settings import Settings
    from chair.ingest.imap import ImapAccount, connect_account

    settings = Settings()
    imap = list(settings.get("sources.imap"))
    folders = list(settings.get("sources.watch"))
    if args.action == "list":
        payload = {"imap": imap, "watch": folders}
        lines = [f"imap   {u}" for u in imap] + [f"folder {f}" for f in folders]
        _print(args, payload, "\n".join(lines) or "No live sources. Add one with "
               "`chair source add imap://user@host/INBOX` or `chair source add FOLDER`.")
        return 0
    if not args.target:
        raise ChairError(f"`chair source {args.action}` needs an imap:// URL or a folder")
    target = args.target
    if target.startswith(("imap://", "imaps://")):
        account = ImapAccount.from_url(target)
        if args.action == "remove":
            settings.set("sources.imap", [u for u in imap if u != account.url])
            settings.save()
            secrets.delete_password("imap", account.key)
            print(f"Removed {account.url} and its password.")
            return 0
        password = read_password(account.key, from_stdin=args.password_stdin)
        if not args.no_check:
            connect_account(account, password, timeout=20).logout()
        secrets.set_password("imap", account.key, password)
        if account.url not in imap:
            settings.set("sources.imap", [*imap, account.url])
            settings.save()
        print(f"Added {account.url}; its password is in the system keyring "
              f"({secrets.backend_name()}).")
        return 0
    folder = str(Path(target).expanduser().resolve())
    if args.action == "remove":
        settings.set("sources.watch", [f for f in folders if f != folder])
    elif folder not in folders:
        Path(folder).mkdir(parents=True, exist_ok=True)
        settings.set("sources.watch", [*folders, folder])
    settings.save()
    print(f"{'Removed' if args.action == 'remove' else 'Watching'} {folder}")
    return 0


def cmd_watch(args: argparse.Namespace) -> int:
    import signal
    import threading

    from chair.config.paths import default_db_path
    from chair.config.settings import Settings
    from chair.ingest.live import LiveSources
    from chair.store import connect
    from chair.store.db import CHECK_BELOW_BYTES

    settings = Settings()
    path = Path(args.db) if args.db else default_db_path()
    connect(path, check_below=CHECK_BELOW_BYTES).close()
    imap = settings.get("sources.imap")
    folders = settings.get("sources.watch")
    if not imap and not folders:
        raise ChairError("No live sources are configured. Add one with `chair source add`.")
    lock = threading.Lock()

    def say(text: str) -> None:
        with lock:
            print(f"{time.strftime('%H:%M:%S')} {text}", flush=True)

    live = LiveSources(
        path, imap_urls=imap, folders=folders, poll_seconds=args.poll,
        on_voices=lambda source, n: say(f"{source}: {n} new voice{'s' if n != 1 else ''}"),
        on_status=lambda source, message: say(f"{source}: {message}"),
    )
    done = threading.Event()
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: done.set())
    live.start()
    done.wait()
    say("stopping")
    live.stop()
    return 0


def cmd_disagreements(args: argparse.Namespace) -> int:
    from chair.services import dashboard

    db = _db(args)
    found = dashboard.disagreements(db)
    payload, lines = [], []
    for d in found:
        evidence = dashboard.evidence(db, d)
        payload.append({
            "pillar": d.pillar, "area": d.area, "metric": d.metric, "value": round(d.value, 5),
            "target": round(d.target, 5), "on_target": True, "voices_recent": d.voices_recent,
            "voices_expected": round(d.voices_expected, 2), "ratio": round(d.ratio, 2),
            "p_value": d.p_value, "surprise": round(d.surprise, 2),
            "window": [_iso(d.first_day * 86400), _iso((d.last_day + 1) * 86400)],
            "voices": [voice_json(v) for v in evidence],
        })
        lines.append(f"{d.pillar} in {d.area}: {d.metric} {d.value:.1%} (target {d.target:.1%}) "
                     f"says fine, but {d.voices_recent} complaints in "
                     f"{d.last_day - d.first_day + 1} days against {d.voices_expected:.1f} "
                     f"expected (p = {d.p_value:.1e})")
        lines.extend(f"    “{' '.join(v.text.split())[:110]}”" for v in evidence)
    _print(args, payload, "\n".join(lines) or "No disagreements: where the metrics are on "
           "target, the voices agree.")
    return 0


def cmd_reclassify(args: argparse.Namespace) -> int:
    from chair.ingest.reclassify import reclassify_all

    seen, changed = reclassify_all(_db(args, write=True))
    print(f"Classified {seen:,} voices again; {changed:,} changed. Corrections made by hand "
          f"were kept.")
    return 0


def cmd_forward(args: argparse.Namespace) -> int:
    from chair.outbox.service import forward_escalation

    message_id = forward_escalation(_db(args), args.id)
    print(f"Sent the '?' of escalation #{args.id} (Message-ID <{message_id}>)")
    return 0


def run_gui(args: argparse.Namespace) -> int:
    from chair.app import main as gui_main

    return gui_main(db_path=args.db, smoke_test=args.smoke_test, meeting=args.meeting,
                    demo_if_new=args.demo_if_new)


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS,
                        help="database file (default: chair.db in the per-user data folder), "
                             "or a team database: postgresql://user@host:port/database")
    parser = argparse.ArgumentParser(
        prog="chair", description="A seat for the customer at the leadership table.",
        parents=[common],
    )
    # Not db=None here: parents share the --db action, and set_defaults would change its
    # SUPPRESS default for every subcommand too. main() fills in the missing value.
    parser.set_defaults(func=run_gui)
    parser.add_argument("--version", action="version", version=f"chair {__version__}")
    parser.add_argument("--meeting", action="store_true",
                        help="open straight into meeting mode (the launcher's Meeting mode)")
    parser.add_argument("--demo-if-new", action="store_true",
                        help="fill a database file that does not exist yet with the demo data "
                             "(what scripts/start.sh does on the first start)")
    parser.add_argument("--smoke-test", action="store_true",
                        help="open the store, build the window offscreen, render once, exit")
    sub = parser.add_subparsers(title="commands", metavar="COMMAND")

    demo = sub.add_parser("demo", parents=[common], help="create the demo dataset")
    demo.add_argument("--voices", type=int, default=2000, help="how many voices (default 2000)")
    demo.add_argument("--seed", type=int, default=7, help="random seed (default 7)")
    demo.add_argument("--remove", action="store_true", help="remove the demo data instead")
    demo.set_defaults(func=cmd_demo)

    stats = sub.add_parser("stats", parents=[common], help="counts of what the database holds")
    stats.add_argument("--json", action="store_true", help="print one JSON object")
    stats.set_defaults(func=cmd_stats)

    search = sub.add_parser("search", parents=[common], help="full-text search, newest first")
    # Any number of words, one starting with "-" included ("chair search -late"): main() hands
    # words argparse took for options back to the query.
    search.add_argument("query", nargs="*")
    search.add_argument("--limit", type=int, default=50)
    search.add_argument("--pillar", action="append",
                        choices=("price", "selection", "delivery", "other"),
                        help="only this pillar (again for more)")
    search.add_argument("--area", action="append", help="only this area (again for more)")
    search.add_argument("--since", metavar="YYYY-MM-DD", help="only voices from this day on")
    search.add_argument("--json", action="store_true", help="print a JSON list of voices")
    search.set_defaults(func=cmd_search)

    from chair.commands import add_parsers

    add_parsers(sub, common, _db)

    from chair.teamcli import add_team_parser

    add_team_parser(sub)

    imp = sub.add_parser("import", parents=[common],
                         help="import voices from files, folders, mbox, Maildir or imap:// URLs")
    imp.add_argument("sources", nargs="+", metavar="SOURCE")
    imp.add_argument("--preset", help="a known export: zendesk, intercom, trustpilot, "
                     "google-play, app-store, cfpb, freshdesk, help-scout (detected when "
                     "not given)")
    imp.add_argument("--map", metavar="FIELD=COLUMN,...",
                     help="name the columns: text, date, rating, id, author, language, title, "
                     "area, channel")
    imp.add_argument("--record-type", help="in a mixed JSON stream, import only this type")
    imp.add_argument("--workers", type=int, metavar="N",
                     help="processes that classify (default: by size and cores; 0: none)")
    imp.add_argument("--json", action="store_true", help="print one JSON object")
    imp.set_defaults(func=cmd_import)

    imm = sub.add_parser("import-metrics", parents=[common],
                         help="import metric observations (CSV or JSON; see README)")
    imm.add_argument("files", nargs="+", metavar="FILE")
    imm.add_argument("--json", action="store_true")
    imm.set_defaults(func=cmd_import_metrics)

    src = sub.add_parser("source", parents=[common], help="live sources: IMAP folders and "
                         "watched folders")
    src.add_argument("action", choices=("add", "remove", "list"))
    src.add_argument("target", nargs="?", help="imap://user@host:port/FOLDER or a folder")
    src.add_argument("--password-stdin", action="store_true",
                     help="read the IMAP password from standard input instead of asking")
    src.add_argument("--no-check", action="store_true", help="do not try to log in first")
    src.add_argument("--json", action="store_true")
    src.set_defaults(func=cmd_source)

    watch = sub.add_parser("watch", parents=[common],
                           help="keep the live sources flowing in until interrupted")
    watch.add_argument("--poll", type=float, default=60,
                       help="seconds between checks where IMAP IDLE is missing (default 60)")
    watch.set_defaults(func=cmd_watch)

    dis = sub.add_parser("disagreements", parents=[common],
                         help="where a metric is on target but the voices say otherwise")
    dis.add_argument("--json", action="store_true", help="print a JSON list")
    dis.set_defaults(func=cmd_disagreements)

    recl = sub.add_parser("reclassify", parents=[common],
                          help="classify stored voices again (after changing the taxonomy)")
    recl.set_defaults(func=cmd_reclassify)

    rej = sub.add_parser("rejects", parents=[common], help="records that could not be imported")
    rej.add_argument("--json", action="store_true", help="print a JSON list")
    rej.set_defaults(func=cmd_rejects)

    esc = sub.add_parser("escalations", parents=[common], help="the open '?' escalations")
    esc.add_argument("--all", action="store_true", help="closed ones too")
    esc.add_argument("--json", action="store_true", help="print a JSON list")
    esc.set_defaults(func=cmd_escalations)

    fwd = sub.add_parser("forward", parents=[common],
                         help="send (or send again) the '?' of an escalation to its owner")
    fwd.add_argument("id", type=int, metavar="ID")
    fwd.set_defaults(func=cmd_forward)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args, extra = parser.parse_known_args(argv)
    if extra and getattr(args, "func", None) is cmd_search:
        args.query = [*args.query, *extra]  # "chair search -late": a word, not an option
    elif extra:
        parser.error(f"unrecognized arguments: {' '.join(extra)}")
    args.db = getattr(args, "db", None)
    if args.smoke_test:
        args.func = run_gui
    try:
        if args.func is not run_gui:  # the window applies them as it opens its database
            from chair.services.setup import apply_settings

            apply_settings()
        return int(args.func(args))
    except ChairError as exc:
        print(f"chair: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:
        # Classified where it arose when that was possible; here the rest of what the disk
        # and the database file can do (full, read-only, damaged) becomes one line too. (The
        # store is imported only now: the window's first paint does not wait for it.)
        from chair.store.db import StoreError, database_error

        if not isinstance(exc, (StoreError, OSError)):
            raise
        known = database_error(exc, _db_path(args))
        if known is None:
            raise
        print(f"chair: {known}", file=sys.stderr)
        return 2

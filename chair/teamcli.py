"""`chair team` and `--db postgresql://…`: the command line on a team database (see
chair.store.pg); its password goes to and comes from the system keyring only."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from chair.domain.errors import ChairError

if TYPE_CHECKING:
    from chair.store.db import Database


def open_team(url: str) -> Database:
    """The team store at `url`, with the password `chair team login` put in the keyring."""
    from chair.services import team

    return team.open_team(url)


def cmd_team(args: argparse.Namespace) -> int:
    """`chair team login URL`: check the team store's address and password (setting up its
    schema if it is new) and keep the password in the system keyring. `init` does so as
    the database's administrator and creates the roles; `add`, `remove` and `people` manage
    who may sign in."""
    from chair.cli import read_password
    from chair.config import secrets
    from chair.services import team
    from chair.store import pg

    if args.action in ("push", "export"):
        return _transfer(args)
    if args.action == "redact":
        return _redact(args.url or "", args.quiet)
    url = args.url
    if not url:
        raise ChairError(f"chair team {args.action} needs the team database's address "
                         "(postgresql://user@host:port/database).")
    if not pg.is_team_url(url):
        raise ChairError(f"{url} is not a team database (postgresql://user@host:port/database)")
    account = pg.account_of(url)
    if args.action == "logout":
        secrets.delete_password("postgresql", account)
        print(f"Removed the password of {account} from the system keyring.")
        return 0
    if args.action in ("login", "init"):
        password = read_password(account, from_stdin=args.password_stdin)
        db = team.connect(url, password)
        try:
            if args.action == "init":
                _init(db)
        finally:
            db.close()
        secrets.set_password("postgresql", account, password)
        print(f"Signed in to {account}; the password is in the system keyring "
              f"({secrets.backend_name()}). Open it with --db {url}")
        return 0
    db = team.open_team(url)
    try:
        return _people(db, args)
    finally:
        db.close()


def _transfer(args: argparse.Namespace) -> int:
    """push: --from FILE.db --to postgresql://…; export: --from postgresql://… --to FILE.db
    (the team store may also be given as the address after the action)."""
    import sys
    import time
    from pathlib import Path

    from chair.services import team
    from chair.store import pg

    pushing = args.action == "push"
    url = (args.to if pushing else args.source) or args.url
    path = args.source if pushing else args.to
    if not url or not pg.is_team_url(url) or not path or pg.is_team_url(path):
        raise ChairError("chair team push --from FILE.db --to postgresql://…, or chair team "
                         "export --from postgresql://… --to FILE.db")
    started = time.monotonic()
    shown = [0.0]

    def progress(what: str, done: int, total: int) -> None:
        now = time.monotonic()
        if now - shown[0] >= 1 or done == total:
            shown[0] = now
            label = "voices" if what == "voices" else "voices redacted for viewers"
            print(f"\r{done:,} of {total:,} {label} ({100 * done // max(total, 1)}%)   ",
                  end="\n" if done == total else "", file=sys.stderr, flush=True)

    if pushing:
        result = team.push(Path(path), url, team.saved_password(url), progress=progress,
                           redact=args.wait)
    else:
        result = team.export(url, team.saved_password(url), Path(path), progress=progress)
    others = ", ".join(f"{n:,} {table}" for table, n in sorted(result.copied.items()) if n)
    print(f"{'Pushed' if pushing else 'Exported'} {result.voices_added:,} voices "
          f"({result.voices_known:,} were there already)" + (f"; {others}" if others else "")
          + f" in {time.monotonic() - started:.1f} s. Running it again adds nothing; "
          "one that was cut off goes on where it stopped.")
    if pushing and not args.wait:
        _redact_in_background(url)
    return 0


def _redact_in_background(url: str) -> None:
    """What viewers read of the pushed voices, made by a process of its own that goes on
    after this command returns (`chair team redact URL` does the same in the foreground;
    anything it leaves, the next push, import or `chair team init` finishes)."""
    import subprocess
    import sys

    subprocess.Popen([sys.executable, "-m", "chair", "team", "redact", url, "--quiet"],
                     stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                     stderr=subprocess.DEVNULL, start_new_session=True)
    print("Viewers see the pushed voices as they are redacted, which goes on in the "
          "background (chair team redact URL shows it; --wait does it before returning).")


def _redaction_shown(done: int, total: int) -> None:
    import sys

    print(f"\r{done:,} of {total:,} voices redacted for viewers", end="", file=sys.stderr,
          flush=True)


def _redact(url: str, quiet: bool = False) -> int:
    import sys

    from chair.services import team
    from chair.store import pg

    if not pg.is_team_url(url):
        raise ChairError("chair team redact postgresql://user@host:port/database")

    done = team.redact(url, team.saved_password(url),
                       progress=None if quiet else _redaction_shown)
    if not quiet:
        print(file=sys.stderr)
        print(f"Redacted {done:,} voices for viewers.")
    return 0


def _init(db: Database) -> None:
    import sys

    from chair.services import team
    from chair.store import people

    groups = people.init(db)
    # Voices stored before the store knew its viewers get what viewers read.
    if team.redact_store(db, progress=_redaction_shown):
        print(file=sys.stderr)
    print("The team database is set up. Its roles: " + ", ".join(groups) + ".")
    print("Add each person with: chair team add URL LOGIN --role leader|owner|facilitator|viewer"
          " --name NAME --email EMAIL")


def _people(db: Database, args: argparse.Namespace) -> int:
    from chair.cli import read_password
    from chair.store import people

    if args.action == "people":
        for p in people.everyone(db):
            print(f"{p.login:<20} {p.role:<12} {p.name} <{p.email}>"
                  + (f"  ({p.area})" if p.area else ""))
        return 0
    if not args.login:
        raise ChairError(f"chair team {args.action} needs the person's login.")
    if args.action == "remove":
        people.remove(db, args.login)
        print(f"{args.login} can no longer sign in; what they did stays in the history.")
        return 0
    if not args.role:
        raise ChairError("chair team add needs --role (leader, owner, facilitator or viewer).")
    password = read_password(f"{args.login} (the new person's password)",
                             from_stdin=args.password_stdin)
    people.add(db, people.Person(args.login, args.name or args.login, args.email or "",
                                 args.role, args.area or ""), password)
    print(f"{args.login} signs in as {args.role}: chair team login "
          f"{_url_for(args.url, args.login)}")
    return 0


def _url_for(url: str, login: str) -> str:
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    port = f":{parts.port}" if parts.port else ""
    return f"postgresql://{login}@{parts.hostname}{port}{parts.path}"


def add_team_parser(sub: Any) -> None:
    team = sub.add_parser(
        "team", help="a team database on PostgreSQL: set up, sign in or out, its people")
    team.add_argument("action", choices=("login", "logout", "init", "add", "remove", "people",
                                         "push", "export", "redact"),
                      help="login/logout: your password in the system keyring; init: set up "
                           "the schema and roles (as its administrator); add/remove/people: "
                           "who may sign in, in which role; push: a laptop's file into the "
                           "team database; export: the team database into a file; redact: "
                           "what viewers read, for voices that have none yet")
    team.add_argument("url", nargs="?",
                      help="postgresql://user@host:port/database (no password in it)")
    team.add_argument("--from", dest="source", metavar="FROM",
                      help="push: the chair file; export: the team database")
    team.add_argument("--to", metavar="TO",
                      help="push: the team database; export: the file to write")
    team.add_argument("login", nargs="?", help="the person's login, for add and remove")
    team.add_argument("--role", choices=("leader", "owner", "facilitator", "viewer"))
    team.add_argument("--name", help="the person's name, as the escalations show it")
    team.add_argument("--email", help="the person's e-mail: the \"?\" sent to it is theirs")
    team.add_argument("--area", help="the person's area (an owner's)")
    team.add_argument("--wait", action="store_true",
                      help="push: redact for viewers before returning, not in the background")
    team.add_argument("--quiet", action="store_true", help=argparse.SUPPRESS)
    team.add_argument("--password-stdin", action="store_true",
                      help="read the password from standard input instead of asking")
    team.set_defaults(func=cmd_team)

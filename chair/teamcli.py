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
    from chair.config import secrets
    from chair.store import pg

    return pg.connect(url, secrets.get_password("postgresql", pg.account_of(url)))


def cmd_team(args: argparse.Namespace) -> int:
    """`chair team login URL`: check the team store's address and password (setting up its
    schema if it is new) and keep the password in the system keyring."""
    from chair.cli import read_password
    from chair.config import secrets
    from chair.store import pg

    url = args.url
    if not pg.is_team_url(url):
        raise ChairError(f"{url} is not a team database (postgresql://user@host:port/database)")
    account = pg.account_of(url)
    if args.action == "logout":
        secrets.delete_password("postgresql", account)
        print(f"Removed the password of {account} from the system keyring.")
        return 0
    password = read_password(account, from_stdin=args.password_stdin)
    pg.connect(url, password).close()
    secrets.set_password("postgresql", account, password)
    print(f"Signed in to {account}; the password is in the system keyring "
          f"({secrets.backend_name()}). Open it with --db {url}")
    return 0


def add_team_parser(sub: Any) -> None:
    team = sub.add_parser("team", help="a team database on PostgreSQL: sign in or out")
    team.add_argument("action", choices=("login", "logout"))
    team.add_argument("url", help="postgresql://user@host:port/database (no password in it)")
    team.add_argument("--password-stdin", action="store_true",
                      help="read the password from standard input instead of asking")
    team.set_defaults(func=cmd_team)

"""The people of a team store and their roles (see chair.store.pg_schema's step 4): each
person is a login role of the server, a member of one of the store's four group roles."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from chair.domain.errors import ChairError
from chair.store.db import transaction
from chair.store.pg_schema import ROLES

if TYPE_CHECKING:
    from chair.store.db import Database


@dataclass(frozen=True, slots=True)
class Person:
    login: str
    name: str = ""
    email: str = ""
    role: str = ""  # leader, owner, facilitator or viewer; "" on a single laptop's file
    area: str = ""


_LOGIN = re.compile(r"[a-z_][a-z0-9_.-]{0,62}")


def _identifier(name: str) -> str:
    from psycopg import sql

    return sql.Identifier(name).as_string(None)


def _literal(value: str) -> str:
    from psycopg import sql

    return sql.Literal(value).as_string(None)


def init(db: Database) -> list[str]:
    """Create the store's group roles (again) and grant each its rights; returns their
    names. Needs the rights of the server's administrator (CREATEROLE)."""
    with transaction(db):
        db.execute("SELECT chair_grant_roles()")
        return [db.execute("SELECT chair_group(?)", [kind]).fetchone()[0] for kind in ROLES]


def add(db: Database, person: Person, password: str) -> None:
    """Let `person` sign in with `password` in their role (a person already there gets the
    new role, name, e-mail and password)."""
    if person.role not in ROLES:
        raise ChairError(f"{person.role!r} is not a role: choose one of {', '.join(ROLES)}.")
    if not _LOGIN.fullmatch(person.login):
        raise ChairError(f"{person.login!r} cannot be a login: use lower-case letters, digits, "
                         "'_', '.' or '-', starting with a letter.")
    login = _identifier(person.login)
    with transaction(db):
        exists = db.execute("SELECT 1 FROM pg_roles WHERE rolname = ?",
                            [person.login]).fetchone()
        verb = "ALTER" if exists else "CREATE"
        db.execute(f"{verb} ROLE {login} LOGIN PASSWORD {_literal(password)}")
        for kind in ROLES:
            group = _identifier(db.execute("SELECT chair_group(?)", [kind]).fetchone()[0])
            db.execute(f"{'GRANT' if kind == person.role else 'REVOKE'} {group} "
                       f"{'TO' if kind == person.role else 'FROM'} {login}")
        database = _identifier(db.execute("SELECT current_database()").fetchone()[0])
        # A viewer's names lead to the redacted views first, whatever program they sign in
        # with; they have no right on the tables behind them anyway.
        if person.role == "viewer":
            db.execute(f"ALTER ROLE {login} IN DATABASE {database} "
                       "SET search_path = chair_viewer, public")
        else:
            db.execute(f"ALTER ROLE {login} IN DATABASE {database} RESET search_path")
        db.execute("INSERT INTO people (login, name, email, role, area) VALUES (?, ?, ?, ?, ?) "
                   "ON CONFLICT (login) DO UPDATE SET name = excluded.name, "
                   "email = excluded.email, role = excluded.role, area = excluded.area",
                   [person.login, person.name, person.email, person.role, person.area])
        # Escalations already sent to this address are theirs now.
        db.execute("UPDATE escalations SET owner_login = ? WHERE owner_login = '' "
                   "AND lower(owner_email) = lower(?) AND ? <> ''",
                   [person.login, person.email, person.email])


def remove(db: Database, login: str) -> None:
    """`login` can no longer sign in; what they did stays in the history."""
    with transaction(db):
        if db.execute("SELECT 1 FROM pg_roles WHERE rolname = ?", [login]).fetchone():
            db.execute(f"ALTER ROLE {_identifier(login)} NOLOGIN")
        db.execute("DELETE FROM people WHERE login = ?", [login])


def everyone(db: Database) -> list[Person]:
    return [Person(*r) for r in db.execute(
        "SELECT login, name, email, role, area FROM people ORDER BY role, name, login")]


def me(db: Database) -> Person:
    """Who this connection signed in as, and their role (a leader for the administrator)."""
    login, role = db.execute("SELECT session_user, chair_role()").fetchone()
    row = db.execute("SELECT name, email, area FROM people WHERE login = ?", [login]).fetchone()
    name, email, area = row if row else (login, "", "")
    return Person(login, name, email, role, area)

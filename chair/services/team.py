"""Opening a team store (see chair.store.pg) as the window and the command line do: with the
redaction its viewers read, and the password from the system keyring."""

from __future__ import annotations

from typing import TYPE_CHECKING

from chair.insight.redaction import share_safe_texts
from chair.store import pg

if TYPE_CHECKING:
    from chair.store.db import Database


def connect(url: str, password: str | None, *, migrate: bool = True) -> Database:
    """The team store at `url`; the voices written through it carry what viewers may read."""
    return pg.connect(url, password, migrate=migrate, share=share_safe_texts)


def saved_password(url: str) -> str | None:
    from chair.config import secrets

    return secrets.get_password("postgresql", pg.account_of(url))


def open_team(url: str) -> Database:
    """The team store at `url`, with the password `chair team login` put in the keyring."""
    return connect(url, saved_password(url))

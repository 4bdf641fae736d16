"""Opening a team store (see chair.store.pg) as the window and the command line do: with the
redaction its viewers read, and the password from the system keyring."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from chair.insight.redaction import share_safe_texts
from chair.store import pg

if TYPE_CHECKING:
    from chair.store.db import Database
    from chair.store.transfer import Progress, TransferResult


def connect(url: str, password: str | None, *, migrate: bool = True) -> Database:
    """The team store at `url`; the voices written through it carry what viewers may read."""
    return pg.connect(url, password, migrate=migrate, share=share_safe_texts)


def saved_password(url: str) -> str | None:
    from chair.config import secrets

    return secrets.get_password("postgresql", pg.account_of(url))


def open_team(url: str) -> Database:
    """The team store at `url`, with the password `chair team login` put in the keyring."""
    return connect(url, saved_password(url))


def push(source: Path, url: str, password: str | None, *,
         progress: Progress | None = None) -> TransferResult:
    """A laptop's file into the team store at `url`: idempotent, and a push that was cut off
    goes on where it stopped. Viewers' redacted text is made in worker processes while the
    server writes."""
    import multiprocessing
    import os
    from concurrent.futures import ProcessPoolExecutor

    from chair.store import connect as open_file
    from chair.store import transfer

    if not source.is_file():
        from chair.domain.errors import ChairError

        raise ChairError(f"There is no chair file at {source}.")
    local, team = open_file(source), connect(url, password)
    try:
        with ProcessPoolExecutor(max_workers=os.cpu_count() or 2,
                                 mp_context=multiprocessing.get_context("spawn")) as pool:
            return transfer.transfer(local, team, progress=progress, executor=pool)
    finally:
        local.close()
        team.close()


def export(url: str, password: str | None, target: Path, *,
           progress: Progress | None = None) -> TransferResult:
    """The team store at `url` into a file, for reading offline (exporting into the same
    file again brings it up to date)."""
    from chair.store import connect as open_file
    from chair.store import transfer

    team, local = connect(url, password), open_file(target)
    try:
        return transfer.transfer(team, local, progress=progress)
    finally:
        team.close()
        local.close()

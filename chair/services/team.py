"""Opening a team store (see chair.store.pg) as the window and the command line do: with the
redaction its viewers read, and the password from the system keyring."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from chair.insight.redaction import share_safe_texts
from chair.services.upkeep import settle
from chair.store import pg

if TYPE_CHECKING:
    from collections.abc import Callable
    from concurrent.futures import ProcessPoolExecutor

    from chair.store.db import Database
    from chair.store.transfer import Progress, TransferResult


def connect(url: str, password: str | None, *, migrate: bool = True) -> Database:
    """The team store at `url`; the voices written through it carry what viewers may read.
    With `migrate`, its schema is brought up to date and what the upgrade left done."""
    db = pg.connect(url, password, migrate=migrate, share=share_safe_texts)
    if migrate:
        try:
            settle(db)
        except BaseException:
            db.close()
            raise
    return db


def saved_password(url: str) -> str | None:
    from chair.config import secrets

    return secrets.get_password("postgresql", pg.account_of(url))


def open_team(url: str) -> Database:
    """The team store at `url`, with the password `chair team login` put in the keyring."""
    return connect(url, saved_password(url))


def push(source: Path, url: str, password: str | None, *,
         progress: Progress | None = None, redact: bool = True) -> TransferResult:
    """A laptop's file into the team store at `url`: idempotent, and a push that was cut off
    goes on where it stopped. With `redact`, what viewers read is then made in worker
    processes; without, it is left to `redact` (viewers see those voices once it ran)."""
    from chair.store import connect as open_file
    from chair.store import transfer

    if not source.is_file():
        from chair.domain.errors import ChairError

        raise ChairError(f"There is no chair file at {source}.")
    from chair.ingest.reclassify import name_stored

    local, team = open_file(source), connect(url, password)
    try:
        if not redact:
            result = transfer.transfer(local, team, progress=progress, redact=False)
        else:
            with _workers() as pool:
                result = transfer.transfer(local, team, progress=progress, executor=pool)
        name_stored(team)  # the file's metrics as its own version spelled their areas
        return result
    finally:
        local.close()
        team.close()


def redact(url: str, password: str | None, *,
           progress: Callable[[int, int], None] | None = None) -> int:
    """Write what viewers read for every voice of the team store that has none yet, in
    worker processes; how many."""
    db = connect(url, password)
    try:
        return redact_store(db, progress=progress)
    finally:
        db.close()


def redact_store(db: Database, *, progress: Callable[[int, int], None] | None = None) -> int:
    """redact, on a team store already open (through connect)."""
    with _workers() as pool:
        return pg.fill_shared(db, executor=pool, progress=progress)


def _workers() -> ProcessPoolExecutor:
    import multiprocessing
    import os
    from concurrent.futures import ProcessPoolExecutor

    return ProcessPoolExecutor(max_workers=os.cpu_count() or 2,
                               mp_context=multiprocessing.get_context("spawn"))


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

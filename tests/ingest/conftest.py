"""Fixtures of the import tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from chair.store import connect


@pytest.fixture(params=["sqlite", "postgresql"])
def store_at(request, db_path: Path):  # type: ignore[no-untyped-def]
    """What opens the test's store: the file at db_path, or a team store on the private
    PostgreSQL server; every test that takes it holds on both."""
    if request.param == "sqlite":
        yield lambda: connect(db_path)
        return
    from chair.services import team

    shared = team.connect(*request.getfixturevalue("team_store"))
    yield lambda: shared
    shared.close()

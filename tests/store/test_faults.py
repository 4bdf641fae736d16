"""Faults of the disk and the database file, met as a user meets them: one line starting with
`chair:`, exit 2, and nothing lost or written where it must not be."""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import CORPORA, without_root_override

ZENDESK = CORPORA / "voices" / "zendesk" / "airbyte-zendesk-chat-expected_records.subset.jsonl"
TWEETS = CORPORA / "voices" / "en" / "vader_tweets_GroundTruth.txt"


def chair(*args: str, prefix: list[str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*(prefix or []), sys.executable, "-m", "chair", *args], capture_output=True,
        text=True, timeout=120, env={**os.environ, "PYTHONWARNINGS": "error"},
    )


def one_line_error(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 2, (result.returncode, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("chair: "), result.stderr
    return lines[0]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_mistyped_db_path_is_reported_and_no_database_is_created(tmp_path: Path) -> None:
    missing = tmp_path / "chiar.db"
    for command in (["stats"], ["search", "late"], ["escalations"], ["rejects"],
                    ["export", "coe", "1", "-o", str(tmp_path / "c.md")]):
        line = one_line_error(chair(*command, "--db", str(missing)))
        assert "no chair database" in line.lower() and str(missing) in line
    assert not missing.exists()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "c.md") == \
        sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("user-"))


def test_another_programs_sqlite_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "photos.sqlite"
    raw = sqlite3.connect(path)
    raw.execute("CREATE TABLE albums (id INTEGER PRIMARY KEY, title TEXT)")
    raw.execute("INSERT INTO albums (title) VALUES ('Holidays')")
    raw.commit()
    raw.close()
    before = digest(path)
    for command in (["stats"], ["demo", "--voices", "20"], ["import", str(ZENDESK)]):
        line = one_line_error(chair(*command, "--db", str(path)))
        assert "another program" in line and "untouched" in line
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("user-")) == \
        ["photos.sqlite"]  # no write-ahead log: never opened for writing


def test_a_database_from_an_earlier_chair_without_the_marker_still_opens(demo_db: Path) -> None:
    raw = sqlite3.connect(demo_db)
    raw.execute("PRAGMA application_id = 0")
    raw.close()
    assert chair("stats", "--db", str(demo_db)).returncode == 0
    raw = sqlite3.connect(demo_db)
    assert raw.execute("PRAGMA application_id").fetchone()[0] != 0
    raw.close()


def _damage(path: Path, tables: tuple[str, ...] = ()) -> None:
    """Garbage over one page in the middle of the file, as a failing disk leaves it; or over
    the middle page of each of `tables`."""
    pages = [path.stat().st_size // 4096 // 2]
    if tables:
        with sqlite3.connect(path) as raw:
            pages = [sorted(n for (n,) in raw.execute(
                "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf'", [table])
            )[0] for table in tables]
    with open(path, "r+b") as handle:
        for page in pages:
            handle.seek((page - 1) * 4096)
            handle.write(random.Random(7).randbytes(4096))


def test_a_damaged_database_is_reported_with_how_to_recover_and_never_written(
    demo_db: Path,
) -> None:
    _damage(demo_db)
    before = digest(demo_db)
    for command in (["stats"], ["search", "late"], ["reclassify"], ["import", str(ZENDESK)]):
        line = one_line_error(chair(*command, "--db", str(demo_db)))
        assert "damaged" in line and ".recover" in line, line
    assert digest(demo_db) == before


def test_damage_found_while_reading_a_large_file_is_reported_too(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A file too large to check at open: its damage comes out as the same line."""
    from chair import cli
    from chair.store import db as store_db

    monkeypatch.setattr(store_db, "CHECK_BELOW_BYTES", 0)
    _damage(demo_db, ("voices", "voices_fts_data"))
    before = digest(demo_db)
    codes = [cli.main([*command, "--db", str(demo_db)])
             for command in (["search", "late"], ["reclassify"])]
    err = capsys.readouterr().err
    assert codes == [2, 2] and "Traceback" not in err
    assert err.count("chair: ") == 2 and err.count(".recover") == 2
    assert digest(demo_db) == before


def test_a_read_only_database_file_is_reported_and_still_readable(demo_db: Path) -> None:
    demo_db.chmod(0o444)
    prefix = without_root_override()
    before = digest(demo_db)
    line = one_line_error(chair("import", str(ZENDESK), "--db", str(demo_db), prefix=prefix))
    assert "read-only" in line and str(demo_db) in line
    assert chair("search", "late", "--db", str(demo_db), prefix=prefix).returncode == 0
    assert digest(demo_db) == before


def test_a_database_in_a_read_only_folder_is_reported(demo_db: Path, tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    path = folder / "chair.db"
    shutil.move(demo_db, path)
    folder.chmod(0o555)
    try:
        for command in (["stats"], ["import", str(ZENDESK)]):
            line = one_line_error(chair(*command, "--db", str(path),
                                        prefix=without_root_override()))
            assert "folder" in line and "cannot be written" in line
    finally:
        folder.chmod(0o755)


def test_a_full_disk_stops_the_import_with_one_line_and_keeps_what_was_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """SQLite's size limit gives the very error a full disk gives (SQLITE_FULL)."""
    import chair.store
    from chair import cli
    from chair.store import connect

    count = "SELECT count(*) FROM voices"
    alone, both = tmp_path / "alone.db", tmp_path / "both.db"
    assert cli.main(["import", str(ZENDESK), "--db", str(alone)]) == 0
    assert cli.main(["import", str(ZENDESK), str(TWEETS), "--db", str(both)]) == 0
    capsys.readouterr()

    def connect_to_a_small_disk(*args, **kwargs):  # type: ignore[no-untyped-def]
        db = connect(*args, **kwargs)
        pages = db.execute("PRAGMA page_count").fetchone()[0]
        db.execute(f"PRAGMA max_page_count = {pages + 60}")  # the chats fit, the tweets not
        return db

    path = tmp_path / "full.db"
    monkeypatch.setattr(chair.store, "connect", connect_to_a_small_disk)
    assert cli.main(["import", str(ZENDESK), str(TWEETS), "--db", str(path)]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and err.startswith("chair: ") and "full" in err
    assert len(err.strip().splitlines()) == 1
    with sqlite3.connect(path) as raw, sqlite3.connect(alone) as first:
        assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert raw.execute(count).fetchone() == first.execute(count).fetchone() != (0,)

    monkeypatch.setattr(chair.store, "connect", connect)  # space freed: the same command again
    assert cli.main(["import", str(ZENDESK), str(TWEETS), "--db", str(path)]) == 0
    with sqlite3.connect(path) as again, sqlite3.connect(both) as clean:
        assert again.execute(count).fetchone() == clean.execute(count).fetchone()


def test_what_sqlite_reports_of_damage_over_several_lines_is_said_in_one() -> None:
    from chair.store.db import database_error

    said = database_error(sqlite3.DatabaseError(
        "*** in database main ***\nOn tree page 313 cell 0: invalid page number 951379538"
        "\nmalformed"), "/data/chair.db")
    assert said is not None and "\n" not in str(said) and "tree page 313" in str(said)

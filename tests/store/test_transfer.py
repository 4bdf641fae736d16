"""Moving up and back: a laptop's file pushed into a team store on a real server, and a team
store exported to a file; both idempotent, and a copy cut off goes on where it stopped."""

from __future__ import annotations

from pathlib import Path

import pytest

from chair.domain.model import VoiceFilter
from chair.ingest.demo import create_demo
from chair.services import team
from chair.store import connect, transfer
from chair.store import voices as voice_store
from chair.store.db import Database
from tests.helpers import stored_rows, wait_until

TABLES = ("voices", "escalations", "escalation_voices", "escalation_history", "coe",
          "coe_evidence", "actions", "meetings", "meeting_events", "metrics", "owners")


def _counts(db: Database) -> dict[str, int]:
    return {t: int(db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]) for t in TABLES}


def _rollup(db: Database) -> dict[tuple[str, str], int]:
    return {(p, a): int(n) for p, a, n in db.execute(
        "SELECT pillar, area, sum(n) FROM voice_counts GROUP BY pillar, area HAVING sum(n) > 0")}


@pytest.fixture
def laptop(tmp_path: Path) -> Path:
    path = tmp_path / "laptop.db"
    db = connect(path)
    create_demo(db, voices=600)
    db.close()
    return path


def test_a_laptop_file_pushed_twice_is_in_the_team_store_once(
        laptop: Path, team_store: tuple[str, str]) -> None:
    url, password = team_store
    seen: list[tuple[str, int, int]] = []
    first = team.push(laptop, url, password, progress=lambda w, d, t: seen.append((w, d, t)))
    again = team.push(laptop, url, password)
    local, shared = connect(laptop), team.connect(url, password)
    try:
        assert _counts(shared) == _counts(local)
        assert _rollup(shared) == _rollup(local)
        assert (first.voices_added, first.voices_known) == (600, 0)
        # Again: every voice was pushed already (nothing is read twice), nothing is added.
        assert (again.voices_added, again.voices_known, again.copied) == (0, 0, {})
        assert seen[0] == ("voices", 0, 600) and ("voices", 600, 600) in seen
        assert seen[-1] == ("redacted", 600, 600)
        # Escalations keep their voices, history and COE; the search finds what it found.
        found = [v.source_key for v in voice_store.page(shared, VoiceFilter(query="lodz"))]
        assert found == [v.source_key for v in voice_store.page(local, VoiceFilter(query="lodz"))]
        subjects = sorted(r[0] for r in shared.execute(
            "SELECT v.subject FROM escalation_voices ev JOIN voices v ON v.id = ev.voice_id"))
        assert subjects == sorted(r[0] for r in local.execute(
            "SELECT v.subject FROM escalation_voices ev JOIN voices v ON v.id = ev.voice_id"))
        # What viewers read was written for every pushed voice.
        assert shared.execute("SELECT count(*) FROM voice_shared").fetchone()[0] == 600
    finally:
        local.close()
        shared.close()


def test_a_push_cut_off_goes_on_where_it_stopped(laptop: Path,
                                                 team_store: tuple[str, str]) -> None:
    url, password = team_store
    local, shared = connect(laptop), team.connect(url, password)

    def cut(what: str, done: int, total: int) -> None:
        if done >= 200:
            raise KeyboardInterrupt  # the user pressed Ctrl+C, or the laptop slept

    try:
        with pytest.raises(KeyboardInterrupt):
            transfer.transfer(local, shared, progress=cut, batch=100)
        assert stored_rows(shared) == 200
        rest = transfer.transfer(local, shared, batch=100)
        assert (rest.voices_added, rest.voices_known) == (400, 0)
        assert _counts(shared) == _counts(local)
    finally:
        local.close()
        shared.close()


def test_two_laptops_with_the_same_voices_push_them_once(
        tmp_path: Path, laptop: Path, team_store: tuple[str, str]) -> None:
    url, password = team_store
    other = tmp_path / "other.db"
    db = connect(other)
    create_demo(db, voices=600)  # the same demo: the same source keys, another file
    db.close()
    team.push(laptop, url, password)
    second = team.push(other, url, password)
    assert (second.voices_added, second.voices_known) == (0, 600)
    shared = team.connect(url, password)
    try:
        assert stored_rows(shared) == 600
        # Its escalations and meetings are its own: the team store has both laptops'.
        assert _counts(shared)["escalations"] == 2 * _counts(connect(laptop))["escalations"]
    finally:
        shared.close()


def test_a_team_store_exported_to_a_file_reads_the_same_offline(
        tmp_path: Path, laptop: Path, team_store: tuple[str, str]) -> None:
    url, password = team_store
    team.push(laptop, url, password)
    copy = tmp_path / "offline.db"
    first = team.export(url, password, copy)
    again = team.export(url, password, copy)
    assert first.voices_added == 600 and (again.voices_added, again.copied) == (0, {})
    offline, local = connect(copy), connect(laptop)
    try:
        assert _counts(offline) == _counts(local)
        assert _rollup(offline) == _rollup(local)
        assert ([v.source_key for v in voice_store.page(offline, VoiceFilter(query="giao hang"))]
                == [v.source_key for v in voice_store.page(local,
                                                           VoiceFilter(query="giao hang"))])
    finally:
        offline.close()
        local.close()


def test_a_store_is_not_copied_into_itself(laptop: Path) -> None:
    from chair.domain.errors import ChairError

    db = connect(laptop)
    with pytest.raises(ChairError, match="same store"):
        transfer.transfer(db, db)
    db.close()


def test_push_and_export_from_the_command_line_with_progress(
        tmp_path: Path, laptop: Path, team_store: tuple[str, str]) -> None:
    import subprocess
    import sys

    from chair.config import secrets
    from chair.store import pg

    url, password = team_store

    def chair(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "chair", "team", *args],
                              capture_output=True, text=True, timeout=300)

    secrets.set_password("postgresql", pg.account_of(url), password)
    try:
        pushed = chair("push", "--from", str(laptop), "--to", url)
        assert pushed.returncode == 0, pushed.stderr
        assert "Pushed 600 voices" in pushed.stdout and "600 of 600 voices (100%)" in pushed.stderr
        # What viewers read is made by a process of its own, after the command returned.
        assert "in the background" in pushed.stdout
        shared = team.connect(url, password)
        try:
            wait_until(lambda: shared.execute("SELECT count(*) FROM voice_shared"
                                              ).fetchone()[0] == 600, 120,
                       "the pushed voices to be redacted for viewers")
        finally:
            shared.close()
        again = chair("push", "--from", str(laptop), "--to", url, "--wait")
        assert "Pushed 0 voices" in again.stdout and "background" not in again.stdout
        assert "Redacted 0 voices" in chair("redact", url).stdout
        exported = chair("export", "--from", url, "--to", str(tmp_path / "offline.db"))
        assert exported.returncode == 0 and "Exported 600 voices" in exported.stdout
        wrong = chair("push", "--from", url, "--to", str(laptop))
        assert wrong.returncode == 2 and "chair team push --from FILE.db" in wrong.stderr
        missing = chair("push", "--from", str(tmp_path / "none.db"), "--to", url)
        assert missing.returncode == 2 and "There is no chair file" in missing.stderr
    finally:
        secrets.delete_password("postgresql", pg.account_of(url))

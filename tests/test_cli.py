"""The command line, run as a user runs it: a real process, a real database file."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path


def chair(*args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [sys.executable, "-m", "chair", *args], capture_output=True, text=True, timeout=120,
        env={**os.environ, "PYTHONWARNINGS": "error"},
    )
    if check:
        assert result.returncode == 0, result.stderr
    return result


def test_demo_then_stats_json_shows_the_dataset(db_path: Path) -> None:
    chair("demo", "--db", str(db_path))
    stats = json.loads(chair("stats", "--db", str(db_path), "--json").stdout)
    assert stats["voices"] >= 2000
    assert len(stats["languages"]) >= 4
    assert {"price", "selection", "delivery"} <= set(stats["pillars"])
    assert len(stats["areas"]) >= 8
    assert sum(stats["sources"].values()) == stats["voices"]
    assert stats["metrics"]["days"] == 90
    assert stats["escalations_open"] > 0
    assert stats["rejects"] == 0


def test_global_db_option_works_before_the_command_too(demo_db: Path) -> None:
    stats = json.loads(chair("--db", str(demo_db), "stats", "--json").stdout)
    assert stats["voices"] >= 2000


def test_search_json_is_a_list_of_voices_newest_first(demo_db: Path) -> None:
    found = json.loads(chair("search", "lodz", "--db", str(demo_db), "--json", "--limit", "7")
                       .stdout)
    assert 0 < len(found) <= 7
    assert all(v["area"] == "Łódź" or "łódź" in v["text"].lower() or "lodz" in v["text"].lower()
               or "łodzi" in v["text"].lower() for v in found)
    times = [v["received_at"] for v in found]
    assert times == sorted(times, reverse=True)
    assert {"id", "text", "language", "pillar", "area", "source", "channel"} <= set(found[0])


def test_escalations_json_lists_id_status_owner_opened_due(demo_db: Path) -> None:
    items = json.loads(chair("escalations", "--db", str(demo_db), "--json").stdout)
    assert items and all(item["status"] != "closed" for item in items)
    assert {"id", "status", "owner", "opened", "due", "overdue"} <= set(items[0])
    assert any(item["overdue"] for item in items)


def test_an_unreadable_database_is_one_clear_line_not_a_traceback(tmp_path: Path) -> None:
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not sqlite at all" * 100)
    result = chair("stats", "--db", str(junk), check=False)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("chair: ") and len(result.stderr.strip().splitlines()) == 1


def test_a_newer_schema_is_refused_with_a_message(tmp_path: Path) -> None:
    import sqlite3

    path = tmp_path / "future.db"
    raw = sqlite3.connect(path)
    raw.execute("PRAGMA user_version = 999")
    raw.close()
    result = chair("stats", "--db", str(path), check=False)
    assert result.returncode == 2 and "newer chair" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_locked_database_is_reported_not_hung(tmp_path: Path) -> None:
    import sqlite3

    path = tmp_path / "locked.db"
    chair("demo", "--db", str(path), "--voices", "50")
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        result = chair("demo", "--db", str(path), "--voices", "60", "--seed", "9", check=False)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert result.returncode == 2 and "locked" in result.stderr
    assert "Traceback" not in result.stderr


def test_smoke_test_builds_the_window_offscreen_and_exits_zero(demo_db: Path) -> None:
    result = chair("--smoke-test", "--db", str(demo_db))
    assert "smoke test ok" in result.stdout
    assert result.stderr == ""


def test_python_dash_m_and_version() -> None:
    assert chair("--version").stdout.startswith("chair ")


def test_search_takes_a_word_that_starts_with_a_dash_as_the_query(demo_db: Path) -> None:
    found = json.loads(chair("search", "-late", "--db", str(demo_db), "--json").stdout)
    assert found and all("late" in f"{v['subject'] or ''} {v['text']}".lower() for v in found)
    empty = chair("search", "--db", str(demo_db), check=False)
    assert empty.returncode == 2 and empty.stderr.startswith("chair: ")


def test_export_writes_the_format_its_file_name_says(demo_db: Path, tmp_path: Path) -> None:
    first = json.loads(chair("escalations", "--db", str(demo_db), "--json").stdout)[0]["id"]
    pdf, md = tmp_path / "coe.pdf", tmp_path / "coe.md"
    chair("export", "coe", str(first), "-o", str(pdf), "--db", str(demo_db))
    chair("export", "coe", str(first), "-o", str(md), "--db", str(demo_db))
    assert pdf.read_bytes().startswith(b"%PDF-")
    assert md.read_text(encoding="utf-8").startswith("#")
    for name, extra in (("coe.pdf", ["--format", "md"]), ("coe.txt", [])):
        wrong = chair("export", "coe", str(first), "-o", str(tmp_path / name), *extra,
                      "--db", str(demo_db), check=False)
        assert wrong.returncode == 2 and wrong.stderr.startswith("chair: ")
        assert "Traceback" not in wrong.stderr
    assert sorted(p.name for p in tmp_path.glob("coe.*")) == ["coe.md", "coe.pdf"]


def test_import_routes_a_metrics_file_to_metrics_as_the_window_does(db_path: Path) -> None:
    example = Path(__file__).parents[1] / "docs" / "metrics-example.csv"
    rows = len(example.read_text(encoding="utf-8").splitlines()) - 1
    result = chair("import", str(example), "--db", str(db_path), "--json")
    [source] = json.loads(result.stdout)["sources"]
    assert source["source"] == "metrics-example.csv (metrics)"
    assert source["imported"] + source["rejected"] == rows
    stats = json.loads(chair("stats", "--db", str(db_path), "--json").stdout)
    assert stats["voices"] == 0 and stats["metrics"]["observations"] == source["imported"] > 0


def test_the_first_start_fills_a_new_database_with_the_demo_and_no_later_one_does(
        tmp_path: Path) -> None:
    """What scripts/start.sh runs: a database that does not exist yet gets the demo data; one
    that exists, even empty (the demo removed, say), is left as it is."""
    from chair.store import connect

    first = tmp_path / "first.db"
    assert "smoke test ok" in chair("--demo-if-new", "--smoke-test", "--db", str(first)).stdout
    assert json.loads(chair("stats", "--db", str(first), "--json").stdout)["voices"] >= 2000
    empty = tmp_path / "empty.db"
    connect(empty).close()
    chair("--demo-if-new", "--smoke-test", "--db", str(empty))
    assert json.loads(chair("stats", "--db", str(empty), "--json").stdout)["voices"] == 0

"""The command line covers what the window does with records: escalate and move, owners,
meetings, corrections, search by pillar/area/date, and taking data back out."""

from __future__ import annotations

import json
from pathlib import Path

from chair.store import connect
from chair.store import escalations as esc
from chair.store import voices as store
from chair.store.db import Database
from tests.test_cli import chair


def _unescalated(db: Database, pillar: str = "delivery") -> int:
    (vid,) = db.execute(
        "SELECT id FROM voices v WHERE pillar = ? AND NOT EXISTS (SELECT 1 FROM "
        "escalation_voices ev WHERE ev.voice_id = v.id) LIMIT 1", [pillar]).fetchone()
    return int(vid)


def test_escalate_a_voice_to_its_owner_then_move_it(demo_store) -> None:  # type: ignore[no-untyped-def]
    db, opened = demo_store
    vid = _unescalated(opened())
    made = json.loads(chair("escalate", str(vid), "--db", db, "--due", "2030-01-31",
                            "--json").stdout)
    assert made["voice_id"] == vid and made["owner_email"] and made["due"].startswith("2030-01-3")
    eid = made["id"]
    shown = json.loads(chair("escalation", str(eid), "--db", db, "--json").stdout)
    assert shown["status"] == "open" and shown["voice_ids"] == [vid]
    moved = json.loads(chair("escalation", str(eid), "--status", "investigating", "--note",
                             "on it", "--db", db, "--json").stdout)
    assert moved["status"] == "investigating" and moved["history"][-1]["note"] == "on it"
    refused = chair("escalation", str(eid), "--status", "closed", "--db", db, check=False)
    assert refused.returncode == 2 and refused.stderr.startswith("chair:")  # no COE yet
    named = json.loads(chair("escalate", str(_unescalated(opened(), "price")), "--owner",
                             "Iga Nowicka <iga@example.com>", "--db", db, "--json").stdout)
    assert (named["owner"], named["owner_email"]) == ("Iga Nowicka", "iga@example.com")


def test_owners_set_and_list(demo_store) -> None:  # type: ignore[no-untyped-def]
    db, _opened = demo_store
    chair("owners", "set", "delivery", "Gdańsk", "iga@example.com", "--name", "Iga Nowicka",
          "--db", db)
    listed = json.loads(chair("owners", "--db", db, "--json").stdout)
    assert {"name": "Iga Nowicka", "email": "iga@example.com", "pillar": "delivery",
            "area": "Gdańsk"} in listed


def test_meetings_list_their_decisions(demo_store) -> None:  # type: ignore[no-untyped-def]
    found = json.loads(chair("meetings", "--db", demo_store[0], "--json").stdout)
    assert found[0]["title"] == "Weekly business review" and len(found[0]["decisions"]) == 3
    assert found[0]["started"].endswith("Z")


def test_correct_a_voice_and_search_by_pillar_area_and_date(demo_store) -> None:  # type: ignore[no-untyped-def]
    db, opened = demo_store
    vid = _unescalated(opened())
    chair("correct", str(vid), "--pillar", "price", "--area", "Gdańsk", "--db", db)
    voice = store.get(opened(), vid)
    assert voice is not None and (voice.pillar, voice.area) == ("price", "Gdańsk")
    out = chair("search", "--pillar", "price", "--area", "Gdańsk", "--db", db).stdout
    assert f"#{vid} " in out and out.rstrip().endswith("voices") and " of " in out
    found = json.loads(chair("search", "--pillar", "delivery", "--since", "2000-01-01",
                             "--limit", "5", "--db", db, "--json").stdout)
    assert len(found) == 5 and all(v["pillar"] == "delivery" for v in found)


def test_delete_a_voice_leaves_a_line_on_its_escalation(demo_store) -> None:  # type: ignore[no-untyped-def]
    target, opened = demo_store
    (eid, vid) = opened().execute("SELECT escalation_id, voice_id FROM escalation_voices "
                                  "ORDER BY voice_id LIMIT 1").fetchone()
    chair("delete", str(vid), "--db", target)
    assert store.get(opened(), vid) is None
    detail = esc.detail(opened(), eid)
    assert detail is not None and f"#{vid}" in detail.history[-1].note
    again = chair("delete", str(vid), "--db", target, check=False)
    assert again.returncode == 2 and f"#{vid}" in again.stderr


def test_remove_a_source_asks_first_then_takes_back_its_voices_and_rejects(
    db_path: Path, tmp_path: Path
) -> None:
    csv = tmp_path / "survey.csv"
    csv.write_text("text,date\nParcel late again,2024-05-01\nWrong size,2024-05-02\n,\n"
                   "Price doubled,not a date\n", encoding="utf-8")
    chair("import", str(csv), "--db", str(db_path))
    sources = json.loads(chair("sources", "--db", str(db_path), "--json").stdout)
    (mine,) = [s for s in sources if s["voices"]]
    asked = chair("remove-source", mine["source"], "--db", str(db_path), check=False)
    assert asked.returncode == 1 and "--yes" in asked.stdout
    assert store.count(connect(db_path)) == mine["voices"]  # nothing removed yet
    chair("remove-source", mine["source"], "--yes", "--db", str(db_path))
    assert store.count(connect(db_path)) == 0
    assert store.search(connect(db_path), "parcel") == []  # gone from the index too
    assert json.loads(chair("sources", "--db", str(db_path), "--json").stdout) == []

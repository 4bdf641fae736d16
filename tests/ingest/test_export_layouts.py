"""The exports people have import in one step: each tool's JSON (wrapped in an object, in
pages, or bare) and CSV layouts with their dates, ratings, authors and text right; and keys
that do not depend on how the fields were mapped."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from pathlib import Path

import pytest

from chair.ingest.records import _digest
from chair.ingest.run import run_import
from chair.insight.classification import new_voice
from chair.store import voices as voice_store

EXPORTS = Path(__file__).parent / "exports"
EXPECTED: dict[str, list[dict[str, object]]] = json.loads(
    (EXPORTS / "expected.json").read_text(encoding="utf-8"))


def _stored(db):  # type: ignore[no-untyped-def]
    return db.execute("SELECT text, received_at, rating, author, area, source_key, flags "
                      "FROM voices ORDER BY received_at, id").fetchall()


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_tools_export_imports_with_its_dates_ratings_authors_and_text(
        store_at, name: str) -> None:
    result = run_import([str(EXPORTS / name)], store_at())
    [source] = result.sources
    wanted = [w for w in EXPECTED[name] if w["text_starts"] is not None]
    assert source.error == ""
    assert (source.imported, source.rejected) == (len(wanted), len(EXPECTED[name]) - len(wanted))
    assert source.undated == 0
    stored = _stored(store_at())
    for text, received, rating, author, area, _key, _flags in stored:
        [want] = [w for w in wanted if text.startswith(str(w["text_starts"]))]
        when = dt.datetime.fromtimestamp(received, dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        assert when == want["date"], text
        assert rating == (None if want["rating"] is None else float(want["rating"])), text  # type: ignore[arg-type]
        assert author == want["author"], text
        assert area == want["area"], text
        # Help desks keep messages as HTML: the room reads the words, never the markup.
        assert not re.search(r"</?[a-z]+[^>]*>|&[a-z]+;|&#\d+;", text), text
    assert len(stored) == len(wanted)


def test_a_zendesk_export_in_pages_imports_once_however_its_pages_come(store_at) -> None:
    db = store_at()
    first = run_import([str(EXPORTS / "zendesk_incremental_page1.json"),
                        str(EXPORTS / "zendesk_incremental_page2.json")], db)
    assert first.imported == 4
    # The same pages saved one per line, and the list export holding tickets of both.
    again = run_import([str(EXPORTS / "zendesk_incremental_pages.jsonl")], store_at())
    assert (again.imported, again.duplicates) == (0, 4)


def test_a_wrapped_export_that_breaks_keeps_the_records_before_and_says_where(
        store_at, tmp_path: Path) -> None:
    whole = (EXPORTS / "zendesk_tickets.json").read_text(encoding="utf-8")
    cut = tmp_path / "tickets.json"
    cut.write_text(whole[: whole.index("\"id\": 48240")], encoding="utf-8")
    result = run_import([str(cut)], store_at())
    [source] = result.sources
    assert source.imported == 2
    [reason] = source.reasons
    assert "the rest of the file was not read" in reason


def test_a_record_with_a_list_of_comments_and_its_own_text_is_a_record(
        store_at, tmp_path: Path) -> None:
    path = tmp_path / "tickets.jsonl"
    rows = [{"comments": [{"author": "agent", "body": "We are on it"}], "id": n,
             "message": f"Parcel {n} arrived broken", "created": "2026-10-0{n}"}
            for n in (1, 2)]
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    result = run_import([str(path)], store_at())
    assert result.imported == 2
    assert sorted(t for t, *_ in _stored(store_at())) == ["Parcel 1 arrived broken",
                                                          "Parcel 2 arrived broken"]


@pytest.mark.parametrize("ids", [True, False], ids=["with ids", "without ids"])
def test_importing_again_with_another_mapping_adds_no_voice(
        store_at, tmp_path: Path, ids: bool) -> None:
    path = tmp_path / "export.json"
    records = [{"ref": f"R-{n}", "note": f"Ticket {n}: the courier never came",
                "body": f"Delivery {n} was three days late", "stars": n, "when": "2026-11-0" + str(n)}
               for n in range(1, 5)]
    if not ids:
        records = [{k: v for k, v in r.items() if k != "ref"} for r in records]
    path.write_text(json.dumps(records), encoding="utf-8")
    mapping = {"id": "ref"} if ids else {}
    first = run_import([str(path)], store_at(), mapping=mapping)
    assert first.imported == 4
    again = run_import([str(path)], store_at(),
                       mapping={**mapping, "text": "note", "rating": "stars", "date": "when"})
    assert (again.imported, again.duplicates) == (0, 4)

    table = tmp_path / "export.csv"
    table.write_text("body,note,stars\n" + "".join(
        f"Delivery {n} was late,Courier {n} never came,{n}\n" for n in range(1, 4)),
        encoding="utf-8")
    assert run_import([str(table)], store_at()).imported == 3
    again = run_import([str(table)], store_at(), mapping={"text": "note", "rating": "stars"})
    assert (again.imported, again.duplicates) == (0, 3)


def test_voices_stored_under_the_keys_of_earlier_versions_are_not_added_again(
        store_at, tmp_path: Path) -> None:
    """A store filled before keys stopped depending on the mapping: the same exports
    imported again find their voices under the old keys."""
    path = tmp_path / "export.json"
    records = [{"id": 7, "body": "Too expensive", "date": "2026-11-01"},
               {"body": "No stock of size 42", "date": "2026-11-02"}]
    path.write_text(json.dumps(records), encoding="utf-8")
    table = tmp_path / "export.csv"
    table.write_text("body,date\nParcel left in the rain,2026-11-03\n", encoding="utf-8")
    # The keys chair gave these records before: the namespace named the mapped paths, and a
    # record without an id was told by its mapped fields.
    space = "json:record:" + hashlib.sha256(
        "\x1f".join(sorted(["body", "date", "id"])).encode()).hexdigest()[:10]
    header = "csv:" + hashlib.sha256(b"body\x1fdate").hexdigest()[:12]
    old = [
        (f"{space}#7", "Too expensive", "2026-11-01"),
        (f"{space}~{_digest('No stock of size 42', {'date': '2026-11-02'})}~1",
         "No stock of size 42", "2026-11-02"),
        (f"{header}~{_digest('Parcel left in the rain', {'date': '2026-11-03'})}~1",
         "Parcel left in the rain", "2026-11-03"),
    ]
    voice_store.add_voices(store_at(), [
        new_voice(source="earlier", source_key=key, text=text, channel="review", meta={},
                  received_at=int(dt.datetime.fromisoformat(day).replace(
                      tzinfo=dt.UTC).timestamp()))
        for key, text, day in old])
    result = run_import([str(path), str(table)], store_at())
    assert (result.imported, result.duplicates) == (0, 3)
    assert len(_stored(store_at())) == 3


def test_a_preset_names_the_tool_of_records_too_sparse_to_recognise(
        store_at, tmp_path: Path) -> None:
    path = tmp_path / "tickets.json"
    path.write_text(json.dumps([{"id": 5, "subject": "Refund", "created_at": "2026-11-04T10:00:00Z",
                                 "description": "<div>Charged <b>twice</b></div>",
                                 "description_text": "Charged twice"}]), encoding="utf-8")
    assert run_import([str(path)], store_at(), preset="freshdesk").imported == 1
    [(text, received, *_rest, key, _flags)] = _stored(store_at())
    assert (text, key) == ("Charged twice", "freshdesk#5")
    assert received == int(dt.datetime(2026, 11, 4, 10, tzinfo=dt.UTC).timestamp())
    unknown = run_import([str(path)], store_at(), preset="zoho")
    assert "Unknown preset 'zoho'" in unknown.sources[0].error

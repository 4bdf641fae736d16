"""Inputs that are broken, hostile or huge: each costs at most its own record, is kept as a
reject with its reason, and never garbles, hides or loses the rest of a file."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from chair.domain.model import Voice
from chair.ingest.jsonrecords import TOO_DEEP_REASON
from chair.ingest.run import run_import
from chair.store import connect
from chair.store import rejects as reject_store
from chair.store import voices as store
from tests.helpers import CORPORA, without_root_override


def chair(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "chair", *args], capture_output=True,
                          text=True, timeout=120, env={**os.environ})


def test_a_password_typed_into_an_imap_url_reaches_no_file_and_no_screen(tmp_path: Path) -> None:
    db = tmp_path / "chair.db"
    password = "Tr0ub4dor-and-3"
    result = chair("import", f"imap://alice:{password}@127.0.0.1:1/INBOX", "--db", str(db))
    assert result.returncode != 0 and "no password in the URL" in result.stdout + result.stderr
    assert password not in result.stdout + result.stderr
    written = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert db in written
    assert not [p for p in written if password.encode() in p.read_bytes()]


HEBREW = CORPORA / "voices" / "he" / "omilab_hebrew_sentiment_token_test.tsv"


def test_one_bad_byte_costs_one_character_flagged_and_a_corrected_file_mends_it(
    tmp_path: Path,
) -> None:
    """A Hebrew TSV with one byte broken near its start: every record still imports as the
    same Hebrew text, one of them with a flagged unreadable character; importing the
    corrected file again mends that voice instead of adding a second one."""
    data = bytearray(HEBREW.read_bytes())
    broken = data.index(b"\xd7", 30_000)  # the first byte of a Hebrew letter
    data[broken] = 0xFF
    (tmp_path / "sent").mkdir()
    (tmp_path / "fixed").mkdir()
    damaged_file, clean_file = tmp_path / "sent" / "he.tsv", tmp_path / "fixed" / "he.tsv"
    damaged_file.write_bytes(bytes(data))
    clean_file.write_bytes(HEBREW.read_bytes())
    reference = tmp_path / "reference.db"
    run_import([str(clean_file)], connect(reference))

    db = connect(tmp_path / "chair.db")
    first = run_import([str(damaged_file)], db)
    expected = texts(connect(reference))
    assert first.imported == expected.total() and first.rejected == 0
    stored = texts(db)
    flagged = [store.get(db, vid) for (vid,) in db.execute(
        f"SELECT id FROM voices WHERE flags & {Voice.TEXT_DAMAGED}").fetchall()]
    assert len(flagged) == 1 and flagged[0].meta["unreadable_characters"] >= 1  # type: ignore[union-attr]
    assert sum((stored - expected).values()) == 1 and sum((expected - stored).values()) == 1

    again = run_import([str(clean_file)], db)
    assert (again.imported, again.sources[0].repaired) == (0, 1)
    assert texts(db) == expected
    assert not db.execute(f"SELECT id FROM voices WHERE flags & {Voice.TEXT_DAMAGED}").fetchall()
    [mended] = list(expected - stored)
    word = next(w for w in mended.split() if len(w) > 4)
    assert any(word in v.text for v in store.search(db, word, limit=500))


def texts(db) -> Counter[str]:  # type: ignore[no-untyped-def]
    """Every stored text, copies of one text included."""
    return Counter(text for (text,) in db.execute("SELECT text FROM voices").fetchall())


ZENDESK = CORPORA / "voices" / "zendesk" / "airbyte-zendesk-chat-expected_records.subset.jsonl"


@pytest.mark.parametrize("shape", ["jsonl", "array"])
def test_a_record_nested_ten_thousand_deep_is_one_reject_and_the_rest_import(
    tmp_path: Path, shape: str
) -> None:
    lines = [line.strip() for line in ZENDESK.read_bytes().splitlines() if line.strip()]
    deep = b"[" * 10_000 + b"]" * 10_000
    records = [*lines[:3], deep, *lines[3:]]
    path = tmp_path / f"chats.{shape}"
    path.write_bytes(b"\n".join(records) if shape == "jsonl" else b"[" + b",".join(records) + b"]")
    clean = run_import([str(ZENDESK)], connect(tmp_path / "clean.db"))

    result = chair("import", str(path), "--db", str(tmp_path / "chair.db"), "--json")
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
    outcome = json.loads(result.stdout)
    assert outcome["imported"] == clean.imported > 0
    assert outcome["rejected"] == clean.rejected + 1
    assert outcome["sources"][0]["reasons"][TOO_DEEP_REASON] == 1


def test_a_bad_byte_in_a_json_export_costs_one_character(tmp_path: Path) -> None:
    data = bytearray(ZENDESK.read_bytes())
    at = data.index(b"Hi", 200)  # inside a customer's message
    data[at + 1] = 0xE9  # "H\xe9": Latin-1 for "Hé", not UTF-8
    path = tmp_path / "chats.jsonl"
    path.write_bytes(bytes(data))
    clean = run_import([str(ZENDESK)], connect(tmp_path / "clean.db"))
    db = connect(tmp_path / "chair.db")
    result = run_import([str(path)], db)
    assert (result.imported, result.rejected) == (clean.imported, clean.rejected)
    flagged = [v for v in store.page(db) if v.flags & Voice.TEXT_DAMAGED]
    assert len(flagged) == 1 and "H\ufffd" in flagged[0].text


def test_a_maildir_message_that_cannot_be_read_is_a_reject_with_its_reason(
    tmp_path: Path,
) -> None:
    maildir = tmp_path / "Maildir"
    for sub in ("cur", "new", "tmp"):
        (maildir / sub).mkdir(parents=True)
    messages = sorted((CORPORA / "email" / "cpython").glob("msg_0*.txt"))[:3]
    for i, message in enumerate(messages):
        (maildir / "cur" / f"17000000{i}.M1P1.host:2,S").write_bytes(message.read_bytes())
    locked = maildir / "cur" / "170000001.M1P1.host:2,S"
    locked.chmod(0)
    result = subprocess.run(
        [*without_root_override(), sys.executable, "-m", "chair", "import", str(maildir),
         "--db", str(tmp_path / "chair.db"), "--json"],
        capture_output=True, text=True, timeout=120)
    outcome = json.loads(result.stdout)
    assert outcome["imported"] + outcome["duplicates"] + outcome["rejected"] == 3
    assert outcome["rejected"] >= 1
    rejects = reject_store.all_rejects(connect(tmp_path / "chair.db"))
    [why] = [r for r in rejects if r.location.endswith(locked.name)]
    assert "could not be read" in why.reason and "ermission" in why.reason


def test_pathological_mail_is_one_reject_each_with_the_limit_it_broke(tmp_path: Path) -> None:
    """A 6 MB MIME boundary took 74 s and 1 GB; a 6 MB From header of encoded words never
    finished. Each is now one reject naming the limit, and the mail beside them imports."""
    folder = tmp_path / "mail"
    folder.mkdir()
    b = "b" * 6_000_000
    (folder / "boundary.eml").write_text(
        f'From: a@b.example\nSubject: hi\nContent-Type: multipart/mixed; boundary="{b}"\n\n'
        f"--{b}\nContent-Type: text/plain\n\nparcel late\n--{b}--\n")
    (folder / "from.eml").write_text(
        "From: " + "=?utf-8?q?abc?= " * 370_000 + "<a@b.example>\nSubject: hi\n\nparcel late\n")
    (folder / "endless.eml").write_text("Subject: hi\n" + "X-Trace: 1\n" * 300_000)
    normal = sorted((CORPORA / "email" / "cpython").glob("msg_0*.txt"))[0]
    (folder / "normal.eml").write_bytes(normal.read_bytes())
    db = connect(tmp_path / "chair.db")
    result = run_import([str(folder)], db)
    outcome = {s.source: s for s in result.sources}
    assert outcome["normal.eml"].imported == 1
    reasons = {r.location: r.reason for r in reject_store.all_rejects(db)}
    assert "MIME boundary is longer than 200" in reasons["boundary.eml"]
    assert "header field is longer than 128 KB" in reasons["from.eml"]
    assert "header does not end" in reasons["endless.eml"]


def test_a_file_of_nothing_but_bad_records_keeps_a_bounded_number_of_rejects(
    tmp_path: Path,
) -> None:
    from chair.ingest.run import REJECTS_KEPT

    path = tmp_path / "numbers.jsonl"
    path.write_text("1\n" * (REJECTS_KEPT * 3 + 7))
    db = connect(tmp_path / "chair.db")
    result = run_import([str(path)], db)
    assert result.rejected == REJECTS_KEPT * 3 + 7  # every record is accounted for
    rows = reject_store.all_rejects(db)
    assert len(rows) == REJECTS_KEPT + 1
    summary = next(r for r in rows if r.location.startswith("after the first"))
    assert f"{REJECTS_KEPT * 2 + 7:,} more records" in summary.reason
    assert "not a JSON object" in summary.reason


def test_a_csv_whose_first_line_is_garbage_is_read_not_abandoned(tmp_path: Path) -> None:
    """Random bytes before the header (a damaged copy): a header shorter than the rows made
    the reader fail after the first line; every row is now read, imported or rejected."""
    complaints = CORPORA / "voices" / "en" / "cfpb_complaints_sample_2019.csv"
    path = tmp_path / complaints.name
    path.write_bytes(random.Random("second/cfpb_complaints_sample_2019.csv/garbage_head/0")
                     .randbytes(512) + complaints.read_bytes())
    result = run_import([str(path)], connect(tmp_path / "chair.db"))
    [source] = result.sources
    assert source.error == "" and source.imported > 0
    assert not any("could not be read" in reason for reason in source.reasons)


def test_a_mutation_run_over_part_of_the_corpora_finds_nothing(tmp_path: Path) -> None:
    """tests/bench/mutation.py over the voice exports and two kinds of mail (the benchmark
    runs every file): no Traceback, no hang, counts that add up, an intact database."""
    bench = Path(__file__).parents[1] / "bench" / "mutation.py"
    result = subprocess.run(
        [sys.executable, str(bench), "--per-file", "1", "--only", "/voices/", "--only",
         "/email/mbox/", "--only", "/email/zbateson/", "--seed", "suite"],
        capture_output=True, text=True, timeout=900,
        env={**os.environ, "TMPDIR": str(tmp_path)})
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert " 0 failed" in result.stdout

"""Ingest from files: every real-world input imports or is rejected with a reason, counts add
up, nothing is imported twice, and a killed import leaves a consistent database."""

from __future__ import annotations

import codecs
import csv
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from chair.domain.model import Voice
from chair.ingest.model import ImportState
from chair.ingest.run import run_import
from chair.store import connect
from chair.store import rejects as reject_store
from chair.store import voices as store
from chair.store.db import Database
from tests.helpers import CORPORA, corpus_files, wait_until

EMAIL_FILES = corpus_files("email")
VOICE_FILES = corpus_files("voices")


def _import(db: Database, *targets: object, **options: object):  # type: ignore[no-untyped-def]
    return run_import([str(t) for t in targets], db, **options)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "path", EMAIL_FILES + VOICE_FILES, ids=lambda p: f"{p.parent.name}/{p.name}"
)
def test_every_corpus_file_imports_or_is_rejected_with_a_reason(store_at, path: Path) -> None:
    result = _import(store_at(), path)
    [source] = result.sources
    assert source.error == "", source.error
    assert source.read >= 1
    db = store_at()
    stored = db.execute("SELECT count(*) FROM voices").fetchone()[0]
    rejects = reject_store.all_rejects(db)
    # Counts add up with what is really in the database.
    assert stored == source.imported
    assert len(rejects) == source.rejected
    assert all(r.reason and r.location for r in rejects)
    assert source.imported + source.duplicates + source.rejected == source.read


def test_record_counts_match_an_independent_count_of_the_inputs(store_at) -> None:
    voices = CORPORA / "voices"
    result = _import(store_at(), voices)
    by_name = {s.source: s for s in result.sources}
    with open(voices / "en" / "cfpb_complaints_sample_2019.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))[1:]
    narratives = [r for r in rows if r[5].strip() and r[0] != "Date received"]
    cfpb = by_name["cfpb_complaints_sample_2019.csv"]
    assert (cfpb.imported, cfpb.rejected) == (len(narratives), len(rows) - len(narratives))
    assert "the header row repeated in the middle of the file" in cfpb.reasons
    for name in ("vader_tweets_GroundTruth.txt", "vader_amazonReviewSnippets_GroundTruth.txt"):
        lines = [x for x in (voices / "en" / name).read_text(encoding="utf-8").splitlines() if x]
        assert by_name[name].imported == len(lines)
    hebrew = voices / "he" / "omilab_hebrew_sentiment_token_test.tsv"
    assert by_name[hebrew.name].imported == len(hebrew.read_text(encoding="utf-8").splitlines())
    chats = by_name["airbyte-zendesk-chat-expected_records.subset.jsonl"]
    assert (chats.imported, chats.rejected) == (3, 6)


def test_multiline_narratives_and_hebrew_text_stay_verbatim(store_at) -> None:
    _import(store_at(), CORPORA / "voices")
    db = store_at()
    texts = [v.text for v in store.iter_all(db)]
    assert any(t.startswith("transworld systems inc. \r\nis trying to collect") for t in texts)
    assert any(t.startswith('" שמע ישראל') for t in texts)


def test_reimporting_everything_adds_nothing(store_at) -> None:
    first = _import(store_at(), CORPORA)
    again = _import(store_at(), CORPORA)
    assert again.imported == 0
    assert again.duplicates == first.imported + first.duplicates
    assert again.rejected == first.rejected
    db = store_at()
    assert db.execute("SELECT count(*) FROM voices").fetchone()[0] == first.imported
    assert db.execute("SELECT count(*) FROM rejects").fetchone()[0] == first.rejected


def test_mbox_keeps_an_unescaped_from_line_inside_the_body(store_at) -> None:
    result = _import(store_at(), CORPORA / "email" / "mbox" / "cpython-mailbox_01.mbox")
    assert result.imported == 1
    [voice] = store.page(store_at())
    assert "From time to time" in voice.text


def _write(path: Path, text: str, encoding: str = "utf-8", bom: bytes = b"") -> Path:
    path.write_bytes(bom + text.encode(encoding))
    return path


def test_google_play_utf16_export_with_its_columns(store_at, tmp_path: Path) -> None:
    header = (
        "Package Name,App Version Code,App Version Name,Reviewer Language,Device,"
        "Review Submit Date and Time,Review Submit Millis Since Epoch,"
        "Review Last Update Date and Time,Review Last Update Millis Since Epoch,"
        "Star Rating,Review Title,Review Text,Developer Reply Date and Time,"
        "Developer Reply Millis Since Epoch,Developer Reply Text,Review Link"
    )
    rows = [
        'com.shop,1,1.0,pl,pixel,2024-03-05T10:00:00Z,1709632800000,,,1,,"Kurier zostawił '
        'paczkę pod drzwiami, zginęła.",,,,https://play.google.com/r/1',
        'com.shop,1,1.0,vi,pixel,2024-03-06T10:00:00Z,1709719200000,,,5,Tuyệt,"Giao hàng '
        'nhanh quá!",,,,https://play.google.com/r/2',
    ]
    path = _write(
        tmp_path / "reviews_202403.csv",
        "\r\n".join([header, *rows]) + "\r\n",
        "utf-16-le",
        codecs.BOM_UTF16_LE,
    )
    result = _import(store_at(), path)
    assert result.imported == 2
    voices = store.page(store_at())
    by_lang = {v.language: v for v in voices}
    assert by_lang["pl"].rating == 1.0 and "zginęła" in by_lang["pl"].text
    assert by_lang["vi"].subject == "Tuyệt" and by_lang["vi"].rating == 5.0
    assert by_lang["vi"].source_key == "google-play#https://play.google.com/r/2"


def test_legacy_8bit_semicolons_blank_lines_in_quotes_and_repeated_header(
    store_at, tmp_path: Path
) -> None:
    text = (
        'Date;Comment;Name\r\n05/03/2024;"Livraison très en retard.\r\n\r\nDeuxième '
        'paragraphe.";Chloé\r\nDate;Comment;Name\r\n25/12/2023;Prix trop élevé;Élodie\r\n'
    )
    path = _write(tmp_path / "avis.csv", text, "cp1252")
    result = _import(store_at(), path)
    assert (result.imported, result.rejected) == (2, 1)
    voices = {v.author: v for v in store.page(store_at())}
    assert voices["Chloé"].text == "Livraison très en retard.\r\n\r\nDeuxième paragraphe."
    # 25/12 proves the file is day-first, so 05/03 is the 5th of March, not May 3rd.
    assert voices["Chloé"].received_at == 1709596800
    [reject] = reject_store.all_rejects(store_at())
    assert reject.location == "avis.csv:5" and "header row repeated" in reject.reason


def test_unreadable_dates_are_imported_and_flagged(store_at, tmp_path: Path) -> None:
    path = _write(tmp_path / "t.csv", "id,text,date\n1,late parcel,someday\n2,fine,3 days ago\n")
    _import(store_at(), path)
    voices = {v.source_key.rsplit("#", 1)[1]: v for v in store.page(store_at())}
    assert voices["1"].flags & Voice.DATE_UNREADABLE
    assert voices["1"].meta["unreadable_date"] == "someday"
    assert not voices["2"].flags & Voice.DATE_UNREADABLE


def test_voices_without_a_date_are_listed_as_unknown_after_every_dated_voice(
    db_path: Path,
) -> None:
    """4,200 undated tweets must not push the dated complaints off the top of the feed."""
    tweets = CORPORA / "voices" / "en" / "vader_tweets_GroundTruth.txt"
    complaints = CORPORA / "voices" / "en" / "cfpb_complaints_sample_2019.csv"
    result = _import(connect(db_path), complaints, tweets)
    by_name = {s.source: s for s in result.sources}
    assert by_name[tweets.name].undated == by_name[tweets.name].imported > 4000
    assert by_name[complaints.name].undated == 0
    db = connect(db_path)
    # (Complaints of one text are one voice in the feed.)
    shown = db.execute("SELECT count(*) FROM voices WHERE source = ? AND copy_of IS NULL",
                       [complaints.name]).fetchone()[0]
    newest = store.page(db, limit=shown)
    assert newest and all(v.date_known and v.source == complaints.name for v in newest)
    everything = store.page(db, limit=100_000)
    dated = [v.date_known for v in everything]
    undated_shown = db.execute("SELECT count(*) FROM voices WHERE flags & ? AND copy_of IS NULL",
                               [Voice.DATE_UNREADABLE]).fetchone()[0]
    assert dated == sorted(dated, reverse=True) and dated.count(False) == undated_shown > 4000
    printed = subprocess.run([sys.executable, "-m", "chair", "search", "amazing", "--json",
                              "--db", str(db_path)], capture_output=True, text=True, check=True)
    assert {v["received_at"] for v in json.loads(printed.stdout)} == {None}


def test_explicit_column_map_wins(store_at, tmp_path: Path) -> None:
    path = _write(
        tmp_path / "x.csv",
        "a,b,c\nshort,The parcel never came to Łódź,2024-01-02\n"
        "tiny,Too expensive compared to others,2024-01-03\n",
    )
    _import(store_at(), path, mapping={"text": "a", "title": "b", "date": "3"})
    voices = store.page(store_at())
    assert sorted(v.text for v in voices) == ["short", "tiny"]
    assert {v.subject for v in voices} == {
        "The parcel never came to Łódź",
        "Too expensive compared to others",
    }


def test_json_array_streamed_with_nested_fields(store_at, tmp_path: Path) -> None:
    records = [
        {
            "id": i,
            "created_at": "2024-05-01T10:00:00Z",
            "customer": {"name": f"C{i}"},
            "message": {"body": f"Parcel {i} is late " + "x" * 300},
        }
        for i in range(400)
    ]
    path = tmp_path / "export.json"
    path.write_text(json.dumps(records, indent=1))
    result = _import(store_at(), path, mapping={"text": "message.body", "author": "customer.name"})
    assert result.imported == 400
    voice = store.search(store_at(), "parcel 399")[0]
    assert voice.author == "C399" and voice.received_at == 1714557600


def test_a_broken_json_line_is_one_reject_and_the_lines_around_it_import(
    store_at, tmp_path: Path
) -> None:
    path = tmp_path / "broken.jsonl"
    path.write_text(
        '{"text": "first voice", "date": "2024-01-01"}\n'
        '{"text": "second voice", "date": "2024-01-02"}\n{"text": "third\n'
        '{"text": "fourth voice", "date": "2024-01-04"}\n{"text": "cut off'
    )
    result = _import(store_at(), path)
    assert (result.imported, result.rejected) == (3, 2)
    broken, cut = sorted(reject_store.all_rejects(store_at()), key=lambda r: r.location)
    assert "not valid JSON" in broken.reason and broken.location.endswith("record 3")
    assert "JSON breaks" in cut.reason


SAMPLE_MAIL = (
    b"From: Anna Nowak <anna@example.pl>\r\nTo: obsluga@example.com\r\n"
    b"Subject: =?utf-8?q?Paczka_nie_dotar=C5=82a?=\r\nDate: Tue, 5 Mar 2024 10:00:00 +0100\r\n"
    b"Content-Type: text/plain; charset=utf-8\r\n\r\nDzie\xc5\x84 dobry,\r\npaczka "
    b"nie dotar\xc5\x82a.\x00\r\n\r\n-- \r\nAnna\r\n"
)


def test_the_same_message_by_two_paths_is_one_voice(store_at, tmp_path: Path) -> None:
    eml = tmp_path / "a.eml"
    eml.write_bytes(SAMPLE_MAIL)
    # As an IMAP server and another client would hand it over: LF endings, NUL as 0x80.
    mbox = tmp_path / "archive.mbox"
    mbox.write_bytes(
        b"From anna@example.pl Tue Mar  5 10:00:00 2024\n"
        + SAMPLE_MAIL.replace(b"\r\n", b"\n").replace(b"\x00", b"\x80")
        + b"\n"
    )
    first = _import(store_at(), eml)
    second = _import(store_at(), mbox)
    assert (first.imported, second.imported, second.duplicates) == (1, 0, 1)
    [voice] = store.page(store_at())
    assert voice.subject == "Paczka nie dotarła" and voice.author == "Anna Nowak"
    assert voice.text.index("-- ") == voice.meta["signature_at"]


def test_maildir_plus_plus_folders_and_dovecot_files(store_at, tmp_path: Path) -> None:
    root = tmp_path / "Maildir"
    for folder in (root, root / ".Reklamacje &AUI-&APM-d&AXo-"):
        for sub in ("cur", "new", "tmp"):
            (folder / sub).mkdir(parents=True)
    (root / "dovecot-uidlist").write_text("3 V1 N2\n")
    (root / "dovecot.index.log").write_bytes(b"\x00\x01binary")
    (root / "cur" / "1.host:2,S").write_bytes(SAMPLE_MAIL)
    (root / ".Reklamacje &AUI-&APM-d&AXo-" / "new" / "2.host").write_bytes(
        SAMPLE_MAIL.replace(b"Paczka_nie", b"Druga_paczka_nie")
    )
    result = _import(store_at(), root)
    assert (result.imported, result.rejected) == (2, 0)
    sources = store.counts_by(store_at(), "source")
    assert set(sources) == {"Maildir", "Maildir/Reklamacje łódź"}


def test_an_unreadable_source_is_reported_and_the_others_still_import(
    store_at, tmp_path: Path
) -> None:
    good = _write(tmp_path / "ok.csv", "text,date\nparcel late,2024-01-01\n")
    result = _import(store_at(), tmp_path / "missing.csv", good)
    assert result.imported == 1
    assert result.sources[0].error == "no such file or folder"


def test_cancel_keeps_whole_batches(store_at, tmp_path: Path) -> None:
    path = tmp_path / "many.csv"
    with open(path, "w", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["id", "text", "date"])
        writer.writerows([i, f"voice number {i}", "2024-01-01"] for i in range(20_000))
    state = ImportState()
    seen = []

    def progress(done: int, total: int) -> None:
        seen.append(done)
        if len(seen) == 3:
            state.cancel()

    state._on_progress = progress
    result = _import(store_at(), path, state=state)
    assert result.cancelled
    count = store_at().execute("SELECT count(*) FROM voices").fetchone()[0]
    assert 0 < count < 20_000 and count == result.imported
    assert len(store.search(store_at(), "voice number", limit=100_000)) == count


def test_a_killed_import_rerun_yields_exactly_one_clean_run(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    with open(path, "w", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["Ticket ID", "Subject", "Description", "Created at"])
        writer.writerows(
            [f"T{i}", f"Order {i}", f"Parcel {i} is late, again. Łódź.", "2024-01-01"]
            for i in range(60_000)
        )
        writer.writerow(["", "empty", "", "2024-01-01"])
    killed = tmp_path / "killed.db"
    clean = tmp_path / "clean.db"
    process = subprocess.Popen(
        [sys.executable, "-m", "chair", "import", "--db", str(killed), str(path)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )

    def some_committed() -> bool:
        if not killed.exists():
            return False
        try:
            return connect(killed).execute("SELECT count(*) FROM voices").fetchone()[0] > 0
        except Exception:
            return False

    wait_until(some_committed, 60, "the first batches to be committed")
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    partial = connect(killed).execute("SELECT count(*) FROM voices").fetchone()[0]
    assert 0 < partial < 60_000, "the kill must land in the middle of the import"
    rerun = run_import([str(path)], connect(killed))
    assert rerun.imported == 60_000 - partial
    run_import([str(path)], connect(clean))

    def content(db_file: Path) -> tuple[list[tuple], list[tuple], dict[str, int], int]:
        db = connect(db_file)
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        voices = db.execute(
            "SELECT source_key, text, received_at FROM voices ORDER BY 1"
        ).fetchall()
        rejects = db.execute("SELECT source, location, reason FROM rejects ORDER BY 2").fetchall()
        return voices, rejects, store.counts_by(db, "area"), len(store.search(db, "lodz", 10**6))

    assert content(killed) == content(clean)


def _classified(db_path: Path) -> list[tuple]:
    return connect(db_path).execute(
        "SELECT source_key, pillar, pillars, area, language, confidence, meta FROM voices "
        "ORDER BY source_key").fetchall()


def test_classifying_in_worker_processes_gives_the_same_voices(tmp_path: Path) -> None:
    """Large imports classify in other processes; what lands must not differ by a byte."""
    sources = [str(p) for p in corpus_files("voices") + corpus_files("email")]
    serial, parallel = tmp_path / "serial.db", tmp_path / "parallel.db"
    one = run_import(sources, connect(serial), workers=0)
    two = run_import(sources, connect(parallel), workers=2)
    assert (one.imported, one.duplicates, one.rejected) == (
        two.imported, two.duplicates, two.rejected)
    assert one.imported > 100
    rows = _classified(parallel)
    assert rows == _classified(serial)
    assert not any('"_classify"' in row[6] for row in rows)  # no request left in the meta
    # The vocabulary of prefix search, made in the workers, is the one made here.
    vocabulary = [connect(p).execute("SELECT term FROM voice_terms ORDER BY term").fetchall()
                  for p in (serial, parallel)]
    assert vocabulary[0] == vocabulary[1] and len(vocabulary[0]) > 5000


def test_workers_that_die_leave_their_work_to_the_import(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A killed worker costs time, not voices: its batches are parsed and classified here,
    in the middle of a file as at its end."""
    from concurrent.futures import Future
    from concurrent.futures.process import BrokenProcessPool

    from chair.ingest.model import ImportState
    from chair.ingest.run import Classifiers, import_source, open_sources

    def broken(self, fn, *work):  # type: ignore[no-untyped-def]
        future: Future[list[object]] = Future()
        future.set_exception(BrokenProcessPool("a worker was killed"))
        return future

    monkeypatch.setattr(Classifiers, "submit", lambda *args: [broken(*args)])
    monkeypatch.setattr(Classifiers, "run", broken)
    paths = [str(p) for p in corpus_files("voices") + corpus_files("email")]
    serial, parallel = tmp_path / "serial.db", tmp_path / "parallel.db"
    run_import(paths, connect(serial), workers=0)
    db = connect(parallel)
    for path in paths:
        for source in open_sources(path):
            classifiers = Classifiers(1)
            try:
                import_source(db, source, ImportState(), batch=1, classifiers=classifiers)
            finally:
                classifiers.close()
    rows = _classified(parallel)
    assert len(rows) > 100
    assert not any('"_classify"' in row[6] for row in rows)  # nothing left half-done
    assert rows == _classified(serial)


def test_rows_made_into_voices_in_workers_keep_their_keys_and_rejects(tmp_path: Path) -> None:
    """The rows of a large CSV become voices in worker processes, a few at a time: a record
    without an id repeated across those batches keeps the key it gets read in one piece,
    and a repeated header or an empty text is rejected with its row."""
    from chair.ingest.model import ImportState
    from chair.ingest.run import Classifiers, import_source, open_sources

    path = tmp_path / "export.csv"
    rows = ["Date,Name,Review"]
    for day in range(1, 13):
        rows += [f"2026-03-{day:02d},Ann,Late again and the box was crushed",
                 f"2026-03-{day:02d},Ann,Late again and the box was crushed",  # an exact repeat
                 f"2026-03-{day:02d},Bob,", "Date,Name,Review",
                 f'2026-03-{day:02d},Cy,"Too expensive, {day} zł more than last week"']
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")

    def imported(db_file: Path, workers: int) -> tuple[list[tuple], list[tuple], tuple]:
        db = connect(db_file)
        classifiers = Classifiers(workers) if workers else None
        try:
            (source,) = open_sources(str(path))
            result = import_source(db, source, ImportState(), batch=4, classifiers=classifiers)
        finally:
            if classifiers is not None:
                classifiers.close()
        voices = db.execute("SELECT source_key, received_at, author, pillar, area, language "
                            "FROM voices ORDER BY source_key").fetchall()
        rejects = db.execute("SELECT location, reason, raw FROM rejects ORDER BY id").fetchall()
        return voices, rejects, (result.imported, result.duplicates, result.rejected)

    serial = imported(tmp_path / "serial.db", 0)
    parallel = imported(tmp_path / "parallel.db", 2)
    assert parallel == serial
    voices, rejects, counts = parallel
    assert counts == (36, 0, 24) and len(voices) == 36
    assert sum(key.endswith("~2") for key, *_ in voices) == 12  # each repeat its own voice
    assert {reason for _, reason, _ in rejects} == {
        "the header row repeated in the middle of the file",
        "no customer text (the column 'Review' is empty)"}


def test_rows_travel_to_the_workers_whole() -> None:
    """Rows go to a worker as one string of cells: they come back cell for cell, empty cells
    and all; a cell that holds a NUL itself sends its batch as it is."""
    from chair.ingest.delimited import pack_rows, unpack_rows

    rows = [(1, ["r1", "", "Late \u2014 again", ""], None), (3, ["r2"], 2), (4, [], None),
            (9, ["", "", ""], 1)]
    packed = pack_rows(rows)
    assert isinstance(packed, tuple) and unpack_rows(packed) == rows
    odd = [*rows, (10, ["a\x00b", "c"], None)]
    assert pack_rows(odd) == odd and unpack_rows(pack_rows(odd)) == odd


MBOX_EDGES = (
    b"\n\nFrom a@b Mon Jan  1 00:00:00 2024\r\nSubject: one\r\n\r\nhello  \r\n \t \r\n"
    b"From b@c Tue Jan  2 00:00:00 2024\nSubject: two\n\nFrom time to time\n>From here\n"
    b">>From there\n\nFrom the start of a line, no envelope\n\n"
    b"From c@d Wed Jan  3 00:00:00 2024\n\n"
    b"From d@e Thu Jan  4 00:00:00 2024\nSubject: four\n\nno newline at the end"
)


@pytest.mark.parametrize("chunk", [7, 64, 1 << 20])
def test_an_mbox_splits_the_same_whatever_the_read_size(tmp_path: Path, monkeypatch,
                                                        chunk: int) -> None:  # type: ignore[no-untyped-def]
    from chair.ingest import mailboxes
    from chair.ingest.model import ImportState

    path = tmp_path / "edges.mbox"
    path.write_bytes(MBOX_EDGES)
    monkeypatch.setattr(mailboxes, "CHUNK", chunk)
    with mailboxes.parsed_elsewhere(True):
        found = [(m.envelope, m.data) for m in mailboxes.MboxSource(path).items(ImportState())]
    assert found == [
        (b"From a@b Mon Jan  1 00:00:00 2024\r\n", b"Subject: one\r\n\r\nhello  \r\n"),
        (b"From b@c Tue Jan  2 00:00:00 2024\n", b"Subject: two\n\nFrom time to time\nFrom here\n"
         b">From there\n\nFrom the start of a line, no envelope\n"),
        (b"From c@d Wed Jan  3 00:00:00 2024\n", b""),
        (b"From d@e Thu Jan  4 00:00:00 2024\n", b"Subject: four\n\nno newline at the end"),
    ]


def _proc(pid: int, name: str) -> bytes:
    """/proc/PID/NAME, or b"" for a process that is gone."""
    try:
        return Path(f"/proc/{pid}/{name}").read_bytes()
    except OSError:
        return b""


def _children(pid: int) -> set[int]:
    found = set()
    for entry in Path("/proc").glob("[0-9]*"):
        fields = _proc(int(entry.name), "stat").rsplit(b")", 1)[-1].split()
        if len(fields) > 1 and int(fields[1]) == pid:
            found.add(int(entry.name))
    return found


def _running(pid: int) -> bool:
    fields = _proc(pid, "stat").rsplit(b")", 1)[-1].split()
    return bool(fields) and fields[0] != b"Z"


def test_worker_processes_end_with_a_killed_import(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    with open(path, "w", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["Ticket ID", "Subject", "Description", "Created at"])
        writer.writerows([f"T{i}", f"Order {i}", f"Parcel {i} is late, again. Łódź.",
                          "2024-01-01"] for i in range(200_000))
    process = subprocess.Popen(
        [sys.executable, "-m", "chair", "import", "--workers", "2", "--db",
         str(tmp_path / "chair.db"), str(path)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    workers: set[int] = set()

    def both_workers_started() -> bool:
        # The pool's workers (spawned: their command line says so), not the resource tracker.
        workers.update(p for p in _children(process.pid) if b"spawn_main" in _proc(p, "cmdline"))
        return len(workers) >= 2

    try:
        wait_until(both_workers_started, 60, "the worker processes to start")
    finally:
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
    wait_until(lambda: not any(_running(p) for p in workers), 20,
               "the workers to end after their import was killed")

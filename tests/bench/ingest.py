"""Import benchmarks, each against baselines measured in the same run.

    .venv/bin/python tests/bench/ingest.py [--rows N] [--messages M]

- 1,000,000-row CSV through `chair import` (FTS and rollups included) vs a bare
  sqlite3.executemany of the same rows (into a plain table; into a table of the same text
  columns with a unique key, a time index and FTS; and into chair's own tables: the very rows,
  index texts, counts and terms the import wrote, with every index and trigger of the
  schema), and vs `sqlite-utils insert --csv` followed by `sqlite-utils enable-fts`;
- peak resident memory of the chair import process;
- an mbox of M messages through `chair import`, in messages per second.
"""

from __future__ import annotations

import argparse
import csv
import json
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from chair.ingest import demo  # noqa: E402

BIN = Path(sys.executable).parent
HEADER = ["Review Id", "Review Created (UTC)", "Reviewer Name", "Review Stars", "Review Title",
          "Review Content", "Review Language", "Reviewer Country"]

IMPORT_AND_REPORT = """
import json, sys, time
from chair.store import connect
from chair.ingest.run import run_import
db = connect(sys.argv[1])
start = time.perf_counter()
result = run_import(sys.argv[2:], db)
elapsed = time.perf_counter() - start
peak = next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmHWM:"))
print(json.dumps({"seconds": elapsed, "peak_kib": peak, **result.as_json()}))
"""


def write_csv(path: Path, rows: int) -> None:
    data = demo._load()
    anchor = demo._anchor(None)
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        for i, v in enumerate(demo._voices(data, rows, 11, anchor)):
            stamp = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(v.received_at))
            writer.writerow([f"r{i}", stamp, v.author, int(v.rating or 3), v.subject, v.text,
                             v.language, v.area])


def write_mbox(path: Path, messages: int) -> None:
    data = demo._load()
    anchor = demo._anchor(None)
    with open(path, "wb") as handle:
        for i, v in enumerate(demo._voices(data, messages, 12, anchor)):
            date = time.strftime("%a, %d %b %Y %H:%M:%S +0000", time.gmtime(v.received_at))
            body = v.text.replace("\nFrom ", "\n>From ")
            handle.write(
                f"From customer{i}@example.com {time.asctime(time.gmtime(v.received_at))}\n"
                f"From: {v.author} <customer{i}@example.com>\nTo: customers@shop.example\n"
                f"Subject: {v.subject or 'Hello'}\nDate: {date}\nMessage-ID: <{i}@bench>\n"
                f"MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"
                f"Content-Transfer-Encoding: 8bit\n\n{body}\n\n".encode()
            )


def chair_import(db: Path, *sources: Path) -> dict:
    out = subprocess.run([sys.executable, "-c", IMPORT_AND_REPORT, str(db), *map(str, sources)],
                         check=True, capture_output=True, text=True).stdout
    return json.loads(out)


def bare(csv_path: Path, work: Path) -> tuple[float, float]:
    with open(csv_path, newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))[1:]
    results = []
    for with_fts in (False, True):
        path = work / "bare.db"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        conn = sqlite3.connect(path, isolation_level=None)
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("CREATE TABLE voices (id INTEGER PRIMARY KEY, key TEXT, received TEXT, "
                     "author TEXT, rating TEXT, title TEXT, text TEXT, language TEXT, area TEXT)")
        if with_fts:
            conn.execute("CREATE UNIQUE INDEX voices_key ON voices (key)")
            conn.execute("CREATE INDEX voices_time ON voices (received, id)")
            conn.execute("CREATE VIRTUAL TABLE voices_fts USING fts5 (body, content = '', "
                         "columnsize = 0, tokenize = 'unicode61 remove_diacritics 2')")
        start = time.perf_counter()
        for i in range(0, len(rows), 2000):
            chunk = rows[i : i + 2000]
            conn.execute("BEGIN")
            conn.executemany("INSERT INTO voices (key, received, author, rating, title, text, "
                             "language, area) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", chunk)
            if with_fts:
                fts = [(i + k + 1, f"{r[4]} {r[2]} {r[5]}") for k, r in enumerate(chunk)]
                conn.executemany("INSERT INTO voices_fts (rowid, body) VALUES (?, ?)", fts)
            conn.execute("COMMIT")
        results.append(time.perf_counter() - start)
        conn.close()
    return results[0], results[1]


def bare_same_tables(imported: Path, work: Path, batch: int = 10_000) -> float:
    """Seconds to executemany what `imported` holds into a new store of chair's schema:
    its voice rows in id order with their index texts, then its counts and terms, in
    transactions of `batch` voices (as chair's import writes them)."""
    from chair.store import connect
    from chair.store.db import search_text
    from chair.store.migrations import SORT_KEY_SHIFT

    source = sqlite3.connect(imported)
    columns = [c[1] for c in source.execute("PRAGMA table_info(voices)")]
    rows = source.execute(f"SELECT {', '.join(columns)} FROM voices ORDER BY id").fetchall()
    at = {c: i for i, c in enumerate(columns)}
    bodies = [((r[at["received_at"]] << SORT_KEY_SHIFT) | r[at["id"]],
               search_text(r[at["subject"]], r[at["author"]], r[at["text"]])) for r in rows]
    counts = source.execute("SELECT * FROM voice_counts").fetchall()
    terms = source.execute("SELECT term FROM voice_terms").fetchall()
    source.close()
    path = work / "same.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    conn = connect(path).conn
    insert = (f"INSERT INTO voices ({', '.join(columns)}) "
              f"VALUES ({', '.join('?' * len(columns))})")
    start = time.perf_counter()
    for i in range(0, len(rows), batch):
        conn.execute("BEGIN")
        conn.executemany(insert, rows[i : i + batch])
        conn.executemany("INSERT INTO voices_fts (rowid, body) VALUES (?, ?)",
                         bodies[i : i + batch])
        conn.execute("COMMIT")
    conn.execute("BEGIN")
    conn.executemany(f"INSERT INTO voice_counts VALUES ({', '.join('?' * len(counts[0]))})",
                     counts)
    conn.executemany("INSERT INTO voice_terms (term) VALUES (?)", terms)
    conn.execute("COMMIT")
    seconds = time.perf_counter() - start
    conn.close()
    return seconds


def sqlite_utils_cli(csv_path: Path, work: Path) -> float:
    path = work / "su.db"
    cli = str(BIN / "sqlite-utils")
    start = time.perf_counter()
    subprocess.run([cli, "insert", str(path), "voices", str(csv_path), "--csv"], check=True,
                   capture_output=True)
    subprocess.run([cli, "enable-fts", str(path), "voices", "Review Title", "Reviewer Name",
                    "Review Content"], check=True, capture_output=True)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--messages", type=int, default=50_000)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="chair-ingest-bench-"))
    try:
        csv_path = work / "reviews.csv"
        mbox_path = work / "mail.mbox"
        print(f"writing {args.rows:,} rows and {args.messages:,} messages…", flush=True)
        write_csv(csv_path, args.rows)
        write_mbox(mbox_path, args.messages)
        ours = chair_import(work / "chair.db", csv_path)
        assert ours["imported"] == args.rows, ours
        plain_s, same_s = bare(csv_path, work)
        schema_s = bare_same_tables(work / "chair.db", work)
        su_s = sqlite_utils_cli(csv_path, work)
        mail = chair_import(work / "mail.db", mbox_path)
        assert mail["imported"] == args.messages, mail
        n = args.rows
        rate = n / ours["seconds"]
        print(f"\n{'measure':<50}{'chair':>14}{'baseline':>14}{'ratio':>9}")
        print(f"{'CSV import vs bare executemany (plain)':<50}{rate:>12,.0f}/s"
              f"{n / plain_s:>12,.0f}/s{plain_s / ours['seconds']:>8.2f}x")
        print(f"{'CSV import vs bare executemany (key, time, FTS)':<50}{rate:>12,.0f}/s"
              f"{n / same_s:>12,.0f}/s{same_s / ours['seconds']:>8.2f}x")
        print(f"{'CSV import vs bare executemany (same tables)':<50}{rate:>12,.0f}/s"
              f"{n / schema_s:>12,.0f}/s{schema_s / ours['seconds']:>8.2f}x")
        print(f"{'CSV import vs sqlite-utils insert+enable-fts':<50}{ours['seconds']:>13.1f}s"
              f"{su_s:>13.1f}s{su_s / ours['seconds']:>8.2f}x")
        print(f"{'peak memory of the CSV import':<50}{ours['peak_kib'] / 1024:>10.0f} MiB")
        print(f"{'mbox import':<50}{args.messages / mail['seconds']:>10,.0f} msg/s")
        print(f"{'CSV file size':<50}{csv_path.stat().st_size / 1e6:>10.0f} MB")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

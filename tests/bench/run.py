"""Benchmarks of chair against bare baselines measured in the same run.

    .venv/bin/python tests/bench/run.py [--voices N] [--keep DIR] [--json FILE]

Prints each measurement beside its baseline and the ratio. Budgets (DESIGN.md and issues):
insert >= 0.8x bare executemany; FTS top-50 <= 20 ms; first paint <= 2.5x an empty window.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from chair.ingest import demo  # noqa: E402
from chair.insight.disagree import find_disagreements  # noqa: E402
from chair.insight.pillars import summarize_pillars  # noqa: E402
from chair.store import connect, metrics, owners  # noqa: E402
from chair.store import voices as store  # noqa: E402
from chair.store.db import search_text  # noqa: E402

BATCH = 20_000
QUERIES = [
    "lodz", "paczka", "delivery late", "giao hang", "prix", "out of stock", "da nang",
    "rupture", "kurier", "refund", "shipper", "zwrot", "colis", "deliv", "tusz do",
]

EMPTY_WINDOW = """
import os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
class FirstPaint(QObject):
    at = None
    def eventFilter(self, obj, event):
        if self.at is None and event.type() == QEvent.Type.Paint:
            self.at = time.time()
            QTimer.singleShot(0, app.quit)
        return False
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.resize(1440, 900)
fp = FirstPaint(); w.installEventFilter(fp); w.show()
app.exec()
print(f"first paint (at {fp.at:.6f})")
"""


def _fresh(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.2f} ms"


def _percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p * (len(ordered) - 1)))]


def bench_insert(voices: list, work: Path) -> dict[str, float]:
    rows = [store._row(v, 0) for v in voices]
    columns = ", ".join(store._COLUMNS)
    marks = ", ".join("?" * len(store._COLUMNS))

    # Baseline 1: the same rows into a plain table of the same columns, nothing else.
    bare = work / "bare.db"
    _fresh(bare)
    conn = sqlite3.connect(bare, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute(f"CREATE TABLE voices (id INTEGER PRIMARY KEY, {columns})")
    start = time.perf_counter()
    for i in range(0, len(rows), BATCH):
        conn.execute("BEGIN")
        conn.executemany(f"INSERT INTO voices ({columns}) VALUES ({marks})", rows[i : i + BATCH])
        conn.execute("COMMIT")
    bare_plain = time.perf_counter() - start
    conn.close()

    # Baseline 2: the same rows into the same tables: the voices with the same indexes, and
    # the same FTS5 rows (same rowids, same text), each by a bare executemany in the same
    # batches and order. What chair adds on top: idempotence, search folding, the rollup.
    _fresh(bare)
    conn = sqlite3.connect(bare, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute(f"CREATE TABLE voices (id INTEGER PRIMARY KEY, {columns})")
    conn.execute("CREATE UNIQUE INDEX voices_key ON voices (source_key)")
    conn.execute("CREATE INDEX voices_time ON voices (received_at, id)")
    conn.execute("CREATE VIRTUAL TABLE voices_fts USING fts5 (body, content = '', "
                 "columnsize = 0, tokenize = 'unicode61 remove_diacritics 2')")
    batches = []
    for i in range(0, len(rows), BATCH):
        batch = sorted(rows[i : i + BATCH], key=lambda r: r[2])
        fts = [(store.sort_key(r[2], i + k + 1), search_text(r[6], r[5], r[7]))
               for k, r in enumerate(batch)]
        batches.append((batch, fts))
    start = time.perf_counter()
    for batch, fts in batches:
        conn.execute("BEGIN")
        conn.executemany(f"INSERT INTO voices ({columns}) VALUES ({marks})", batch)
        conn.executemany("INSERT INTO voices_fts (rowid, body) VALUES (?, ?)", fts)
        conn.execute("COMMIT")
    bare_fts = time.perf_counter() - start
    conn.close()
    _fresh(bare)

    # chair: Voice records through the store (idempotent upsert, FTS, rollup, folding).
    path = work / "chair.db"
    _fresh(path)
    db = connect(path)
    start = time.perf_counter()
    for i in range(0, len(voices), BATCH):
        store.add_voices(db, voices[i : i + BATCH])
    ours = time.perf_counter() - start
    db.close()
    return {"bare_plain_s": bare_plain, "bare_fts_s": bare_fts, "chair_s": ours}


def bench_queries(path: Path) -> dict[str, float]:
    db = connect(path)
    raw = sqlite3.connect(path)
    for q in QUERIES:  # warm the page cache the same way for both
        store.search(db, q, 50)
    ours, bare, first_page = [], [], []
    for _ in range(5):
        for q in QUERIES:
            start = time.perf_counter()
            store.search(db, q, 50)
            ours.append(time.perf_counter() - start)
            expression = store.match_expression(q)
            start = time.perf_counter()
            raw.execute("SELECT rowid FROM voices_fts WHERE voices_fts MATCH ? LIMIT 50",
                        [expression]).fetchall()
            bare.append(time.perf_counter() - start)
        start = time.perf_counter()
        store.page(db, limit=200)
        first_page.append(time.perf_counter() - start)
    dashboard = []
    for _ in range(7):
        start = time.perf_counter()
        observations = metrics.dashboard_window(db)
        summarize_pillars(observations)
        first_day = min((metrics.day_number(o.period) for o in observations), default=0)
        find_disagreements(observations, store.counts_per_day(db, first_day))
        dashboard.append(time.perf_counter() - start)
    return {
        "dashboard_median_s": statistics.median(dashboard),
        "fts_median_s": statistics.median(ours), "fts_p95_s": _percentile(ours, 0.95),
        "bare_fts_median_s": statistics.median(bare), "bare_fts_p95_s": _percentile(bare, 0.95),
        "feed_first_page_median_s": statistics.median(first_page),
    }


def _time_to_first_paint(args: list[str], runs: int) -> tuple[float, float]:
    """Median wall time from launching a whole process to its window's first paint, and the
    largest resident memory it reported."""
    times = []
    rss = 0.0
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    for _ in range(runs):
        launched = time.time()
        out = subprocess.run(args, check=True, capture_output=True, env=env, text=True).stdout
        painted = float(re.search(r"\(at ([0-9.]+)\)", out).group(1))  # type: ignore[union-attr]
        times.append(painted - launched)
        if found := re.search(r"resident ([0-9]+) MiB", out):
            rss = max(rss, float(found.group(1)))
    return statistics.median(times), rss


def bench_first_paint(path: Path, runs: int = 9) -> dict[str, float]:
    """The two launches alternate, so a busy moment on the machine weighs on both alike."""
    chair_bin = str(Path(sys.executable).with_name("chair"))
    empty, ours, rss = [], [], 0.0
    for _ in range(runs):
        empty.append(_time_to_first_paint([sys.executable, "-c", EMPTY_WINDOW], 1)[0])
        took, used = _time_to_first_paint([chair_bin, "--smoke-test", "--db", str(path)], 1)
        ours.append(took)
        rss = max(rss, used)
    return {"empty_window_s": statistics.median(empty), "chair_smoke_s": statistics.median(ours),
            "chair_rss_mib": rss}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--voices", type=int, default=1_000_000)
    parser.add_argument("--keep", type=Path, help="keep the databases in this folder")
    parser.add_argument("--json", type=Path, help="also write the numbers here")
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="chair-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        print(f"generating {args.voices:,} voices…", flush=True)
        data = demo._load()
        anchor = demo._anchor(None)
        voices = list(demo._voices(data, args.voices, 7, anchor))
        results: dict[str, float] = {"voices": args.voices}
        results.update(bench_insert(voices, work))
        insert_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        del voices
        path = work / "chair.db"
        db = connect(path)
        metrics.add_observations(db, demo._metrics(data, 7, anchor), source="demo")
        owners.set_owners(db, demo._owners(data))
        demo._escalations(db, data, 7, anchor)
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        db.close()
        results.update(bench_queries(path))
        results.update(bench_first_paint(path))
        results["bench_process_rss_mib"] = insert_rss
        n = args.voices
        r = results
        print()
        print(f"{'measure':<34}{'chair':>16}{'baseline':>16}{'ratio':>10}")
        rows = [
            ("insert rate vs bare executemany", n / r["chair_s"], n / r["bare_plain_s"], "/s"),
            ("insert rate vs bare, same tables", n / r["chair_s"], n / r["bare_fts_s"], "/s"),
        ]
        for label, ours, base, unit in rows:
            print(f"{label:<34}{ours:>14,.0f}{unit}{base:>14,.0f}{unit}{ours / base:>9.2f}x")
        for label, key in (("median", "fts_median_s"), ("p95", "fts_p95_s")):
            ours_s, bare_s = r[key], r[f"bare_{key}"]
            print(f"{'FTS top-50 ' + label + ' vs bare FTS5':<34}{_ms(ours_s):>16}"
                  f"{_ms(bare_s):>16}{ours_s / bare_s:>9.2f}x")
        print(f"{'feed first page (200 rows)':<34}{_ms(r['feed_first_page_median_s']):>16}")
        print(f"{'dashboard: pillars + disagreements':<34}{_ms(r['dashboard_median_s']):>16}"
              f"{'budget 50 ms':>16}")
        print(f"{'first paint vs empty PySide6 window':<34}{r['chair_smoke_s']:>15.3f}s"
              f"{r['empty_window_s']:>15.3f}s{r['chair_smoke_s'] / r['empty_window_s']:>9.2f}x")
        print(f"{'window resident memory':<34}{r['chair_rss_mib']:>12.0f} MiB")
        print(f"{'bench process peak (all voices)':<34}{insert_rss:>12.0f} MiB")
        if args.json:
            args.json.write_text(json.dumps(results, indent=2))
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

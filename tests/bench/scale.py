"""chair at millions of voices: search, dashboard, the window's keystrokes, scrolling, memory
and first paint, each size measured in one run, each figure beside its baseline.

    .venv/bin/python tests/bench/scale.py [--voices 1000000 3000000] [--cache DIR]
                                          [--skip ui,paint] [--json FILE]

Each size's demo database (`chair demo --voices N`, plus a year of daily metrics for its 30
areas) is built once into --cache (default ~/.cache/chair-bench) and reused by later runs;
a database left half-built is made again. Budgets (issue "Fast at three million voices"):
store search top 50 p99 < 20 ms, 3M within 1.3x of 1M; keystroke to repainted results median
<= 30 ms, p99 <= 60 ms; the feed scrolled top to bottom < 300 MiB resident, slowest frame
<= 33 ms; dashboard < 25 ms; first paint <= 2.0x an empty PySide6 window, with and without
chair's bytecode.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from run import EMPTY_WINDOW, _percentile  # noqa: E402  (tests/bench/run.py)

from chair.ingest import demo  # noqa: E402
from chair.services import dashboard  # noqa: E402
from chair.store import connect, metrics  # noqa: E402
from chair.store import voices as store  # noqa: E402
from chair.store.migrations import ID_MASK  # noqa: E402

# One to three words, the commonest prefixes among them, as typed on the way to a word.
SEARCHES = ["t", "th", "the", "deli", "deliv", "delivery", "delivery late", "giao hàng",
            "paczka", "lodz", "prix", "out of stock", "the deli", "zwrot", "colis", "kurier",
            "refund", "late parcel", "remboursement", "đơn hàng"]
# Typed letter by letter in the window.
TYPED = ["delivery late", "paczka", "giao hang", "the parcel", "remboursement", "refund"]


def database(cache: Path, voices: int) -> Path:
    """The demo database of `voices` voices, built once and reused."""
    path = cache / f"demo-{voices}.db"
    done = cache / f"demo-{voices}.complete"
    if path.exists() and done.exists():
        return path
    cache.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    print(f"building {voices:,} voices into {path}…", flush=True)
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "chair", "demo", "--voices", str(voices), "--db",
                    str(path)], check=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    db = connect(path)
    # A year of daily metrics for every area, as a team that has used chair for a year has.
    demo.DAYS = 365
    metrics.add_observations(db, demo._metrics(demo._load(), 7, demo._anchor(None)),
                             source="demo")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    done.write_text(f"built in {time.perf_counter() - start:.0f} s\n")
    print(f"built in {time.perf_counter() - start:.0f} s", flush=True)
    return path


def bench_search(path: Path, rounds: int = 15) -> dict[str, float]:
    """Store search top 50, newest first, as the feed asks; beside it the same page read
    with FTS5's own prefix query (what chair did before the vocabulary)."""
    db = connect(path)
    plain_sql = (f"SELECT {store._PREVIEW_FIELDS} FROM voices_fts f JOIN voices v "
                 f"ON v.id = (f.rowid & {ID_MASK}) {store._ESCALATION_JOIN} "
                 "WHERE voices_fts MATCH ? ORDER BY f.rowid DESC LIMIT 50")
    from chair.domain.model import VoiceFilter

    def ours(q: str) -> None:
        store.page(db, VoiceFilter(query=q), limit=50, preview=True)

    def plain(q: str) -> None:
        [store._voice(r) for r in db.execute(plain_sql, [store.match_expression(q)])]

    for q in SEARCHES:  # the same warm page cache for both
        ours(q)
        plain(q)
    times: dict[str, list[float]] = {"ours": [], "plain": []}
    each: dict[tuple[str, str], list[float]] = {}
    for _ in range(rounds):
        for q in SEARCHES:
            for name, fn in (("ours", ours), ("plain", plain)):
                start = time.perf_counter()
                fn(q)
                took = time.perf_counter() - start
                times[name].append(took)
                each.setdefault((name, q), []).append(took)
    db.close()
    print(f"  {'median ms':<16}{'chair':>8}{'FTS5 prefix':>13}")
    for q in SEARCHES:
        print(f"  {q:<16}{statistics.median(each['ours', q]) * 1000:>8.2f}"
              f"{statistics.median(each['plain', q]) * 1000:>13.2f}")
    return {"search_p50_ms": statistics.median(times["ours"]) * 1000,
            "search_p99_ms": _percentile(times["ours"], 0.99) * 1000,
            "fts5_prefix_p50_ms": statistics.median(times["plain"]) * 1000,
            "fts5_prefix_p99_ms": _percentile(times["plain"], 0.99) * 1000}


def bench_dashboard(path: Path) -> dict[str, float]:
    """Pillar summaries and disagreements, computed once per refresh for both, as the window
    asks (Workspace.dashboard): while voices arrive and the metrics stay (the window's
    metrics kept), and after a metric was written (read again)."""
    from chair.services.workspace import Workspace

    workspace = Workspace.open(path)
    db = connect(path)
    for _ in range(3):
        workspace.dashboard()
    warm, cold = [], []
    for _ in range(15):
        start = time.perf_counter()
        workspace.dashboard()
        warm.append(time.perf_counter() - start)
        start = time.perf_counter()
        dashboard.both(db)
        cold.append(time.perf_counter() - start)
    db.close()
    workspace.close()
    return {"dashboard_ms": statistics.median(warm) * 1000,
            "dashboard_metrics_read_ms": statistics.median(cold) * 1000}


def bench_window(path: Path) -> dict[str, float]:
    """Keystrokes, scrolling and memory in a window of its own (tests/bench/ui.py)."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "ui.json"
        subprocess.run([sys.executable, str(ROOT / "tests" / "bench" / "ui.py"), "--db",
                        str(path), "--whole", "--json", str(out)], check=True)
        result: dict[str, float] = json.loads(out.read_text())
    return result


def _paint(args: list[str], env: dict[str, str]) -> float:
    launched = time.time()
    out = subprocess.run(args, check=True, capture_output=True, env=env, text=True,
                         timeout=300).stdout
    found = re.search(r"\(at ([0-9.]+)\)", out)
    assert found, out
    return float(found.group(1)) - launched


def bench_first_paint(path: Path, rounds: int = 7) -> dict[str, float]:
    """Launch to first paint, paired with an empty PySide6 window launched alternately (a
    busy moment weighs on both alike): with chair's bytecode compiled, and with none (as
    a fresh checkout starts; PYTHONDONTWRITEBYTECODE keeps it so)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    with tempfile.TemporaryDirectory() as tmp:
        for name in ("DATA", "CONFIG", "CACHE"):
            env[f"CHAIR_{name}_DIR"] = str(Path(tmp) / name.lower())
        chair = [sys.executable, "-m", "chair", "--smoke-test", "--db", str(path)]
        empty = [sys.executable, "-c", EMPTY_WINDOW]
        result: dict[str, float] = {}
        for label in ("bytecode", "no_bytecode"):
            caches = list((ROOT / "chair").rglob("__pycache__"))
            for folder in caches:
                shutil.rmtree(folder, ignore_errors=True)
            if label == "bytecode":
                subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "chair")],
                               check=True)
            run_env = {**env, "PYTHONDONTWRITEBYTECODE": "1"}
            _paint(chair, run_env)  # the database and the OS caches warm for both
            ours, base = [], []
            for _ in range(rounds):
                base.append(_paint(empty, run_env))
                ours.append(_paint(chair, run_env))
            result[f"paint_{label}_s"] = statistics.median(ours)
            result[f"empty_{label}_s"] = statistics.median(base)
            result[f"paint_{label}_ratio"] = statistics.median(
                o / b for o, b in zip(ours, base, strict=True))
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--voices", type=int, nargs="+", default=[1_000_000, 3_000_000])
    parser.add_argument("--cache", type=Path, default=Path.home() / ".cache" / "chair-bench")
    parser.add_argument("--skip", default="", help="comma-separated: search,dashboard,ui,paint")
    parser.add_argument("--json", type=Path, help="also write the numbers here")
    args = parser.parse_args()
    skip = set(filter(None, args.skip.split(",")))
    results: dict[int, dict[str, float]] = {}
    for n in args.voices:
        path = database(args.cache, n)
        print(f"{n:,} voices ({path.stat().st_size / 1e9:.1f} GB)", flush=True)
        r: dict[str, float] = {}
        steps = (("search", bench_search), ("dashboard", bench_dashboard),
                 ("ui", bench_window), ("paint", bench_first_paint))
        for name, step in steps:
            if name not in skip:
                found = step(path)
                r.update(found)
                print(f"  {name}: " + ", ".join(f"{k} {v:.2f}" for k, v in found.items()),
                      flush=True)
        results[n] = r
    _report(results)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))
    return 0


def _report(results: dict[int, dict[str, float]]) -> None:
    sizes = sorted(results)
    rows = [
        ("search top 50, p50 (ms)", "search_p50_ms", "fts5_prefix_p50_ms", "FTS5 prefix"),
        ("search top 50, p99 (ms)", "search_p99_ms", "fts5_prefix_p99_ms", "FTS5 prefix"),
        ("keystroke to repaint, median (ms)", "keystroke_p50_ms", None, "budget 30"),
        ("keystroke to repaint, p99 (ms)", "keystroke_p99_ms", None, "budget 60"),
        ("scrolled to the end, resident (MiB)", "scrolled_mib", None, "budget 300"),
        ("slowest scrolling frame (ms)", "slowest_frame_ms", None, "budget 33"),
        ("dashboard, voices arriving (ms)", "dashboard_ms", None, "budget 25"),
        ("  after a metric was written (ms)", "dashboard_metrics_read_ms", None, "budget 25"),
        ("first paint / empty window", "paint_bytecode_ratio", None, "budget 2.0"),
        ("  without chair's bytecode", "paint_no_bytecode_ratio", None, "budget 2.0"),
    ]
    head = "".join(f"{f'{n / 1e6:g}M':>12}" for n in sizes)
    print(f"\n{'measure':<38}{head}{'baseline':>26}")
    for label, key, base, note in rows:
        if not any(key in results[n] for n in sizes):
            continue
        cells = "".join(f"{results[n].get(key, float('nan')):>12.2f}" for n in sizes)
        if base:
            note = f"{note} " + " / ".join(f"{results[n].get(base, float('nan')):.1f}"
                                          for n in sizes)
        print(f"{label:<38}{cells}{note:>26}")
    if len(sizes) > 1:
        small, big = sizes[0], sizes[-1]
        for key in ("search_p50_ms", "search_p99_ms", "keystroke_p50_ms", "dashboard_ms"):
            if key in results[small] and key in results[big]:
                print(f"{key} at {big / 1e6:g}M / {small / 1e6:g}M: "
                      f"{results[big][key] / results[small][key]:.2f}x")


if __name__ == "__main__":
    sys.exit(main())

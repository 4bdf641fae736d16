"""The window at scale: keystroke to repainted results, scrolling frame times, memory after
scrolling.

    .venv/bin/python tests/bench/ui.py --db BIG.db [--whole] [--json FILE]
    (make one: chair demo --voices 1000000; tests/bench/scale.py builds and reuses them)

Budgets (scale issue): keystroke to repainted results median <= 30 ms, p99 <= 60 ms; the
feed scrolled top to bottom under 300 MiB resident, no frame over 33 ms.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from chair import app as chair_app  # noqa: E402

QUERIES = ["lodz", "paczka", "giao hang", "prix", "kurier", "refund", "colis", "delivery late",
           "out of stock", "rupture", "shipper", "zwrot"]


def resident_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def wait_for(signal, timeout_ms: int = 10_000) -> bool:  # type: ignore[no-untyped-def]
    loop = QEventLoop()
    fired = []
    signal.connect(lambda *_: (fired.append(1), loop.quit()))
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    return bool(fired)


def _typed_latencies(window) -> list[float]:  # type: ignore[no-untyped-def]
    """Each query typed letter by letter; for every keystroke the time until its results are
    on screen (the page read off the GUI thread, shown, the list repainted). Keystrokes whose
    last word is one or two letters are left out: those wait for a pause on purpose."""
    latencies = []
    for query in QUERIES:
        window.search.clear()
        wait_for(window.results_shown, 5000)
        for k in range(1, len(query) + 1):
            typed = query[:k]
            last = typed.split()[-1] if typed.split() else ""
            start = time.perf_counter()
            QTest.keyClick(window.search, query[k - 1])
            shown = wait_for(window.results_shown, 5000)
            window.feed.viewport().repaint()
            if shown and not (0 < len(last) < 3 and not typed.endswith(" ")):
                latencies.append(time.perf_counter() - start)
    window.search.clear()
    wait_for(window.results_shown, 5000)
    return latencies


def _scroll(window, rows: int | None) -> tuple[list[float], int]:  # type: ignore[no-untyped-def]
    """Scroll the feed a screen at a time over its first 10,000 rows, then on to `rows` or
    the end the way a hand drags the scroll bar's thumb to the bottom again and again: each
    step painted and timed."""
    feed, model = window.feed, window.feed_model
    bar = feed.verticalScrollBar()
    frames = []
    while True:
        start = time.perf_counter()
        if model.rowCount() < 10_000:
            bar.setValue(bar.value() + feed.viewport().height())
        else:
            bar.setValue(bar.maximum())
        if bar.value() >= bar.maximum() - feed.viewport().height() and model.canFetchMore():
            model.fetchMore()
        feed.viewport().repaint()
        frames.append(time.perf_counter() - start)
        at_end = bar.value() >= bar.maximum() and not model.canFetchMore()
        if at_end or (rows is not None and model.rowCount() >= rows):
            return frames, model.rowCount()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--whole", action="store_true",
                        help="scroll the whole feed to its end (else 100,000 rows)")
    parser.add_argument("--json", type=Path, help="also write the numbers here")
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    chair_app.apply_style(app, "light", 1.0)
    with tempfile.TemporaryDirectory() as tmp:
        window = chair_app.build_main_window(args.db, state_path=Path(tmp) / "w.ini")
        window.resize(1920, 1080)
        window.show()
        QTest.qWaitForWindowExposed(window)
        window.runner.wait_idle(30_000)
        app.processEvents()
        latencies = _typed_latencies(window)
        print(f"resident memory before scrolling: {resident_mib():.0f} MiB")
        started = time.perf_counter()
        frames, rows = _scroll(window, None if args.whole else 100_000)
        scrolled_s = time.perf_counter() - started
        app.processEvents()
        memory = resident_mib()
        window.close()
        window.runner.wait_idle(10_000)
    result = {
        "keystroke_p50_ms": statistics.median(latencies) * 1000,
        "keystroke_p99_ms": sorted(latencies)[min(len(latencies) - 1,
                                                  round(0.99 * (len(latencies) - 1)))] * 1000,
        "keystrokes": len(latencies),
        "scrolled_rows": rows, "scrolled_s": scrolled_s,
        "median_frame_ms": statistics.median(frames) * 1000,
        "slowest_frame_ms": max(frames) * 1000,
        "scrolled_mib": memory,
    }
    print(f"keystroke to repainted results: median {result['keystroke_p50_ms']:.1f} ms, "
          f"p99 {result['keystroke_p99_ms']:.1f} ms over {len(latencies)} keystrokes")
    print(f"scrolled {rows:,} rows in {scrolled_s:.0f} s, a screen at a time: median frame "
          f"{result['median_frame_ms']:.1f} ms, slowest {result['slowest_frame_ms']:.1f} ms")
    print(f"resident memory scrolled to there: {memory:.0f} MiB")
    if args.json:
        args.json.write_text(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())

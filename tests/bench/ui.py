"""The window at scale: keystroke-to-results, scrolling frame times, memory after scrolling.

    .venv/bin/python tests/bench/ui.py --db BIG.db     (make one: chair demo --voices 1000000)

Budgets (main-window issue): search keystroke-to-results <= 50 ms median; scrolling 10,000
rows without a frame over 50 ms; <= 400 MiB resident after scrolling 100,000 rows.
"""

from __future__ import annotations

import argparse
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


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
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

        # Keystroke to results: type each query letter by letter; time the last letter.
        latencies = []
        for query in QUERIES:
            window.search.clear()
            wait_for(window.results_shown, 5000)
            QTest.keyClicks(window.search, query[:-1])
            wait_for(window.results_shown, 5000)
            start = time.perf_counter()
            QTest.keyClick(window.search, query[-1])
            if wait_for(window.results_shown, 5000):
                latencies.append(time.perf_counter() - start)
        window.search.clear()
        wait_for(window.results_shown, 5000)

        # Scrolling: 10,000 rows in steps of 20, each step painted; the slowest frame counts.
        feed = window.feed
        bar = feed.verticalScrollBar()
        row_height = feed.sizeHintForRow(0) or 80
        frames = []
        scrolled = 0
        while scrolled < 10_000:
            start = time.perf_counter()
            bar.setValue(bar.value() + 20 * row_height)
            if bar.value() >= bar.maximum() - row_height * 10 and window.feed_model.canFetchMore():
                window.feed_model.fetchMore()
            feed.viewport().repaint()
            frames.append(time.perf_counter() - start)
            scrolled += 20
        slow = sorted(frames)[-5:]
        # Memory after 100,000 rows loaded and scrolled through.
        while window.feed_model.rowCount() < 100_000 and window.feed_model.canFetchMore():
            window.feed_model.fetchMore()
        bar.setValue(bar.maximum())
        feed.viewport().repaint()
        app.processEvents()
        memory = resident_mib()
        window.close()
        window.runner.wait_idle(10_000)
    print(f"search keystroke to results: median {statistics.median(latencies) * 1000:.1f} ms, "
          f"max {max(latencies) * 1000:.1f} ms over {len(latencies)} queries (budget 50 ms median)")
    print(f"scrolling 10,000 rows: median frame {statistics.median(frames) * 1000:.1f} ms, "
          f"slowest {max(frames) * 1000:.1f} ms (budget: none over 50 ms); five slowest: "
          f"{', '.join(f'{x * 1000:.0f}' for x in slow)} ms")
    print(f"resident memory with {window.feed_model.rowCount():,} rows loaded: {memory:.0f} MiB "
          f"(budget 400 MiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

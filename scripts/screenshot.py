"""Render the main window offscreen from a database and save a PNG (README screenshots).

    .venv/bin/python scripts/screenshot.py --db DEMO.db -o docs/main-window.png [--size 1920x1080]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from chair import app as chair_app


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("-o", "--output", required=True)
    parser.add_argument("--size", default="1920x1080")
    parser.add_argument("--select", type=int, default=2, help="feed row to select")
    parser.add_argument("--theme", default="light")
    parser.add_argument("--redact", action="store_true")
    args = parser.parse_args()
    width, height = (int(x) for x in args.size.split("x"))
    app = QApplication(sys.argv[:1])
    chair_app.apply_style(app, args.theme)
    with tempfile.TemporaryDirectory() as tmp:
        window = chair_app.build_main_window(args.db, state_path=Path(tmp) / "w.ini")
        window.resize(width, height)
        window.show()
        window.feed.setCurrentIndex(window.feed_model.index(args.select))
        if args.redact:
            window.redact_toggle.setChecked(True)

        def shoot() -> None:
            if not window.runner.wait_idle(20_000):
                print("background work did not finish", file=sys.stderr)
            QTimer.singleShot(300, lambda: (window.grab().save(args.output), app.quit()))

        window.charts_ready.connect(lambda: QTimer.singleShot(200, shoot))
        app.exec()
        window.close()
    print(args.output)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Render the main window offscreen and save PNGs: the README's screenshots, kept true.

    .venv/bin/python scripts/screenshot.py --readme            # docs/*.png from fresh demo data
    .venv/bin/python scripts/screenshot.py -o shot.png [--db DB] [--size 1280x720]
                                           [--theme dark] [--scale 2] [--redact]
                                           [--meeting] [--language pl]

Without --db the demo data is generated into a temporary database first (as `chair demo`
does on first start), so the pictures show what a newcomer sees.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEMO_VOICES = 20_000
# What README.md shows: (file, arguments).
README_SHOTS = (
    ("docs/main-window.png", ["--size", "1920x1080"]),
    ("docs/main-window-dark.png", ["--size", "1920x1080", "--theme", "dark"]),
    ("docs/main-window-1280x720.png", ["--size", "1280x720"]),
    ("docs/meeting-1920x1080.png", ["--size", "1920x1080", "--meeting"]),
    ("docs/meeting-1280x720.png", ["--size", "1280x720", "--meeting"]),
    ("docs/main-window-pl.png", ["--size", "1920x1080", "--language", "pl"]),
    ("docs/main-window-vi-1280x720.png", ["--size", "1280x720", "--language", "vi"]),
    ("docs/meeting-pl-1920x1080.png", ["--size", "1920x1080", "--meeting", "--language", "pl"]),
    ("docs/meeting-vi-1280x720.png", ["--size", "1280x720", "--meeting", "--language", "vi"]),
)
# A meeting as its facilitator would type it, in each language: (title, agenda).
MEETINGS = {
    "en": ("Weekly business review",
           "Delivery in apartment complexes · 15 · delivery\nPrice checks · 10 · price\n"
           "Decisions · 5"),
    "pl": ("Cotygodniowy przegląd biznesowy",
           "Dostawy na osiedla · 15 · dostawa\nPorównanie cen · 10 · cena\nDecyzje · 5"),
    "fr": ("Revue hebdomadaire de l’activité",
           "Livraison en résidences · 15 · livraison\nComparaison des prix · 10 · prix\n"
           "Décisions · 5"),
    "vi": ("Họp rà soát kinh doanh hằng tuần",
           "Giao hàng tới chung cư · 15 · giao hàng\nKiểm tra giá · 10 · giá\nQuyết định · 5"),
}


def _offscreen_screen(folder: Path, width: int, height: int) -> str:
    """An offscreen platform with one screen of the given size (Qt's default is 800x600)."""
    config = folder / "offscreen.json"
    config.write_text(json.dumps({"screens": [{"name": "shot", "x": 0, "y": 0,
                                               "width": width, "height": height,
                                               "logicalDpi": 96, "dpr": 1}]}))
    return f"offscreen:configfile={config}"


def _demo_database(folder: Path) -> Path:
    from chair.ingest.demo import create_demo
    from chair.store import connect

    path = folder / "demo.db"
    db = connect(path)
    create_demo(db, voices=DEMO_VOICES)
    db.close()
    return path


def shoot(args: argparse.Namespace) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from chair import app as chair_app

    width, height = (int(x) for x in args.size.split("x"))
    from chair.ui import i18n

    app = QApplication(sys.argv[:1])
    chair_app.apply_style(app, args.theme)
    i18n.install(app, args.language)
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or _demo_database(Path(tmp))
        window = chair_app.build_main_window(db, state_path=Path(tmp) / "w.ini")
        window.resize(width, height)
        window.show()
        window.feed.setCurrentIndex(window.feed_model.index(args.select))
        if args.redact:
            window.redact_toggle.setChecked(True)

        def grab() -> None:
            if not window.runner.wait_idle(20_000):
                print("background work did not finish", file=sys.stderr)
            QTimer.singleShot(300, lambda: (window.grab().save(args.output), app.quit()))

        def meeting() -> None:
            from chair.ui.meeting import parse_agenda

            title, agenda = MEETINGS[args.language or "en"]
            window.enter_meeting(title, "", parse_agenda(agenda))
            assert window.meeting_view is not None
            window.meeting_view.rotate_timer.stop()  # the same voice while the picture is taken
            QTimer.singleShot(500, grab)

        window.charts_ready.connect(lambda: QTimer.singleShot(200, meeting if args.meeting
                                                              else grab))
        app.exec()
        window.close()
        window.runner.wait_idle(20_000)
    print(args.output)
    return 0


def readme(db: str | None) -> int:
    """Each picture in its own process: the platform, the scale and the theme are per process."""
    with tempfile.TemporaryDirectory() as tmp:
        database = db or str(_demo_database(Path(tmp)))
        for output, extra in README_SHOTS:
            command = [sys.executable, __file__, "-o", str(ROOT / output), "--db", database,
                       *extra]
            subprocess.run(command, check=True)
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--readme", action="store_true", help="write README's screenshots")
    parser.add_argument("--db", help="database to show (default: fresh demo data)")
    parser.add_argument("-o", "--output")
    parser.add_argument("--size", default="1920x1080", help="window size in logical pixels")
    parser.add_argument("--scale", type=float, default=1.0, help="display scaling, e.g. 2")
    parser.add_argument("--select", type=int, default=2, help="feed row to select")
    parser.add_argument("--theme", default="light", help="light, dark, contrast or system")
    parser.add_argument("--redact", action="store_true")
    parser.add_argument("--meeting", action="store_true", help="meeting mode, full screen")
    parser.add_argument("--language", default="en", choices=("en", "pl", "fr", "vi"))
    args = parser.parse_args()
    if args.readme:
        return readme(args.db)
    if not args.output:
        parser.error("give -o FILE or --readme")
    width, height = (int(x) for x in args.size.split("x"))
    tmp = Path(tempfile.mkdtemp(prefix="chair-shot-"))
    if args.meeting:  # full screen: the screen is the picture; minutes go to a scratch folder
        os.environ["CHAIR_DATA_DIR"] = str(tmp)
        os.environ["QT_QPA_PLATFORM"] = _offscreen_screen(tmp, width, height)
    else:
        os.environ["QT_QPA_PLATFORM"] = _offscreen_screen(
            tmp, int(max(width, 1920) * args.scale), int(max(height, 1080) * args.scale))
    if args.scale != 1.0:
        os.environ["QT_SCALE_FACTOR"] = str(args.scale)
    return shoot(args)


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())

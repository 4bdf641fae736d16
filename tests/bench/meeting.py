"""Meeting mode's first voice, whatever the pool holds.

    .venv/bin/python tests/bench/meeting.py [--huge N]

A demo database plus N recent voices of a megabyte each (long tokens, quoted threads, personal
data throughout). Times, from pressing F11 with personal data hidden: the first customer voice
on the screen (budget 1 s) and the whole rotation pool loaded.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from chair import app as chair_app  # noqa: E402
from chair.domain.model import Voice  # noqa: E402
from chair.ingest.demo import create_demo  # noqa: E402
from chair.store import connect  # noqa: E402
from chair.store import voices as voice_store  # noqa: E402


def _huge(i: int) -> str:
    person = (f"Kind regards, Anna Nowak{i}, +48 601 234 {i % 1000:03d}, ul. Długa {i % 90 + 1}, "
              f"anna{i}@example.pl. ")
    return ("The parcel came crushed. " + "x" * 200_000 + " " + person * 6000)[:1_000_000]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--huge", type=int, default=20, help="megabyte voices in the pool")
    args = parser.parse_args()
    qt = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        db_path = Path(tmp) / "chair.db"
        db = connect(db_path)
        create_demo(db, voices=3000, seed=1)
        now = int(time.time())
        voice_store.add_voices(db, [Voice("mail", f"<huge{i}@example>", now - 60 - i, _huge(i),
                                          channel="email", author=f"Anna Nowak{i}",
                                          pillar="delivery") for i in range(args.huge)])
        window = chair_app.build_main_window(db_path, state_path=Path(tmp) / "w.ini")
        window.resize(1920, 1080)
        window.show()
        loop = QEventLoop()
        QTimer.singleShot(500, loop.quit)
        loop.exec()
        started = time.perf_counter()
        window.enter_meeting(title="Bench")
        view = window.meeting_view
        first = complete = 0.0
        deadline = started + 120
        while time.perf_counter() < deadline and not complete:
            qt.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 10)
            if not first and view.rotation.current is not None:
                first = time.perf_counter() - started
            if view.pool_complete:
                complete = time.perf_counter() - started
        print(f"{args.huge} megabyte voices in a pool of {len(view.rotation.voices)}: first voice "
              f"on the screen after {first:.2f} s (budget 1 s), whole pool after {complete:.2f} s")
        window.leave_meeting()
        window.close()
        window.runner.wait_idle(60_000)
    return 0


if __name__ == "__main__":
    sys.exit(main())

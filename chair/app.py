"""Builds every object and wires them together; the GUI entry point. Owns no logic."""

from __future__ import annotations

import os
import sys
import threading
import time
from pathlib import Path

import sqlite_utils
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from chair import APP_ID, APP_NAME, __version__
from chair.config.paths import config_dir, default_db_path, resource
from chair.domain.errors import ChairError
from chair.ingest.demo import create_demo
from chair.insight.pillars import summarize_pillars
from chair.store import connect, data_version
from chair.store import escalations as escalation_store
from chair.store import metrics as metric_store
from chair.store import voices as voice_store
from chair.tasks.runner import TaskRunner
from chair.ui.access import DataAccess
from chair.ui.mainwindow import MainWindow


class _Connections:
    """One SQLite connection per thread, opened on first use (SQLite's rule for threads)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._local = threading.local()
        self._all: list[sqlite_utils.Database] = []
        self._lock = threading.Lock()

    def __call__(self) -> sqlite_utils.Database:
        db = getattr(self._local, "db", None)
        if db is None:
            db = connect(self.path, migrate=False)
            self._local.db = db
            with self._lock:
                self._all.append(db)
        return db

    def close_all(self) -> None:
        with self._lock:
            for db in self._all:
                db.close()
            self._all.clear()


def _access(conns: _Connections) -> DataAccess:
    def pillar_summaries():  # type: ignore[no-untyped-def]
        db = conns()
        span = metric_store.day_range(db)
        since = None if span is None else span[1] - 60
        return summarize_pillars(metric_store.observations(db, since_day=since))

    return DataAccess(
        fetch_page=lambda flt, after, limit: voice_store.page(conns(), flt, after, limit),
        added_since=lambda last, flt: voice_store.added_since(conns(), last, flt),
        last_id=lambda: voice_store.last_id(conns()),
        data_version=lambda: data_version(conns()),
        get_voice=lambda vid: voice_store.get(conns(), vid),
        open_escalations=lambda: escalation_store.open_escalations(conns()),
        pillar_summaries=pillar_summaries,
        voice_count=lambda: voice_store.count(conns()),
        create_demo=lambda: create_demo(conns()),
    )


def _apply_style(app: QApplication) -> None:
    app.setStyle("Fusion")
    palette = app.palette()
    palette.setColor(QPalette.ColorRole.Window, "#f6f5f2")
    palette.setColor(QPalette.ColorRole.Base, "#ffffff")
    palette.setColor(QPalette.ColorRole.AlternateBase, "#f3f4f6")
    palette.setColor(QPalette.ColorRole.Highlight, "#dce8f6")
    palette.setColor(QPalette.ColorRole.HighlightedText, "#1f2328")
    palette.setColor(QPalette.ColorRole.Text, "#1f2328")
    palette.setColor(QPalette.ColorRole.WindowText, "#1f2328")
    palette.setColor(QPalette.ColorRole.Mid, "#e6e7ea")
    app.setPalette(palette)
    app.setStyleSheet(resource("style", "light.qss").read_text(encoding="utf-8"))


def build_main_window(db_path: str | Path | None = None, *, state_path: Path | None = None
                      ) -> MainWindow:  # fmt: skip
    """The main window over the database at `db_path`, not yet shown (needs a QApplication)."""
    path = Path(db_path) if db_path else default_db_path()
    connect(path).close()  # create or upgrade the schema once, before any reader starts
    conns = _Connections(path)
    app = QApplication.instance()
    runner = TaskRunner(app)
    state = QSettings(str(state_path or config_dir() / "window.ini"), QSettings.Format.IniFormat)
    window = MainWindow(_access(conns), runner, state)
    def shut_down() -> None:
        runner.wait_idle()
        conns.close_all()

    window.destroyed.connect(shut_down)
    window.start()
    return window


def main(db_path: str | None = None, smoke_test: bool = False) -> int:
    if smoke_test:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    started = time.perf_counter()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    _apply_style(app)
    try:
        window = build_main_window(db_path)
    except ChairError as exc:
        print(f"chair: {exc}", file=sys.stderr)
        return 2
    if smoke_test:
        window.show()

        def finish() -> None:
            window.grab()
            print(f"smoke test ok: first paint after {time.perf_counter() - started:.3f} s")
            window.close()
            app.quit()

        QTimer.singleShot(0, finish)
        app.exec()
        window.runner.wait_idle()
        return 0
    window.show()
    code = app.exec()
    window.runner.wait_idle()
    return code


__all__ = ["build_main_window", "main"]

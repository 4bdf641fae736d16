"""Builds every object and wires them together; the GUI entry point. Owns no logic.

The window paints first and opens the database right after, off the GUI thread: nothing the
store needs (the schema check, the services) stands between starting chair and seeing it.
"""

from __future__ import annotations

import gc
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from chair import APP_ID, APP_NAME, __version__
from chair.config.paths import config_dir, default_db_path
from chair.tasks.runner import Relay, TaskRunner
from chair.ui.i18n import translate
from chair.ui.mainwindow import MainWindow

if TYPE_CHECKING:
    from collections.abc import Callable

    from chair.ingest.live import LiveSources
    from chair.services.workspace import Workspace


def open_data(target: Path | str) -> Workspace:
    """Open (create, upgrade) the database file, or the team store a postgresql:// address
    names, and return what the window reads it through.

    Raises ChairError for a database the user must act on (newer schema, locked, not ours,
    a team store that cannot be reached or whose password is not in the keyring).
    """
    from chair.services.workspace import Workspace
    from chair.ui import wording

    if _is_team(target):
        return Workspace.open_team(str(target), phrases=wording)
    return Workspace.open(Path(target), phrases=wording)


def _is_team(target: Path | str | None) -> bool:
    return isinstance(target, str) and target.startswith(("postgresql://", "postgres://"))


def _target(db: str | Path | None) -> Path | str:
    """What --db names: a team store's address as it is, a file as a path."""
    if _is_team(db):
        return str(db)
    if db:
        return Path(db)
    from chair.config.settings import Settings

    team = Settings().get("store.team")  # Settings' "Team database"
    return str(team) if _is_team(team) else default_db_path()


def apply_style(app: QApplication, theme: str | None = None, font_scale: float | None = None
                ) -> str:
    """The user's theme and text scale (from settings unless given)."""
    from chair.config.settings import Settings
    from chair.ui import theme as themes

    settings = Settings()
    return themes.apply(app, theme or settings.get("ui.theme"),
                        font_scale if font_scale is not None else settings.get("ui.font_scale"))


def _window(state_path: Path | None, *, frame_only: bool = False) -> MainWindow:
    from chair.config.settings import Settings
    from chair.ui import i18n

    app = QApplication.instance()
    assert app is not None
    i18n.install_once(app, Settings().get("ui.language"))
    runner = TaskRunner(app)
    state = QSettings(str(state_path or config_dir() / "window.ini"), QSettings.Format.IniFormat)
    return MainWindow(runner, state, frame_only=frame_only)


def _start_live_sources(window: MainWindow, db_path: Path) -> LiveSources | None:
    """The configured IMAP folders and watched folders, feeding the store while the window
    is open; their news goes to the status line and their failures to the window's banner,
    never to a dialog."""
    from chair.config.settings import Settings
    from chair.domain.errors import ChairError
    from chair.ingest.live import LiveSources

    settings = Settings()
    imap, folders = settings.get("sources.imap"), settings.get("sources.watch")
    if not imap and not folders:
        return None
    relay = Relay(window)
    relay.message.connect(window.show_source_status)
    relay.problem.connect(window.show_source_problem)
    try:
        live = LiveSources(
            db_path, imap_urls=imap, folders=folders, on_status=relay.message.emit,
            on_problem=relay.problem.emit,
            on_voices=lambda source, n: relay.message.emit(
                source, translate("MainWindow", "%Ln new voices", None, n)),
        )
    except ChairError as exc:
        window.show_source_problem(translate("MainWindow", "live sources"), str(exc))
        return None
    live.start()
    return live


# Windows built in place of another (a new language) are kept here while they are open.
_replacements: list[MainWindow] = []


def _replace(window: MainWindow, path: Path | str) -> None:
    """Build the window again (in the language, theme and text size just applied) where
    `window` stands, with its own data and live sources, and close the old one."""
    window.save_state()
    state = window.state_file()
    new = build_main_window(path, state_path=Path(state) if state else None)
    new.setGeometry(window.geometry())
    new.setWindowState(window.windowState())
    _replacements.append(new)
    new.destroyed.connect(lambda *_a, w=new: _replacements.remove(w) if w in _replacements
                          else None)
    new.show()
    window.replaced.emit(new)
    window.close()


def _attach(window: MainWindow, workspace: Workspace) -> None:
    # Mailboxes and watched folders feed a database file; a team store is fed by the
    # laptop that runs `chair watch` (or an import) against it.
    live = None if workspace.is_team else _start_live_sources(window, workspace.path)
    if live is not None:
        window.closing.connect(live.stop)
    window.rebuild_wanted.connect(lambda: _replace(window, _target(workspace.target)))

    def shut_down() -> None:
        if live is not None:
            live.stop()
        window.runner.wait_idle()
        workspace.close()

    window.destroyed.connect(shut_down)
    window.start(workspace)
    # What chair built to start (modules, widgets, the models' data) lives as long as the
    # window: set aside from the garbage collector, whose full passes over it cost a 48 ms
    # frame now and then while the feed scrolled through millions of voices. Again once the
    # charts, which load last, are in.
    _freeze()
    window.charts_ready.connect(_freeze)


def _freeze() -> None:
    gc.collect()  # what is garbage already goes first: a frozen cycle is never freed
    gc.freeze()


def build_main_window(db_path: str | Path | None = None, *, state_path: Path | None = None
                      ) -> MainWindow:
    """The main window over the database at `db_path`, with its data, not yet shown.

    A QApplication must exist. Raises ChairError when the database cannot be opened.
    """
    workspace = open_data(_target(db_path))
    window = _window(state_path)
    _attach(window, workspace)
    return window


def _keyring_backend() -> str:
    """Which keyring backend passwords would go to (the smoke test reports it)."""
    from chair.config import secrets

    try:
        return secrets.backend_name()
    except Exception as exc:  # a broken keyring setup is worth seeing, not a crash
        return f"unavailable ({exc})"


def _resident_memory() -> str:
    """', resident N MiB' where the OS tells (Linux), for the smoke test's report."""
    try:
        status = Path("/proc/self/status").read_text()
    except OSError:
        return ""
    kib = next((int(line.split()[1]) for line in status.splitlines()
                if line.startswith("VmRSS:")), 0)
    return f", resident {kib / 1024:.0f} MiB" if kib else ""


class _FirstPaint(QObject):
    """Calls back once, right after the window's first paint, and notes when that was."""

    def __init__(self, on_paint: Callable[[], None]) -> None:
        super().__init__()
        self.at: float | None = None
        self._on_paint = on_paint

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if self.at is None and event.type() == QEvent.Type.Paint:
            self.at = time.time()
            QTimer.singleShot(0, self._on_paint)
        return False


def _insight_check() -> str:
    """'ok' when the judgements' models and data travel with this build (the language model,
    the numbering plans, the check digits), else what failed; for the smoke test."""
    try:
        from chair.insight import classify, redact

        language = classify("Giao hàng chậm quá, đặt một tuần chưa thấy").language
        hidden = redact("Call Anna Nowak on +48 601 234 567, PESEL 44051401458.")
    except Exception as exc:  # the smoke test reports, it does not crash
        return f"failed ({type(exc).__name__}: {exc})"
    if language != "vi" or "[phone]" not in hidden or "[id]" not in hidden:
        return f"failed ({language}: {hidden})"
    return "ok"


def main(db_path: str | None = None, smoke_test: bool = False, meeting: bool = False,
         demo_if_new: bool = False) -> int:
    """Run the window: paint, then open the database in the background and fill in.
    `demo_if_new`: a database file that does not exist yet gets the demo data, shown as it
    is made (the first start of scripts/start.sh)."""
    if smoke_test:  # no screen needed, unless one is asked for
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.perf_counter()
    if QApplication.instance() is None:
        from chair.ui.startcheck import start_problem

        problem = start_problem()
        if problem is not None:
            print(f"chair: {problem}", file=sys.stderr)
            return 2
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    from PySide6.QtGui import QIcon

    from chair.config.paths import resource

    app.setWindowIcon(QIcon(str(resource("icons", f"{APP_ID}.svg"))))
    apply_style(app)
    from chair.ui import i18n

    path = _target(db_path)
    new = demo_if_new and isinstance(path, Path) and not path.exists()
    # The first frame is the window's frame alone, where it was last; its panels are built
    # right after it is painted, while the database opens on a worker.
    window = _window(None, frame_only=True)
    outcome = {"code": 0}

    def opened(workspace: Workspace) -> None:
        _attach(window, workspace)
        if new:
            window.load_demo()
        if meeting and not smoke_test:
            window.enter_meeting()
        if smoke_test:
            window.grab()  # render once more, with the data
            print(f"smoke test ok: first paint after {first_paint_s:.3f} s (at "
                  f"{first_paint.at:.6f}), data after {time.perf_counter() - started:.3f} s"
                  f"{_resident_memory()}; keyring {_keyring_backend()}; insight "
                  f"{_insight_check()}; language {i18n.described()}")
            window.close()
            app.quit()

    def failed(message: str) -> None:
        # A database chair cannot open is the one start-up problem worth stopping for.
        print(f"chair: {message}", file=sys.stderr)
        outcome["code"] = 2
        if smoke_test:
            app.quit()
            return
        from PySide6.QtWidgets import QMessageBox

        window.show_fatal(message)
        QMessageBox.critical(window, translate("MainWindow", "chair cannot open its database"),
                             message)

    first_paint_s = 0.0

    def painted() -> None:
        nonlocal first_paint_s
        first_paint_s = time.perf_counter() - started
        window.removeEventFilter(first_paint)
        window.runner.run(open_data, path, on_done=opened, on_error=failed)
        window.build()

    first_paint = _FirstPaint(painted)
    window.installEventFilter(first_paint)
    window.show()
    code = app.exec()
    window.runner.wait_idle()
    return outcome["code"] or code


__all__ = ["build_main_window", "main", "open_data"]

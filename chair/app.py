"""Builds every object and wires them together; the GUI entry point. Owns no logic.

The window paints first and opens the database right after, off the GUI thread: nothing the
store needs (sqlite-utils, the schema check) stands between starting chair and seeing it.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from chair import APP_ID, APP_NAME, __version__
from chair.config.paths import config_dir, default_db_path
from chair.tasks.runner import Relay, TaskRunner
from chair.ui.access import DataAccess, EscalationAccess, MeetingAccess
from chair.ui.i18n import translate
from chair.ui.mainwindow import MainWindow

if TYPE_CHECKING:
    import sqlite_utils


class _Connections:
    """One SQLite connection per thread, opened on first use (SQLite's rule for threads)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._local = threading.local()
        self._all: list[sqlite_utils.Database] = []
        self._lock = threading.Lock()

    def __call__(self) -> sqlite_utils.Database:
        from chair.store import connect

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


def open_data(path: Path) -> tuple[DataAccess, _Connections]:
    """Open (create, upgrade) the database and return what the window reads it through.

    Raises ChairError for a database the user must act on (newer schema, locked, not ours).
    """
    from chair.services.setup import apply_settings
    from chair.store import connect, data_version
    from chair.store import escalations as escalation_store
    from chair.store import voices as voice_store
    from chair.store.db import WINDOW_CHECK_BELOW_BYTES

    apply_settings()
    # Create or upgrade the schema once, before any reader starts; a damaged file is reported
    # here, not as a half-drawn window.
    connect(path, check_below=WINDOW_CHECK_BELOW_BYTES).close()
    conns = _Connections(path)

    def pillar_summaries():  # type: ignore[no-untyped-def]
        from chair.config.settings import Settings
        from chair.services import dashboard

        return dashboard.pillar_summaries(conns(), Settings().get("metrics.targets") or None)

    def disagreements():  # type: ignore[no-untyped-def]
        from chair.services import dashboard

        return dashboard.disagreements(conns())

    def demo():  # type: ignore[no-untyped-def]
        from chair.ingest.demo import create_demo

        return create_demo(conns())

    def remove_demo() -> int:
        from chair.ingest.demo import remove_demo as remove

        return remove(conns())

    def import_paths(paths: list[str], state):  # type: ignore[no-untyped-def]
        from chair.ingest.run import run_import

        # Metric files and voice files can come in one drop; each goes where it belongs.
        return run_import(paths, conns(), state)

    def save_password(kind: str, account: str, password: str) -> None:
        from chair.config import secrets

        secrets.set_password(kind, account, password)

    def import_owners(csv_path: str) -> int:
        from chair.ingest.owners_import import import_owners as read_owners

        return read_owners(conns(), Path(csv_path))

    def imap_account(url: str) -> str:
        from chair.ingest.imap import ImapAccount

        return ImapAccount.from_url(url).key

    from chair.ui.settingsdialog import SettingsActions

    access = DataAccess(
        fetch_page=lambda flt, after, limit: voice_store.page(conns(), flt, after, limit,
                                                             preview=True),
        added_since=lambda last, flt: voice_store.added_since(conns(), last, flt,
                                                             preview=True),
        last_id=lambda: voice_store.last_id(conns()),
        data_version=lambda: data_version(conns()),
        get_voice=lambda vid: voice_store.get(conns(), vid),
        open_escalations=lambda: escalation_store.open_escalations(conns()),
        pillar_summaries=pillar_summaries,
        disagreements=disagreements,
        voice_count=lambda: voice_store.count(conns()),
        create_demo=demo,
        import_paths=import_paths,
        facets=lambda: {key: voice_store.counts_by(conns(), column) for key, column in
                        (("areas", "area"), ("languages", "language"), ("sources", "source"))},
        settings_hooks=SettingsActions(save_password, import_owners, imap_account),
        correct_voice=lambda vid, pillar, area: voice_store.correct(conns(), vid, pillar=pillar,
                                                                    area=area),
        escalations=_escalation_access(conns, pillar_summaries),
        meetings=_meeting_access(conns, pillar_summaries),
        remove_demo=remove_demo,
        database_path=str(path),
    )  # fmt: skip
    return access, conns


MEETING_POOL_DAYS = 14
MEETING_POOL_SIZE = 400


def _meeting_access(conns: _Connections, pillar_summaries) -> MeetingAccess:  # type: ignore[no-untyped-def]
    import time

    from chair.domain.model import VoiceFilter
    from chair.store import coe as coe_store
    from chair.store import escalations as escalation_store
    from chair.store import meetings as meeting_store
    from chair.store import voices as voice_store
    from chair.ui.format import arg, day
    from chair.ui.wording import people_sentence

    def redacted(voice):  # type: ignore[no-untyped-def]
        from chair.insight.redaction import share_safe_voice

        # The customer's new words only, redacted; the meta holds the sender's address.
        return share_safe_voice(voice)

    def voices(redact: bool, limit: int | None = None):  # type: ignore[no-untyped-def]
        db = conns()
        since = int(time.time()) - MEETING_POOL_DAYS * 86400
        pool = voice_store.page(db, VoiceFilter(since=since), None, limit or MEETING_POOL_SIZE)
        have = {v.id for v in pool}
        for e in escalation_store.open_escalations(db) if limit is None else ():
            if e.voice_id is not None and e.voice_id not in have:
                v = voice_store.get(db, e.voice_id)
                if v is not None:
                    pool.append(v)
                    have.add(v.id)
        pool = [v for v in pool if v.pillar != "other"] or pool
        return [redacted(v) for v in pool] if redact else pool

    def overdue_actions():  # type: ignore[no-untyped-def]
        return coe_store.overdue_actions(conns(), int(time.time()))

    def start(title: str, attendees: str, redact: bool) -> int:
        db = conns()
        mid = meeting_store.start_meeting(db, title, attendees)
        now = int(time.time())
        # Written in the interface's language: the minutes are read in it.
        overdue = [arg(translate("Report", "#%1 %2 — %3, due %4"), eid, a.description,
                       a.owner or translate("Report", "no owner"), day(a.due_at or now))
                   for eid, a in coe_store.overdue_actions(db, now)]  # fmt: skip
        overdue += [arg(translate("Report", "#%1 “?” to %2, due %3, not answered"), e.id,
                        e.owner_name, day(e.due_at))
                    for e in escalation_store.open_escalations(db)
                    if e.is_overdue(now) and e.status in ("open", "investigating")]  # fmt: skip
        pillars = [{"pillar": s.pillar, "value": s.value, "target": s.target,
                    "people": people_sentence(s.metric, s.affected, s.beyond_target)
                    if s.value is not None else ""}
                   for s in pillar_summaries()]  # fmt: skip
        meeting_store.add_event(db, mid, "snapshot", payload={
            "redacted": redact, "pillars": pillars, "overdue": overdue})  # fmt: skip
        return mid

    def record(mid: int, kind: str, text: str, voice_id, escalation_id) -> None:  # type: ignore[no-untyped-def]
        meeting_store.add_event(conns(), mid, kind, text=text, voice_id=voice_id,
                                escalation_id=escalation_id)  # fmt: skip

    def end(mid: int):  # type: ignore[no-untyped-def]
        db = conns()
        meeting_store.end_meeting(db, mid)
        return meeting_store.minutes(db, mid)

    def minutes_folder():  # type: ignore[no-untyped-def]
        from chair.config.paths import data_dir

        folder = data_dir() / "minutes"
        folder.mkdir(parents=True, exist_ok=True)
        return folder

    return MeetingAccess(voices=voices, start=start, record=record, end=end,
                         overdue_actions=overdue_actions, minutes_folder=minutes_folder)


def _me() -> str:
    """Who is acting, for the history: the configured sender name, else the login name."""
    from chair.config.settings import Settings
    from chair.services.escalations import acting_person

    return acting_person(Settings().get("escalation.sender") or "")


def _escalation_access(conns: _Connections, pillar_summaries) -> EscalationAccess:  # type: ignore[no-untyped-def]
    from chair.config.settings import Settings
    from chair.services import escalations as escalation_service
    from chair.store import escalations as escalation_store
    from chair.store import owners as owner_store
    from chair.ui.wording import impact_sentence

    def escalate(voice_ids: list[int], name: str, email: str, due_at: int, note: str) -> int:
        return escalation_service.escalate(conns(), voice_ids, owner_name=name,
                                           owner_email=email, due_at=due_at, note=note,
                                           opened_by=_me())  # fmt: skip

    def forward(eid: int) -> str:
        from chair.outbox.service import forward_escalation

        return forward_escalation(conns(), eid)

    def forwarding_enabled() -> bool:
        from chair.outbox.service import account_from_settings

        return account_from_settings() is not None

    return EscalationAccess(
        owners=lambda: owner_store.all_owners(conns()),
        owner_for=lambda pillar, area: owner_store.owner_for(conns(), pillar, area),
        escalate=escalate,
        detail=lambda eid: escalation_store.detail(conns(), eid),
        set_status=lambda eid, status, note: escalation_store.set_status(
            conns(), eid, status, who=_me(), note=note, check=True),
        move=lambda eid, status, coe: escalation_service.move(conns(), eid, status, coe=coe,
                                                              who=_me()),
        save_coe=lambda coe: escalation_service.save_coe(conns(), coe),
        forward=forward,
        forwarding_enabled=forwarding_enabled,
        impact_hint=lambda pillar, area: impact_sentence(pillar_summaries(), pillar, area),
        response_times=lambda: escalation_store.response_times(conns()),
        response_days=lambda: int(Settings().get("escalation.response_days")),
    )  # fmt: skip


def apply_style(app: QApplication, theme: str | None = None, font_scale: float | None = None
                ) -> str:  # fmt: skip
    """The user's theme and text scale (from settings unless given)."""
    from chair.config.settings import Settings
    from chair.ui import theme as themes

    settings = Settings()
    return themes.apply(app, theme or settings.get("ui.theme"),
                        font_scale if font_scale is not None else settings.get("ui.font_scale"))


def _window(state_path: Path | None) -> MainWindow:
    from chair.config.settings import Settings
    from chair.ui import i18n

    app = QApplication.instance()
    assert app is not None
    i18n.install_once(app, Settings().get("ui.language"))
    runner = TaskRunner(app)
    state = QSettings(str(state_path or config_dir() / "window.ini"), QSettings.Format.IniFormat)
    return MainWindow(runner, state)


def _start_live_sources(window: MainWindow, db_path: Path):  # type: ignore[no-untyped-def]
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
        )  # fmt: skip
    except ChairError as exc:
        window.show_source_problem(translate("MainWindow", "live sources"), str(exc))
        return None
    live.start()
    return live


# Windows built in place of another (a new language) are kept here while they are open.
_replacements: list[MainWindow] = []


def _replace(window: MainWindow, path: Path) -> None:
    """Build the window again (in the language just installed) where `window` stands, with
    its own data and live sources, and close the old one."""
    window.save_state()
    state = window.state_file()
    new = build_main_window(path, state_path=Path(state) if state else None)
    new.setGeometry(window.geometry())
    new.setWindowState(window.windowState())
    _replacements.append(new)
    new.destroyed.connect(lambda *_a, w=new: _replacements.remove(w) if w in _replacements
                          else None)  # fmt: skip
    new.show()
    window.replaced.emit(new)
    window.close()


def _attach(window: MainWindow, access: DataAccess, conns: _Connections) -> None:
    live = _start_live_sources(window, conns.path)
    if live is not None:
        window.closing.connect(live.stop)
    window.language_changed.connect(lambda _code: _replace(window, conns.path))

    def shut_down() -> None:
        if live is not None:
            live.stop()
        window.runner.wait_idle()
        conns.close_all()

    window.destroyed.connect(shut_down)
    window.start(access)


def build_main_window(db_path: str | Path | None = None, *, state_path: Path | None = None
                      ) -> MainWindow:  # fmt: skip
    """The main window over the database at `db_path`, with its data, not yet shown.

    A QApplication must exist. Raises ChairError when the database cannot be opened.
    """
    path = Path(db_path) if db_path else default_db_path()
    access, conns = open_data(path)
    window = _window(state_path)
    _attach(window, access, conns)
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
                if line.startswith("VmRSS:")), 0)  # fmt: skip
    return f", resident {kib / 1024:.0f} MiB" if kib else ""


class _FirstPaint(QObject):
    """Calls back once, right after the window's first paint, and notes when that was."""

    def __init__(self, on_paint) -> None:  # type: ignore[no-untyped-def]
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


def main(db_path: str | None = None, smoke_test: bool = False, meeting: bool = False) -> int:
    """Run the window: paint, then open the database in the background and fill in."""
    if smoke_test:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    started = time.perf_counter()
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

    path = Path(db_path) if db_path else default_db_path()
    window = _window(None)
    outcome = {"code": 0}

    def opened(result: tuple[DataAccess, _Connections]) -> None:
        _attach(window, *result)
        if meeting and not smoke_test:
            window.enter_meeting()
        if smoke_test:
            window.grab()  # render once more, with the data
            print(f"smoke test ok: first paint after {first_paint_s:.3f} s (at "
                  f"{first_paint.at:.6f}), data after {time.perf_counter() - started:.3f} s"
                  f"{_resident_memory()}; keyring {_keyring_backend()}; insight "
                  f"{_insight_check()}; language {i18n.described()}")  # fmt: skip
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

    first_paint = _FirstPaint(painted)
    window.installEventFilter(first_paint)
    window.show()
    code = app.exec()
    window.runner.wait_idle()
    return outcome["code"] or code


__all__ = ["build_main_window", "main", "open_data"]

"""Live sources: IMAP folders and watched folders, kept flowing into the store while chair
runs (the window or `chair watch`). Each runs on its own thread with its own connection."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from chair.domain.errors import ChairError
from chair.ingest.imap import ImapSource, ImapWatcher, load_state, save_state
from chair.ingest.model import ImportState
from chair.ingest.run import import_source, open_sources
from chair.store.pool import ThreadConnections

log = logging.getLogger(__name__)
SETTLE_SECONDS = 1.0  # a file younger than this may still be being written


class FolderWatcher:
    """Files dropped into a folder are imported once, then left alone (never moved or
    deleted). What was imported is remembered by name, size and time."""

    def __init__(self, folder: Path, import_file: Callable[[Path], int],
                 db_state: tuple[Callable[[str], dict[str, Any]],
                                 Callable[[str, dict[str, Any]], None]],
                 on_status: Callable[[str, str], None],
                 on_problem: Callable[[str, str], None] | None = None) -> None:
        self.folder = folder
        self.key = f"folder:{folder}"
        self._import_file = import_file
        self._load, self._save = db_state
        self._on_status = on_status
        self._on_problem = on_problem or on_status
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._observer: Any = None

    def start(self) -> None:
        from watchdog.events import FileSystemEvent, FileSystemEventHandler
        from watchdog.observers import Observer

        watcher = self

        class _Handler(FileSystemEventHandler):
            def on_any_event(self, event: FileSystemEvent) -> None:
                if not event.is_directory:
                    watcher._wake.set()

        self.folder.mkdir(parents=True, exist_ok=True)
        observer = Observer()
        observer.schedule(_Handler(), str(self.folder), recursive=False)
        observer.daemon = True
        observer.start()
        self._observer = observer
        self._thread = threading.Thread(target=self._run, name=f"watch {self.folder}",
                                        daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 5) -> None:
        self._stop.set()
        self._wake.set()
        if self._observer is not None:
            self._observer.stop()
            self._observer.join(timeout)
        if self._thread is not None:
            self._thread.join(timeout)

    def _run(self) -> None:
        self._on_status(str(self.folder), "watching")
        while not self._stop.is_set():
            pending = self.scan()
            # Sleep until the folder changes, or briefly if a file is still settling.
            self._wake.wait(SETTLE_SECONDS if pending else None)
            self._wake.clear()

    def scan(self) -> bool:
        """Import the new files; True when some file was too fresh to read yet."""
        seen = self._load(self.key)
        pending = False
        for path in sorted(self.folder.iterdir()):
            if self._stop.is_set():
                break
            if not path.is_file() or path.name.startswith("."):
                continue
            try:
                stat = path.stat()
            except OSError:
                continue
            mark = [stat.st_size, int(stat.st_mtime)]
            if seen.get(path.name) == mark:
                continue
            if time.time() - stat.st_mtime < SETTLE_SECONDS:
                pending = True
                continue
            try:
                self._import_file(path)
            except ChairError as exc:
                self._on_problem(str(path), str(exc))
            seen[path.name] = mark
            self._save(self.key, seen)
        return pending


class LiveSources:
    """Starts and stops the configured live sources against one database file."""

    def __init__(
        self,
        db_path: Path,
        *,
        imap_urls: Sequence[str] = (),
        folders: Sequence[str] = (),
        on_voices: Callable[[str, int], None] = lambda _s, _n: None,
        on_status: Callable[[str, str], None] = lambda _s, _m: None,
        on_problem: Callable[[str, str], None] | None = None,
        poll_seconds: float = 60,
    ) -> None:
        """`on_status` hears good news ("watching"), `on_problem` failures (it defaults to
        `on_status`). Both are called from the watchers' threads."""
        self.db_path = db_path
        self.on_voices = on_voices
        self.on_status = on_status
        self.on_problem = on_problem or on_status
        self._db = ThreadConnections(db_path)  # each watcher thread writes through its own
        self._lock = threading.Lock()
        self.imap = [ImapWatcher(url, self._sync_imap, on_status=on_status,
                                 on_problem=self.on_problem, poll_seconds=poll_seconds)
                     for url in imap_urls]
        state = (self._load, self._save)
        self.folders = [FolderWatcher(Path(f).expanduser(), self._import_file, state, on_status,
                                      self.on_problem) for f in folders]

    def _sync_imap(self, source: ImapSource) -> int:
        result = import_source(self._db(), source, ImportState())
        if result.error:
            self.on_problem(source.account.url, result.error)
        if result.imported:
            self.on_voices(source.name, result.imported)
        return result.imported

    def _import_file(self, path: Path) -> int:
        total = 0
        for source in open_sources(str(path)):
            result = import_source(self._db(), source, ImportState())
            if result.error:
                self.on_problem(str(path), result.error)
            total += result.imported
            if result.imported:
                self.on_voices(source.name, result.imported)
        return total

    def _load(self, key: str) -> dict[str, Any]:
        return load_state(self._db(), key)

    def _save(self, key: str, state: dict[str, Any]) -> None:
        save_state(self._db(), key, state)

    def start(self) -> None:
        for imap in self.imap:
            imap.start()
        for folder in self.folders:
            folder.start()

    def stop(self) -> None:
        for imap in self.imap:
            imap.stop()
        for folder in self.folders:
            folder.stop()
        self._db.close_all()

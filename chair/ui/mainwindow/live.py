"""Live updates: has anything been written? What arrived joins the feed where the reader does
not lose their place, announced by an "N new voices" pill.

The database's files are watched (inotify on Linux): a write by anyone, this window, an
import or another process, is looked at within a tenth of a second. A team store tells of
every commit from any laptop itself (chair.store.pg.ChangeListener). An idle window wakes
only for the fallback check every 5 s (for file systems that do not tell)."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from chair.domain.model import Voice, VoiceFilter
from chair.ui.access import DataAccess
from chair.ui.format import arg
from chair.ui.i18n import translate

if TYPE_CHECKING:
    from chair.ui.mainwindow.window import MainWindow

LIVE_POLL_MS = 5000  # the fallback; a change to the database's files is looked at at once
SOON_MS = 100  # writes come in bursts: one look after the burst
RETRY_MS = 1000  # after a failed look: soon again, not at the next idle poll
ARRIVALS_PER_READ = 500  # store.voices.added_since's limit


def read_arrivals(access: DataAccess, last_id: int, flt: VoiceFilter
                  ) -> tuple[list[Voice], int]:
    """On a worker: the voices matching `flt` written after `last_id`, and the id to ask
    from next time. A burst larger than one read continues on the next tick."""
    newest = access.last_id()
    new = [v for v in access.added_since(last_id, flt) if v.id is not None and v.id <= newest]
    if len(new) >= ARRIVALS_PER_READ:
        newest = max(v.id or 0 for v in new)
    return new, newest


class LiveUpdates(QObject):
    """Polls the store's change counter and brings what arrived into the window."""

    # Another laptop wrote to the team store; its server went away or came back (both
    # emitted on the store's listener thread).
    _told = Signal()
    _online = Signal(bool)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._timer = QTimer(self, interval=LIVE_POLL_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._soon = QTimer(self, singleShot=True, interval=SOON_MS)
        self._soon.timeout.connect(self._on_timer_timeout)
        self._retry = QTimer(self, singleShot=True, interval=RETRY_MS)
        self._retry.timeout.connect(self._on_timer_timeout)
        self._files = QFileSystemWatcher(self)
        self._files.fileChanged.connect(self._on_file_changed)
        self._data_version = -1
        self._last_id = 0
        self._unseen = 0
        window.new_pill.clicked.connect(self._on_new_pill_clicked)
        window.feed.verticalScrollBar().valueChanged.connect(self._on_feed_scrolled)

    def start(self) -> None:
        access = self.window.access
        assert access is not None
        self.caught_up()
        self._data_version = access.data_version()
        self._watch()
        self._told.connect(self.check_now)  # queued onto this thread
        self._online.connect(self._on_online)
        access.on_change(self._told.emit, self._online.emit)
        self._timer.start()

    def _watch(self) -> None:
        """The database file and its write-ahead log (where every commit lands first)."""
        access = self.window.access
        if access is None or not access.database_path or access.database_path == ":memory:":
            return
        wanted = [p for p in (access.database_path, access.database_path + "-wal")
                  if Path(p).exists() and p not in self._files.files()]
        if wanted:
            self._files.addPaths(wanted)

    def _on_online(self, online: bool) -> None:
        """The team store's server went away, or answers again: said quietly in the banner;
        what was typed meanwhile stays where it was typed."""
        banner = self.window.banner
        if online:
            banner.resolve("team")
            self.check_now()  # what other laptops wrote meanwhile
        else:
            banner.report("team", translate(
                "MainWindow", "Offline — reconnecting to the team database…"))

    def _on_file_changed(self, _path: str) -> None:
        self._watch()  # a log checkpointed away and made anew is watched again
        self._soon.start()

    @property
    def idle_wake_ms(self) -> int:
        """How often an idle window looks, when no file tells it of a write."""
        return self._timer.interval()

    def check_now(self) -> None:
        """Look for what was written without waiting for the next check."""
        self._soon.start()

    def stop(self) -> None:
        self._timer.stop()
        self._soon.stop()
        self._retry.stop()

    def caught_up(self) -> None:
        """What is in the store now is shown (after a demo, an import or a removal)."""
        assert self.window.access is not None
        self._last_id = self.window.access.last_id()

    def forget_unseen(self) -> None:
        self._unseen = 0
        self.window.new_pill.hide()

    def _on_timer_timeout(self) -> None:
        """Every few seconds, and at once when the files change: has anything been written
        (by us, an import, another process)? The check is a counter in shared memory;
        reading what arrived runs on a worker."""
        w = self.window
        if w.access is None or w.runner.running("arrivals"):
            return
        try:
            version = w.access.data_version()
        except Exception as exc:  # the disk went away, the file was deleted, ...
            w.banner.report("live", arg(translate(
                "MainWindow", "Live updates paused: the database stopped answering (%1)."), exc))
            self._retry_soon()
            return
        if version == self._data_version:
            return
        self._data_version = version
        w.refresh_panels()  # counts, pillars and escalations may have changed
        flt = w.feed_model.voice_filter
        w.runner.run(read_arrivals, w.access, self._last_id, flt,
                     on_done=functools.partial(self._on_arrivals_read, flt),
                     on_error=self._on_arrivals_failed, key="arrivals")

    def _on_arrivals_failed(self, message: str) -> None:
        self._data_version = -1  # try again in a moment
        self._retry_soon()
        self.window.banner.report(
            "live", arg(translate("MainWindow", "Live updates paused: %1"), message))

    def _retry_soon(self) -> None:
        if self._timer.isActive():  # not once stopped (a read failing as the window closes)
            self._retry.start()

    def _on_arrivals_read(self, flt: VoiceFilter, result: tuple[list[Voice], int]) -> None:
        w = self.window
        w.banner.resolve("live")
        new, self._last_id = result
        if len(new) >= ARRIVALS_PER_READ:
            self._data_version = -1  # more are waiting: read on at the next tick
        if flt != w.feed_model.voice_filter:
            return  # the user changed the filter meanwhile; the new page already holds them
        if not new:
            return
        bar = w.feed.verticalScrollBar()
        at_top = bar.value() == bar.minimum()
        anchor = w.feed.indexAt(w.feed.viewport().rect().topLeft())
        anchor_offset = w.feed.visualRect(anchor).top() if anchor.isValid() else 0
        rows = w.feed_model.add_live(new)
        if rows and not at_top and anchor.isValid():
            # Keep what the user is reading where it was: new rows above push it down.
            w.feed.scrollTo(anchor, w.feed.ScrollHint.PositionAtTop)
            bar.setValue(bar.value() - anchor_offset)
        # A voice without a date joins at the end of the feed: it is not announced as new.
        dated = min(len(rows), sum(1 for v in new if v.date_known))
        if dated and not at_top:
            self._unseen += dated
            self._show_new_pill()
        w.feeding.update_empty_state()
        w.feeding.update_count_label()
        w.meeting.voices_arrived()
        w.voices_arrived.emit(len(rows))

    def _show_new_pill(self) -> None:
        pill = self.window.new_pill
        pill.setText("↑  " + translate("MainWindow", "%Ln new voices", None, self._unseen))
        pill.adjustSize()
        pill.move((self.window.feed.width() - pill.width()) // 2, 10)
        pill.show()
        pill.raise_()

    def _on_feed_scrolled(self, value: int) -> None:
        feed = self.window.feed
        if value == feed.verticalScrollBar().minimum() and self.window.new_pill.isVisible():
            self.forget_unseen()

    def _on_new_pill_clicked(self) -> None:
        self.window.feed.scrollToTop()
        self.forget_unseen()

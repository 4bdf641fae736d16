"""Meeting mode, a state of the main window: full screen on the room's screen, the meeting
view in place of the everyday one, and afterwards the window exactly as it was, with the
meeting stored and its minutes written."""

from __future__ import annotations

import functools
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QDialog

from chair.config.settings import Settings
from chair.ui.format import arg, long_day
from chair.ui.i18n import translate

if TYPE_CHECKING:
    from chair.ui.mainwindow.window import MainWindow
    from chair.ui.meeting import AgendaItem, MeetingView


class MeetingMode(QObject):
    """Enters and leaves meeting mode for the window that owns it."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.view: MeetingView | None = None
        self.setup: QDialog | None = None
        self.last_minutes: Path | None = None
        self._charts: Any = None
        self._hidden_dialogs: list[QDialog] = []
        self._before: dict[str, Any] | None = None
        window.meeting_button.clicked.connect(self.open_setup)

    @property
    def active(self) -> bool:
        return self._before is not None

    def add_charts(self, module: Any) -> None:
        """matplotlib has loaded (after the first paint): the view's tiles get their trends."""
        self._charts = module
        if self.view is not None:
            self.view.add_charts(lambda tile: module.TrendChart(tile, height=70))

    def voices_arrived(self) -> None:
        if self.active and self.view is not None:
            self.view.reload_voices()

    def open_setup(self) -> QDialog | None:
        """Title, attendees, agenda and screen, then meeting mode."""
        w = self.window
        if w.access is None or self.active:
            return None
        from chair.ui.meetingsetup import MeetingSetup

        dialog = MeetingSetup(Settings(), w)
        dialog.confirmed.connect(lambda spec: self.enter(**spec))
        dialog.show()
        self.setup = dialog
        return dialog

    def enter(self, title: str = "", attendees: str = "", agenda: list[AgendaItem] | None = None,
              screen: str = "") -> None:
        """Full screen on the chosen (or remembered) screen; what the window looked like is
        kept, to come back to exactly."""
        w = self.window
        if w.access is None or w.access.meetings is None or self.active:
            return
        from PySide6.QtGui import QGuiApplication

        from chair.ui.meeting import MeetingView

        settings = Settings()
        self._before = {
            "geometry": w.geometry(), "state": w.saveState(), "window_state": w.windowState(),
            "main_split": w.main_split.saveState(), "right_split": w.right_split.saveState(),
            "status": w.status.isVisible(), "focus": w.focusWidget(),
        }
        w.enable_shortcuts(False)  # the view has its own keys
        # Nothing of the everyday window floats over the room's screen; it comes back after.
        self._hidden_dialogs = [d for d in w.findChildren(QDialog) if d.isVisible()]
        for dialog in self._hidden_dialogs:
            dialog.hide()
        if self.view is None:
            self.view = MeetingView(w.access, w.runner,
                                    rotate_seconds=settings.get("meeting.rotate_seconds"))
            self.view.leave_requested.connect(self.leave)
            w.stack.addWidget(self.view)
            if self._charts is not None:  # matplotlib loads after the first paint
                self.add_charts(self._charts)
        w.stack.setCurrentWidget(self.view)
        w.status.hide()
        wanted = screen or settings.get("meeting.screen")
        target = next((s for s in QGuiApplication.screens() if s.name() == wanted), None)
        if target is not None and target is not w.screen() and w.windowHandle() is not None:
            # Onto the other screen whole, then full screen there: no stop at a corner first.
            w.windowHandle().setScreen(target)
            room = target.availableGeometry()
            w.move(room.center().x() - w.width() // 2, room.center().y() - w.height() // 2)
        if screen and screen != settings.get("meeting.screen"):
            settings.set("meeting.screen", screen)
            settings.save()
        w.showFullScreen()
        title = title or arg(translate("MainWindow", "Meeting of %1"), long_day(time.time()))
        self.view.begin(title, attendees, agenda or [])
        self.view.setFocus()
        w.meeting_entered.emit()

    def _restore_splitters(self, saved: dict[str, Any]) -> None:
        self.window.main_split.restoreState(saved["main_split"])
        self.window.right_split.restoreState(saved["right_split"])

    def leave(self) -> None:
        """Store the meeting, write its minutes, and give the window back as it was."""
        w = self.window
        saved = self._before
        if saved is None or self.view is None:
            return
        view = self.view
        view.stop()
        w.stack.setCurrentWidget(w.everyday)
        w.status.setVisible(saved["status"])
        state = saved["window_state"]
        if state & Qt.WindowState.WindowMaximized:
            w.showMaximized()
        elif state & Qt.WindowState.WindowFullScreen:
            w.showFullScreen()
        else:
            w.showNormal()
            w.setGeometry(saved["geometry"])  # the rect itself: no frame arithmetic
        w.restoreState(saved["state"])
        self._restore_splitters(saved)
        # Once the layout has settled at the old size, again: sizes follow the available room.
        QTimer.singleShot(0, lambda: self._restore_splitters(saved))
        w.enable_shortcuts(True)
        for dialog in self._hidden_dialogs:
            dialog.show()
        self._hidden_dialogs = []
        if saved["focus"] is not None:
            saved["focus"].setFocus()
        self._before = None
        w.refresh_panels()
        meetings = w.access.meetings if w.access is not None else None
        if meetings is not None:  # once it is stored: a very short meeting may still be starting
            view.when_started(lambda mid: w.runner.run(
                meetings.end, mid, on_done=self._write_minutes,
                on_error=lambda m: w.status.showMessage(m, 15_000)))

    def _write_minutes(self, minutes: Any) -> None:
        """The minutes, as Markdown and PDF in the data folder, written off the GUI thread;
        the status line says where."""
        from chair.ui.export import export_minutes_files

        w = self.window
        assert w.access is not None and w.access.meetings is not None
        folder = w.access.meetings.minutes_folder()
        w.runner.run(export_minutes_files, minutes, folder,
                     on_done=functools.partial(self._on_minutes_written, minutes),
                     on_error=functools.partial(self._on_minutes_failed, minutes))

    def _on_minutes_written(self, minutes: Any, base: Path) -> None:
        self.last_minutes = base
        self.window.status.showMessage(
            arg(translate("MainWindow", "Meeting saved. Minutes: %1.md and .pdf"), base), 20_000
        )
        self.window.meeting_left.emit(minutes)

    def _on_minutes_failed(self, minutes: Any, message: str) -> None:
        self.window.status.showMessage(
            arg(translate("MainWindow", "The meeting is saved, but its minutes were not: %1"),
                message)
        )
        self.window.meeting_left.emit(minutes)

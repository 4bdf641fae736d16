"""Between meetings, from the window: the dialog of what changed, what chair noticed and the
decisions to follow up; a pillar's trends from its tile; the one-page pre-read for the next
meeting (where to save it, then the brief read and written on a worker, and a line in the
status bar when it is there); and a look for what stands out after every import."""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QStandardPaths, Signal
from PySide6.QtWidgets import QFileDialog

from chair.domain.detection import Detection
from chair.domain.model import Voice
from chair.ui.format import arg
from chair.ui.i18n import translate

if TYPE_CHECKING:
    from chair.ui.betweendialog import BetweenDialog
    from chair.ui.mainwindow.window import MainWindow
    from chair.ui.trendsdialog import TrendsDialog


class PreReadFlow(QObject):
    """Writes the pre-read for the window that owns it."""

    written = Signal(str)  # the file, once it is there

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def choose(self) -> None:
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        name = f"pre-read-{time.strftime('%Y-%m-%d')}.pdf"
        path, _ = QFileDialog.getSaveFileName(
            self.window, translate("MainWindow", "Save the pre-read for the next meeting"),
            str(Path(folder) / name),
            "PDF (*.pdf);;Markdown (*.md)")
        if path:
            self.write(Path(path))

    def write(self, path: Path) -> None:
        """Markdown when the name ends in .md, else a PDF of one A4 page."""
        w = self.window
        if w.access is None:
            return
        from chair.ui.export import export_brief

        access = w.access
        fmt = "md" if path.suffix.lower() in (".md", ".markdown") else "pdf"
        w.status.showMessage(translate("MainWindow", "Writing the pre-read…"))
        w.runner.run(lambda: export_brief(access.brief(), fmt, path),
                     on_done=lambda _written: self._on_written(path),
                     on_error=lambda message: w.status.showMessage(message, 15_000))

    def _on_written(self, path: Path) -> None:
        self.window.status.showMessage(
            arg(translate("MainWindow", "The pre-read is in %1"), str(path)), 15_000)
        self.written.emit(str(path))


class BetweenFlow(QObject):
    """The Between meetings dialog of the window that owns it, and the look after imports."""

    noticed = Signal(list)  # what a look after an import found new

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: BetweenDialog | None = None
        self.trends: dict[str, TrendsDialog] = {}
        window.pillars.trends_requested.connect(self.show_trends)

    def open(self, tab: int = 0) -> BetweenDialog | None:
        w = self.window
        if w.access is None:
            return None
        from chair.ui.betweendialog import BetweenDialog
        from chair.ui.mainwindow.feed import redact_voice

        if self.dialog is None:
            dialog = BetweenDialog(
                w.access, w.runner, parent=w, save_preread=w.prereading.choose,
                shown_voice=lambda v: redact_voice(v) if w.feed_model.redactor else v)
            dialog.escalate_requested.connect(self._on_escalate_requested)
            dialog.finished.connect(lambda _result: self._forget(dialog))
            self.dialog = dialog
        self.dialog.tabs.setCurrentIndex(tab)
        self.dialog.show()
        self.dialog.raise_()
        return self.dialog

    def _forget(self, dialog: BetweenDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _on_escalate_requested(self, voices: list[Voice], detection_id: int) -> None:
        dialog = self.dialog
        self.window.escalating.escalate_voices(
            voices, then=lambda eid: dialog.escalated(detection_id, eid) if dialog else None)

    def show_trends(self, pillar: str) -> TrendsDialog | None:
        """A pillar's trends from its tile: one window per pillar, brought forward again."""
        w = self.window
        if w.access is None:
            return None
        from chair.ui.trendsdialog import TrendsDialog

        dialog = self.trends.get(pillar)
        if dialog is None:
            dialog = TrendsDialog(w.access, w.runner, pillar, w)
            dialog.finished.connect(lambda _result: self.trends.pop(pillar, None))
            self.trends[pillar] = dialog
        dialog.show()
        dialog.raise_()
        return dialog

    def look_after_import(self) -> None:
        """What stands out once new voices are in: said in the status bar, never a pop-up."""
        w = self.window
        if w.access is None:
            return
        w.runner.run(w.access.detect, on_done=self._on_looked, key="detect")

    def _on_looked(self, found: list[Detection]) -> None:
        fresh = [d for d in found if d.state == "open" and d.first_seen == d.last_seen]
        if not fresh:
            return
        from chair.ui.betweendialog import detection_what

        self.window.status.showMessage(arg(translate(
            "MainWindow", "chair noticed: %1. Between meetings… shows the voices behind it."),
            "; ".join(detection_what(d) for d in fresh[:2])), 20_000)
        if self.dialog is not None:
            self.dialog.load_detections()
        self.noticed.emit(fresh)

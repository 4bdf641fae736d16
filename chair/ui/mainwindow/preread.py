"""The one-page pre-read for the next meeting, from the window: where to save it, then the
brief read and written on a worker, and a line in the status bar when it is there."""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QStandardPaths, Signal
from PySide6.QtWidgets import QFileDialog

from chair.ui.format import arg
from chair.ui.i18n import translate

if TYPE_CHECKING:
    from chair.ui.mainwindow.window import MainWindow


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

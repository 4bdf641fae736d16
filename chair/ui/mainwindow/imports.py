"""Importing from the window: the file dialog (opened where the last import was), the
progress dialog, and what the window shows once an import is done."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QStandardPaths
from PySide6.QtWidgets import QDialog, QFileDialog

from chair.ui.format import arg, number
from chair.ui.i18n import translate

if TYPE_CHECKING:
    from chair.ui.importdialog import ImportDialog
    from chair.ui.mainwindow.window import MainWindow


class ImportFlow(QObject):
    """Imports for the window that owns it; `dialog` is the latest import's."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: ImportDialog | None = None
        self.sources_dialog: QDialog | None = None
        window.remove_imports_action.triggered.connect(lambda: self.open_sources())

    def choose(self) -> None:
        w = self.window
        if w.access is None:
            return
        paths, _ = QFileDialog.getOpenFileNames(
            w, translate("MainWindow", "Import customer voices"), self.folder(),
            translate("MainWindow", "Voice exports and mail") + " (*.csv *.tsv *.txt *.json "
            "*.jsonl *.eml *.mbox);;" + translate("MainWindow", "All files") + " (*)",
        )
        if paths:
            self.start(paths)

    def open_sources(self) -> QDialog | None:
        """The sources chair holds, to take one back whole."""
        w = self.window
        if w.access is None:
            return None
        from chair.ui.sourcesdialog import SourcesDialog

        dialog = SourcesDialog(w.access, w.runner, w)
        dialog.removed.connect(self._on_source_removed)
        dialog.show()
        self.sources_dialog = dialog
        return dialog

    def _on_source_removed(self, source: str, voices: int, rejected: int) -> None:
        self.window.show_new_data()
        self.window.status.showMessage(arg(translate(
            "MainWindow", "Removed %1 voices and %2 rejected records of %3."),
            number(voices), number(rejected), source), 10_000)

    def folder(self) -> str:
        """Where the import dialog opens: the folder of the last import, else Documents."""
        state = self.window.saved_state
        last = state.value("import/folder") if state is not None else None
        if isinstance(last, str) and Path(last).is_dir():
            return last
        return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)

    def start(self, paths: list[str]) -> ImportDialog | None:
        """Import files or folders with a progress dialog; the window stays usable."""
        w = self.window
        if w.access is None or not paths:
            return None
        state = w.saved_state
        if state is not None and not paths[0].startswith("imap"):
            first = Path(paths[0])
            state.setValue("import/folder", str(first if first.is_dir() else first.parent))
        from chair.ui.importdialog import ImportDialog

        dialog = ImportDialog(w.access, w.runner, paths, w)
        dialog.finished_import.connect(self._on_import_finished)
        dialog.setModal(False)
        dialog.show()
        self.dialog = dialog
        return dialog

    def _on_import_finished(self, result: Any) -> None:
        self.window.show_new_data()
        self.window.status.showMessage(
            arg(translate("MainWindow", "Imported %1 voices (%2 already there, %3 rejected)."),
                number(result.imported), number(result.duplicates), number(result.rejected)),
            10_000,
        )
        if result.imported:
            self.window.between.look_after_import()

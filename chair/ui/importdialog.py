"""Importing files: the dialog with progress and Cancel; the work runs off the GUI thread."""

from __future__ import annotations

import html
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from chair.ingest.model import ImportResult, ImportState
from chair.tasks.runner import Relay, TaskRunner
from chair.ui import theme
from chair.ui.access import DataAccess
from chair.ui.format import arg, number, rich_label
from chair.ui.i18n import translate


class ImportDialog(QDialog):
    """Shows one import: what is being read, how far, and what came of it."""

    finished_import = Signal(object)

    def __init__(self, access: DataAccess, runner: TaskRunner, paths: Sequence[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(translate("ImportDialog", "Import voices"))
        self.setMinimumWidth(520)
        self.paths = list(paths)
        self.outcome: ImportResult | None = None
        names = ", ".join(Path(p).name or p for p in self.paths[:3])
        shown = f"<b>{html.escape(names)}</b>"
        if len(self.paths) > 3:
            shown = arg(translate("ImportDialog", "%1 and %Ln more", None, len(self.paths) - 3),
                        shown)
        self.title = rich_label(arg(translate("ImportDialog", "Importing %1"), shown))
        self.title.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setObjectName("importProgress")
        self.progress.setRange(0, 0)  # busy until the first report of the size
        self.progress.setAccessibleName(translate("ImportDialog", "Import progress"))
        self.summary = rich_label("")
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox()
        self.rejects_button = QPushButton(translate("ImportDialog", "Show the rejected records…"))
        self.rejects_button.setObjectName("showRejects")
        self.rejects_button.clicked.connect(self.show_rejects)
        self.rejects_button.hide()
        self.buttons.addButton(self.rejects_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.rejects_dialog: QDialog | None = None
        self._access, self._runner = access, runner
        self.cancel_button = QPushButton(translate("ImportDialog", "Cancel"))
        self.cancel_button.setObjectName("importCancel")
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.progress)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self._relay = Relay(self)
        self._relay.progressed.connect(self._on_progress)
        self.state = ImportState(lambda done, total: self._relay.progressed.emit(
            min(done, 2**31 - 1), min(total, 2**31 - 1)))
        runner.run(access.import_paths, self.paths, self.state, on_done=self._on_done,
                   on_error=self._on_error)

    def show_rejects(self) -> QDialog:
        """What was set aside and why, in a window of its own."""
        from chair.ui.rejectsdialog import RejectsDialog

        dialog = RejectsDialog(self._access, self._runner, self)
        dialog.show()
        self.rejects_dialog = dialog
        return dialog

    def _on_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, 1000)
            self.progress.setValue(int(1000 * min(done, total) / total))

    def _on_cancel_button_clicked(self) -> None:
        if self.outcome is None:
            self.state.cancel()
            self.cancel_button.setEnabled(False)
            self.cancel_button.setText(translate("ImportDialog", "Cancelling…"))
        else:
            self.accept()

    def reject(self) -> None:  # Esc or the window's close button
        if self.outcome is None:
            self._on_cancel_button_clicked()
        else:
            super().reject()

    def _on_done(self, result: ImportResult) -> None:
        self.outcome = result
        self.progress.setRange(0, 1000)
        self.progress.setValue(1000)
        lines = []
        shown = sorted(result.sources, key=lambda s: (not s.error, -s.read))[:12]
        for source in shown:
            line = f"<b>{html.escape(source.source)}</b>: " + arg(
                translate("ImportDialog", "%1 imported, %2 already there, %3 rejected"),
                number(source.imported), number(source.duplicates), number(source.rejected))
            if source.error:
                alarm = theme.color("alarm")
                line += f" — <span style='color:{alarm}'>{html.escape(source.error)}</span>"
            lines.append(line)
            for reason, n in sorted(source.reasons.items(), key=lambda kv: -kv[1])[:2]:
                lines.append(f"&nbsp;&nbsp;&nbsp;{number(n)} × {html.escape(reason)}")
        if len(result.sources) > len(shown):
            rest = [s for s in result.sources if not any(s is t for t in shown)]
            lines.append(arg(
                translate("ImportDialog", "… and %Ln more sources: %1 imported, %2 rejected",
                          None, len(rest)),
                number(sum(s.imported for s in rest)), number(sum(s.rejected for s in rest))))
        total = arg(translate("ImportDialog",
                              "Total: %1 imported, %2 already there, %3 rejected."),
                    number(result.imported), number(result.duplicates), number(result.rejected))
        lines.append(f"<b>{total}</b>")
        self.rejects_button.setVisible(result.rejected > 0)
        if result.undated:
            lines.append(translate(
                "ImportDialog", "%Ln voices had no readable date: they show “date unknown” and "
                "come after the dated voices.", None, result.undated))
        unmatched = sorted({a for s in result.sources for a in s.unmatched_areas})
        if unmatched:
            lines.append(html.escape(arg(translate(
                "ImportDialog", "%Ln areas of the metrics match no voice and no known place: "
                "%1. A spelling is mapped to an area with chair areas map.", None,
                len(unmatched)), ", ".join(unmatched[:6]) + (" …" if len(unmatched) > 6
                                                           else ""))))
        if result.cancelled:
            lines.append(translate("ImportDialog", "Cancelled: what was read before stays, and "
                                   "importing again completes it."))
        self.summary.setText("<br>".join(lines))
        self.title.setText(translate("ImportDialog", "Import cancelled") if result.cancelled
                           else translate("ImportDialog", "Import finished"))
        self.cancel_button.setEnabled(True)
        self.cancel_button.setText(translate("ImportDialog", "Close"))
        self.finished_import.emit(result)

    def _on_error(self, message: str) -> None:
        self.outcome = ImportResult()
        self.progress.setRange(0, 1)
        alarm = theme.color("alarm")
        self.summary.setText(f"<span style='color:{alarm}'>{html.escape(message)}</span>")
        self.cancel_button.setEnabled(True)
        self.cancel_button.setText(translate("ImportDialog", "Close"))
        self.finished_import.emit(self.outcome)

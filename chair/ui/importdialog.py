"""Importing files: the dialog with progress and Cancel; the work runs off the GUI thread."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from chair.ingest.model import ImportResult, ImportState
from chair.tasks.runner import Relay, TaskRunner
from chair.ui import theme
from chair.ui.access import DataAccess


class ImportDialog(QDialog):
    """Shows one import: what is being read, how far, and what came of it."""

    finished_import = Signal(object)

    def __init__(self, access: DataAccess, runner: TaskRunner, paths: Sequence[str],
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle("Import voices")
        self.setMinimumWidth(520)
        self.paths = list(paths)
        self.outcome: ImportResult | None = None
        names = ", ".join(Path(p).name or p for p in self.paths[:3])
        more = f" and {len(self.paths) - 3} more" if len(self.paths) > 3 else ""
        self.title = QLabel(f"Importing <b>{names}</b>{more}")
        self.title.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setObjectName("importProgress")
        self.progress.setRange(0, 0)  # busy until the first report of the size
        self.progress.setAccessibleName("Import progress")
        self.summary = QLabel("")
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox()
        self.cancel_button = QPushButton("Cancel")
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
            min(done, 2**31 - 1), min(total, 2**31 - 1)))  # fmt: skip
        runner.run(access.import_paths, self.paths, self.state, on_done=self._on_done,
                   on_error=self._on_error)  # fmt: skip

    def _on_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, 1000)
            self.progress.setValue(int(1000 * min(done, total) / total))

    def _on_cancel_button_clicked(self) -> None:
        if self.outcome is None:
            self.state.cancel()
            self.cancel_button.setEnabled(False)
            self.cancel_button.setText("Cancelling…")
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
            line = (f"<b>{source.source}</b>: {source.imported:,} imported, "
                    f"{source.duplicates:,} already there, {source.rejected:,} rejected")
            if source.error:
                alarm = theme.color("alarm")
                line += f" — <span style='color:{alarm}'>{source.error}</span>"
            lines.append(line)
            for reason, n in sorted(source.reasons.items(), key=lambda kv: -kv[1])[:2]:
                lines.append(f"&nbsp;&nbsp;&nbsp;{n:,} × {reason}")
        if len(result.sources) > len(shown):
            rest = [s for s in result.sources if not any(s is t for t in shown)]
            lines.append(f"… and {len(rest)} more sources: {sum(s.imported for s in rest):,} "
                         f"imported, {sum(s.rejected for s in rest):,} rejected")  # fmt: skip
        lines.append(f"<b>Total: {result.imported:,} imported, {result.duplicates:,} already "
                     f"there, {result.rejected:,} rejected.</b> Rejected records are listed by "
                     f"<code>chair rejects</code>.")  # fmt: skip
        if result.cancelled:
            lines.append("Cancelled: what was read before stays, and importing again completes it.")
        self.summary.setText("<br>".join(lines))
        self.title.setText("Import cancelled" if result.cancelled else "Import finished")
        self.cancel_button.setEnabled(True)
        self.cancel_button.setText("Close")
        self.finished_import.emit(result)

    def _on_error(self, message: str) -> None:
        self.outcome = ImportResult()
        self.progress.setRange(0, 1)
        self.summary.setText(f"<span style='color:{theme.color('alarm')}'>{message}</span>")
        self.cancel_button.setEnabled(True)
        self.cancel_button.setText("Close")
        self.finished_import.emit(self.outcome)

"""One line across the window for a problem that keeps happening (a mail account that cannot
log in, a database that stopped answering). A repeat updates the line instead of stacking
another; a new problem replaces it; the problem going away takes it down. A dismissed problem
stays quiet until it has gone away and comes back."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QToolButton

from chair.ui.format import arg, plain_label, time_of_day
from chair.ui.i18n import translate


class ProblemBanner(QFrame):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("problemBanner")
        self.setAccessibleName(translate("Banner", "Problem"))
        self.label = plain_label()  # source names and their errors, as they come
        self.label.setObjectName("problemText")
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.dismiss = QToolButton()
        self.dismiss.setObjectName("problemDismiss")
        self.dismiss.setText(translate("Banner", "Dismiss"))
        self.dismiss.setAccessibleName(translate("Banner", "Dismiss the problem"))
        self.dismiss.clicked.connect(self._on_dismiss_clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 8, 10, 8)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.dismiss, 0, Qt.AlignmentFlag.AlignTop)
        self.key: str | None = None
        self.message = ""
        self.times = 0
        self.first_at = 0.0
        self._dismissed: set[str] = set()
        self.hide()

    def report(self, key: str, message: str) -> None:
        """Show `message` for the problem `key`; the same key again counts a repeat."""
        if key in self._dismissed:
            return
        if key == self.key:
            self.times += 1
        else:
            self.key, self.times, self.first_at = key, 1, time.time()
        self.message = message
        self.label.setText(self._text())
        self.setAccessibleDescription(self.label.text())
        self.show()

    def resolve(self, key: str) -> None:
        """The problem `key` has gone away (a reconnect, a read that worked)."""
        self._dismissed.discard(key)
        if key == self.key:
            self._clear()

    def _text(self) -> str:
        if self.times == 1:
            return self.message
        since = time_of_day(self.first_at)
        repeats = arg(translate("Banner", "%Ln times since %1", None, self.times), since)
        return f"{self.message}  ·  {repeats}"

    def _on_dismiss_clicked(self) -> None:
        if self.key is not None:
            self._dismissed.add(self.key)
        self._clear()

    def _clear(self) -> None:
        self.key, self.message, self.times = None, "", 0
        self.hide()

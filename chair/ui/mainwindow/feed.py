"""The feed column at work: search and filters, the page they select, the voice in full,
redaction, and the keys that move through it."""

from __future__ import annotations

import dataclasses
import functools
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence

from chair.domain.model import Voice, VoiceFilter
from chair.ui.feedmodel import VoiceRole
from chair.ui.format import arg, pillar_name
from chair.ui.i18n import translate

if TYPE_CHECKING:
    from chair.ui.mainwindow.window import MainWindow

SEARCH_DEBOUNCE_MS = 0  # queued after the key is drawn; the query runs off the GUI thread
# A last word of one or two letters is matched whole (see store.voices.match_expression):
# searched only once the typing pauses, so "d", "de" on the way to "delivery" never flash an
# empty list and "0 matching".
SHORT_WORD_WAIT_MS = 400
REDACT_HERE_CHARS = 5_000  # redacted on the GUI thread in a few milliseconds


def redact_voice(voice: Voice) -> Voice:
    from chair.insight import redaction  # compiled patterns: loaded after the first paint

    return redaction.redact_voice(voice)


class FeedControl(QObject):
    """What the search box, the filters, the feed and the voice panel do together."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._total: int | None = None
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DEBOUNCE_MS)
        self._search_timer.timeout.connect(self.apply_search)
        window.search.textChanged.connect(self._on_search_text_changed)
        window.filters.changed.connect(self.apply_search)
        window.detail.corrected.connect(self._on_detail_corrected)
        window.redact_toggle.toggled.connect(self._on_redact_toggle_toggled)
        window.feed.selectionModel().currentChanged.connect(self._on_feed_current_changed)
        window.pillars.area_clicked.connect(self._on_pillars_area_clicked)
        # Right-click on a voice, or Delete: take it out (a customer's deletion request).
        remove = QAction(translate("MainWindow", "Remove this voice…"), window.feed)
        remove.setShortcut(QKeySequence.StandardKey.Delete)
        remove.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        remove.triggered.connect(lambda: self.remove_current())
        window.feed.addAction(remove)
        window.feed.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    # -- what is shown
    def _on_search_text_changed(self, text: str) -> None:
        last = text.split()[-1] if text.split() else ""
        short = 0 < len(last) < 3 and not text.endswith(" ")
        self._search_timer.start(SHORT_WORD_WAIT_MS if short else SEARCH_DEBOUNCE_MS)

    def apply_search(self) -> None:
        w = self.window
        self.set_filter(w.filters.apply(VoiceFilter(query=w.search.text().strip())))

    def set_filter(self, flt: VoiceFilter) -> None:
        """Show what `flt` selects. The first page is read off the GUI thread; while a query
        runs, only the newest request waits behind it (typing fast never piles up work, and
        a page superseded meanwhile is never shown)."""
        w = self.window
        if w.access is None:
            return
        w.runner.run(w.access.fetch_page, flt, None, w.feed_model.page_size,
                     on_done=functools.partial(self._on_page_read, flt),
                     on_error=self._on_page_failed, key="page")

    def _on_page_read(self, flt: VoiceFilter, page: list[Voice]) -> None:
        w = self.window
        w.feed_problem.hide()
        w.feed_model.show_page(flt, page)
        w.live.forget_unseen()
        self.update_count_label()
        self.update_empty_state()
        if w.feed_model.rowCount():
            w.feed.scrollToTop()
        w.results_shown.emit()

    def _on_page_failed(self, message: str) -> None:
        self.window.feed_problem.setText(
            arg(translate("MainWindow", "The search could not run: %1"), message)
        )
        self.window.feed_problem.show()

    def _on_pillars_area_clicked(self, pillar: str, area: str) -> None:
        w = self.window
        flt = dataclasses.replace(w.feed_model.voice_filter, pillars=(pillar,), areas=(area,))
        w.filters.show_filter(flt)
        self.set_filter(flt)
        w.status.showMessage(
            arg(translate("MainWindow", "Showing %1 voices from %2. Esc shows all."),
                pillar_name(pillar), area),
            8000,
        )

    def clear_filter(self) -> None:
        """Esc: every voice again."""
        w = self.window
        if not w.feed_model.voice_filter.is_empty:
            w.search.blockSignals(True)
            w.search.clear()
            w.search.blockSignals(False)
            w.filters.clear()

    def show_count(self, total: int) -> None:
        self._total = total
        self.update_count_label()

    def update_count_label(self) -> None:
        model = self.window.feed_model
        label = self.window.count_label
        if model.voice_filter.is_empty:
            total = self._total
            label.setText(
                "" if total is None else translate("MainWindow", "%Ln voices", None, total))
        elif model.canFetchMore():
            label.setText(translate("MainWindow", "%Ln+ matching", None, model.rowCount()))
        else:
            label.setText(translate("MainWindow", "%Ln matching", None, model.rowCount()))

    def update_empty_state(self) -> None:
        w = self.window
        if w.access is None:
            return
        model = w.feed_model
        w.empty_banner.setVisible(model.rowCount() == 0 and model.voice_filter.is_empty)

    # -- the voice in full
    def _on_feed_current_changed(self, current: Any, _previous: Any) -> None:
        self.window.detail.show_voice(self._full_voice(current))

    def _full_voice(self, index: Any) -> Voice | None:
        """The whole voice for the detail (the feed holds previews): one read by key. A long
        voice to redact is shown by its preview first and redacted whole on a worker: the GUI
        thread never spends on one voice what a megabyte of text costs."""
        if not index.isValid():
            return None
        w = self.window
        preview: Voice = index.data(VoiceRole)
        if w.access is None or preview.id is None:
            return preview
        voice = w.access.get_voice(preview.id) or preview
        if w.feed_model.redactor is None:
            return voice
        if len(voice.text) <= REDACT_HERE_CHARS:
            return redact_voice(voice)
        wanted = voice.id
        w.runner.run(redact_voice, voice,
                     on_done=lambda whole: self._on_long_voice_redacted(whole, wanted))
        return redact_voice(preview)

    def _on_long_voice_redacted(self, voice: Voice, wanted: int | None) -> None:
        w = self.window
        current = w.feed.currentIndex()
        shown = current.data(VoiceRole) if current.isValid() else None
        if w.feed_model.redactor is not None and shown is not None and shown.id == wanted:
            w.detail.show_voice(voice)

    def _on_redact_toggle_toggled(self, on: bool) -> None:
        w = self.window
        w.show_redaction(on)
        w.feed_model.redactor = redact_voice if on else None
        w.feed_model.refresh_redaction()
        w.detail.show_voice(self._full_voice(w.feed.currentIndex()))
        # Everywhere at once: the escalations list and any open escalation window too.
        w.escalating.set_redaction(on)

    def _on_detail_corrected(self, voice_id: int, pillar: str, area: str) -> None:
        """Keep the user's correction: in the store (it wins over the classifier) and on screen."""
        w = self.window
        if w.access is None:
            return
        corrected = w.detail.voice
        if corrected is not None:
            w.feed_model.replace_voice(corrected)
        w.runner.run(w.access.correct_voice, voice_id, pillar or None, area or None,
                     on_done=lambda _r: w.refresh_panels(),
                     on_error=lambda m: w.status.showMessage(m, 10_000))
        w.status.showMessage(
            translate("MainWindow", "Correction kept: reclassifying will not change it."), 6000
        )

    def selected_voices(self) -> list[Voice]:
        feed = self.window.feed
        rows = sorted(feed.selectionModel().selectedRows(), key=lambda i: i.row())
        if not rows and feed.currentIndex().isValid():
            rows = [feed.currentIndex()]
        return [i.data(VoiceRole) for i in rows if i.data(VoiceRole) is not None]

    def remove_current(self, confirmed: bool = False) -> None:
        """Delete the selected voice, after asking; its escalation keeps a line saying so."""
        w = self.window
        index = w.feed.currentIndex()
        voice = index.data(VoiceRole) if index.isValid() else None
        if w.access is None or voice is None or voice.id is None:
            return
        if not confirmed:
            from PySide6.QtWidgets import QMessageBox

            answer = QMessageBox.question(w, translate("MainWindow", "Remove this voice"),
                                          translate("MainWindow", "Remove this voice from chair? "
                                                    "Its words leave the feed, the search and the "
                                                    "counts; an escalation keeps a line saying a "
                                                    "voice was removed. This cannot be undone."))
            if answer != QMessageBox.StandardButton.Yes:
                return
        w.runner.run(w.access.remove_voice, voice.id,
                     on_done=lambda _r: self._on_voice_removed(),
                     on_error=lambda m: w.status.showMessage(m, 10_000))

    def _on_voice_removed(self) -> None:
        self.window.show_new_data()
        self.window.status.showMessage(translate("MainWindow", "Voice removed."), 8000)

    # -- keys
    def open_current(self) -> None:
        """Enter: read the selected voice in full (focus moves to its text)."""
        w = self.window
        if w.feed.hasFocus() and w.feed.currentIndex().isValid():
            w.detail.body.setFocus()

    def focus_search(self) -> None:
        self.window.search.setFocus()
        self.window.search.selectAll()

    def move(self, step: int) -> None:
        feed, model = self.window.feed, self.window.feed_model
        row = max(0, feed.currentIndex().row() + step)
        if row >= model.rowCount() and model.canFetchMore():
            model.fetchMore()
        row = min(row, model.rowCount() - 1)
        if row >= 0:
            feed.setCurrentIndex(model.index(row))
            feed.setFocus()

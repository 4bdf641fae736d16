"""The main window: pillars across the top, the live feed, the voice, the open escalations."""

from __future__ import annotations

import dataclasses
import functools
import html
import importlib
import itertools
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from chair.config.settings import Settings
from chair.domain.i18n import QT_TRANSLATE_NOOP
from chair.domain.model import Escalation, Voice, VoiceFilter
from chair.tasks.runner import TaskRunner
from chair.ui import theme
from chair.ui.access import DataAccess
from chair.ui.banner import ProblemBanner
from chair.ui.detail import VoiceDetail
from chair.ui.escalations import EscalationsView
from chair.ui.feedmodel import VoiceFeedModel, VoiceRole
from chair.ui.feedview import FeedView
from chair.ui.filterbar import FilterBar
from chair.ui.format import arg, day, long_day, number, pillar_name, plain_label, rich_label
from chair.ui.i18n import translate
from chair.ui.pillars import PillarsPanel

if TYPE_CHECKING:  # the dialogs load when first opened, not before the first paint
    from chair.ui.escalatesheet import EscalateSheet, EscalationRequest
    from chair.ui.escalationwindow import EscalationWindow
    from chair.ui.importdialog import ImportDialog
    from chair.ui.meeting import AgendaItem, MeetingView
    from chair.ui.settingsdialog import SettingsDialog

SHORTCUTS = (
    ("/", QT_TRANSLATE_NOOP("Shortcuts", "Search what customers wrote")),
    ("J / K", QT_TRANSLATE_NOOP("Shortcuts", "Next / previous voice")),
    ("Enter", QT_TRANSLATE_NOOP("Shortcuts", "Read the selected voice in full")),
    ("R", QT_TRANSLATE_NOOP("Shortcuts", "Hide or show personal data")),
    ("?", QT_TRANSLATE_NOOP("Shortcuts", "Escalate the selected voice to its owner")),
    ("Ctrl+I", QT_TRANSLATE_NOOP("Shortcuts", "Import files")),
    ("Ctrl+,", QT_TRANSLATE_NOOP("Shortcuts", "Settings")),
    ("Esc", QT_TRANSLATE_NOOP("Shortcuts", "Clear search and filters")),
    ("F11", QT_TRANSLATE_NOOP("Shortcuts", "Meeting mode")),
    ("F1", QT_TRANSLATE_NOOP("Shortcuts", "This sheet")),
)
LIVE_POLL_MS = 1000
ARRIVALS_PER_READ = 500  # store.voices.added_since's limit
SEARCH_DEBOUNCE_MS = 0  # queued after the key is drawn; the query runs off the GUI thread
REDACT_HERE_CHARS = 5_000  # redacted on the GUI thread in a few milliseconds


def redact_voice(voice: Voice) -> Voice:
    from chair.insight import redaction  # compiled patterns: loaded after the first paint

    return redaction.redact_voice(voice)


def _read_arrivals(access: DataAccess, last_id: int, flt: VoiceFilter
                   ) -> tuple[list[Voice], int]:  # fmt: skip
    """On a worker: the voices matching `flt` written after `last_id`, and the id to ask
    from next time. A burst larger than one read continues on the next tick."""
    newest = access.last_id()
    new = [v for v in access.added_since(last_id, flt) if v.id is not None and v.id <= newest]
    if len(new) >= ARRIVALS_PER_READ:
        newest = max(v.id or 0 for v in new)
    return new, newest


class MainWindow(QMainWindow):
    voices_arrived = Signal(int)
    results_shown = Signal()
    charts_ready = Signal()
    data_attached = Signal()
    closing = Signal()

    def __init__(
        self, runner: TaskRunner, state: QSettings | None = None, parent: QWidget | None = None
    ) -> None:
        """The window starts empty and calm; `start(access)` fills it once the store is open,
        so the first paint never waits for the database."""
        super().__init__(parent)
        self.access: DataAccess | None = None
        self.runner = runner
        self._state = state
        self.setWindowTitle(translate("MainWindow", "chair — the customer's seat"))
        self.setObjectName("mainWindow")
        self.setMinimumSize(960, 600)

        # Header: search, result count, redaction.
        self.search = QLineEdit()
        self.search.setObjectName("feedSearch")
        self.search.setPlaceholderText(
            translate("MainWindow", "Search what customers wrote…   ( / )"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(translate("MainWindow", "Search voices"))
        self.count_label = QLabel("")
        self.count_label.setObjectName("countLabel")
        self.redact_toggle = QToolButton()
        self.redact_toggle.setObjectName("redactToggle")
        self.redact_toggle.setText(translate("MainWindow", "Hide personal data"))
        self.redact_toggle.setCheckable(True)
        self.redact_toggle.setToolTip(
            translate("MainWindow", "Hide names, emails, phones, order and card numbers (R)"))
        self.redact_toggle.setAccessibleName(translate("MainWindow", "Hide personal data"))
        title = QLabel("chair")
        title.setObjectName("appTitle")
        self.import_button = QToolButton()
        self.import_button.setObjectName("importButton")
        self.import_button.setText(translate("MainWindow", "Import…"))
        self.import_button.setToolTip(
            translate("MainWindow", "Import voices, mail or metrics (Ctrl+I), or drop files here"))
        self.import_button.clicked.connect(self.choose_import)
        self.settings_button = QToolButton()
        self.settings_button.setObjectName("settingsButton")
        self.settings_button.setText(translate("MainWindow", "Settings"))
        self.settings_button.setToolTip(translate("MainWindow", "Settings (Ctrl+,)"))
        self.settings_button.clicked.connect(self.open_settings)
        self.meeting_button = QToolButton()
        self.meeting_button.setObjectName("meetingButton")
        self.meeting_button.setText(translate("MainWindow", "Meeting…"))
        self.meeting_button.setToolTip(
            translate("MainWindow", "Meeting mode: the customer's seat on the big screen (F11)"))
        self.meeting_button.clicked.connect(self.open_meeting_setup)
        self.help_button = QToolButton()
        self.help_button.setObjectName("helpButton")
        self.help_button.setText(translate("MainWindow", "Help"))
        self.help_button.setToolTip(
            translate("MainWindow", "Keyboard shortcuts (F1), about chair, demo data"))
        self.help_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.help_menu = QMenu(self.help_button)
        self.help_menu.setObjectName("helpMenu")
        # F1 itself is the window's shortcut; the menu only names it.
        self.help_menu.addAction(translate("MainWindow", "Keyboard shortcuts") + "\tF1",
                                 self.show_shortcuts)
        self.help_menu.addAction(translate("MainWindow", "About chair"), self.show_about)
        self.help_menu.addSeparator()
        self.remove_demo_action = self.help_menu.addAction(
            translate("MainWindow", "Remove the demo data…"), self.remove_demo
        )
        self.help_button.setMenu(self.help_menu)
        header = QHBoxLayout()
        header.setContentsMargins(16, 10, 16, 6)
        header.setSpacing(12)
        header.addWidget(title)
        header.addWidget(self.search, 1)
        header.addWidget(self.count_label)
        header.addWidget(self.redact_toggle)
        header.addWidget(self.meeting_button)
        header.addWidget(self.import_button)
        header.addWidget(self.settings_button)
        header.addWidget(self.help_button)

        self.pillars = PillarsPanel()

        # Feed column.
        self.feed_model = VoiceFeedModel(parent=self)
        self.feed = FeedView()
        self.feed.setModel(self.feed_model)
        self.empty_banner = self._make_empty_banner()
        # The feed's own trouble (a search that could not run) shows in the feed.
        self.feed_problem = plain_label()
        self.feed_problem.setObjectName("feedProblem")
        self.feed_problem.setWordWrap(True)
        self.feed_problem.hide()
        feed_box = QWidget()
        feed_layout = QVBoxLayout(feed_box)
        feed_layout.setContentsMargins(0, 0, 0, 0)
        feed_layout.setSpacing(0)
        feed_title = QLabel(translate("MainWindow", "Customer voices"))
        feed_title.setObjectName("sectionTitle")
        self.filters = FilterBar()
        feed_layout.addWidget(feed_title)
        feed_layout.addWidget(self.filters)
        feed_layout.addWidget(self.empty_banner)
        feed_layout.addWidget(self.feed_problem)
        feed_layout.addWidget(self.feed, 1)
        # "N new voices": shown when voices arrive while the reader is further down.
        self.new_pill = QPushButton("", self.feed)
        self.new_pill.setObjectName("newVoicesPill")
        self.new_pill.setAccessibleName(translate("MainWindow", "Show new voices"))
        self.new_pill.hide()
        self.new_pill.clicked.connect(self._on_new_pill_clicked)
        self._unseen = 0

        self.detail = VoiceDetail()
        self.escalations = EscalationsView()
        esc_box = QWidget()
        esc_layout = QVBoxLayout(esc_box)
        esc_layout.setContentsMargins(0, 0, 0, 0)
        esc_layout.setSpacing(0)
        self.esc_title = rich_label(translate("MainWindow", "Open ? escalations"))
        self.esc_title.setObjectName("sectionTitle")
        self.response_button = QToolButton()
        self.response_button.setObjectName("responseTimesButton")
        self.response_button.setText(translate("MainWindow", "Response times"))
        self.response_button.setToolTip(
            translate("MainWindow", "How fast each owner answers and closes a '?'")
        )
        self.response_button.clicked.connect(self.show_response_times)
        esc_head = QHBoxLayout()
        esc_head.addWidget(self.esc_title, 1)
        esc_head.addWidget(self.response_button)
        esc_layout.addLayout(esc_head)
        self.esc_empty = QLabel(
            translate(
                "MainWindow",
                "No open “?” yet. Select a voice and press ? to ask its owner why; "
                "the answer comes back as a Correction of Error.",
            )
        )
        self.esc_empty.setObjectName("emptyState")
        self.esc_empty.setWordWrap(True)
        self.esc_empty.hide()
        esc_layout.addWidget(self.esc_empty)
        esc_layout.addWidget(self.escalations, 1)

        self.right_split = QSplitter(Qt.Orientation.Vertical)
        self.right_split.setObjectName("rightSplit")
        self.right_split.addWidget(self.detail)
        self.right_split.addWidget(esc_box)
        self.right_split.setSizes([420, 260])
        self.main_split = QSplitter(Qt.Orientation.Horizontal)
        self.main_split.setObjectName("mainSplit")
        self.main_split.addWidget(feed_box)
        self.main_split.addWidget(self.right_split)
        self.main_split.setStretchFactor(0, 5)
        self.main_split.setStretchFactor(1, 4)
        # Feed and voice share the width 5:4 from the start, whatever the language's words
        # make the widgets ask for (a saved layout replaces this).
        self.main_split.setSizes([500, 400])

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(header)
        self.banner = ProblemBanner()
        banner_wrap = QHBoxLayout()
        banner_wrap.setContentsMargins(16, 0, 16, 6)
        banner_wrap.addWidget(self.banner)
        layout.addLayout(banner_wrap)
        pillars_wrap = QHBoxLayout()
        pillars_wrap.setContentsMargins(16, 4, 16, 10)
        pillars_wrap.addWidget(self.pillars)
        layout.addLayout(pillars_wrap)
        body = QHBoxLayout()
        body.setContentsMargins(16, 0, 16, 12)
        body.addWidget(self.main_split)
        layout.addLayout(body, 1)
        # Meeting mode is a state of this window: the stack shows the meeting view in place
        # of the everyday one (built on first use, not before the first paint).
        self.stack = QStackedWidget()
        self.stack.addWidget(central)
        self.everyday = central
        self.setCentralWidget(self.stack)
        self.meeting_view: MeetingView | None = None
        self._charts: Any = None
        self._hidden_dialogs: list[QDialog] = []
        self._before_meeting: dict[str, Any] | None = None
        self.status = self.statusBar()
        self.status.setObjectName("statusBar")

        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DEBOUNCE_MS)
        self._search_timer.timeout.connect(self._apply_search)
        self._live_timer = QTimer(self, interval=LIVE_POLL_MS)
        self._live_timer.timeout.connect(self._on_live_timer_timeout)
        self._data_version = -1
        self._last_id = 0

        self.setAcceptDrops(True)
        self.import_dialog: ImportDialog | None = None
        self.search.textChanged.connect(self._on_search_text_changed)
        self.filters.changed.connect(self._on_filters_changed)
        self.feed.verticalScrollBar().valueChanged.connect(self._on_feed_scrolled)
        self.detail.corrected.connect(self._on_detail_corrected)
        self.redact_toggle.toggled.connect(self._on_redact_toggle_toggled)
        self.feed.selectionModel().currentChanged.connect(self._on_feed_current_changed)
        self.pillars.area_clicked.connect(self._on_pillars_area_clicked)
        self.escalations.escalation_activated.connect(
            lambda e: self.open_escalation(e.id) if e is not None else None
        )
        self.escalate_sheet: EscalateSheet | None = None
        self.escalation_windows: dict[int, EscalationWindow] = {}
        self._shortcuts: list[QShortcut] = []
        self._install_shortcuts()
        self._set_tab_order()
        self._restore_state()

    # -- building
    def _make_empty_banner(self) -> QFrame:
        banner = QFrame()
        banner.setObjectName("emptyBanner")
        lay = QVBoxLayout(banner)
        lay.setContentsMargins(20, 20, 20, 20)
        text = self.empty_text = rich_label(
            translate(
                "MainWindow",
                "<b>Welcome. No customer voices yet.</b><br>Start with a realistic "
                "demo in four languages (it can be removed later in one step from Help), bring "
                "your own exports and mail, or connect the mailbox where customers write.",
            )
        )
        text.setWordWrap(True)
        self.demo_button = QPushButton(translate("MainWindow", "Load demo data"))
        self.demo_button.setObjectName("demoButton")
        self.demo_button.clicked.connect(self._on_demo_button_clicked)
        self.first_import_button = QPushButton(translate("MainWindow", "Import files…"))
        self.first_import_button.setObjectName("firstImportButton")
        self.first_import_button.clicked.connect(self.choose_import)
        self.mailbox_button = QPushButton(translate("MainWindow", "Connect a mailbox…"))
        self.mailbox_button.setObjectName("mailboxButton")
        self.mailbox_button.clicked.connect(lambda: self.open_settings("Sources"))
        lay.addWidget(text)
        row = QHBoxLayout()
        for button in (self.demo_button, self.first_import_button, self.mailbox_button):
            row.addWidget(button)
        row.addStretch(1)
        lay.addLayout(row)
        banner.hide()
        return banner

    def _set_tab_order(self) -> None:
        """Tab goes as the eye reads: the header, the pillars' links, the filters and the
        feed, the voice, the escalations."""
        order: list[QWidget] = [self.search, self.redact_toggle, self.meeting_button,
                                self.import_button, self.settings_button,
                                self.help_button]  # fmt: skip
        for tile in self.pillars.tiles.values():
            order += [tile.areas, tile.badge]
        order += [*self.filters.controls(), self.feed, self.detail.pillar_box,
                  self.detail.area_box, self.detail.body, self.response_button,
                  self.escalations]  # fmt: skip
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    def _install_shortcuts(self) -> None:
        def key(seq: str | QKeySequence.StandardKey, slot: Any) -> None:
            shortcut = QShortcut(QKeySequence(seq), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(slot)
            self._shortcuts.append(shortcut)

        key("/", self._focus_search)
        key("J", lambda: self._move(1))
        key("K", lambda: self._move(-1))
        key("R", self.redact_toggle.toggle)
        key("Escape", self._on_escape)
        key(QKeySequence.StandardKey.Open, self.choose_import)
        key("Ctrl+I", self.choose_import)
        key("Ctrl+,", self.open_settings)
        key("F1", self.show_shortcuts)
        key("Return", self._open_current)
        key("Enter", self._open_current)
        key("?", self.escalate_selected)
        key("F11", self.enter_meeting)

    # -- start
    def start(self, access: DataAccess) -> None:
        """Show the data of `access`: the first page now (a fast keyed read), the slow parts
        in the background, then live updates."""
        self.access = access
        self.feed_model.set_fetch_page(access.fetch_page)
        self._last_id = self.access.last_id()
        self._data_version = self.access.data_version()
        self._update_empty_state()
        self.refresh_panels()
        self._live_timer.start()
        # matplotlib loads after the first paint, its import on a worker thread.
        self.runner.run(importlib.import_module, "chair.ui.chartwidget",
                        on_done=self._on_charts_loaded)  # fmt: skip
        self.runner.run(importlib.import_module, "chair.insight.redaction")
        self.data_attached.emit()

    def _on_charts_loaded(self, module: Any) -> None:
        self._charts = module
        self.pillars.add_charts(lambda tile: module.TrendChart(tile))
        if self.meeting_view is not None:
            self._add_meeting_charts(module)
        self.charts_ready.emit()

    def _add_meeting_charts(self, module: Any) -> None:
        assert self.meeting_view is not None
        self.meeting_view.add_charts(lambda tile: module.TrendChart(tile, height=70))

    def show_fatal(self, message: str) -> None:
        """The store could not be opened: say so where the voices would be."""
        self.status.showMessage(message)
        self.count_label.setText("")
        self.empty_banner.show()
        self.demo_button.hide()
        self.empty_text.setText(
            arg(translate("MainWindow", "<b>The database could not be opened.</b><br>%1"),
                html.escape(message))
        )

    def refresh_panels(self) -> None:
        if self.access is None:
            return
        self.runner.run(self.access.pillar_summaries, on_done=self.pillars.show_summaries,
                        on_error=self.pillars.show_problem)  # fmt: skip
        self.runner.run(
            self.access.open_escalations,
            on_done=self._show_escalations,
            on_error=lambda m: self.esc_title.setText(
                arg(translate("MainWindow", "Open ? escalations — %1"), html.escape(m))
            ),
        )
        self.runner.run(self.access.voice_count, on_done=self._show_count)
        self.runner.run(self.access.disagreements, on_done=self.pillars.show_disagreements)
        self.runner.run(self.access.facets, on_done=self._show_facets)

    def _show_facets(self, facets: dict[str, dict[str, int]]) -> None:
        self.filters.set_facets(facets["areas"], facets["languages"], facets["sources"])
        self.detail.set_areas(list(facets["areas"]))

    def _on_detail_corrected(self, voice_id: int, pillar: str, area: str) -> None:
        """Keep the user's correction: in the store (it wins over the classifier) and on screen."""
        if self.access is None:
            return
        corrected = self.detail.voice
        if corrected is not None:
            self.feed_model.replace_voice(corrected)
        self.runner.run(self.access.correct_voice, voice_id, pillar or None, area or None,
                        on_done=lambda _r: self.refresh_panels(),
                        on_error=lambda m: self.status.showMessage(m, 10_000))  # fmt: skip
        self.status.showMessage(
            translate("MainWindow", "Correction kept: reclassifying will not change it."), 6000
        )

    def _show_escalations(self, items: list[Escalation]) -> None:
        self.escalations.model_.set_items(items)
        self.esc_empty.setVisible(not items)
        self.pillars.show_overdue(items, int(self.escalations.model_.now))
        overdue = self.escalations.model_.overdue_count()
        text = arg(translate("MainWindow", "Open ? escalations · %1"), number(len(items)))
        if overdue:
            alarm = theme.color("alarm")
            late = translate("MainWindow", "%Ln overdue", None, overdue)
            text += f" · <span style='color:{alarm}'><b>{late}</b></span>"
        self.esc_title.setText(text)

    def _show_count(self, total: int) -> None:
        self._total = total
        self._update_count_label()

    def _update_count_label(self) -> None:
        total = getattr(self, "_total", None)
        shown = self.feed_model.rowCount()
        if self.feed_model.voice_filter.is_empty:
            self.count_label.setText(
                "" if total is None else translate("MainWindow", "%Ln voices", None, total)
            )
        else:
            if self.feed_model.canFetchMore():
                self.count_label.setText(translate("MainWindow", "%Ln+ matching", None, shown))
            else:
                self.count_label.setText(translate("MainWindow", "%Ln matching", None, shown))

    def _update_empty_state(self) -> None:
        if self.access is None:
            return
        empty = self.feed_model.rowCount() == 0 and self.feed_model.voice_filter.is_empty
        self.empty_banner.setVisible(empty)

    # -- slots
    def _on_search_text_changed(self, _text: str) -> None:
        self._search_timer.start()

    def _apply_search(self) -> None:
        self.set_filter(self.filters.apply(VoiceFilter(query=self.search.text().strip())))

    def _on_filters_changed(self) -> None:
        self._apply_search()

    def set_filter(self, flt: VoiceFilter) -> None:
        """Show what `flt` selects. The first page is read off the GUI thread; while a query
        runs, only the newest request waits behind it (typing fast never piles up work, and
        a page superseded meanwhile is never shown)."""
        if self.access is None:
            return
        self.runner.run(self.access.fetch_page, flt, None, self.feed_model.page_size,
                        on_done=functools.partial(self._on_page_read, flt),
                        on_error=self._on_page_failed, key="page")  # fmt: skip

    def _on_page_read(self, flt: VoiceFilter, page: list[Voice]) -> None:
        self.feed_problem.hide()
        self.feed_model.show_page(flt, page)
        self._unseen = 0
        self.new_pill.hide()
        self._update_count_label()
        self._update_empty_state()
        if self.feed_model.rowCount():
            self.feed.scrollToTop()
        self.results_shown.emit()

    def _on_page_failed(self, message: str) -> None:
        self.feed_problem.setText(
            arg(translate("MainWindow", "The search could not run: %1"), message)
        )
        self.feed_problem.show()

    def _on_pillars_area_clicked(self, pillar: str, area: str) -> None:
        flt = dataclasses.replace(self.feed_model.voice_filter, pillars=(pillar,), areas=(area,))
        self.filters.show_filter(flt)
        self.set_filter(flt)
        self.status.showMessage(
            arg(
                translate("MainWindow", "Showing %1 voices from %2. Esc shows all."),
                pillar_name(pillar),
                area,
            ),
            8000,
        )

    def _on_escape(self) -> None:
        if not self.feed_model.voice_filter.is_empty:
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
            self.filters.clear()

    def _on_feed_current_changed(self, current: Any, _previous: Any) -> None:
        self.detail.show_voice(self._full_voice(current))

    def _full_voice(self, index: Any) -> Voice | None:
        """The whole voice for the detail (the feed holds previews): one read by key. A long
        voice to redact is shown by its preview first and redacted whole on a worker: the GUI
        thread never spends on one voice what a megabyte of text costs."""
        if not index.isValid():
            return None
        preview: Voice = index.data(VoiceRole)
        if self.access is None or preview.id is None:
            return preview
        voice = self.access.get_voice(preview.id) or preview
        if self.feed_model.redactor is None:
            return voice
        if len(voice.text) <= REDACT_HERE_CHARS:
            return redact_voice(voice)
        wanted = voice.id
        self.runner.run(redact_voice, voice,
                        on_done=lambda whole: self._on_long_voice_redacted(whole, wanted))
        return redact_voice(preview)

    def _on_long_voice_redacted(self, voice: Voice, wanted: int | None) -> None:
        current = self.feed.currentIndex()
        shown = current.data(VoiceRole) if current.isValid() else None
        if self.feed_model.redactor is not None and shown is not None and shown.id == wanted:
            self.detail.show_voice(voice)

    def _on_redact_toggle_toggled(self, on: bool) -> None:
        self.feed_model.redactor = redact_voice if on else None
        self.feed_model.refresh_redaction()
        self.detail.show_voice(self._full_voice(self.feed.currentIndex()))
        # Everywhere at once: the escalations list and any open escalation window too.
        text_redactor = self._text_redactor()
        self.escalations.model_.set_redactor(text_redactor)
        for window in self.escalation_windows.values():
            window.set_redactor(text_redactor)

    def _on_demo_button_clicked(self) -> None:
        if self.access is None:
            return
        self.demo_button.setEnabled(False)
        self.demo_button.setText(translate("MainWindow", "Creating demo data…"))
        self.runner.run(self.access.create_demo, on_done=lambda _r: self._after_demo(),
                        on_error=self._demo_failed)  # fmt: skip

    def _after_demo(self) -> None:
        """Show what a demo or an import wrote."""
        assert self.access is not None
        self.demo_button.setEnabled(True)
        self.demo_button.setText(translate("MainWindow", "Load demo data"))
        self._last_id = self.access.last_id()
        self.feed_model.reload()
        self._update_empty_state()
        self.refresh_panels()

    def _demo_failed(self, message: str) -> None:
        self.demo_button.setEnabled(True)
        self.demo_button.setText(translate("MainWindow", "Load demo data"))
        self.status.showMessage(message)

    def _on_live_timer_timeout(self) -> None:
        """Once a second: has anything been written (by us, an import, another process)?
        The check is a counter in shared memory; reading what arrived runs on a worker."""
        if self.access is None or self.runner.running("arrivals"):
            return
        try:
            version = self.access.data_version()
        except Exception as exc:  # the disk went away, the file was deleted, ...
            self.banner.report(
                "live",
                arg(
                    translate(
                        "MainWindow", "Live updates paused: the database stopped answering (%1)."
                    ),
                    exc,
                ),
            )
            return
        if version == self._data_version:
            return
        self._data_version = version
        self.refresh_panels()  # counts, pillars and escalations may have changed
        flt = self.feed_model.voice_filter
        self.runner.run(_read_arrivals, self.access, self._last_id, flt,
                        on_done=functools.partial(self._on_arrivals_read, flt),
                        on_error=self._on_arrivals_failed, key="arrivals")  # fmt: skip

    def _on_arrivals_failed(self, message: str) -> None:
        self._data_version = -1  # try again on the next tick
        self.banner.report("live", arg(translate("MainWindow", "Live updates paused: %1"), message))

    def _on_arrivals_read(self, flt: VoiceFilter, result: tuple[list[Voice], int]) -> None:
        self.banner.resolve("live")
        new, self._last_id = result
        if len(new) >= ARRIVALS_PER_READ:
            self._data_version = -1  # more are waiting: read on at the next tick
        if flt != self.feed_model.voice_filter:
            return  # the user changed the filter meanwhile; the new page already holds them
        if not new:
            return
        bar = self.feed.verticalScrollBar()
        at_top = bar.value() == bar.minimum()
        anchor = self.feed.indexAt(self.feed.viewport().rect().topLeft())
        anchor_offset = self.feed.visualRect(anchor).top() if anchor.isValid() else 0
        rows = self.feed_model.add_live(new)
        if rows and not at_top and anchor.isValid():
            # Keep what the user is reading where it was: new rows above push it down.
            self.feed.scrollTo(anchor, self.feed.ScrollHint.PositionAtTop)
            bar.setValue(bar.value() - anchor_offset)
        # A voice without a date joins at the end of the feed: it is not announced as new.
        dated = min(len(rows), sum(1 for v in new if v.date_known))
        if dated and not at_top:
            self._unseen += dated
            self._show_new_pill()
        self._update_empty_state()
        self._update_count_label()
        if self.in_meeting and self.meeting_view is not None:
            self.meeting_view.reload_voices()
        self.voices_arrived.emit(len(rows))

    def _show_new_pill(self) -> None:
        n = self._unseen
        self.new_pill.setText("↑  " + translate("MainWindow", "%Ln new voices", None, n))
        self.new_pill.adjustSize()
        width = self.new_pill.width()
        self.new_pill.move((self.feed.width() - width) // 2, 10)
        self.new_pill.show()
        self.new_pill.raise_()

    def _on_feed_scrolled(self, value: int) -> None:
        if value == self.feed.verticalScrollBar().minimum() and self.new_pill.isVisible():
            self._unseen = 0
            self.new_pill.hide()

    def _on_new_pill_clicked(self) -> None:
        self.feed.scrollToTop()
        self._unseen = 0
        self.new_pill.hide()

    # -- importing
    def choose_import(self) -> None:
        if self.access is None:
            return
        paths, _ = QFileDialog.getOpenFileNames(
            self, translate("MainWindow", "Import customer voices"), "",
            translate("MainWindow", "Voice exports and mail") + " (*.csv *.tsv *.txt *.json "
            "*.jsonl *.eml *.mbox);;" + translate("MainWindow", "All files") + " (*)",
        )  # fmt: skip
        if paths:
            self.start_import(paths)

    def start_import(self, paths: list[str]) -> ImportDialog | None:
        """Import files or folders with a progress dialog; the window stays usable."""
        if self.access is None or not paths:
            return None
        from chair.ui.importdialog import ImportDialog

        dialog = ImportDialog(self.access, self.runner, paths, self)
        dialog.finished_import.connect(self._on_import_finished)
        dialog.setModal(False)
        dialog.show()
        self.import_dialog = dialog
        return dialog

    def _on_import_finished(self, result: Any) -> None:
        self._after_demo()
        self.status.showMessage(
            arg(
                translate("MainWindow", "Imported %1 voices (%2 already there, %3 rejected)."),
                number(result.imported),
                number(result.duplicates),
                number(result.rejected),
            ),
            10_000,
        )

    def dragEnterEvent(self, event: Any) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: Any) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.start_import(paths)

    def show_source_status(self, source: str, message: str) -> None:
        """A live source's good news, on the status line; it also ends its problem."""
        self.banner.resolve(f"source:{source}")
        self.status.showMessage(f"{source}: {message}", 15_000)

    def show_source_problem(self, source: str, message: str) -> None:
        """A live source failing: in the banner, its repeats counted, until the source
        works again. Never a dialog."""
        self.banner.report(f"source:{source}", f"{source}: {message}")

    # -- the "?" escalation
    def selected_voices(self) -> list[Voice]:
        rows = sorted(self.feed.selectionModel().selectedRows(), key=lambda i: i.row())
        if not rows and self.feed.currentIndex().isValid():
            rows = [self.feed.currentIndex()]
        return [i.data(VoiceRole) for i in rows if i.data(VoiceRole) is not None]

    def escalate_selected(self) -> None:
        """`?`: the sheet to forward the selected voices to their owner. A voice already
        escalated opens its escalation instead of a second one."""
        if self.access is None or self.access.escalations is None:
            return
        voices = self.selected_voices()
        if not voices:
            self.status.showMessage(
                translate("MainWindow", "Select a voice first, then press ? to escalate it."), 6000
            )
            return
        known = {v.escalation_id for v in voices}
        if None not in known and len(known) == 1:
            (eid,) = known
            self.status.showMessage(
                arg(translate("MainWindow", "Already escalated as #%1: opened it."), eid), 6000
            )
            self.open_escalation(int(eid))  # type: ignore[arg-type]
            return
        ea = self.access.escalations
        first = voices[0]

        def read() -> tuple[Any, ...]:
            return (ea.owners(), ea.owner_for(str(first.pillar), first.area), ea.response_days(),
                    ea.forwarding_enabled())  # fmt: skip

        self.runner.run(read, on_done=lambda r: self._open_escalate_sheet(voices, *r),
                        on_error=lambda m: self.status.showMessage(m, 10_000))  # fmt: skip

    def _open_escalate_sheet(self, voices: list[Voice], owners: list[Any], suggested: Any,
                             days: int, can_email: bool) -> None:  # fmt: skip
        from chair.ui.escalatesheet import EscalateSheet

        shown = [redact_voice(v) for v in voices] if self.feed_model.redactor else voices
        sheet = EscalateSheet(shown, owners, suggested, days, can_email, self)
        sheet.confirmed.connect(self._on_escalate_sheet_confirmed)
        sheet.setModal(True)
        sheet.show()
        self.escalate_sheet = sheet

    def _on_escalate_sheet_confirmed(self, request: EscalationRequest) -> None:
        assert self.access is not None and self.access.escalations is not None
        ea = self.access.escalations
        self.runner.run(ea.escalate, request.voice_ids, request.owner_name, request.owner_email,
                        request.due_at, request.note,
                        on_done=functools.partial(self._on_escalated, request),
                        on_error=lambda m: self.status.showMessage(m, 10_000))  # fmt: skip

    escalated = Signal(int)
    # The language changed in Settings: the application puts a window built in it in this
    # one's place (`replaced` hands it on, for whoever held this one).
    language_changed = Signal(str)
    replaced = Signal(object)

    def _on_escalated(self, request: EscalationRequest, eid: int) -> None:
        self.feed_model.mark_escalated(request.voice_ids, eid)
        # What happened, no more: recorded now; emailed only when asked (and said when done).
        if request.send_email:
            said = translate("MainWindow", "? for %1 recorded as escalation #%2, due %3; "
                             "emailing it…")  # fmt: skip
        else:
            said = translate("MainWindow", "? for %1 recorded as escalation #%2, due %3. "
                             "Not emailed: to send it, open #%2 and press Send “?” by "
                             "email.")  # fmt: skip
        self.status.showMessage(arg(said, request.owner_name, eid, day(request.due_at)), 15_000)
        self.refresh_panels()
        self.escalated.emit(eid)
        if request.send_email and self.access is not None and self.access.escalations:
            self.runner.run(self.access.escalations.forward, eid,
                            on_done=lambda _r: self._on_forwarded(eid, request.owner_email),
                            on_error=lambda m: self._on_forward_failed(eid, m))  # fmt: skip

    forwarded = Signal(int, str)

    def _on_forwarded(self, eid: int, address: str) -> None:
        self.status.showMessage(
            arg(translate("MainWindow", "“?” of #%1 emailed to %2."), eid, address), 8000
        )
        self.refresh_panels()
        self.forwarded.emit(eid, "")

    def _on_forward_failed(self, eid: int, message: str) -> None:
        # The escalation exists; its window and the list show the failure and offer a retry.
        self.status.showMessage(
            arg(
                translate("MainWindow", "#%1 is escalated, but the email was not sent: %2"),
                eid,
                message,
            ),
            15_000,
        )
        self.refresh_panels()
        self.forwarded.emit(eid, message)

    def open_escalation(self, escalation_id: int) -> EscalationWindow | None:
        if self.access is None or self.access.escalations is None:
            return None
        from chair.ui.escalationwindow import EscalationWindow

        window = self.escalation_windows.get(escalation_id)
        if window is None:
            window = EscalationWindow(self.access.escalations, self.runner, escalation_id,
                                      self._text_redactor(), self)  # fmt: skip
            window.changed.connect(self.refresh_panels)
            window.finished.connect(
                lambda _r, i=escalation_id: self.escalation_windows.pop(i, None)
            )
            self.escalation_windows[escalation_id] = window
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def show_response_times(self) -> QDialog | None:
        if self.access is None or self.access.escalations is None:
            return None
        from chair.ui.responsetimes import ResponseTimesDialog

        dialog = ResponseTimesDialog(self.access.escalations, self.runner, self)
        dialog.show()
        self.response_dialog = dialog
        return dialog

    def _text_redactor(self) -> Any:
        if self.feed_model.redactor is None:
            return None
        from chair.insight.redaction import redact

        return lambda text: redact(text)

    # -- meeting mode
    @property
    def in_meeting(self) -> bool:
        return self._before_meeting is not None

    def open_meeting_setup(self) -> QDialog | None:
        """Title, attendees, agenda and screen, then meeting mode."""
        if self.access is None or self.in_meeting:
            return None
        from chair.ui.meetingsetup import MeetingSetup

        dialog = MeetingSetup(Settings(), self)
        dialog.confirmed.connect(lambda spec: self.enter_meeting(**spec))
        dialog.show()
        self.meeting_setup = dialog
        return dialog

    def enter_meeting(self, title: str = "", attendees: str = "",
                      agenda: list[AgendaItem] | None = None,
                      screen: str = "") -> None:  # fmt: skip
        """Full screen on the chosen (or remembered) screen; what the window looked like is
        kept, to come back to exactly."""
        if self.access is None or self.access.meetings is None or self.in_meeting:
            return
        import time

        from PySide6.QtGui import QGuiApplication

        from chair.ui.meeting import MeetingView

        settings = Settings()
        self._before_meeting = {
            "geometry": self.geometry(), "state": self.saveState(),
            "window_state": self.windowState(), "main_split": self.main_split.saveState(),
            "right_split": self.right_split.saveState(), "status": self.status.isVisible(),
            "focus": self.focusWidget(),
        }  # fmt: skip
        for shortcut in self._shortcuts:
            shortcut.setEnabled(False)  # the view has its own keys
        # Nothing of the everyday window floats over the room's screen; it comes back after.
        self._hidden_dialogs = [d for d in self.findChildren(QDialog) if d.isVisible()]
        for dialog in self._hidden_dialogs:
            dialog.hide()
        if self.meeting_view is None:
            self.meeting_view = MeetingView(
                self.access, self.runner, rotate_seconds=settings.get("meeting.rotate_seconds")
            )
            self.meeting_view.leave_requested.connect(self.leave_meeting)
            self.stack.addWidget(self.meeting_view)
            if self._charts is not None:  # matplotlib loads after the first paint
                self._add_meeting_charts(self._charts)
        self.stack.setCurrentWidget(self.meeting_view)
        self.status.hide()
        wanted = screen or settings.get("meeting.screen")
        target = next((s for s in QGuiApplication.screens() if s.name() == wanted), None)
        if target is not None and self.windowHandle() is not None:
            self.windowHandle().setScreen(target)
            self.setGeometry(target.geometry())
        if screen and screen != settings.get("meeting.screen"):
            settings.set("meeting.screen", screen)
            settings.save()
        self.showFullScreen()
        title = title or arg(translate("MainWindow", "Meeting of %1"), long_day(time.time()))
        self.meeting_view.begin(title, attendees, agenda or [])
        self.meeting_view.setFocus()
        self.meeting_entered.emit()

    def _restore_splitters(self, saved: dict[str, Any]) -> None:
        self.main_split.restoreState(saved["main_split"])
        self.right_split.restoreState(saved["right_split"])

    meeting_entered = Signal()
    meeting_left = Signal(object)  # the minutes, once stored

    def leave_meeting(self) -> None:
        """Store the meeting, write its minutes, and give the window back as it was."""
        saved = self._before_meeting
        if saved is None or self.meeting_view is None:
            return
        view = self.meeting_view
        view.stop()
        self.stack.setCurrentWidget(self.everyday)
        self.status.setVisible(saved["status"])
        state = saved["window_state"]
        if state & Qt.WindowState.WindowMaximized:
            self.showMaximized()
        elif state & Qt.WindowState.WindowFullScreen:
            self.showFullScreen()
        else:
            self.showNormal()
            self.setGeometry(saved["geometry"])  # the rect itself: no frame arithmetic
        self.restoreState(saved["state"])
        self._restore_splitters(saved)
        # Once the layout has settled at the old size, again: sizes follow the available room.
        QTimer.singleShot(0, lambda: self._restore_splitters(saved))
        for shortcut in self._shortcuts:
            shortcut.setEnabled(True)
        for dialog in self._hidden_dialogs:
            dialog.show()
        self._hidden_dialogs = []
        if saved["focus"] is not None:
            saved["focus"].setFocus()
        self._before_meeting = None
        self.refresh_panels()
        meetings = self.access.meetings if self.access is not None else None
        if meetings is not None:  # once it is stored: a very short meeting may still be starting
            view.when_started(lambda mid: self.runner.run(
                meetings.end, mid, on_done=self._write_minutes,
                on_error=lambda m: self.status.showMessage(m, 15_000)))  # fmt: skip

    def _write_minutes(self, minutes: Any) -> None:
        """The minutes, as Markdown and PDF in the data folder, written off the GUI thread;
        the status line says where."""
        from chair.ui.export import export_minutes_files

        assert self.access is not None and self.access.meetings is not None
        folder = self.access.meetings.minutes_folder()
        self.runner.run(export_minutes_files, minutes, folder,
                        on_done=functools.partial(self._on_minutes_written, minutes),
                        on_error=functools.partial(self._on_minutes_failed, minutes))  # fmt: skip

    def _on_minutes_written(self, minutes: Any, base: Path) -> None:
        self.last_minutes = base
        self.status.showMessage(
            arg(translate("MainWindow", "Meeting saved. Minutes: %1.md and .pdf"), base), 20_000
        )
        self.meeting_left.emit(minutes)

    def _on_minutes_failed(self, minutes: Any, message: str) -> None:
        self.status.showMessage(
            arg(translate("MainWindow", "The meeting is saved, but its minutes were not: %1"),
                message)
        )
        self.meeting_left.emit(minutes)

    # -- settings and help
    def open_settings(self, group: str = "") -> SettingsDialog:
        from chair.ui.settingsdialog import SettingsDialog

        dialog = SettingsDialog(Settings(), self.access.settings_hooks if self.access else None,
                                self)  # fmt: skip
        if group:
            dialog.show_group(group)
        dialog.accepted.connect(self._on_settings_saved)
        dialog.setModal(True)
        dialog.show()
        self.settings_dialog = dialog
        return dialog

    def _on_settings_saved(self) -> None:
        from PySide6.QtWidgets import QApplication

        from chair.services.setup import apply_settings
        from chair.ui import i18n

        settings = Settings()
        apply_settings(settings)  # the taxonomy file classifies what comes in from now on
        app = QApplication.instance()
        if isinstance(app, QApplication):
            theme.apply(app, settings.get("ui.theme"), settings.get("ui.font_scale"))
            wanted = settings.get("ui.language")
            if i18n.language_for(wanted) != i18n.current():
                # Every text of the window is set as it is built: it is built again, in the
                # new language, where this one stands (see chair.app).
                i18n.install(app, wanted)
                self.language_changed.emit(i18n.current() or "en")
                return
        self.redact_toggle.setChecked(bool(settings.get("ui.redact")))
        self.refresh_panels()
        self.status.showMessage(
            translate("MainWindow", "Settings saved. New live sources start with the next launch."),
            8000,
        )

    def _sheet(self, name: str, title: str, rich_text: str) -> QDialog:
        """A small window of text with a Close button (shortcuts, About)."""
        dialog = QDialog(self)
        dialog.setObjectName(name)
        dialog.setWindowTitle(title)
        layout = QVBoxLayout(dialog)
        text = QLabel(rich_text)
        text.setTextFormat(Qt.TextFormat.RichText)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(text)
        close = QPushButton(translate("MainWindow", "Close"))
        close.clicked.connect(dialog.accept)
        layout.addWidget(close)
        dialog.show()
        return dialog

    def show_shortcuts(self) -> QDialog:
        rows = "".join(
            f"<tr><td style='padding:3px 14px 3px 0'><b>{k}</b></td>"
            f"<td>{translate('Shortcuts', v)}</td></tr>"
            for k, v in SHORTCUTS
        )
        return self._sheet(
            "shortcutsSheet",
            translate("MainWindow", "Keyboard shortcuts"),
            f"<table>{rows}</table>",
        )

    def show_about(self) -> QDialog:
        """The version, and where the database, the data, the settings and the minutes live."""
        import html

        from chair import __version__
        from chair.config.paths import config_dir, data_dir

        database = self.access.database_path if self.access else ""
        rows = [
            (translate("MainWindow", "Version"), __version__),
            (translate("MainWindow", "Database"), str(database or "—")),
            (translate("MainWindow", "Data folder"), str(data_dir())),
            (translate("MainWindow", "Settings"), str(config_dir())),
            (translate("MainWindow", "Minutes"), str(data_dir() / "minutes")),
        ]
        table = "".join(f"<tr><td style='padding:2px 14px 2px 0; color:gray'>{k}</td>"
                        f"<td>{html.escape(v)}</td></tr>" for k, v in rows)  # fmt: skip
        self.about_dialog = self._sheet(
            "aboutDialog",
            translate("MainWindow", "About chair"),
            "<h2>chair</h2><p>"
            + translate("MainWindow", "A seat for the customer at the leadership table.")
            + f"</p><table>{table}</table><p style='color:gray'>"
            + translate("MainWindow", "Passwords live only in the system keyring.")
            + "</p>",
        )
        return self.about_dialog

    demo_removed = Signal(int)

    def remove_demo(self, confirmed: bool = False) -> None:
        """Take the demo data out (the user's own data stays); asks first."""
        if self.access is None:
            return
        if not confirmed:
            from PySide6.QtWidgets import QMessageBox

            answer = QMessageBox.question(
                self,
                translate("MainWindow", "Remove the demo data"),
                translate(
                    "MainWindow",
                    "Remove every demo voice, metric, owner, escalation and "
                    "meeting? Your own imports stay.",
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.runner.run(self.access.remove_demo, on_done=self._on_demo_removed,
                        on_error=lambda m: self.status.showMessage(m, 10_000))  # fmt: skip

    def _on_demo_removed(self, removed: int) -> None:
        self._after_demo()
        self.status.showMessage(
            translate("MainWindow", "Demo data removed (%Ln voices).", None, removed), 10_000
        )
        self.demo_removed.emit(removed)

    def _open_current(self) -> None:
        """Enter: read the selected voice in full (focus moves to its text)."""
        if self.feed.hasFocus() and self.feed.currentIndex().isValid():
            self.detail.body.setFocus()

    # -- keyboard helpers
    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _move(self, step: int) -> None:
        row = max(0, self.feed.currentIndex().row() + step)
        if row >= self.feed_model.rowCount() and self.feed_model.canFetchMore():
            self.feed_model.fetchMore()
        row = min(row, self.feed_model.rowCount() - 1)
        if row >= 0:
            self.feed.setCurrentIndex(self.feed_model.index(row))
            self.feed.setFocus()

    # -- window state
    def _restore_state(self) -> None:
        if self._state is None:
            self.resize(1440, 900)
            return
        geometry = self._state.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1440, 900)
        for name, splitter in (("main", self.main_split), ("right", self.right_split)):
            value = self._state.value(f"window/{name}Split")
            if isinstance(value, QByteArray):
                splitter.restoreState(value)

    def state_file(self) -> str:
        """Where the window keeps its geometry and splitters ("" when it keeps none)."""
        return self._state.fileName() if self._state is not None else ""

    def save_state(self) -> None:
        if self._state is None:
            return
        self._state.setValue("window/geometry", self.saveGeometry())
        self._state.setValue("window/mainSplit", self.main_split.saveState())
        self._state.setValue("window/rightSplit", self.right_split.saveState())
        self._state.sync()

    def closeEvent(self, event: Any) -> None:
        if self.in_meeting:
            self.leave_meeting()
        # Escalation windows save what was typed as they close; a half-filled "?" is dropped.
        for window in list(self.escalation_windows.values()):
            window.close()
        if self.escalate_sheet is not None:
            self.escalate_sheet.reject()
        self.closing.emit()
        self._live_timer.stop()
        self.save_state()
        super().closeEvent(event)

"""The main window: pillars across the top, the live feed, the voice, the open escalations.

The widgets are built in `parts.py`; the feed, live updates, the "?" and meeting mode each
work in a helper of their own (`feed.py`, `live.py`, `escalate.py`, `meetingmode.py`), Help's
windows are in `sheets.py`. This class wires them, starts the window on a store, and keeps
what belongs to the window as a whole: the panels, imports, demo data, settings, help and its
saved geometry."""

from __future__ import annotations

import html
import importlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QEvent, QSettings, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QWidget

from chair.config.settings import Settings
from chair.domain.model import VoiceFilter
from chair.tasks.runner import TaskRunner
from chair.ui import theme
from chair.ui.access import DataAccess
from chair.ui.format import arg
from chair.ui.i18n import translate
from chair.ui.mainwindow import sheets
from chair.ui.mainwindow.parts import WindowParts

if TYPE_CHECKING:  # the dialogs load when first opened, not before the first paint
    from chair.ui.escalatesheet import EscalateSheet
    from chair.ui.escalationwindow import EscalationWindow
    from chair.ui.importdialog import ImportDialog
    from chair.ui.meeting import AgendaItem, MeetingView
    from chair.ui.settingsdialog import SettingsDialog

COMPACT_BELOW = 700  # px of height: the pillar tiles drop their second lines


class MainWindow(WindowParts):
    voices_arrived = Signal(int)
    results_shown = Signal()
    charts_ready = Signal()
    data_attached = Signal()
    closing = Signal()
    escalated = Signal(int)
    forwarded = Signal(int, str)  # the escalation, and why its email failed ("" when sent)
    meeting_entered = Signal()
    meeting_left = Signal(object)  # the minutes, once stored
    demo_removed = Signal(int)
    # The language, theme, text size or live sources changed in Settings: the application
    # puts a window built with them in this one's place (`replaced` hands it on, for whoever
    # held this one). Every colour, size and text is set as a window is built, so a new one
    # is the one way to have none left over from before.
    rebuild_wanted = Signal()
    replaced = Signal(object)

    def __init__(
        self, runner: TaskRunner, state: QSettings | None = None, parent: QWidget | None = None,
        *, frame_only: bool = False,
    ) -> None:
        """The window starts empty and calm; `start(access)` fills it once the store is open,
        so the first paint never waits for the database. With `frame_only` it is the frame
        alone, where it was last (what chair paints first); `build()` adds the rest."""
        super().__init__(parent, frame_only=True)
        self.access: DataAccess | None = None
        self.runner = runner
        self.saved_state = state  # where the window keeps its geometry, splitters, last folder
        self.settings_dialog: SettingsDialog | None = None
        self.about_dialog: QDialog | None = None
        self._shortcuts: list[QShortcut] = []
        self._restore_geometry()
        if not frame_only:
            self.build()

    def build(self) -> None:
        """Every part of the window, wired (once; the helpers' modules load here)."""
        if self.built:
            return
        from chair.ui.mainwindow.between import BetweenFlow, PreReadFlow
        from chair.ui.mainwindow.escalate import EscalateFlow
        from chair.ui.mainwindow.feed import FeedControl
        from chair.ui.mainwindow.imports import ImportFlow
        from chair.ui.mainwindow.live import LiveUpdates
        from chair.ui.mainwindow.meetingmode import MeetingMode

        self.build_parts()
        self.pillars.set_compact(self.height() < COMPACT_BELOW)  # (resized as a frame alone)
        self.feeding = FeedControl(self)
        self.live = LiveUpdates(self)
        self.escalating = EscalateFlow(self)
        self.meeting = MeetingMode(self)
        self.importing = ImportFlow(self)
        self.prereading = PreReadFlow(self)
        self.between = BetweenFlow(self)
        self.between_button.clicked.connect(lambda: self.between.open())
        self.import_button.clicked.connect(self.choose_import)
        self.first_import_button.clicked.connect(self.choose_import)
        self.settings_button.clicked.connect(self.open_settings)
        self.mailbox_button.clicked.connect(lambda: self.open_settings("Sources"))
        self.demo_button.clicked.connect(self.load_demo)
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.about_action.triggered.connect(self.show_about)
        self.remove_demo_action.triggered.connect(lambda: self.remove_demo())
        self._install_shortcuts()
        self._restore_splitters()
        settings = Settings()
        # Personal data hidden from the start unless the user chose otherwise in Settings.
        self.redact_toggle.setChecked(bool(settings.get("ui.redact")))
        self._sources = self._read_sources(settings)  # the live sources this window runs

    def _install_shortcuts(self) -> None:
        def key(seq: str | QKeySequence.StandardKey, slot: Any) -> None:
            shortcut = QShortcut(QKeySequence(seq), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(slot)
            self._shortcuts.append(shortcut)

        key("/", self.feeding.focus_search)
        key("J", lambda: self.feeding.move(1))
        key("K", lambda: self.feeding.move(-1))
        key("R", self.redact_toggle.toggle)
        key("Escape", self.feeding.clear_filter)
        key(QKeySequence.StandardKey.Open, self.choose_import)
        key("Ctrl+I", self.choose_import)
        key("Ctrl+,", self.open_settings)
        key("F1", self.show_shortcuts)
        key("Return", self.feeding.open_current)
        key("Enter", self.feeding.open_current)
        key("?", self.escalate_selected)
        key("F11", self.enter_meeting)

    def enable_shortcuts(self, on: bool) -> None:
        for shortcut in self._shortcuts:
            shortcut.setEnabled(on)

    # -- start
    def start(self, access: DataAccess) -> None:
        """Show the data of `access`: the first page now (a fast keyed read), the slow parts
        in the background, then live updates."""
        self.access = access
        self.feed_model.set_fetch_page(access.fetch_page)
        self.feeding.update_empty_state()
        self.refresh_panels()
        self.escalating.learn_who()
        self.live.start()
        # matplotlib loads after the first paint, its import on a worker thread.
        self.runner.run(importlib.import_module, "chair.ui.chartwidget",
                        on_done=self._on_charts_loaded)
        self.runner.run(importlib.import_module, "chair.insight.redaction")
        self.data_attached.emit()

    def _on_charts_loaded(self, module: Any) -> None:
        self.pillars.add_charts(lambda tile: module.TrendChart(tile))
        self.meeting.add_charts(module)
        self.charts_ready.emit()

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
        self.runner.run(self.access.dashboard, on_done=self._show_dashboard,
                        on_error=self.pillars.show_problem)
        self.runner.run(
            self.escalating.list_reader() or self.access.open_escalations,
            on_done=self.escalating.show_list,
            on_error=lambda m: self.esc_title.setText(
                arg(translate("MainWindow", "Open ? escalations — %1"), html.escape(m))
            ),
        )
        self.runner.run(self.access.voice_count, on_done=self.feeding.show_count)
        self.runner.run(self.access.recent_decisions, on_done=self.escalating.show_decisions)
        self.runner.run(self.access.facets, on_done=self._show_facets)

    def _show_dashboard(self, shown: tuple[list[Any], list[Any]]) -> None:
        summaries, disagreements = shown
        self.pillars.show_summaries(summaries)
        self.pillars.show_disagreements(disagreements)

    def _show_facets(self, facets: dict[str, dict[str, int]]) -> None:
        self.filters.set_facets(facets["areas"], facets["languages"], facets["sources"])
        self.detail.set_areas(list(facets["areas"]))

    def reveal_escalation(self, escalation_id: int) -> None:
        """Show where a new "?" landed in the list, now or as soon as the list holds it."""
        self.escalating.reveal(escalation_id)

    # -- what the helpers do, as the window's own (the application and its tests call these)
    def set_filter(self, flt: VoiceFilter) -> None:
        self.feeding.set_filter(flt)

    def escalate_selected(self) -> None:
        self.escalating.escalate_selected()

    def open_escalation(self, escalation_id: int) -> EscalationWindow | None:
        return self.escalating.open(escalation_id)

    def show_response_times(self) -> QDialog | None:
        return self.escalating.show_response_times()

    @property
    def escalate_sheet(self) -> EscalateSheet | None:
        return self.escalating.sheet

    @property
    def escalation_windows(self) -> dict[int, EscalationWindow]:
        return self.escalating.windows

    def open_meeting_setup(self) -> QDialog | None:
        return self.meeting.open_setup()

    def enter_meeting(self, title: str = "", attendees: str = "",
                      agenda: list[AgendaItem] | None = None,
                      screen: str = "") -> None:
        self.meeting.enter(title, attendees, agenda, screen)

    def leave_meeting(self) -> None:
        self.meeting.leave()

    @property
    def in_meeting(self) -> bool:
        return self.meeting.active

    @property
    def meeting_view(self) -> MeetingView | None:
        return self.meeting.view

    @property
    def last_minutes(self) -> Path | None:
        return self.meeting.last_minutes

    # -- importing and demo data
    def choose_import(self) -> None:
        self.importing.choose()

    def import_folder(self) -> str:
        return self.importing.folder()

    def start_import(self, paths: list[str]) -> ImportDialog | None:
        return self.importing.start(paths)

    @property
    def import_dialog(self) -> ImportDialog | None:
        return self.importing.dialog

    def changeEvent(self, event: Any) -> None:
        super().changeEvent(event)
        if (event.type() == QEvent.Type.ActivationChange and self.built
                and self.isActiveWindow()):
            self.live.check_now()  # back at the window: what was written meanwhile, now

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if self.built:
            self.pillars.set_compact(self.height() < COMPACT_BELOW)

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

    def load_demo(self) -> None:
        """Make the demo data (off the GUI thread) and show it; the welcome's button."""
        if self.access is None:
            return
        self.demo_button.setEnabled(False)
        self.demo_button.setText(translate("MainWindow", "Creating demo data…"))
        self.runner.run(self.access.create_demo, on_done=lambda _r: self.show_new_data(),
                        on_error=self._demo_failed)

    def show_new_data(self) -> None:
        """Show what a demo, an import or a removal wrote."""
        self.demo_button.setEnabled(True)
        self.demo_button.setText(translate("MainWindow", "Load demo data"))
        self.live.caught_up()
        self.feed_model.reload()
        self.feeding.update_empty_state()
        self.refresh_panels()

    def _demo_failed(self, message: str) -> None:
        self.demo_button.setEnabled(True)
        self.demo_button.setText(translate("MainWindow", "Load demo data"))
        self.status.showMessage(message)

    def remove_demo(self, confirmed: bool = False) -> None:
        """Take the demo data out (the user's own data stays); asks first."""
        if self.access is None:
            return
        if not confirmed:
            from PySide6.QtWidgets import QMessageBox

            answer = QMessageBox.question(
                self,
                translate("MainWindow", "Remove the demo data"),
                translate("MainWindow", "Remove every demo voice, metric, owner, escalation and "
                          "meeting? Your own imports stay."),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.runner.run(self.access.remove_demo, on_done=self._on_demo_removed,
                        on_error=lambda m: self.status.showMessage(m, 10_000))

    def _on_demo_removed(self, removed: int) -> None:
        self.show_new_data()
        self.status.showMessage(
            translate("MainWindow", "Demo data removed (%Ln voices).", None, removed), 10_000
        )
        self.demo_removed.emit(removed)

    # -- settings and help
    def open_settings(self, group: str = "") -> SettingsDialog:
        from chair.ui.settingsdialog import SettingsDialog

        dialog = SettingsDialog(Settings(), self.access, self, self.runner)
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
        sources = self._sources
        if self.access is not None:
            self.access.use_settings(settings)  # targets, senders, the taxonomy file
        else:
            apply_settings(settings)  # the taxonomy file classifies what comes in from now on
        app = QApplication.instance()
        if isinstance(app, QApplication):
            looks = (app.property("chairTheme"), app.font().pointSizeF(), i18n.current())
            theme.apply(app, settings.get("ui.theme"), settings.get("ui.font_scale"))
            wanted = settings.get("ui.language")
            if i18n.language_for(wanted) != i18n.current():
                i18n.install(app, wanted)
            now = (app.property("chairTheme"), app.font().pointSizeF(), i18n.current())
            if now != looks or self._read_sources(settings) != sources:
                self.rebuild_wanted.emit()  # built again where this one stands (chair.app)
                return
        self.redact_toggle.setChecked(bool(settings.get("ui.redact")))
        self.refresh_panels()
        self.status.showMessage(translate("MainWindow", "Settings saved."), 8000)

    @staticmethod
    def _read_sources(settings: Settings) -> tuple[tuple[str, ...], tuple[str, ...]]:
        return (tuple(settings.get("sources.imap")), tuple(settings.get("sources.watch")))

    def show_shortcuts(self) -> QDialog:
        return sheets.shortcuts_sheet(self)

    def show_about(self) -> QDialog:
        database = self.access.target if self.access else ""
        self.about_dialog = sheets.about_sheet(self, database)
        return self.about_dialog

    # -- window state
    def _restore_geometry(self) -> None:
        """Where the window was on this screen (each screen, by name and size, has its own
        geometry: a laptop alone and the laptop at a desk differ); else placed afresh."""
        screen = self.screen()
        geometry = None
        if self.saved_state is not None:
            geometry = self.saved_state.value(f"window/{self._screen_key(screen)}/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.place_on(screen)

    def _restore_splitters(self) -> None:
        if self.saved_state is None:
            return
        for name, splitter in (("main", self.main_split), ("right", self.right_split)):
            value = self.saved_state.value(f"window/{name}Split")
            if isinstance(value, QByteArray):
                splitter.restoreState(value)

    def state_file(self) -> str:
        """Where the window keeps its geometry and splitters ("" when it keeps none)."""
        return self.saved_state.fileName() if self.saved_state is not None else ""

    def save_state(self) -> None:
        if self.saved_state is None:
            return
        self.saved_state.setValue(f"window/{self._screen_key(self.screen())}/geometry",
                             self.saveGeometry())
        self.saved_state.setValue("window/mainSplit", self.main_split.saveState())
        self.saved_state.setValue("window/rightSplit", self.right_split.saveState())
        self.saved_state.sync()

    def closeEvent(self, event: Any) -> None:
        self.build()  # (closed during its first frame: the parts its closing stops exist)
        if self.in_meeting:
            self.leave_meeting()
        self.escalating.close_all()
        self.closing.emit()
        self.live.stop()
        self.save_state()
        super().closeEvent(event)

"""The main window's widgets, laid out: the header, the pillars, the feed column, the voice and
the open escalations. What they do is wired in `window.py` and its helpers."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import (
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

from chair.ui.format import plain_label, rich_label
from chair.ui.i18n import translate

# The panels' modules load with build_parts: after the first frame when chair starts.
DEFAULT_SIZE = QSize(1440, 900)  # the window's size where the screen has room for it


def _tool_button(name: str, text: str, tip: str) -> QToolButton:
    button = QToolButton()
    button.setObjectName(name)
    button.setText(text)
    button.setToolTip(tip)
    return button


class WindowParts(QMainWindow):
    """Every widget of the everyday window, built calm and empty; no behaviour."""

    def __init__(self, parent: QWidget | None = None, *, frame_only: bool = False) -> None:
        """With `frame_only`, the window's frame alone (its title, size and colours): what
        chair paints first, before build_parts adds the rest."""
        super().__init__(parent)
        self.built = False
        self.setWindowTitle(translate("MainWindow", "chair — the customer's seat"))
        self.setObjectName("mainWindow")
        self.setMinimumSize(960, 600)
        if not frame_only:
            self.build_parts()

    def place_on(self, screen: QScreen) -> None:
        """As the window first opens on `screen`: its usual size where that fits, else what
        the screen has room for (a 1280x720 laptop gets all of it, less the panels), centred."""
        room = screen.availableGeometry()
        width = min(DEFAULT_SIZE.width(), room.width())
        height = min(DEFAULT_SIZE.height(), room.height())
        if width < room.width() and height < room.height():
            self.resize(width, height)
            self.move(room.x() + (room.width() - width) // 2,
                      room.y() + (room.height() - height) // 2)
        else:
            self.setGeometry(room)
            self.setWindowState(Qt.WindowState.WindowMaximized)

    @staticmethod
    def _screen_key(screen: QScreen) -> str:
        size = screen.size()
        return f"{screen.name()}-{size.width()}x{size.height()}".replace("/", "_")

    def build_parts(self) -> None:
        """Every widget, built calm and empty (once)."""
        if self.built:
            return
        self.built = True
        from chair.ui.banner import ProblemBanner
        from chair.ui.pillars import PillarsPanel

        header = self._build_header()
        self.pillars = PillarsPanel()
        self.main_split = QSplitter(Qt.Orientation.Horizontal)
        self.main_split.setObjectName("mainSplit")
        self.main_split.addWidget(self._build_feed_column())
        self.main_split.addWidget(self._build_right_column())
        # A pane is never squeezed below what it needs to be read (at the smallest window the
        # window grows instead of the voice's controls overlapping).
        self.main_split.setChildrenCollapsible(False)
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
        self.status = self.statusBar()
        self.status.setObjectName("statusBar")
        self.setAcceptDrops(True)
        self._set_tab_order()

    def _build_header(self) -> QHBoxLayout:
        """Search, result count, redaction, and the buttons to the rest of chair."""
        self.search = QLineEdit()
        self.search.setObjectName("feedSearch")
        self.search.setPlaceholderText(
            translate("MainWindow", "Search what customers wrote…   ( / )"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(translate("MainWindow", "Search voices"))
        self.count_label = QLabel("")
        self.count_label.setObjectName("countLabel")
        self.redact_toggle = _tool_button("redactToggle", "", "")
        self.redact_toggle.setCheckable(True)
        self.redact_toggle.setAccessibleName(translate("MainWindow", "Personal data"))
        # Beside it while personal data is hidden: what a screen-share audience may see.
        self.share_safe = QLabel("●  " + translate("MainWindow", "Safe to share"))
        self.share_safe.setObjectName("shareSafe")
        self.show_redaction(False)
        title = QLabel("chair")
        title.setObjectName("appTitle")
        self.import_button = _tool_button(
            "importButton", translate("MainWindow", "Import…"),
            translate("MainWindow", "Import voices, mail or metrics (Ctrl+I), or drop files here"))
        self.settings_button = _tool_button(
            "settingsButton", translate("MainWindow", "Settings"),
            translate("MainWindow", "Settings (Ctrl+,)"))
        self.meeting_button = _tool_button(
            "meetingButton", translate("MainWindow", "Meeting…"),
            translate("MainWindow", "Meeting mode: the customer's seat on the big screen (F11)"))
        self.between_button = _tool_button(
            "betweenButton", translate("MainWindow", "Between meetings…"),
            translate("MainWindow", "What changed since the last meeting, what chair noticed, "
                                    "the decisions to follow up, and the one-page pre-read for "
                                    "the next meeting"))
        self.help_button = _tool_button(
            "helpButton", translate("MainWindow", "Help"),
            translate("MainWindow", "Keyboard shortcuts (F1), about chair, demo data"))
        self.help_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.help_menu = QMenu(self.help_button)
        self.help_menu.setObjectName("helpMenu")
        # F1 itself is the window's shortcut; the menu only names it.
        self.shortcuts_action = self.help_menu.addAction(
            translate("MainWindow", "Keyboard shortcuts") + "\tF1")
        self.about_action = self.help_menu.addAction(translate("MainWindow", "About chair"))
        self.help_menu.addSeparator()
        self.remove_imports_action = self.help_menu.addAction(
            translate("MainWindow", "Remove imported voices…"))
        self.remove_demo_action = self.help_menu.addAction(
            translate("MainWindow", "Remove the demo data…"))
        self.help_button.setMenu(self.help_menu)
        header = QHBoxLayout()
        header.setContentsMargins(16, 10, 16, 6)
        header.setSpacing(12)
        header.addWidget(title)
        header.addWidget(self.search, 1)
        for widget in (self.count_label, self.share_safe, self.redact_toggle, self.meeting_button,
                       self.between_button, self.import_button, self.settings_button,
                       self.help_button):
            header.addWidget(widget)
        return header

    def show_redaction(self, hidden: bool) -> None:
        """The toggle says the state it is in; the badge shows while the screen is safe."""
        toggle = self.redact_toggle
        toggle.setText(translate("MainWindow", "Personal data hidden") if hidden
                       else translate("MainWindow", "Personal data shown"))
        toggle.setToolTip(
            translate("MainWindow", "Names, emails, phones, order and card numbers are hidden. "
                      "R shows them.") if hidden else
            translate("MainWindow", "Names, emails, phones, order and card numbers are shown. "
                      "R hides them."))
        self.share_safe.setVisible(hidden)

    def _build_feed_column(self) -> QWidget:
        from chair.ui.feedmodel import VoiceFeedModel
        from chair.ui.feedview import FeedView
        from chair.ui.filterbar import FilterBar

        self.feed_model = VoiceFeedModel(parent=self)
        self.feed = FeedView()
        self.feed.setModel(self.feed_model)
        self.empty_banner = self._build_empty_banner()
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
        return feed_box

    def _build_empty_banner(self) -> QFrame:
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
        self.first_import_button = QPushButton(translate("MainWindow", "Import files…"))
        self.first_import_button.setObjectName("firstImportButton")
        self.mailbox_button = QPushButton(translate("MainWindow", "Connect a mailbox…"))
        self.mailbox_button.setObjectName("mailboxButton")
        lay.addWidget(text)
        row = QHBoxLayout()
        for button in (self.demo_button, self.first_import_button, self.mailbox_button):
            row.addWidget(button)
        row.addStretch(1)
        lay.addLayout(row)
        banner.hide()
        return banner

    def _build_right_column(self) -> QSplitter:
        """The voice in full above the open escalations."""
        from chair.ui.detail import VoiceDetail
        from chair.ui.escalations import EscalationsView

        self.detail = VoiceDetail()
        self.escalations = EscalationsView()
        esc_box = QWidget()
        esc_layout = QVBoxLayout(esc_box)
        esc_layout.setContentsMargins(0, 0, 0, 0)
        esc_layout.setSpacing(0)
        self.esc_title = rich_label(translate("MainWindow", "Open ? escalations"))
        self.esc_title.setObjectName("sectionTitle")
        self.response_button = _tool_button(
            "responseTimesButton", translate("MainWindow", "Response times"),
            translate("MainWindow", "How fast each owner answers and closes a '?'"))
        self.mine_button = _tool_button(
            "mineButton", translate("MainWindow", "My ?"),
            translate("MainWindow", "Only the escalations assigned to me, oldest first"))
        self.mine_button.setCheckable(True)
        self.mine_button.hide()  # on a team store, once it is known who signed in
        esc_head = QHBoxLayout()
        esc_head.addWidget(self.esc_title, 1)
        esc_head.addWidget(self.mine_button)
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
        self.decisions = rich_label("")  # the latest decisions of any meeting, any laptop's
        self.decisions.setObjectName("latestDecisions")
        self.decisions.setWordWrap(True)
        self.decisions.hide()
        esc_layout.addWidget(self.decisions)
        self.right_split = QSplitter(Qt.Orientation.Vertical)
        self.right_split.setObjectName("rightSplit")
        self.right_split.addWidget(self.detail)
        self.right_split.addWidget(esc_box)
        self.right_split.setChildrenCollapsible(False)
        self.right_split.setSizes([420, 260])
        return self.right_split

    def _set_tab_order(self) -> None:
        """Tab goes as the eye reads: the header, the pillars' links, the filters and the
        feed, the voice, the escalations."""
        order: list[QWidget] = [self.search, self.redact_toggle, self.meeting_button,
                                self.between_button, self.import_button, self.settings_button,
                                self.help_button]
        for tile in self.pillars.tiles.values():
            order += [tile.trends, tile.areas, tile.badge]
        order += [*self.filters.controls(), self.feed, self.detail.pillar_box,
                  self.detail.area_box, self.detail.body, self.mine_button,
                  self.response_button,
                  self.escalations]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

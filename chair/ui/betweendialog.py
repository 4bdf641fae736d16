"""Between meetings, in the window: what changed since the last meeting ended, what chair
noticed on its own (dismiss it, look again, or make it a "?"), and the past meetings with
their decisions, each followed up or not. Everything is read and written on a worker."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from chair.domain.detection import Detection
from chair.domain.meeting import Decision
from chair.domain.model import Voice
from chair.tasks.runner import TaskRunner
from chair.ui.access import DataAccess
from chair.ui.format import arg, date_time, day, number, pillar_name, plain_label
from chair.ui.i18n import translate
from chair.ui.sincetext import since_html


def _table(name: str, headings: list[str], stretch: int) -> QTableWidget:
    table = QTableWidget(0, len(headings))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headings)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    for k in range(len(headings)):
        header.setSectionResizeMode(k, QHeaderView.ResizeMode.Stretch if k == stretch
                                    else QHeaderView.ResizeMode.ResizeToContents)
    return table


def _cells(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)  # outside text: an item shows it as plain text
            item.setToolTip(html.escape(text))
            table.setItem(r, c, item)


def detection_what(d: Detection) -> str:
    """'Delivery in Łódź: more voices than usual', or '“parcel locker”: from several
    customers'."""
    if d.kind == "spike":
        return arg(translate("Between", "%1 in %2: more voices than usual"), pillar_name(d.pillar),
                   d.area or translate("Between", "no area"))
    return arg(translate("Between", "“%1”: from several customers at once"), d.words or d.key)


class BetweenDialog(QDialog):
    """Three tabs: Since the last meeting, Noticed, Meetings and decisions."""

    shown = Signal(str)  # "since", "detections", "decisions": that tab's data is on screen
    escalate_requested = Signal(object, int)  # (the evidence voices, the detection's id)

    def __init__(self, access: DataAccess, runner: TaskRunner, *,
                 shown_voice: Callable[[Voice], Voice] = lambda v: v,
                 save_preread: Callable[[], None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("betweenDialog")
        self.setWindowTitle(translate("Between", "Between meetings"))
        self.resize(980, 660)
        self.access, self.runner, self.shown_voice = access, runner, shown_voice
        self.detection_list: list[Detection] = []
        self.decision_list: list[Decision] = []
        self.meeting_rows: list[tuple[int, str, int, int | None]] = []
        self.message = plain_label("")
        self.message.setObjectName("betweenMessage")
        self.tabs = QTabWidget()
        self.tabs.setObjectName("betweenTabs")
        self.tabs.addTab(self._since_tab(save_preread),
                         translate("Between", "Since the last meeting"))
        self.tabs.addTab(self._noticed_tab(), translate("Between", "Noticed"))
        self.tabs.addTab(self._decisions_tab(), translate("Between", "Meetings and decisions"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.load_since()
        self.load_detections()
        self.load_decisions()

    # -- since the last meeting
    def _since_tab(self, save_preread: Callable[[], None] | None) -> QWidget:
        self.since = QTextBrowser()
        self.since.setObjectName("sinceView")
        self.since.setOpenLinks(False)
        self.since.setAccessibleName(translate("Between", "What changed since the last meeting"))
        self.since.setPlaceholderText(translate("Between", "Reading…"))
        preread = QPushButton(translate("Between", "Save the pre-read…"))
        preread.setObjectName("prereadButton")
        preread.setToolTip(translate(
            "Between", "The one-page pre-read for the next meeting, as PDF or Markdown"))
        preread.setVisible(save_preread is not None)
        if save_preread is not None:
            preread.clicked.connect(save_preread)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.since, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(preread)
        layout.addLayout(row)
        return page

    def load_since(self) -> None:
        self.runner.run(self.access.since_last_meeting, on_done=self._show_since,
                        on_error=self.since.setPlainText)

    def _show_since(self, changes: Any) -> None:
        self.since.setHtml(since_html(changes))
        self.shown.emit("since")

    # -- noticed
    def _noticed_tab(self) -> QWidget:
        self.detections_table = _table("detectionsTable", [
            translate("Between", "Last seen"), translate("Between", "What"),
            translate("Between", "Voices"), translate("Between", "State")], 1)
        self.detections_table.setAccessibleName(translate("Between", "What chair noticed"))
        self.detections_table.itemSelectionChanged.connect(self._on_detection_selected)
        self.evidence = QTextBrowser()
        self.evidence.setObjectName("detectionEvidence")
        self.evidence.setPlaceholderText(
            translate("Between", "Select a line to read the voices behind it."))
        self.look_button = QPushButton(translate("Between", "Look now"))
        self.look_button.setObjectName("detectButton")
        self.look_button.setToolTip(translate(
            "Between", "Look for spikes of voices per pillar and area, and for "
            "new phrases from several customers"))
        self.look_button.clicked.connect(self.look)
        self.escalate_button = QPushButton(translate("Between", "“?” to the owner…"))
        self.escalate_button.setObjectName("detectionEscalate")
        self.escalate_button.clicked.connect(self._on_escalate_clicked)
        self.dismiss_button = QPushButton(translate("Between", "Dismiss"))
        self.dismiss_button.setObjectName("detectionDismiss")
        self.dismiss_button.clicked.connect(lambda: self._decide("dismissed"))
        self.reopen_button = QPushButton(translate("Between", "Open again"))
        self.reopen_button.setObjectName("detectionReopen")
        self.reopen_button.clicked.connect(lambda: self._decide("open"))
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.detections_table)
        split.addWidget(self.evidence)
        split.setSizes([300, 200])
        row = QHBoxLayout()
        row.addWidget(self.look_button)
        row.addStretch(1)
        for button in (self.escalate_button, self.dismiss_button, self.reopen_button):
            row.addWidget(button)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(split, 1)
        layout.addLayout(row)
        self._on_detection_selected()
        return page

    def load_detections(self) -> None:
        self.runner.run(self.access.detections, on_done=self._show_detections,
                        on_error=self.message.setText)

    def look(self) -> None:
        self.look_button.setEnabled(False)
        self.message.setText(translate("Between", "Looking…"))

        def done(found: list[Detection]) -> None:
            self.look_button.setEnabled(True)
            self.message.setText(
                translate("Between", "%Ln things stand out.", None, len(found)) if found
                else translate("Between", "Nothing stands out."))
            self.load_detections()

        def failed(message: str) -> None:
            self.look_button.setEnabled(True)
            self.message.setText(message)

        self.runner.run(self.access.detect, on_done=done, on_error=failed)

    def _show_detections(self, found: list[Detection]) -> None:
        self.detection_list = found
        states = {"open": translate("Between", "open"),
                  "dismissed": translate("Between", "dismissed"),
                  "escalated": translate("Between", "“?” raised")}
        _cells(self.detections_table, [[
            date_time(d.last_seen), detection_what(d),
            arg(translate("Between", "%1 against about %2"), number(d.recent),
                number(round(d.expected))),
            states.get(d.state, d.state) + (f" #{d.escalation_id}" if d.escalation_id else "")]
            for d in found])
        if not found:
            self.evidence.setPlainText(translate(
                "Between", "Nothing noticed yet. Look now, or import voices: "
                "chair looks after every import."))
        self._on_detection_selected()
        self.shown.emit("detections")

    def selected_detection(self) -> Detection | None:
        rows = self.detections_table.selectionModel().selectedRows()
        return self.detection_list[rows[0].row()] if rows else None

    def _on_detection_selected(self) -> None:
        d = self.selected_detection()
        self.escalate_button.setEnabled(d is not None and d.state != "escalated")
        self.dismiss_button.setEnabled(d is not None and d.state == "open")
        self.reopen_button.setEnabled(d is not None and d.state == "dismissed")
        if d is None:
            return
        access, ids = self.access, list(d.evidence)
        self.runner.run(lambda: [v for v in map(access.get_voice, ids) if v is not None],
                        on_done=lambda voices: self._show_evidence(d, voices),
                        on_error=self.evidence.setPlainText)

    def _show_evidence(self, d: Detection, voices: list[Voice]) -> None:
        if self.selected_detection() != d:
            return  # another line was selected meanwhile
        self.evidence_voices = [self.shown_voice(v) for v in voices]
        parts = [f"<p><b>{html.escape(detection_what(d))}</b></p>"]
        for v in self.evidence_voices:
            where = " · ".join(x for x in (v.area, day(v.received_at)) if x)
            parts.append(f"<p>“{html.escape(' '.join(v.text.split())[:400])}”<br>"
                         f"<span style='color:gray'>{html.escape(where)}</span></p>")
        self.evidence.setHtml("".join(parts))

    def _decide(self, state: str) -> None:
        d = self.selected_detection()
        if d is None:
            return
        self.runner.run(self.access.decide_detection, d.id, state,
                        on_done=lambda _: self.load_detections(), on_error=self.message.setText)

    def _on_escalate_clicked(self) -> None:
        d = self.selected_detection()
        if d is None:
            return
        access, ids = self.access, list(d.evidence)
        self.runner.run(lambda: [v for v in map(access.get_voice, ids) if v is not None],
                        on_done=lambda voices: self.escalate_requested.emit(voices, d.id),
                        on_error=self.message.setText)

    def escalated(self, detection_id: int, escalation_id: int) -> None:
        """The "?" the window raised from a detection: noted in the log."""
        self.runner.run(self.access.decide_detection, detection_id, "escalated", escalation_id,
                        on_done=lambda _: self.load_detections(), on_error=self.message.setText)

    # -- meetings and decisions
    def _decisions_tab(self) -> QWidget:
        self.meetings_list = QListWidget()
        self.meetings_list.setObjectName("meetingsList")
        self.meetings_list.setAccessibleName(translate("Between", "Past meetings"))
        self.meetings_list.currentRowChanged.connect(lambda _row: self._show_decision_rows())
        self.decisions_table = _table("decisionsTable", [
            translate("Between", "Decided"), translate("Between", "Decision"),
            translate("Between", "Owner"), translate("Between", "Follow up by"),
            translate("Between", "Followed up")], 1)
        self.decisions_table.setAccessibleName(translate("Between", "Decisions"))
        self.decisions_table.itemSelectionChanged.connect(self._on_decision_selected)
        self.done_button = QPushButton(translate("Between", "Followed up"))
        self.done_button.setObjectName("decisionDone")
        self.done_button.clicked.connect(lambda: self._follow_up(True))
        self.undo_button = QPushButton(translate("Between", "Not yet"))
        self.undo_button.setObjectName("decisionUndo")
        self.undo_button.clicked.connect(lambda: self._follow_up(False))
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.meetings_list)
        split.addWidget(self.decisions_table)
        split.setSizes([260, 700])
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.done_button)
        row.addWidget(self.undo_button)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(split, 1)
        layout.addLayout(row)
        self._on_decision_selected()
        page.setEnabled(self.access.meetings is not None)
        return page

    def load_decisions(self) -> None:
        meetings = self.access.meetings
        if meetings is None:
            return
        self.runner.run(lambda: (meetings.history(), meetings.decisions()),
                        on_done=self._show_decisions, on_error=self.message.setText)

    def _show_decisions(self, found: tuple[list[Any], list[Decision]]) -> None:
        self.meeting_rows, self.decision_list = found
        current = max(self.meetings_list.currentRow(), 0)
        self.meetings_list.blockSignals(True)
        self.meetings_list.clear()
        due = sum(1 for d in self.decision_list if d.done_at is None and d.follow_up)
        QListWidgetItem(arg(translate("Between", "All meetings · %1 to follow up"), number(due)),
                        self.meetings_list)
        for mid, title, started, _ended in self.meeting_rows:
            n = sum(1 for d in self.decision_list if d.meeting_id == mid)
            name = title or translate("Between", "Meeting")
            item = QListWidgetItem(f"{day(started)} · {name}\n"
                                   + translate("Between", "%Ln decisions", None, n),
                                   self.meetings_list)
            item.setToolTip(html.escape(title))
        self.meetings_list.setCurrentRow(min(current, self.meetings_list.count() - 1))
        self.meetings_list.blockSignals(False)
        self._show_decision_rows()
        self.shown.emit("decisions")

    def shown_decisions(self) -> list[Decision]:
        row = self.meetings_list.currentRow()
        if row <= 0:
            return self.decision_list
        mid = self.meeting_rows[row - 1][0]
        return [d for d in self.decision_list if d.meeting_id == mid]

    def _show_decision_rows(self) -> None:
        _cells(self.decisions_table, [[
            day(d.decided_at), d.text, d.owner or "—",
            day(d.follow_up) if d.follow_up is not None else "—",
            day(d.done_at) if d.done_at is not None else ""] for d in self.shown_decisions()])
        self._on_decision_selected()

    def selected_decision(self) -> Decision | None:
        rows = self.decisions_table.selectionModel().selectedRows()
        shown = self.shown_decisions()
        return shown[rows[0].row()] if rows and rows[0].row() < len(shown) else None

    def _on_decision_selected(self) -> None:
        d = self.selected_decision()
        self.done_button.setEnabled(d is not None and d.done_at is None)
        self.undo_button.setEnabled(d is not None and d.done_at is not None)

    def _follow_up(self, done: bool) -> None:
        d, meetings = self.selected_decision(), self.access.meetings
        if d is None or meetings is None:
            return
        self.runner.run(meetings.follow_up, d.id, done,
                        on_done=lambda _: self.load_decisions(), on_error=self.message.setText)

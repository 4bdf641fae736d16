"""Customer-written text is shown as text: markup planted in an import (a voice, its subject,
author and city, a metric's area) and in an escalation (owner, note, COE) never renders, in
the main window, an escalation window, the "?" sheet or meeting mode."""

from __future__ import annotations

import csv
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QAbstractItemView, QLabel, QPlainTextEdit, QTextEdit, QWidget

from chair.domain.escalation import Coe, CorrectiveAction, Evidence
from chair.store import coe as coe_store
from chair.store import connect
from chair.store import escalations as esc
from tests.helpers import shown_window

# A city cell that would draw a green "● Safe to share" badge and load a local file, and a
# link: as markup, a customer could make the screen say what they like.
PLANTED = ('<b style="color:green">● Safe to share</b><img src="file:///etc/hosts">'
           '<a href="x">click</a>')
# What a reader must see, as characters, wherever the planted text is shown.
LITERAL = '<b style="color:green">'
# In every text that holds the planted markup, escaped or not.
MARK = "etc/hosts"


def _visible(markup: str) -> QTextDocument:
    """What Qt draws for rich text."""
    doc = QTextDocument()
    doc.setHtml(markup)
    return doc


def _document_problem(doc: QTextDocument) -> str:
    """Why the document does not show the planted markup as text ('' when it does)."""
    drawn = doc.toHtml()
    if "<img" in drawn:
        return "an image is drawn"
    if 'href="x"' in drawn:
        return "a link is drawn"
    if LITERAL not in doc.toPlainText():
        return f"the markup is drawn, not shown: {doc.toPlainText()!r}"
    return ""


def _shown_problem(text: str, rich: bool) -> str:
    """Plain text is shown as written; rich text must carry the planted markup escaped."""
    return _document_problem(_visible(text)) if rich else ""


def _tooltip_problem(tip: str) -> str:
    # A tooltip is rich text whenever Qt guesses it might be.
    return _shown_problem(tip, GuiQt.mightBeRichText(tip))


class Walk:
    """Every place of a widget tree that holds the planted text, and what is wrong there."""

    def __init__(self) -> None:
        self.found: list[str] = []
        self.problems: list[str] = []
        self._models: set[int] = set()

    def check(self, where: str, text: object, problem: str) -> None:
        if isinstance(text, str) and MARK in text:
            self.found.append(where)
            if problem and f"{where}: {problem}" not in self.problems:
                self.problems.append(f"{where}: {problem}")

    def widget(self, w: QWidget) -> None:
        name = f"{type(w).__name__}#{w.objectName() or '?'}"
        if isinstance(w, QLabel):
            fmt = w.textFormat()
            rich = fmt in (Qt.TextFormat.RichText, Qt.TextFormat.MarkdownText) or (
                fmt == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(w.text()))
            self.check(name, w.text(), _shown_problem(w.text(), rich))
        if isinstance(w, QTextEdit):
            doc = w.document()
            self.check(name, doc.toHtml(), _document_problem(doc))
        if isinstance(w, QPlainTextEdit):  # plain by construction
            self.check(name, w.toPlainText(), "")
        self.check(f"{name} tooltip", w.toolTip(), _tooltip_problem(w.toolTip()))
        # Qt never reads a window title as markup: shown as written.
        self.check(f"{name} title", w.windowTitle(), "")
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            self.model(name, w.model())

    def model(self, name: str, model: QAbstractItemModel) -> None:
        if id(model) in self._models:  # a table's header shares the table's model
            return
        self._models.add(id(model))
        for row in range(min(model.rowCount(QModelIndex()), 500)):
            col = 0
            while (index := model.index(row, col)).isValid():  # a list model has one column
                col += 1
                tip = index.data(Qt.ItemDataRole.ToolTipRole)
                if isinstance(tip, str):
                    self.check(f"{name} row {row} tooltip", tip, _tooltip_problem(tip))
                # Item views draw their display text as written.
                self.check(f"{name} row {row}", index.data(Qt.ItemDataRole.DisplayRole), "")

    def tree(self, root: QWidget) -> Walk:
        for w in [root, *root.findChildren(QWidget)]:
            self.widget(w)
        return self


def _walk(root: QWidget) -> Walk:
    return Walk().tree(root)


def _write_csv(path: Path, header: list[str], rows: list[list[object]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as f:
        out = csv.writer(f)
        out.writerow(header)
        out.writerows(rows)
    return path


@pytest.fixture
def planted(demo_db: Path, tmp_path: Path) -> tuple[int, int, int]:
    """Two voices and a metric area carrying markup, imported as a user imports them; the
    first voice escalated to an owner with markup in the name, its "?" emailed, a COE
    written with markup in every field. Returns (escalated voice, other voice, escalation)."""
    from chair.ingest.run import run_import  # as the window's import runs it

    now = time.strftime("%Y-%m-%d %H:%M:%S")
    voices = _write_csv(tmp_path / "voices.csv", ["text", "date", "city", "subject", "author"], [
        [f"The parcel came late again and the box was crushed. {PLANTED}", now, PLANTED,
         f"{PLANTED} late parcel", PLANTED],
        [f"Second time the courier left without ringing. {PLANTED}", now, PLANTED,
         f"{PLANTED} courier", PLANTED],
    ])
    today = time.strftime("%Y-%m-%d")
    metrics = _write_csv(tmp_path / "metrics.csv",
                         ["date", "pillar", "metric", "area", "value", "target", "volume"],
                         [[today, "delivery", "on_time", PLANTED, "0.61", "0.97", "5000"]])
    db = connect(demo_db)
    result = run_import([str(voices), str(metrics)], db)
    assert result.imported == 2 + 1, result
    first, second = (int(r[0]) for r in db.execute(
        "SELECT id FROM voices WHERE source = 'voices.csv' ORDER BY text").fetchall())
    subject, pillar, area = db.execute(
        "SELECT subject, pillar, area FROM voices WHERE id = ?", [first]).fetchone()
    assert area == PLANTED and MARK in subject
    eid = esc.escalate(db, [first], owner_name=PLANTED, owner_email=f"{PLANTED}@shop.example",
                       due_at=int(time.time()) - 3 * 86400, note=PLANTED, subject=subject,
                       pillar=pillar, area=area)
    esc.set_forward(db, eid, "sent", message_id="<planted@shop.example>")
    coe_store.save(db, Coe(eid, what_happened=PLANTED, impact=PLANTED, root_cause=PLANTED,
                           whys=(PLANTED,), supporting_data=PLANTED))
    coe_store.set_actions(db, eid, [CorrectiveAction(PLANTED, PLANTED, int(time.time()))])
    coe_store.set_evidence(db, eid, [Evidence("voice", first, PLANTED, PLANTED)])
    return first, second, eid


@pytest.fixture
def window(qtbot, demo_db: Path, planted: tuple[int, int, int], tmp_path: Path):  # type: ignore[no-untyped-def]
    with shown_window(qtbot, demo_db, tmp_path / "window.ini", filled=True) as win:
        yield win


def _settle(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=10_000)


def _select(qtbot, window, voice_id: int) -> None:  # type: ignore[no-untyped-def]
    model = window.feed_model
    while model.row_of(voice_id) < 0 and model.canFetchMore():
        model.fetchMore()
    row = model.row_of(voice_id)
    assert row >= 0
    window.feed.setFocus()
    window.feed.setCurrentIndex(model.index(row))
    qtbot.waitUntil(lambda: window.detail.voice is not None
                    and window.detail.voice.id == voice_id, timeout=5000)


def _reached(walk: Walk, *expected: str) -> list[str]:
    """The walk's problems, once it is clear that the planted text got to `expected`."""
    assert walk.found, "the planted text reached nothing: the test would prove nothing"
    for place in expected:
        assert any(place in found for found in walk.found), (place, walk.found)
    return walk.problems


def test_markup_from_outside_is_shown_as_text_everywhere(
    qtbot, window, planted: tuple[int, int, int]  # type: ignore[no-untyped-def]
) -> None:
    first, second, eid = planted
    problems: list[str] = []
    # The main window: pillars (areas, their tooltips, the overdue "?"), the feed, the voice,
    # the escalations list and its tooltips.
    _select(qtbot, window, first)
    _settle(qtbot, window)
    tile = window.pillars.tiles["delivery"]
    qtbot.waitUntil(lambda: MARK in tile.areas.text() and tile.overdue.isVisible(), timeout=5000)
    # A live source whose name and error quote markup, in the banner.
    window.show_source_problem(f"imap://{PLANTED}", PLANTED)
    problems += _reached(_walk(window), "detailHeader", "tileAreas", "tileOverdue tooltip",
                         "pillarTile_delivery tooltip", "escalations row", "feed row",
                         "problemText")

    # The "?" sheet for the other voice: its heading and the owner hint name the city.
    _select(qtbot, window, second)
    qtbot.keyClick(window.feed, Qt.Key.Key_Question)
    qtbot.waitUntil(lambda: window.escalate_sheet is not None
                    and window.escalate_sheet.isVisible(), timeout=5000)
    sheet = window.escalate_sheet
    problems += _reached(_walk(sheet), "escalateHeading", "QLabel#hint")
    sheet.reject()

    # The escalation window: title, facts, the forward ("emailed to"), the words, the COE.
    dialog = window.open_escalation(eid)
    qtbot.waitUntil(lambda: dialog.detail is not None, timeout=5000)
    _settle(qtbot, window)
    problems += _reached(_walk(dialog), "escalationTitle", "escalationFacts", "forwardState",
                         "escalationWords", "coe_what_happened", "coeEvidence row",
                         "coeActions row")
    dialog.close()

    # Meeting mode, with the planted voice on the big screen.
    with qtbot.waitSignal(window.meeting_entered, timeout=5000):
        window.enter_meeting(title="Review")
    view = window.meeting_view
    qtbot.waitUntil(lambda: view.pool_complete and view.meeting_id is not None, timeout=10_000)
    view.rotate_timer.stop()
    for _ in range(len(view.rotation.voices) + 1):
        if view.rotation.current is not None and view.rotation.current.id == first:
            break
        qtbot.keyClick(view, Qt.Key.Key_Space)
    assert view.rotation.current is not None and view.rotation.current.id == first
    _settle(qtbot, window)
    problems += _reached(_walk(view), "meetingQuote", "meetingQuoteMeta")
    # A decision on it: the bar quotes the voice, the status line what was typed.
    qtbot.keyClick(view, Qt.Key.Key_D)
    problems += _reached(_walk(view), "meetingPrompt")
    view.entry.setText(PLANTED)  # typed (keyClicks types ASCII only)
    with qtbot.waitSignal(view.decision_recorded, timeout=5000):
        qtbot.keyClick(view.entry, Qt.Key.Key_Return)
    problems += _reached(_walk(view), "meetingStatus")
    with qtbot.waitSignal(window.meeting_left, timeout=20_000):
        qtbot.keyClick(view, Qt.Key.Key_Escape)

    assert not problems, "\n".join(dict.fromkeys(problems))


def test_tooltips_of_outside_text_are_escaped_not_guessed() -> None:
    """The helper every tooltip of outside text goes through: shown as written, line breaks
    kept, whatever the first line looks like."""
    from chair.ui.format import tip

    shown = _visible(tip(f"Łódź: 91%\n{PLANTED} & co"))
    assert shown.toPlainText() == f"Łódź: 91%\n{PLANTED} & co"
    assert "<img" not in shown.toHtml()
    assert tip("") == ""


def test_owner_names_in_the_response_chart_are_not_math() -> None:
    """matplotlib reads text between dollars as math markup (and refuses an unfinished
    formula): an owner's name is drawn as written."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    from chair.insight.charts import draw_response_times

    names = ["Ewa $\\frac{$", "Omar $x^2$"]
    figure = Figure()
    draw_response_times(figure, [(n, 2.0, 4.0, None) for n in names], due_days=3)
    FigureCanvasAgg(figure).draw()
    (axes,) = figure.axes
    labels = axes.get_yticklabels()
    assert [t.get_text() for t in labels] == names[::-1]
    assert not any(t.get_parse_math() for t in labels)

"""Importing from the window: drag and drop, progress, Cancel, and live folders."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent

from chair.config.settings import Settings
from chair.store import voices as voice_store
from chair.ui.feedmodel import VoiceRole
from tests.helpers import CORPORA, shown_window


@pytest.fixture
def window(empty_window):  # type: ignore[no-untyped-def]
    """Imports start from an empty database."""
    return empty_window


def drop(window, paths: list[Path]) -> None:  # type: ignore[no-untyped-def]
    """What Qt delivers when files are dragged over the window and let go."""
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    position = QPointF(200, 200)
    # QDragEnterEvent takes a whole-pixel QPoint; QDropEvent takes a QPointF.
    enter = QDragEnterEvent(position.toPoint(), Qt.DropAction.CopyAction, data,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dragEnterEvent(enter)
    assert enter.isAccepted()
    dropped = QDropEvent(position, Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                         Qt.KeyboardModifier.NoModifier)
    window.dropEvent(dropped)
    assert dropped.isAccepted()


def test_dropping_files_imports_them_with_a_summary(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    cfpb = CORPORA / "voices" / "en" / "cfpb_complaints_sample_2019.csv"
    zendesk = CORPORA / "voices" / "zendesk"
    drop(window, [cfpb, zendesk])
    dialog = window.import_dialog
    assert dialog is not None and dialog.isVisible()
    with qtbot.waitSignal(dialog.finished_import, timeout=20_000):
        pass
    assert dialog.progress.value() == dialog.progress.maximum()
    summary = dialog.summary.text()
    assert "50 imported" in summary and "44 rejected" in summary and "3 imported" in summary
    assert "header row repeated" in summary
    # One row a customer-written text: the complaints sent twice in the same words are one.
    db = window.access.db()
    shown = voice_store.count(db) - voice_store.copies(db)
    assert voice_store.count(db) == 53 and shown < 53
    qtbot.waitUntil(lambda: window.feed_model.rowCount() == shown, timeout=5000)
    assert not window.empty_banner.isVisible()
    # The 44 set aside are listed in the window, each with where and why, and what it held.
    assert "chair rejects" not in summary and dialog.rejects_button.isVisible()
    qtbot.mouseClick(dialog.rejects_button, Qt.MouseButton.LeftButton)
    rejects = dialog.rejects_dialog
    qtbot.waitUntil(lambda: rejects.table.rowCount() >= 44, timeout=5000)  # the demo's too
    reasons = {rejects.table.item(r, 2).text() for r in range(44)}
    assert any("header row repeated" in reason for reason in reasons)
    rejects.table.selectRow(1)
    assert rejects.raw.toPlainText() != ""
    rejects.close()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)  # now "Close"
    assert not dialog.isVisible()


def test_cancel_stops_the_import_and_keeps_what_was_written(
    qtbot, window, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    big = tmp_path / "big.csv"
    with open(big, "w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "text", "date"])
        writer.writerows([i, f"voice {i}, a late parcel", "2024-01-01"] for i in range(200_000))
    dialog = window.start_import([str(big)])
    qtbot.waitUntil(lambda: dialog.progress.maximum() == 1000 and dialog.progress.value() > 0,
                    timeout=20_000)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.finished_import, timeout=20_000) as blocker:
        pass
    result = blocker.args[0]
    assert result.cancelled and 0 < result.imported < 200_000
    assert "cancelled" in dialog.title.text().lower()


def test_a_watched_folder_feeds_the_open_window(qtbot, db_path: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    inbox = tmp_path / "drop-here"
    inbox.mkdir()
    settings = Settings()
    settings.set("sources.watch", [str(inbox)])
    settings.save()
    with shown_window(qtbot, db_path, tmp_path / "w.ini") as win:
        (inbox / "export.csv").write_text("text,date\nParcel left in the rain,2024-05-01\n")
        qtbot.waitUntil(lambda: win.feed_model.rowCount() == 1, timeout=10_000)
        voice = win.feed_model.index(0).data(VoiceRole)
        assert voice.text == "Parcel left in the rain"
        assert (inbox / "export.csv").exists()  # left alone


def test_a_metrics_file_dropped_on_the_window_fills_the_pillars(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    example = Path(__file__).resolve().parents[2] / "docs" / "metrics-example.csv"
    drop(window, [example])
    with qtbot.waitSignal(window.import_dialog.finished_import, timeout=20_000) as blocker:
        pass
    assert blocker.args[0].imported == 5
    assert "(metrics)" in window.import_dialog.summary.text()
    qtbot.waitUntil(lambda: "%" in window.pillars.tiles["delivery"].value.text(), timeout=5000)


def test_the_import_dialog_opens_in_documents_then_where_the_last_import_was(qtbot, window,  # type: ignore[no-untyped-def]
                                                                             tmp_path: Path) -> None:
    from PySide6.QtCore import QStandardPaths

    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert window.import_folder() == documents
    folder = tmp_path / "exports"
    folder.mkdir()
    (folder / "a.csv").write_text("text\nParcel late\n", encoding="utf-8")
    with qtbot.waitSignal(window.start_import([str(folder / "a.csv")]).finished_import,
                          timeout=10_000):
        pass
    assert window.import_folder() == str(folder)


def test_an_import_is_taken_back_whole_from_the_window(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from chair.store import connect
    from chair.store import voices as store

    export = tmp_path / "mistake.csv"
    export.write_text("text,date\nWrong file imported,2024-05-01\nAnother line,2024-05-02\n",
                      encoding="utf-8")
    with qtbot.waitSignal(window.start_import([str(export)]).finished_import, timeout=10_000):
        pass
    before = store.count(connect(Path(window.access.database_path)))
    dialog = window.importing.open_sources()
    qtbot.waitUntil(lambda: dialog.table.rowCount() > 0, timeout=5000)
    rows = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    (mine,) = [r for r, name in enumerate(rows) if "mistake" in name]
    dialog.table.selectRow(mine)
    assert dialog.remove_button.isEnabled()
    with qtbot.waitSignal(dialog.removed, timeout=5000) as removed:
        dialog.remove_selected(confirmed=True)  # the question is answered Yes
    assert removed.args[1:] == [2, 0]
    assert store.count(connect(Path(window.access.database_path))) == before - 2
    qtbot.waitUntil(lambda: "Removed 2 voices" in window.status.currentMessage(), timeout=5000)
    qtbot.waitUntil(lambda: all("mistake" not in dialog.table.item(r, 0).text()
                                for r in range(dialog.table.rowCount())), timeout=5000)

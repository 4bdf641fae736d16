"""A new window on a small screen: all of it on the screen, nothing cut off, in every theme."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from chair.app import build_main_window
from chair.ui import theme
from tests.helpers import assert_unclipped


def _on_screen(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())


@pytest.mark.parametrize("theme_name", ["light", "dark", "contrast"])
@pytest.mark.parametrize("screen_name", ["projector", "laptop"])  # 1280x720, 1366x768
def test_a_new_window_fits_a_small_screen_whole(qtbot, qapp, demo_db: Path, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                screen_name: str, theme_name: str) -> None:
    theme.apply(qapp, theme_name, 1.0)
    screen = next(s for s in QGuiApplication.screens() if s.name() == screen_name)
    win = build_main_window(demo_db, state_path=tmp_path / "window.ini")
    qtbot.addWidget(win)
    try:
        win.place_on(screen)  # as it first opens there
        win.show()
        qtbot.waitExposed(win)
        qtbot.waitUntil(lambda: win.feed_model.rowCount() > 0, timeout=10_000)
        room = screen.availableGeometry()
        assert room.contains(win.geometry())
        for part in (win.search, win.redact_toggle, win.meeting_button, win.import_button,
                     win.settings_button, win.help_button, win.response_button, win.escalations,
                     win.detail, win.feed):
            assert room.contains(_on_screen(part)), part.objectName()
        assert_unclipped(qtbot, win)
    finally:
        win.close()
        assert win.runner.wait_idle(10_000)
        theme.apply(qapp, "light", 1.0)


def test_a_short_window_gives_the_voice_the_tiles_second_lines(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    tile = window.pillars.tiles["price"]
    qtbot.waitUntil(lambda: tile.summary is not None, timeout=5000)
    window.resize(960, 600)  # the smallest the window goes
    qtbot.waitUntil(lambda: not tile.detail.isVisible(), timeout=5000)
    assert tile.value.isVisible() and tile.people.isVisible()
    assert not window.main_split.childrenCollapsible()  # no pane squeezed to nothing
    window.resize(1400, 900)
    qtbot.waitUntil(lambda: tile.detail.isVisible() and tile.areas.isVisible(), timeout=5000)

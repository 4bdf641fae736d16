"""The window on a fake of its data access: everything it shows comes through the typed
protocols of chair.ui.access, and nothing else (no database, no store, no services)."""

from __future__ import annotations

import dataclasses
import time

from chair.domain.model import Voice, VoiceFilter
from chair.insight.pillars import PillarSummary
from chair.tasks.runner import TaskRunner
from chair.ui.access import DataAccess
from chair.ui.mainwindow import MainWindow
from tests.fakes import FakeData

NOW = int(time.time())
VOICES = [
    Voice("fake", "1", NOW - 300, "The parcel came a week late and wet.", pillar="delivery",
          area="Łódź", language="en"),
    Voice("fake", "2", NOW - 200, "Cheaper at the shop next door, by a third.", pillar="price",
          area="Paris", language="en"),
    Voice("fake", "3", NOW - 100, "Out of stock again: the blue kettle.", pillar="selection",
          area="Seattle", language="en"),
]
DELIVERY = PillarSummary("delivery", "on_time_rate", 0.912, 0.975, 840, "", (), (),
                         beyond_target=360, volume=10_000)


def shown_keys(window: MainWindow) -> list[str]:
    model = window.feed_model
    return [v.source_key for v in map(model.voice_at, range(model.rowCount())) if v]


def test_the_window_shows_searches_corrects_and_follows_a_fake(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    fake = FakeData(VOICES, [DELIVERY])
    access: DataAccess = fake  # the protocol is the whole contract (type-checked in test_architecture)
    window = MainWindow(TaskRunner(qapp))
    qtbot.addWidget(window)
    window.show()
    window.start(access)

    # Its voices, newest first; its pillar numbers, in customers.
    qtbot.waitUntil(lambda: window.feed_model.rowCount() == 3, timeout=5000)
    assert shown_keys(window) == ["3", "2", "1"]
    tile = window.pillars.tiles["delivery"]
    qtbot.waitUntil(lambda: "91.2" in tile.value.text(), timeout=5000)
    assert "840" in tile.people.text()
    qtbot.waitUntil(lambda: window.count_label.text() == "3 voices", timeout=5000)

    # A search goes to the fake as a filter and shows only what it returns.
    with qtbot.waitSignal(window.results_shown, timeout=5000):
        qtbot.keyClicks(window.search, "kettle")
    assert window.feed_model.rowCount() == 1
    assert ("fetch_page", (VoiceFilter(query="kettle"), None, window.feed_model.page_size)) \
        in fake.calls
    window.search.clear()
    qtbot.waitUntil(lambda: window.feed_model.rowCount() == 3, timeout=5000)

    # A correction in the voice panel is handed to the fake, and kept on screen.
    window.feed.setCurrentIndex(window.feed_model.index(0))
    qtbot.waitUntil(lambda: window.detail.voice is not None, timeout=5000)
    box = window.detail.pillar_box
    box.setCurrentIndex(box.findData("price"))
    box.activated.emit(box.currentIndex())  # as a click on the choice does
    assert window.feed_model.voice_at(0) == dataclasses.replace(
        fake.voices[2], pillar="price", flags=Voice.PILLAR_MANUAL, text=VOICES[2].text)
    qtbot.waitUntil(lambda: ("correct_voice", (3, "price", None)) in fake.calls,
                    timeout=5000)

    # What another process writes arrives live, at the top.
    with qtbot.waitSignal(window.voices_arrived, timeout=5000):
        fake.add(Voice("fake", "4", NOW, "Delivered to the wrong flat, twice.", pillar="delivery",
                       area="Łódź", language="en"))
        window.live.check_now()  # a fake has no files to watch (as the user coming back does)
    assert shown_keys(window)[0] == "4"
    window.close()
    assert window.runner.wait_idle(10_000)


def test_chair_paints_its_frame_first_and_its_panels_right_after(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    """The first frame is the window alone, where it was last; the panels (and their
    modules) come after it, and a window closed during its first frame closes cleanly."""
    import subprocess
    import sys

    # Starting chair loads none of the panels' modules before the first frame.
    loaded = subprocess.run(
        [sys.executable, "-c", "import sys, chair.cli, chair.app; print(' '.join(sys.modules))"],
        capture_output=True, text=True, check=True).stdout.split()
    panels = {"chair.ui.detail", "chair.ui.feedview", "chair.ui.escalations", "chair.ui.pillars",
              "chair.ui.filterbar", "chair.ui.mainwindow.feed", "chair.ui.mainwindow.live",
              "chair.ui.mainwindow.escalate", "matplotlib", "chair.store", "chair.services"}
    assert panels.isdisjoint(loaded)

    window = MainWindow(TaskRunner(qapp), frame_only=True)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert not window.built and window.windowTitle().startswith("chair")
    assert not hasattr(window, "feed")
    window.build()
    qtbot.waitUntil(lambda: window.feed.isVisible() and window.search.isVisible(), timeout=5000)
    window.start(FakeData(VOICES, [DELIVERY]))
    qtbot.waitUntil(lambda: window.feed_model.rowCount() == 3, timeout=5000)

    early = MainWindow(TaskRunner(qapp), frame_only=True)
    early.show()
    qtbot.waitExposed(early)
    assert early.close()

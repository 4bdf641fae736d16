"""Small helpers shared by tests."""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

# Real-world inputs nobody on this project wrote (origins and licences in their SOURCES.md and
# README.md files), read where they live, beside the checkout: ../shared. They are never copied
# into the project.
SHARED = Path(__file__).resolve().parents[2] / "shared"
CORPORA = SHARED / "corpora"


def need_shared() -> Path:
    """../shared/corpora, or a failure that says where it was looked for (never a skip)."""
    assert CORPORA.is_dir(), (
        f"the shared corpora are not at {CORPORA}: the tests read real inputs from ../shared "
        "beside the checkout")
    return CORPORA


def corpus_files(folder: str) -> list[Path]:
    need_shared()
    return sorted(
        p for p in (CORPORA / folder).rglob("*") if p.is_file() and p.name != "SOURCES.md"
    )


def corpus_pieces() -> list[str]:
    """Every file of ../shared/corpora, in pieces of about a paragraph: real text in many
    languages and scripts, with emoji, marks, mail headers and markup."""
    need_shared()
    texts = []
    for path in sorted(p for p in CORPORA.rglob("*") if p.is_file()):
        raw = path.read_bytes().decode("utf-8", errors="replace")
        texts += [piece for piece in re.split(r"\n\s*\n|(?<=\})\n", raw) if piece.strip()]
    return texts


def wait_until(condition: Callable[[], bool], timeout: float = 10.0, what: str = "") -> None:
    """Wait for `condition` (checked every 20 ms) without sleeping past it; fail on timeout."""
    deadline = time.monotonic() + timeout
    tick = threading.Event()
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for {what or condition}")
        tick.wait(0.02)


def without_root_override() -> list[str]:
    """A command prefix under which file permissions bind: run as root (CI is), they bind
    only without the capabilities that override them."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    assert setpriv, "setpriv (util-linux) is needed to test permissions as root"
    return [setpriv, "--bounding-set=-dac_override,-dac_read_search"]


@contextmanager
def shown_window(qtbot, db: Path | str, state: Path, size: tuple[int, int] = (1400, 900),  # type: ignore[no-untyped-def]
                 filled: bool = False) -> Iterator[Any]:
    """The main window over `db`, shown at `size` (with its first page of voices when
    `filled`); closing it closes (and saves) its escalation windows and leaves no background
    work running."""
    from chair.app import build_main_window

    win = build_main_window(db, state_path=state)
    qtbot.addWidget(win)
    win.resize(*size)
    win.show()
    qtbot.waitExposed(win)
    if filled:
        qtbot.waitUntil(lambda: win.feed_model.rowCount() > 0, timeout=5000)
    try:
        yield win
    finally:
        win.close()
        assert not any(w.isVisible() for w in win.escalation_windows.values())
        assert win.runner.wait_idle(20_000)


def keyword_baseline() -> dict[str, re.Pattern[str]]:
    """The plain keyword baseline of ../shared/tools/insight_check.py, read from there: what
    the pillar classifier must beat."""
    spec = importlib.util.spec_from_file_location("insight_check",
                                                  SHARED / "tools" / "insight_check.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return {p: re.compile(r, re.I) for p, r in module.BASELINE.items()}


# The keyword-and-negation baseline for complaints: a pillar's plain keyword (above) and, in
# the same text, a word of blame or a negation in any language chair reads.
NEGATIVE_WORDS = re.compile(
    r"\b(not|no|never|n't|bad|poor|slow|late|expensive|overpriced|pricey|terrible|awful|"
    r"horrible|disappoint\w*|worst|broken|damaged|problem\w*|issue\w*|"
    r"không|chưa|chậm|lâu|tệ|đắt|kém|thất vọng|nie|źle|drog\w*|rozczarow\w*|"
    r"pas|mauvais|cher|lent\w*|déçu\w*|nicht|kein\w*|schlecht|teuer|enttäusch\w*)\b", re.I)


def complaint_baseline() -> dict[str, Callable[[str], bool]]:
    """Per pillar: does the text hold the pillar's keyword and a negative word."""
    keywords = keyword_baseline()
    return {p: (lambda text, rx=rx: bool(rx.search(text) and NEGATIVE_WORDS.search(text)))
            for p, rx in keywords.items()}


# The start of a Python program in which Qt cannot be imported (what runs without a window
# must not need it).
NO_QT = """
import sys
class NoQt:
    def find_spec(self, name, path=None, target=None):
        if name.split('.')[0] in ('PySide6', 'shiboken6'):
            raise ImportError('Qt is not available here')
sys.meta_path.insert(0, NoQt())
"""


def clipped(root: QWidget) -> list[str]:
    """Buttons and one-line labels narrower than their text: the words are cut off."""
    from PySide6.QtWidgets import QAbstractButton, QLabel, QTabBar, QWidget

    cut = []
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisible() or w.width() <= 0:
            continue
        if isinstance(w, QAbstractButton) and w.text():
            if w.width() < w.sizeHint().width():
                cut.append(f"button {w.objectName() or w.text()!r}: {w.width()} < "
                           f"{w.sizeHint().width()}")
        elif isinstance(w, QLabel) and w.text() and not w.wordWrap() and w.pixmap().isNull():
            if w.width() < w.minimumSizeHint().width():
                cut.append(f"label {w.objectName()} {w.text()[:40]!r}: {w.width()} < "
                           f"{w.minimumSizeHint().width()}")
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                if w.tabRect(i).width() < w.tabSizeHint(i).width():
                    cut.append(f"tab {w.tabText(i)!r}")
    return cut


def assert_unclipped(qtbot, root: QWidget) -> None:  # type: ignore[no-untyped-def]
    """Once the layout has settled (text set a moment ago is laid out on the next pass)."""
    with suppress(AssertionError):  # a real cut stays: the assert below says where
        qtbot.waitUntil(lambda: not clipped(root), timeout=3000)
    assert not clipped(root)


def _luminance(rgb: int) -> float:
    def channel(c: int) -> float:
        c2 = c / 255
        return c2 / 12.92 if c2 <= 0.03928 else ((c2 + 0.055) / 1.055) ** 2.4

    r, g, b = (rgb >> 16) & 255, (rgb >> 8) & 255, rgb & 255
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def text_contrast(widget: QWidget) -> float:
    """The contrast ratio (WCAG) of a widget's text against its background, as drawn: the
    widget's part of a grab of its window; the background is its commonest colour, the text
    the colour farthest from it that covers more than a speck."""
    from collections import Counter

    from PySide6.QtCore import QPoint, QRect

    window = widget.window()
    image = window.grab(QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())).toImage()
    counts = Counter(image.pixel(x, y) & 0xFFFFFF
                     for x in range(image.width()) for y in range(image.height()))
    background = _luminance(counts.most_common(1)[0][0])
    enough = max(3, image.width() * image.height() // 500)
    shades = [_luminance(rgb) for rgb, n in counts.items() if n >= enough]
    return max((max(background, s) + 0.05) / (min(background, s) + 0.05) for s in shades)


def stored_rows(db) -> int:  # type: ignore[no-untyped-def]
    """Every voice row, copies of one text included (store.voices.count counts texts)."""
    return int(db.execute("SELECT count(*) FROM voices").fetchone()[0])

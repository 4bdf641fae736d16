"""Small helpers shared by tests."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path

_SHARED = Path(__file__).resolve().parents[2] / "shared" / "corpora"
# Real-world inputs nobody on this project wrote (origins and licences in SOURCES.md). The
# shared set beside the checkout is used when present; the copy in tests/ keeps CI whole.
CORPORA = _SHARED if _SHARED.is_dir() else Path(__file__).resolve().parent / "corpora"


def corpus_files(folder: str) -> list[Path]:
    return sorted(
        p for p in (CORPORA / folder).rglob("*") if p.is_file() and p.name != "SOURCES.md"
    )


def wait_until(condition: Callable[[], bool], timeout: float = 10.0, what: str = "") -> None:
    """Wait for `condition` (checked every 20 ms) without sleeping past it; fail on timeout."""
    deadline = time.monotonic() + timeout
    tick = threading.Event()
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for {what or condition}")
        tick.wait(0.02)

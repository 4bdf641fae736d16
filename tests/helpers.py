"""Small helpers shared by tests."""

from __future__ import annotations

import os
import shutil
import threading
import time
from collections.abc import Callable
from pathlib import Path

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

"""Test isolation: offscreen Qt, temporary user folders, a shared demo database."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

# An offscreen 1920x1080 screen (Qt's default offscreen screen is 800x600, too small to
# restore a real window's geometry on).
os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={Path(__file__).with_name('offscreen.json')}"

DEMO_VOICES = 2000


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Nothing a test does touches the real user's data, config or cache folders."""
    for name in ("DATA", "CONFIG", "CACHE"):
        folder = tmp_path / f"user-{name.lower()}"
        folder.mkdir()
        monkeypatch.setenv(f"CHAIR_{name}_DIR", str(folder))


@pytest.fixture(scope="session")
def _demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from chair.ingest.demo import create_demo
    from chair.store import connect

    path = tmp_path_factory.mktemp("demo") / "demo.db"
    db = connect(path)
    create_demo(db, voices=DEMO_VOICES)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return path


@pytest.fixture
def demo_db(_demo_template: Path, tmp_path: Path) -> Path:
    """A private copy of the demo database (2,000 voices, metrics, escalations)."""
    path = tmp_path / "demo.db"
    shutil.copyfile(_demo_template, path)
    return path


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "chair.db"

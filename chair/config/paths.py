"""Where chair keeps its files: per-user folders through platformdirs, and bundled resources."""

from __future__ import annotations

import os
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

import platformdirs

from chair import APP_NAME

_dirs = platformdirs.PlatformDirs(APP_NAME, appauthor=False)


def data_dir() -> Path:
    return Path(os.environ.get("CHAIR_DATA_DIR") or _dirs.user_data_dir)


def config_dir() -> Path:
    return Path(os.environ.get("CHAIR_CONFIG_DIR") or _dirs.user_config_dir)


def cache_dir() -> Path:
    return Path(os.environ.get("CHAIR_CACHE_DIR") or _dirs.user_cache_dir)


def default_db_path() -> Path:
    return data_dir() / "chair.db"


def settings_path() -> Path:
    return config_dir() / "settings.json"


def resource(*parts: str) -> Traversable:
    """A bundled runtime file, the same way from a wheel, a frozen build, an editable install
    or a bare checkout on the path (the benchmarks run that way: `chair.resources` is the
    repository's resources/ folder only once chair is installed)."""
    node: Traversable
    try:
        node = resources.files("chair.resources")
    except ModuleNotFoundError:
        node = Path(__file__).resolve().parents[2] / "resources"
    for part in parts:
        node = node / part
    return node

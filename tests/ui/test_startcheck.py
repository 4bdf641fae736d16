"""Where the window cannot open, chair says why in one line instead of Qt's abort."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from chair.ui.startcheck import INSTALL, start_problem

ROOT = Path(__file__).resolve().parents[2]
CHAIR = Path(sys.executable).with_name("chair")


def test_without_a_screen_chair_says_so_in_one_line(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run([str(CHAIR), "--db", str(tmp_path / "c.db")], env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert result.stderr.startswith("chair: there is no screen") and "DISPLAY" in result.stderr
    assert result.stderr.count("\n") == 1 and "qt.qpa" not in result.stderr


def test_a_missing_library_is_named_with_its_package() -> None:
    def load(_path: Path) -> None:
        raise OSError("libxcb-icccm.so.4: cannot open shared object file: No such file or "
                      "directory")

    said = start_problem({"DISPLAY": ":0"}, "linux", Path("libqxcb.so"), load)
    assert said is not None
    assert "libxcb-icccm.so.4 (package libxcb-icccm4)" in said and INSTALL in said


def test_the_packages_the_readme_names_are_all_the_window_needs() -> None:
    """In CI, .ci/run installs what the README lists: Qt's X11 plugin then loads whole."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    listed = re.search(r"sudo apt-get install python3-venv (.+)", readme)
    assert listed and listed.group(1).split() == INSTALL.split()[3:]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert all(package in ci for package in INSTALL.split()[3:])
    assert start_problem({"DISPLAY": ":0"}, "linux") is None


def test_other_platforms_and_wayland_are_left_to_qt() -> None:
    never = lambda _p: (_ for _ in ()).throw(AssertionError("not loaded"))  # noqa: E731
    assert start_problem({"QT_QPA_PLATFORM": "offscreen"}, "linux", load=never) is None
    assert start_problem({"WAYLAND_DISPLAY": "wayland-0"}, "linux", load=never) is None
    assert start_problem({}, "darwin", load=never) is None

"""The README's start command, as a newcomer runs it: on a real X server (Xvfb), through Qt's
X11 plugin, from this checkout; the screen is grabbed and must show the window."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import _missing_server

ROOT = Path(__file__).resolve().parents[1]
# Run in a process of its own on the X server: grab the whole screen, and say how much of it
# is drawn (the share of pixels that are not the empty server's black) and what it shows.
GRAB = """
import hashlib, sys
from PySide6.QtGui import QGuiApplication
app = QGuiApplication(["grab", "-platform", "xcb"])
image = app.primaryScreen().grabWindow(0).toImage()
image.save(sys.argv[1])
small = image.scaled(96, 54)
drawn = sum(small.pixelColor(x, y).value() > 24 for x in range(96) for y in range(54))
print(drawn / (96 * 54), hashlib.sha1(bytes(image.constBits())).hexdigest())
"""


@pytest.fixture
def xvfb(tmp_path: Path) -> Iterator[str]:
    if shutil.which("Xvfb") is None:
        _missing_server("Xvfb")
    read, write = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1920x1080x24",
                               "-nolisten", "tcp"], pass_fds=(write,),
                              stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as pipe:
        display = f":{pipe.readline().strip()}"
    try:
        yield display
    finally:
        server.terminate()
        server.wait(10)


def test_the_start_command_opens_the_window_on_an_x_server(xvfb: str, tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    env["DISPLAY"] = xvfb
    for name in ("DATA", "CONFIG", "CACHE"):
        env[f"CHAIR_{name}_DIR"] = str(tmp_path / name.lower())
    app = subprocess.Popen([str(ROOT / "scripts" / "start.sh"), "--db", str(tmp_path / "c.db")],
                           env=env, stderr=subprocess.PIPE, text=True)
    shot = tmp_path / "start.png"
    drawn, seen, settled = 0.0, "", False
    try:
        # Until the window is drawn and has stopped changing (its data is in).
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and app.poll() is None and not settled:
            grab = subprocess.run([sys.executable, "-c", GRAB, str(shot)], env=env,
                                  capture_output=True, text=True, timeout=60)
            assert grab.returncode == 0, grab.stderr
            share, picture = grab.stdout.split()
            settled = float(share) >= 0.5 and picture == seen
            drawn, seen = float(share), picture
    finally:
        app.terminate()
        _, errors = app.communicate(timeout=30)
    assert settled and drawn >= 0.5, f"the window was not drawn; chair said: {errors}"
    assert "qt.qpa" not in errors and "chair:" not in errors
    print(f"screenshot: {shot}")

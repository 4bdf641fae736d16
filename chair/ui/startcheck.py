"""Before Qt starts: is there a screen to open the window on, and can Qt's platform plugin
load? Qt's own answer to either is an abort (signal 6) after a paragraph that blames the
wrong library; chair says in one line what is missing and how to get it."""

from __future__ import annotations

import ctypes
import os
import re
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

# The libraries Qt's xcb plugin needs beyond a minimal system, and the Debian/Ubuntu package
# of each (the README's start section lists the same packages).
PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
}
INSTALL = "sudo apt-get install " + " ".join(dict.fromkeys(PACKAGES.values()))


def _xcb_plugin() -> Path | None:
    try:
        import PySide6
    except ImportError:
        return None
    plugin = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    return plugin if plugin.exists() else None


def _load(path: Path) -> None:
    ctypes.CDLL(str(path))


def start_problem(environ: Mapping[str, str] = os.environ, platform: str = sys.platform,
                  plugin: Path | None = None,
                  load: Callable[[Path], None] = _load) -> str | None:
    """Why the window cannot open here, as one line for the terminal; None when it can
    (or when Qt is asked for a platform other than X11's, which it checks itself)."""
    if not platform.startswith("linux"):
        return None
    wanted = environ.get("QT_QPA_PLATFORM", "").split(":")[0]
    if wanted and wanted != "xcb":
        return None
    if not wanted and environ.get("WAYLAND_DISPLAY") and not environ.get("DISPLAY"):
        return None  # a Wayland session: Qt's wayland plugin takes it
    if not environ.get("DISPLAY"):
        return ("there is no screen to open the window on (DISPLAY is not set). Start chair "
                "in a desktop session, or try it without one: chair --smoke-test")
    plugin = plugin or _xcb_plugin()
    if plugin is None:
        return None
    try:
        load(plugin)
    except OSError as exc:
        found = re.search(r"([\w.+-]+\.so(?:\.\d+)*): cannot open shared object", str(exc))
        library = found.group(1) if found else str(exc)
        package = PACKAGES.get(library)
        named = f"{library} (package {package})" if package else library
        return (f"the window needs the system library {named}, which is not installed. "
                f"On Debian or Ubuntu: {INSTALL}")
    return None

"""What installs chair on a desktop: the launcher and the software-centre metadata, checked
by the freedesktop tools themselves."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from chair import APP_ID, __version__
from chair.cli import build_parser
from chair.config.paths import resource
from tests.conftest import _missing_server

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
DESKTOP = PACKAGING / f"{APP_ID}.desktop"
METAINFO = PACKAGING / f"{APP_ID}.metainfo.xml"


def _tool(name: str, package: str) -> str:
    path = shutil.which(name)
    if path is None:
        _missing_server(f"{name} ({package})")
    return str(path)


def test_the_launcher_is_valid_and_offers_meeting_mode() -> None:
    result = subprocess.run([_tool("desktop-file-validate", "desktop-file-utils"), str(DESKTOP)],
                            capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr
    text = DESKTOP.read_text(encoding="utf-8")
    assert f"Icon={APP_ID}" in text and "Actions=meeting;" in text
    meeting = text.split("[Desktop Action meeting]")[1]
    exec_line = next(line for line in meeting.splitlines() if line.startswith("Exec="))
    args = build_parser().parse_args(exec_line.split()[1:])
    assert args.meeting  # the command line understands what the launcher runs


def test_the_metainfo_is_valid_and_names_this_version() -> None:
    result = subprocess.run([_tool("appstreamcli", "appstream"), "validate", "--no-net",
                             str(METAINFO)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.find("launchable").text == f"{APP_ID}.desktop"  # type: ignore[union-attr]
    assert root.find("releases/release").get("version") == __version__  # type: ignore[union-attr]
    for image in root.iter("image"):
        shot = Path(__file__).resolve().parents[1] / image.text.split("/main/", 1)[1]  # type: ignore[union-attr]
        assert shot.is_file(), shot  # every screenshot named is one the repository has


def test_the_icon_ships_with_the_package() -> None:
    icon = resource("icons", f"{APP_ID}.svg")
    assert icon.is_file() and b"<svg" in icon.read_bytes()


@pytest.mark.parametrize("suffix", [".ico", ".icns"])
def test_windows_and_macos_icons_are_drawn_from_the_svg(tmp_path: Path, suffix: str) -> None:
    """What packaging/chair.spec gives PyInstaller on Windows and macOS."""
    from PIL import Image

    sys.path.insert(0, str(ROOT / "packaging"))
    from icons import write_icon

    icon = write_icon(ROOT / "resources" / "icons" / f"{APP_ID}.svg", tmp_path / f"chair{suffix}")
    with Image.open(icon) as image:
        sizes = image.info.get("sizes") or {image.size}
        assert max(s[0] for s in sizes) >= 256
        if suffix == ".ico":
            assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(sizes)
        image.load()
        rgba = image.convert("RGBA")
        assert rgba.getextrema()[3][1] == 255  # the drawing is there, not a blank square

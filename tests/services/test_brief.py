"""The one-page pre-read for the next meeting: one A4 page with all its sections, its voices
redacted, however long the customers wrote; Markdown too; and from the window's button."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from chair.store import connect

SECTIONS = ("Pre-read for the next meeting", "The three pillars",
            "Where the data and the customers disagree", "In the customers' words",
            "Open “?” by owner", "Since the last meeting", "Due")


def _export(db: Path, out: Path) -> str:
    done = subprocess.run([sys.executable, "-m", "chair", "export", "brief", "-o", str(out),
                           "--db", str(db)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return done.stdout


def _pdf(path: Path) -> tuple[str, str]:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True,
                          check=True).stdout
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    return info, " ".join(text.split())


@pytest.fixture
def long_voices(demo_db: Path, tmp_path: Path) -> Path:
    """The demo, and complaints of thousands of characters this week about each pillar."""
    import datetime as dt

    from chair.ingest.run import run_import

    today = dt.date.today().isoformat()
    story = {
        "Łódź": "The parcel was marked delivered at the gate of our estate but never reached "
                "the flat, and the courier does not answer. ",
        "Paris": "The same kettle costs a third less at the shop down the road, and your price "
                 "went up again overnight without any reason given. ",
        "Kraków": "The stroller I wanted has been out of stock for six weeks and the search "
                  "finds nothing for the brand you used to sell. ",
    }
    rows = [f'{today},{city},"{n}: {text * 25}"' for n, (city, text) in
            enumerate(story.items())]
    path = tmp_path / "long.csv"
    path.write_text("date,city,message\n" + "\n".join(rows) + "\n", encoding="utf-8")
    assert run_import([str(path)], connect(demo_db)).imported == 3
    return demo_db


def test_the_brief_is_one_a4_page_with_every_section(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "pre-read.pdf"
    assert "(1 page)" in _export(demo_db, out)
    info, text = _pdf(out)
    assert re.search(r"Pages:\s+1\b", info) and "(A4)" in info
    for heading in SECTIONS:
        assert heading in text, heading
    # The pillars with their shortfall in people, the demo's disagreement, its owners.
    assert "customers got a late package" in text and "Łódź" in text
    assert "Lý Văn Tùng" in text
    # Verbatim and redacted: placeholders, never a customer's address or phone.
    assert "[name]" in text or "[address]" in text
    assert not re.search(r"[\w.]+@[\w.]+\.\w+|\+?\d[\d ]{8,}\d", text)


def test_long_voices_are_cut_to_keep_it_one_page(long_voices: Path, tmp_path: Path) -> None:
    out = tmp_path / "pre-read.pdf"
    _export(long_voices, out)
    info, text = _pdf(out)
    assert re.search(r"Pages:\s+1\b", info)
    assert all(heading in text for heading in SECTIONS)
    assert "…" in text  # a long voice is cut at a word, and says so


def test_the_brief_as_markdown(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "pre-read.md"
    _export(demo_db, out)
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# Pre-read for the next meeting")
    assert [line[3:] for line in text.splitlines() if line.startswith("## ")] == list(
        SECTIONS[1:])
    assert text.count("\n> — ") >= 3  # the verbatim voices, each with where it came from


def test_the_window_writes_the_brief(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "brief.pdf"
    assert window.between_button.isVisible()
    with qtbot.waitSignal(window.prereading.written, timeout=30_000):
        window.prereading.write(out)
    info, text = _pdf(out)
    assert re.search(r"Pages:\s+1\b", info) and "The three pillars" in text
    assert str(out) in window.status.currentMessage()

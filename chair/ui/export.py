"""The window's document exports: chair.services.documents in the interface's language, with
Qt's PDF writer."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from chair.domain.i18n import Words
from chair.services import documents


def interface_words() -> Words:
    """The interface's language for the document."""
    from chair.config.settings import Settings
    from chair.ui import i18n
    from chair.ui.pdf import ensure_app

    app = ensure_app()
    i18n.install_once(app, Settings().get("ui.language"))
    return i18n.translate


def export_coe(detail: Any, fmt: str, path: Path, *, redacted: bool = False) -> str:
    from chair.ui.pdf import write_pdf

    return documents.write_coe(detail, fmt, path, words=interface_words(), redacted=redacted,
                               write_pdf=write_pdf)


def export_minutes(minutes: Any, fmt: str, path: Path, *, redacted: bool = True) -> str:
    from chair.ui.pdf import write_pdf

    return documents.write_minutes(minutes, fmt, path, words=interface_words(), redacted=redacted,
                                   write_pdf=write_pdf)


def export_brief(brief: Any, fmt: str, path: Path) -> str:
    """The one-page pre-read (off the GUI thread, as the minutes)."""
    from chair.ui.pdf import write_pdf

    return documents.write_brief(brief, fmt, path, words=interface_words(), write_pdf=write_pdf)


def export_minutes_files(minutes: Any, folder: Path) -> Path:
    """The minutes as Markdown and PDF in `folder` (off the GUI thread: Qt's PDF writer and
    translator may run there)."""
    from chair.ui.pdf import write_pdf

    return documents.write_minutes_files(minutes, folder, words=interface_words(),
                                         write_pdf=write_pdf)

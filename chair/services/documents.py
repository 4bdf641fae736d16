"""Writing a COE or meeting minutes to a file, as Markdown or as a PDF: the same for the
window and the command line. Markdown needs nothing but Python; a PDF is drawn by the writer
the caller passes in (Qt's, from the interface), so this layer never starts Qt itself."""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from chair.domain.errors import ChairError
from chair.domain.i18n import QT_TRANSLATE_NOOP, Words, fill

if TYPE_CHECKING:
    from chair.domain.escalation import EscalationDetail
    from chair.domain.meeting import MeetingMinutes
    from chair.services.brief import Brief

# write_pdf(html pages, path, *, title, footer) -> pages written
PdfWriter = Callable[..., int]

CANNOT_WRITE = QT_TRANSLATE_NOOP("Report", "Cannot write %1: %2")
NOTHING_WRITTEN = QT_TRANSLATE_NOOP("Report", "the PDF writer produced nothing.")
FORMATS = ("md", "pdf")


def _pdf_writer(fmt: str, write_pdf: PdfWriter | None) -> PdfWriter | None:
    """The writer to draw a PDF with; None for Markdown."""
    if fmt not in FORMATS:
        raise ChairError(f"Documents are written as md or pdf, not {fmt!r}.")
    if fmt == "md":
        return None
    if write_pdf is None:
        raise ChairError("Writing a PDF needs the interface's PDF writer.")
    return write_pdf


def write_coe(detail: EscalationDetail, fmt: str, path: Path, *, words: Words,
              redacted: bool = False, write_pdf: PdfWriter | None = None) -> str:
    """Write the COE of `detail`; returns what was written, for the user."""
    from chair.insight import coe_report

    writer = _pdf_writer(fmt, write_pdf)
    redactor = None
    if redacted:
        from chair.insight.redaction import redact

        names = tuple(v.author for v in detail.voices if v.author)
        redactor = lambda text: redact(text, names=names)  # noqa: E731
    try:
        if writer is None:
            path.write_text(coe_report.to_markdown(detail, redact=redactor, words=words),
                            encoding="utf-8")
            return str(path)
        title = fill(words("Report", coe_report.TITLE), detail.escalation.id)
        pages = writer(coe_report.to_html_pages(detail, redact=redactor, words=words), path,
                       title=title, footer=f"{title} · {detail.escalation.subject}"[:120])
    except OSError as exc:
        raise ChairError(fill(words("Report", CANNOT_WRITE), path, exc.strerror or exc)) from None
    if not path.exists() or not path.stat().st_size:
        raise ChairError(fill(words("Report", CANNOT_WRITE), path,
                              words("Report", NOTHING_WRITTEN)))
    return f"{path} ({pages} pages)"


def write_minutes(minutes: MeetingMinutes, fmt: str, path: Path, *, words: Words,
                  redacted: bool = True, write_pdf: PdfWriter | None = None) -> str:
    """Write meeting minutes; redacted when the meeting was."""
    from chair.insight import minutes_report

    writer = _pdf_writer(fmt, write_pdf)
    redactor = None
    if redacted:
        from chair.insight.redaction import redact as redactor  # type: ignore[assignment]
    try:
        if writer is None:
            path.write_text(minutes_report.to_markdown(minutes, redact=redactor, words=words),
                            encoding="utf-8")
            return str(path)
        title = minutes.title or words("Report", minutes_report.MINUTES)
        pages = writer(minutes_report.to_html_pages(minutes, redact=redactor, words=words),
                       path, title=title,
                       footer=fill(words("Report", minutes_report.FOOTER), title)[:120])
    except OSError as exc:
        raise ChairError(fill(words("Report", CANNOT_WRITE), path, exc.strerror or exc)) from None
    return f"{path} ({pages} pages)"


def write_brief(brief: Brief, fmt: str, path: Path, *, words: Words,
                write_pdf: PdfWriter | None = None) -> str:
    """Write the one-page pre-read (its voices are redacted already)."""
    from chair.services import brief_report

    writer = _pdf_writer(fmt, write_pdf)
    try:
        if writer is None:
            path.write_text(brief_report.to_markdown(brief, words), encoding="utf-8")
            return str(path)
        for fit in brief_report.FITS:  # the whole brief, then less of it, until one page
            pages = writer([brief_report.to_html(brief, words, fit)], path,
                           title=words("Report", brief_report.TITLE),
                           footer=words("Report", brief_report.FOOTER))
            if pages <= 1:
                break
    except OSError as exc:
        raise ChairError(fill(words("Report", CANNOT_WRITE), path, exc.strerror or exc)) from None
    return f"{path} ({pages} page{'s' if pages != 1 else ''})"


def minutes_base(minutes: MeetingMinutes, folder: Path) -> Path:
    """Where a meeting's minutes go, without the extension: DATE-ID-title, in `folder`."""
    slug = re.sub(r"[^\w]+", "-", minutes.title.lower()).strip("-")[:40] or "meeting"
    day = time.strftime("%Y-%m-%d", time.localtime(minutes.started_at))
    return folder / f"{day}-{minutes.id}-{slug}"


def write_minutes_files(minutes: MeetingMinutes, folder: Path, *, words: Words,
                        write_pdf: PdfWriter) -> Path:
    """A meeting's minutes as Markdown and PDF side by side (redacted when the meeting was);
    returns their common path without the extension."""
    base = minutes_base(minutes, folder)
    for fmt in FORMATS:
        write_minutes(minutes, fmt, base.with_suffix(f".{fmt}"), words=words,
                      redacted=minutes.redacted, write_pdf=write_pdf)
    return base

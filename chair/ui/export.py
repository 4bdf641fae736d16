"""Writing a COE or meeting minutes to a file, as Markdown or as a PDF (Qt's writer): the
same for the window and the command line."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from chair.domain.errors import ChairError


def export_coe(detail: Any, fmt: str, path: Path, *, redacted: bool = False) -> str:
    """Write the COE of `detail` as Markdown or PDF; returns what was written, for the user."""
    from chair.insight import coe_report

    redactor = None
    if redacted:
        from chair.insight.redact import redact

        names = tuple(v.author for v in detail.voices if v.author)
        redactor = lambda text: redact(text, names=names)  # noqa: E731
    try:
        if fmt == "md":
            path.write_text(coe_report.to_markdown(detail, redact=redactor), encoding="utf-8")
            return str(path)
        from chair.ui.pdf import write_pdf

        title = f"Correction of Error — escalation #{detail.escalation.id}"
        pages = write_pdf(coe_report.to_html_pages(detail, redact=redactor), path, title=title,
                          footer=f"{title} · {detail.escalation.subject}"[:120])  # fmt: skip
    except OSError as exc:
        raise ChairError(f"Cannot write {path}: {exc.strerror or exc}") from None
    if not path.exists() or not path.stat().st_size:
        raise ChairError(f"Cannot write {path}: the PDF writer produced nothing.")
    return f"{path} ({pages} pages)"


def export_minutes(minutes: Any, fmt: str, path: Path, *, redacted: bool = True) -> str:
    """Write meeting minutes as Markdown or PDF; redacted when the meeting was."""
    from chair.insight import minutes_report

    redactor = None
    if redacted:
        from chair.insight.redact import redact as redactor  # type: ignore[assignment]
    try:
        if fmt == "md":
            path.write_text(minutes_report.to_markdown(minutes, redact=redactor),
                            encoding="utf-8")  # fmt: skip
            return str(path)
        from chair.ui.pdf import write_pdf

        title = minutes.title or "Meeting minutes"
        pages = write_pdf(minutes_report.to_html_pages(minutes, redact=redactor), path,
                          title=title, footer=f"Minutes · {title}"[:120])  # fmt: skip
    except OSError as exc:
        raise ChairError(f"Cannot write {path}: {exc.strerror or exc}") from None
    return f"{path} ({pages} pages)"

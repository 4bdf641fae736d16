"""Writing a COE or meeting minutes to a file, as Markdown or as a PDF (Qt's writer): the
same for the window and the command line."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from chair.domain.errors import ChairError
from chair.domain.i18n import QT_TRANSLATE_NOOP
from chair.insight.document import Words
from chair.ui.format import arg

CANNOT_WRITE = QT_TRANSLATE_NOOP("Report", "Cannot write %1: %2")
NOTHING_WRITTEN = QT_TRANSLATE_NOOP("Report", "the PDF writer produced nothing.")


def _words() -> Words:
    """The interface's language for the document (from the command line too: the settings'
    language, or the system's)."""
    from chair.config.settings import Settings
    from chair.ui import i18n
    from chair.ui.pdf import ensure_app

    app = ensure_app()
    i18n.install_once(app, Settings().get("ui.language"))
    return i18n.translate


def export_coe(detail: Any, fmt: str, path: Path, *, redacted: bool = False) -> str:
    """Write the COE of `detail` as Markdown or PDF; returns what was written, for the user."""
    from chair.insight import coe_report

    words = _words()
    redactor = None
    if redacted:
        from chair.insight.redaction import redact

        names = tuple(v.author for v in detail.voices if v.author)
        redactor = lambda text: redact(text, names=names)  # noqa: E731
    try:
        if fmt == "md":
            path.write_text(coe_report.to_markdown(detail, redact=redactor, words=words),
                            encoding="utf-8")  # fmt: skip
            return str(path)
        from chair.ui.pdf import write_pdf

        title = arg(words("Report", coe_report.TITLE), detail.escalation.id)
        pages = write_pdf(coe_report.to_html_pages(detail, redact=redactor, words=words), path,
                          title=title,
                          footer=f"{title} · {detail.escalation.subject}"[:120])  # fmt: skip
    except OSError as exc:
        raise ChairError(arg(words("Report", CANNOT_WRITE), path, exc.strerror or exc)) from None
    if not path.exists() or not path.stat().st_size:
        raise ChairError(arg(words("Report", CANNOT_WRITE), path,
                             words("Report", NOTHING_WRITTEN)))
    return f"{path} ({pages} pages)"


def export_minutes(minutes: Any, fmt: str, path: Path, *, redacted: bool = True) -> str:
    """Write meeting minutes as Markdown or PDF; redacted when the meeting was."""
    from chair.insight import minutes_report

    words = _words()
    redactor = None
    if redacted:
        from chair.insight.redaction import redact as redactor  # type: ignore[assignment]
    try:
        if fmt == "md":
            path.write_text(minutes_report.to_markdown(minutes, redact=redactor, words=words),
                            encoding="utf-8")  # fmt: skip
            return str(path)
        from chair.ui.pdf import write_pdf

        title = minutes.title or words("Report", minutes_report.MINUTES)
        pages = write_pdf(minutes_report.to_html_pages(minutes, redact=redactor, words=words),
                          path, title=title,
                          footer=arg(words("Report", minutes_report.FOOTER), title)[:120])
    except OSError as exc:
        raise ChairError(arg(words("Report", CANNOT_WRITE), path, exc.strerror or exc)) from None
    return f"{path} ({pages} pages)"

"""What the exported documents share: dates as people read them, the style Qt's PDF writer
understands, paragraphs."""

from __future__ import annotations

import html
import time

from chair.domain.i18n import QT_TRANSLATE_NOOP, Words, english


def day(ts: int | None) -> str:
    return time.strftime("%Y-%m-%d", time.localtime(ts)) if ts else "—"


def stamp(ts: int | None) -> str:
    return time.strftime("%Y-%m-%d %H:%M", time.localtime(ts)) if ts else "—"


# Qt's rich text understands a subset of CSS: tables carry the boxes, no borders on blocks.
CSS = """
body { font-size: 10.5pt; color: #1d1d1f; }
h1 { font-size: 22pt; font-weight: 600; margin: 0 0 2pt 0; }
h2 { font-size: 15pt; font-weight: 600; color: #1d1d1f; margin: 0 0 4pt 0; }
p { margin: 0 0 6pt 0; line-height: 130%; }
.kicker { font-size: 9pt; color: #b3261e; font-weight: 600; letter-spacing: 1pt; }
.subtitle { font-size: 13pt; color: #3a3a3c; margin-bottom: 12pt; }
.facts td { padding: 2pt 14pt 2pt 0; vertical-align: top; }
td.label { color: #6e6e73; padding-right: 14pt; }
.who { color: #6e6e73; font-size: 9pt; margin: 0; }
.empty { color: #8e8e93; font-style: italic; }
table.actions { border-collapse: collapse; width: 100%; }
table.actions th { text-align: left; background: #ececf0; }
table.actions td { vertical-align: top; border-bottom: 1px solid #e5e5ea; }
.overdue { color: #b3261e; font-weight: 600; }
"""


RULE = "<hr>"
NOT_WRITTEN = QT_TRANSLATE_NOOP("Report", "Not written yet.")


def paras(paragraphs: list[str], words: Words = english) -> str:
    if not paragraphs:
        return f'<p class="empty">{html.escape(words("Report", NOT_WRITTEN))}</p>'
    return "".join(f"<p>{html.escape(p).replace(chr(10), '<br>')}</p>" for p in paragraphs)


def quote(text: str, who: str, words: Words = english) -> str:
    """A customer's words in a shaded box with a bar, and who said them, where."""
    return (f'<table width="100%" cellpadding="9" cellspacing="0" bgcolor="#f4f4f6" '
            f'style="margin-bottom:10pt"><tr><td width="3" bgcolor="#8e8e93"></td><td>'
            f'{paras(text.split(chr(10) + chr(10)), words)}<p class="who">— {html.escape(who)}</p>'
            f"</td></tr></table>")


def page(body: str) -> str:
    return f"<html><head><style>{CSS}</style></head><body>{body}</body></html>"

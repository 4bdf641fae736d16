"""Marks English text of the core that the interface shows translated.

The core never imports Qt, so it cannot translate; it only marks. Qt's lupdate finds these
calls by name and puts the text in the catalogues (resources/translations); the interface
translates the marked text under the same context when it shows it.
"""

from __future__ import annotations

from collections.abc import Callable

# (context, English text) -> the text in the reader's language. The window passes Qt's
# translator; without one, `english` keeps the text as written.
Words = Callable[[str, str], str]


def english(_context: str, text: str) -> str:
    return text


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


def fill(template: str, *values: object) -> str:
    """Qt's %1, %2… placeholders filled in, so that a translation can move them."""
    for i, value in reversed(list(enumerate(values, 1))):
        template = template.replace(f"%{i}", str(value))
    return template

"""Redaction for screen-share: personal data becomes typed placeholders, the rest stays."""

from __future__ import annotations

import re
from collections.abc import Iterable

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_CARD = re.compile(r"\b(?:\d[ -]?){13,19}\b")
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){3,7}(?:[ ]?[A-Z0-9]{1,4})?\b")
_ORDER = re.compile(r"(?:#\d{3}-\d{7}-\d{7}|#\d{6,}|\b[A-Z]{2,4}/\d{4,}/\d{4}\b)")
_PHONE = re.compile(
    r"(?<![\w+])(?:\+\d{1,3}[ .-]?)?(?:\(\d{2,4}\)[ .-]?)?\d{2,4}(?:[ .-]\d{2,4}){2,4}(?!\w)"
)


def _luhn(digits: str) -> bool:
    total, parity = 0, len(digits) % 2
    for i, ch in enumerate(digits):
        d = int(ch)
        if i % 2 == parity:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def _card(match: re.Match[str]) -> str:
    digits = re.sub(r"\D", "", match.group())
    return "[card]" if 13 <= len(digits) <= 19 and _luhn(digits) else match.group()


def redact(text: str, *, names: Iterable[str] = ()) -> str:
    """Replace emails, card numbers, IBANs, order numbers, phones and the given names."""
    text = _EMAIL.sub("[email]", text)
    text = _IBAN.sub("[iban]", text)
    text = _CARD.sub(_card, text)
    text = _ORDER.sub("[order]", text)
    text = _PHONE.sub("[phone]", text)
    for name in names:
        for part in {name, *name.split()}:
            if len(part.strip(".")) >= 3:
                text = re.sub(rf"(?<!\w){re.escape(part)}(?!\w)", "[name]", text)
    return text

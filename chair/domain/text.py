"""Text folding shared by search and classification: case- and diacritics-insensitive."""

from __future__ import annotations

import re
import unicodedata

# Letters that carry their mark inside the code point and so survive NFKD decomposition.
_SPECIAL = {
    "ł": "l", "Ł": "l", "đ": "d", "Đ": "d", "ð": "d", "Ð": "d", "ø": "o", "Ø": "o",
    "ħ": "h", "Ħ": "h", "ŧ": "t", "Ŧ": "t", "ı": "i", "ß": "ss", "æ": "ae", "Æ": "ae",
    "œ": "oe", "Œ": "oe", "þ": "th", "Þ": "th", "ŀ": "l", "Ŀ": "l",
}

_SPECIAL_RE = re.compile(f"[{''.join(_SPECIAL)}]")
_COMBINING_RE = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff]+")


def _special(match: re.Match[str]) -> str:
    return _SPECIAL[match.group()]


def fold(text: str) -> str:
    """Return `text` lower-cased without diacritics: "Łódź" -> "lodz", "Đà Nẵng" -> "da nang".

    The result is only for matching; what the user sees is always the original text.
    Runs inside every import, so each step is one C-level pass over the text.
    """
    if text.isascii():
        return text.lower()
    text = _SPECIAL_RE.sub(_special, text)
    return _COMBINING_RE.sub("", unicodedata.normalize("NFKD", text)).lower()


def fold_specials(text: str) -> str:
    """Replace only the letters that keep their mark under Unicode decomposition (Ł, Đ, ß...).

    SQLite's FTS5 tokenizer (unicode61, remove_diacritics 2) folds case and every other
    diacritic itself, in C; this is the part it leaves, done as cheaply as possible.
    """
    if text.isascii() or _SPECIAL_RE.search(text) is None:
        return text
    return _SPECIAL_RE.sub(_special, text)


# The sign-off a phone or a mail app appends after the words ("Sent from my iPhone",
# "Wysłane z iPhone'a", "Gửi từ điện thoại Samsung"): not the customer's words. Only after
# some text and naming a device or an app, so that "Gửi từ Hà Nội…" stays.
_DEVICE = (r"(?:i?Phone|iPad|Android|Samsung|Galaxy|Huawei|Xiaomi|Pixel|mobile|móvil|"
           r"celular|smartphone|telefonu|điện thoại|ứng dụng|aplikacji|Outlook|Gmail|Yahoo|"
           r"Mail|l'application|mon |mi |mojego )")
_TRAILING_SIGNOFF = re.compile(
    rf"(?<=\S)\s+(?:Sent from (?:my )?|Wysłane z |Envoyé (?:de|depuis) |Gửi từ |"
    rf"Enviado desde |Von meinem ){_DEVICE}[^\n]{{0,50}}$", re.IGNORECASE)
# French sets a space before ? ! : ; and inside « »: a line must never break there.
_BEFORE_PUNCTUATION = re.compile(r"(?<=\S) (?=[?!:;»])|(?<=«) ")


def without_device_signoff(text: str) -> str:
    return _TRAILING_SIGNOFF.sub("", text)


def unbreakable_punctuation(text: str) -> str:
    """Spaces before ? ! : ; » (and after «) made no-break: no lone "?" on a line of its own."""
    return _BEFORE_PUNCTUATION.sub("\u00a0", text)

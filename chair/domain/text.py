"""Text folding shared by search and classification: case- and diacritics-insensitive."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

# Letters that carry their mark inside the code point and so survive NFKD decomposition.
_SPECIAL = str.maketrans(
    {
        "ł": "l", "Ł": "l", "đ": "d", "Đ": "d", "ð": "d", "Ð": "d", "ø": "o", "Ø": "o",
        "ħ": "h", "Ħ": "h", "ŧ": "t", "Ŧ": "t", "ı": "i", "ß": "ss", "æ": "ae", "Æ": "ae",
        "œ": "oe", "Œ": "oe", "þ": "th", "Þ": "th", "ŀ": "l", "Ŀ": "l",
    }
)  # fmt: skip


@lru_cache(maxsize=4096)
def _fold_word(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.translate(_SPECIAL))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def fold(text: str) -> str:
    """Return `text` lower-cased without diacritics: "Łódź" -> "lodz", "Đà Nẵng" -> "da nang".

    The result is only for matching; what the user sees is always the original text.
    """
    if text.isascii():
        return text.lower()
    return " ".join(_fold_word(w) for w in text.split(" "))

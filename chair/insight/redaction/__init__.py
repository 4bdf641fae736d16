"""Redaction for screen-share: personal data becomes typed placeholders, the rest stays.

Placeholders: [name], [email], [phone], [address], [order], [card], [iban], [id], [date],
[url], [handle]. A number is hidden when a well-kept library says what it is — phonenumbers
(a number valid somewhere in the world), python-stdnum (IBAN, Luhn, PESEL, NIR, DNI/NIE) — or a
label does ("nr dowodu", "Kundennummer"); prices, versions and the dates of an order stay. Names
are found where people put them: introductions, titles, kin and roles ("my husband Mark", "the
courier Kike"), sign-offs and signature blocks, reply headers, labelled fields, a chat's answer
to "your name?"; then hidden wherever they recur, in any case and inflection ("Nowak",
"Nowaka"). Cities of the gazetteer are never taken for people. Every pattern is bounded and
cues are found by one pass over the words, so time grows linearly with the text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace

from chair.domain.model import Voice
from chair.domain.text import without_device_signoff
from chair.insight.redaction.finders import (
    _FOUR,
    _NATIONAL_IDS,
    _SEVEN,
    _address,
    _around,
    _card,
    _handle_shaped,
    _iban,
    _labelled,
    _long_number,
    _near,
    _phone,
    _postcode,
    _spelt_out_at,
    _spelt_out_emails,
    _url,
)
from chair.insight.redaction.names import (
    _find_names,
)
from chair.insight.redaction.patterns import (
    _ADDRESS_BY_NUMBER,
    _ALL_CUES,
    _CARD,
    _DIGITS,
    _EMAIL,
    _HANDLE,
    _HANDLE_SHAPED,
    _IBAN,
    _LABEL_KINDS,
    _LONG_NUMBER,
    _MERGE,
    _MERGE_SAME,
    _PHONE_CANDIDATE,
    _POSTCODE,
    _UK_POSTCODE,
    _URL,
    DEFAULT_ORDER_PATTERNS,
    _Words,
)


class Redactor:
    """Redaction with the order-number patterns of a company (settings may add their own)."""

    def __init__(self, order_patterns: Sequence[str] = DEFAULT_ORDER_PATTERNS) -> None:
        self.order = re.compile("|".join(f"(?:{p})" for p in order_patterns))
        self.areas: frozenset[str] = frozenset()
        self._areas_loaded = False

    def __call__(self, text: str, *, names: Iterable[str] = ()) -> str:
        if not text:
            return text
        # Each step is skipped when a C-level look finds nothing it could act on: most voices
        # have no link, no address and only a few digits.
        low = text.lower()
        if "http" in low or "www." in low:
            text = _around(text, ("http", "www.", "HTTP", "WWW."), 0, _URL, _url)
        if "@" in text:
            text = _around(text, ("@",), 64, _EMAIL, "[email]")
        if _spelt_out_at(text):
            text = _spelt_out_emails(text)
        if "@" in text:
            text = _around(text, ("@",), 0, _HANDLE, "[handle]")
        if "_" in text:
            text = _around(text, ("_",), 31, _HANDLE_SHAPED, _handle_shaped)
        digits = _DIGITS.search(text) is not None
        if digits:  # numbers: each pattern only near digits
            # IBANs, cards, national identifiers and long numbers have seven digits or more
            # close together; phones too; order numbers four.
            text = _near(text, 40, ((_IBAN, _iban), (_CARD, _card), *_NATIONAL_IDS), _SEVEN)
        # One reading of the words serves every cue: labels, streets and the names, which are
        # found now (as strings) and hidden once the numbers are placeholders.
        index = _Words(text)
        cues = index.find_many(_ALL_CUES)
        found = _find_names(text, index, cues[len(_LABEL_KINDS) + 2 : -1], names,
                            self._gazetteer())
        if digits:
            text = _labelled(text, index, cues, self._gazetteer())
            text = _near(text, 40, ((self.order, "[order]"),), _FOUR)
            text = _near(text, 30, ((_PHONE_CANDIDATE, _phone),), _SEVEN)
            text = _near(text, 40, ((_LONG_NUMBER, _long_number),), _SEVEN)
            text = _near(text, 100, ((_ADDRESS_BY_NUMBER, _address),))
            text = _near(text, 40, ((_POSTCODE, _postcode), (_UK_POSTCODE, _postcode)))
        text = found.finish(text)
        if "[" not in text:
            return text
        text = _MERGE.sub("[name]", text)
        return _MERGE_SAME.sub(r"[\1]", text)

    def _gazetteer(self) -> frozenset[str]:
        """Place names (lower case) that are never a person: the taxonomy's areas."""
        if not self._areas_loaded:
            self._areas_loaded = True
            try:
                from chair.insight.classification import default_taxonomy

                tax = default_taxonomy()
                self.areas = frozenset({a.lower() for a in tax.area_names.values()}
                                       | set(tax.area_names))
            except Exception:  # the gazetteer only refines; redaction never fails for it
                self.areas = frozenset()
        return self.areas


_default = Redactor()


def redact(text: str, *, names: Iterable[str] = ()) -> str:
    """Replace personal data in `text` with typed placeholders; `names` are people known to
    be in it (the sender's display name)."""
    return _default(text, names=names)


def redact_voice(voice: Voice) -> Voice:
    """The voice with its author, subject and text redacted (the sender's name included);
    the original is untouched."""
    names = [voice.author] if voice.author else []
    return replace(voice, author="[name]" if voice.author else "",
                   subject=redact(voice.subject, names=names),
                   text=redact(voice.text, names=names))


# More than a meeting's quote shows, far less than a long thread: what a shared screen needs.
SHARE_CHARS = 2000


def new_words(voice: Voice, limit: int = SHARE_CHARS) -> str:
    """The customer's own new words: the text before quoted history and the signature (as
    the importer marked them), at most `limit` characters, cut at a space."""
    text = voice.text
    marks = [int(v) for k in ("quote_at", "signature_at")
             if isinstance(v := voice.meta.get(k), int) and 0 < v < len(text)]
    if marks:
        text = text[: min(marks)].rstrip()
    text = without_device_signoff(text)
    if len(text) > limit:
        cut = text.rfind(" ", limit // 2, limit)
        text = text[: cut if cut > 0 else limit].rstrip() + " …"
    return text


def share_safe_voice(voice: Voice) -> Voice:
    """What a shared screen may show of a voice: its new words only, redacted, and none of
    the metadata (which holds the sender's address). Quoted history and signature blocks are
    dropped whole rather than redacted word by word: when in doubt, hide. Its cost is bounded
    whatever the voice holds."""
    return replace(redact_voice(replace(voice, text=new_words(voice))), meta={})


def share_safe_texts(author: str, subject: str, text: str, meta: str) -> tuple[str, str]:
    """share_safe_voice's subject and text, from a stored voice's columns (meta as JSON):
    what a team store's viewers read."""
    import json

    try:
        extra = json.loads(meta)
    except ValueError:
        extra = {}
    voice = share_safe_voice(Voice(source="", source_key="", received_at=0, author=author,
                                   subject=subject, text=text,
                                   meta=extra if isinstance(extra, dict) else {}))
    return voice.subject, voice.text


Redaction = Callable[[str], str]

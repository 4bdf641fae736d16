"""Finding contacts, numbers, identifiers and addresses near their cues, and their
placeholders."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date
from functools import lru_cache
from typing import Any

from chair.insight.redaction.patterns import (
    _ADDRESS_BY_WORD,
    _ADDRESS_LINK,
    _AMOUNT,
    _AREA_CODE,
    _CAPITAL,
    _CURRENCY_AFTER,
    _DAY_MONTH,
    _DIGIT_AFTER,
    _DOT,
    _LABEL_KINDS,
    _MONTH_DATE,
    _NOT_DIGIT,
    _NOT_POSTCODE_AFTER,
    _NUMBER_WORDS,
    _NUMERIC_DATE,
    _PREPOSITIONS,
    _REPEATED,
    _SAFE_TLD,
    _SENTENCE_END,
    _STREET_ENDING,
    _STREET_TOKENS,
    _STREET_WORDS,
    _TLD,
    _YEAR4,
    _adult_year,
    _is_phone,
    _luhn,
    _valid_iban,
    _Words,
)

_AT_WORDS = ("[at]", "(at)", "{at}", "[@]", "(@)", "arobase", "arroba", "małpa", "malpa",
             "a còng")
_DOT_WORDS = ("dot", "point", "punkt", "punto", "kropka", "chấm")
_AT_DOMAIN = re.compile(r"\bat[ \t]+[\w-]{1,40}\.[a-z]{2,4}\b")


def _around(text: str, marks: Sequence[str], back: int, pattern: re.Pattern[str],
            replacement: _Replacement) -> str:
    """Apply `pattern` only where one of `marks` stands (starting at most `back` characters
    before it): a link begins with "http", an address has an "@". Found with C-level finds,
    where the pattern alone would be tried at every character."""
    starts = set()
    for mark in marks:
        at = text.find(mark)
        while at >= 0:
            starts.add(at)
            at = text.find(mark, at + 1)
    spans = []
    done = 0
    for at in sorted(starts):
        if at < done:
            continue
        m = pattern.search(text, max(done, at - back), at + 80)
        if m is None or m.start() > at:
            continue
        m = pattern.match(text, m.start())  # the whole match, past the window
        if m is None:
            continue
        new = replacement if isinstance(replacement, str) else replacement(m)
        if new != m.group():
            spans.append((m.start(), m.end(), new))
        done = m.end()
    return _replace_spans(text, spans)


def _spelt_out_at(text: str) -> bool:
    """An address spelt out somewhere: "[at]", "arobase", or "at" with a spelt-out dot."""
    low = text.lower()
    if any(w in low for w in _AT_WORDS):
        return True
    if " at " not in low:
        return False
    return any(w in low for w in _DOT_WORDS) or _AT_DOMAIN.search(low) is not None


def _url(match: re.Match[str]) -> str:
    found = match.group()
    stripped = found.rstrip(".,;:!?")
    return "[url]" + found[len(stripped) :]


# The "at" of a spelt-out address: a symbol or a word ("arobase"), or "at" where a domain
# follows it ("at web punkt de", "at gmail.com"): English has an "at" in every other sentence.
_AT_SYMBOL = re.compile(r"(?i)\[at\]|\(at\)|\{at\}|\[@\]|\(@\)|\barobase\b|\barroba\b"
                        r"|\bmałpa\b|\bmalpa\b|\ba còng\b|@")
_AT_SIGN = re.compile("@")
_AT_WORD = re.compile(r"at(?<![\w]at)(?=[ \t]+[\w-]{1,40}(?:[ \t]*(?:dot|point|punkt|punto|kropka"
                      r"|chấm)\b|\.[a-z]{2,4}\b))")
_SPELT_DOMAIN = re.compile(rf"[ \t]{{0,3}}[\w-]{{1,40}}(?:{_DOT}[\w-]{{1,40}}){{0,3}}"
                           rf"(?:\.{_TLD}|{_DOT}{_SAFE_TLD})\b", re.IGNORECASE)
_SPELT_LOCAL = re.compile(rf"(?<![\w.-])[\w-]{{1,40}}(?:{_DOT}[\w-]{{1,40}}){{0,4}}[ \t]{{0,3}}\Z",
                          re.IGNORECASE)


_SPELT_DOT = re.compile(r"(?i)\[dot\]|\(dot\)|\{dot\}|\b(?:dot|point|punkt|punto|kropka|chấm)\b")
_MAIL_PROVIDERS = frozenset({
    "gmail", "googlemail", "yahoo", "hotmail", "outlook", "live", "msn", "icloud", "me", "aol",
    "gmx", "web", "t-online", "freenet", "wp", "o2", "interia", "onet", "op", "free", "orange",
    "wanadoo", "laposte", "sfr", "proton", "protonmail", "yandex", "mail", "libero", "telefonica",
    "movistar", "terra", "seznam", "zoho",
})


def _spelt_out_emails(text: str) -> str:
    """"max punkt mustermann at web punkt de", "tomek.r[at]gmail.com": found from each "at"
    (a few C-level steps each), not by a pattern tried at every word."""
    spans = []
    low = text.lower()
    # Found on the lower-case text, whose "at" the engine can jump to (same length, unless a
    # letter's lower case is longer: then the text itself, slower).
    marks = list(_AT_WORD.finditer(low if len(low) == len(text) else text))
    if len(low) == len(text):  # each spelt-out "at" found with C-level finds
        for word in ("@", *_AT_WORDS):
            sign = low.find(word)
            while sign >= 0:
                mark = _AT_SYMBOL.match(text, sign)
                if mark:
                    marks.append(mark)
                sign = low.find(word, sign + 1)
    else:
        marks += _AT_SYMBOL.finditer(text)
    for at in marks:
        domain = _SPELT_DOMAIN.match(text, at.end())
        if not domain:
            continue
        local = _SPELT_LOCAL.search(text, max(0, at.start() - 200), at.start())
        if not local:
            continue
        found = text[local.start() : domain.end()]
        if "@" in found and found.count(".") and " " not in found:
            continue  # a plain address: the email pattern's
        if at.group().lower() == "at" and not _SPELT_DOT.search(domain.group()):
            provider = domain.group().strip().split(".")[0].lower()
            if provider not in _MAIL_PROVIDERS:
                continue  # "bought it at amazon.com" is a shop, not an address
        spans.append((local.start(), domain.end(), "[email]"))
    return _replace_spans(text, spans)


def _handle_shaped(match: re.Match[str]) -> str:
    found = match.group()
    return "[handle]" if any(c.isdigit() for c in found) or found.islower() else found


def _iban(match: re.Match[str]) -> str:
    found = match.group()
    valid = _valid_iban(found)
    return "[iban]" + found[len(valid) :] if valid else found


def _card(match: re.Match[str]) -> str:
    found = match.group()
    return "[card]" if _luhn(_NOT_DIGIT.sub("", found)) else found


def _pesel(match: re.Match[str]) -> str:
    return "[id]" if _stdnum()[3].is_valid(match.group()) else match.group()


def _nir(match: re.Match[str]) -> str:
    return "[id]" if _stdnum()[2].is_valid(match.group()) else match.group()


def _dni(match: re.Match[str]) -> str:
    dni, nie, _, _ = _stdnum()
    found = match.group()
    return "[id]" if dni.is_valid(found) or nie.is_valid(found) else found


# Where numbers of seven or four digits stand (separators allowed), with what is near them.
_SEVEN = re.compile(r"\d(?:[ \t().\/-]{0,3}\d){6}(?:\D{0,80}\d(?:[ \t().\/-]{0,3}\d){6})*")
_FOUR = re.compile(r"\d(?:[-/]?\d){3}(?:\D{0,80}\d(?:[-/]?\d){3})*")
# Patterns open with the character they need, not a look-behind: the engine then jumps from
# one such character to the next in C.
_ELEVEN = re.compile(r"\d(?<!\d\d)\d{10}(?!\d)")
_NIR = re.compile(
    r"[12](?<!\d[12])[ ]?\d{2}[ ]?\d{2}[ ]?(?:\d{2}|2A|2B)[ ]?\d{3}[ ]?\d{3}[ ]?\d{2}(?!\d)")
_DNI = re.compile(r"[\dXYZ](?<!\w[\dXYZ])(?:(?<=\d)\d{7}|(?<=[XYZ])-?\d{7})-?[A-Z](?!\w)")
_SSN = re.compile(r"\d(?<![\d-]\d)\d{2}-\d{2}-\d{4}(?![\d-])")
# PESEL, NIR, DNI/NIE by their check digits; a US social security number by its shape.
_NATIONAL_IDS: tuple[tuple[re.Pattern[str], Any], ...] = (
    (_ELEVEN, _pesel), (_NIR, _nir), (_DNI, _dni), (_SSN, "[id]"))


@lru_cache(maxsize=1)
def _stdnum() -> tuple[Any, Any, Any, Any]:
    from stdnum.es import dni, nie
    from stdnum.fr import nir
    from stdnum.pl import pesel

    return dni, nie, nir, pesel


_CLUSTERS: dict[int, re.Pattern[str]] = {}
_Replacement = str | Callable[[re.Match[str]], str]


def _near(text: str, reach: int, patterns: Sequence[tuple[re.Pattern[str], _Replacement]],
          anchor: re.Pattern[str] | None = None) -> str:
    """Apply `patterns` only within `reach` characters of a digit (or of where `anchor`
    matches): a street or a postcode has a number in it, a spelt-out address an "at". A long
    text without them costs one C-level scan instead of slow patterns tried everywhere."""
    windows: list[list[int]] = []
    if anchor is None:  # runs of digits closer than 2 x reach make one window
        anchor = _CLUSTERS.get(reach)
        if anchor is None:
            anchor = _CLUSTERS[reach] = re.compile(rf"\d(?:\D{{0,{2 * reach}}}\d)*")
    if len(text) <= 2000:  # a voice of ordinary length: one window, if any
        found = anchor.search(text)
        windows = [[0, len(text)]] if found else []
    for m in anchor.finditer(text) if len(text) > 2000 else ():
        lo = max(0, m.start() - reach)
        hi = min(len(text), m.end() + reach)
        newline = text.find("\n", hi, hi + 200)  # cut at a line's end: "$" matches at a cut
        hi = min(len(text), hi + 200) if newline < 0 else newline
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], hi)
        else:
            windows.append([lo, hi])
    if not windows:
        return text
    spans = []
    for pattern, replacement in patterns:
        for lo, hi in windows:
            for m in pattern.finditer(text, lo, hi):
                new = replacement if isinstance(replacement, str) else replacement(m)
                if new != m.group():
                    spans.append((m.start(), m.end(), new))
    return _replace_spans(text, spans)


def _replace_spans(text: str, spans: list[tuple[int, int, str]]) -> str:
    if not spans:
        return text
    out = []
    at = 0
    for start, end, placeholder in sorted(spans):
        if start < at:
            continue
        out.append(text[at:start])
        out.append(placeholder)
        at = end
    out.append(text[at:])
    return "".join(out)


def _labelled(text: str, index: _Words, cues: list[list[tuple[int, int]]],
              areas: frozenset[str]) -> str:
    """Hide the identifier right after a label ("nr dowodu ABA 123456", "order 4521-8890"),
    each kind of _LABEL_KINDS (labels, value pattern, placeholder, digits it needs); dates of
    birth: after a label, or a full date whose year makes it somebody's birthday rather than
    an order's ("12.04.1987"); after an address label, the person's address up to the town;
    and streets that start with a word ("ul.", "calle", "Am")."""
    kinds = _LABEL_KINDS
    births, addresses = cues[len(kinds)], cues[len(kinds) + 1]
    found = _address_lines(text, addresses, areas)
    found.extend(_streets_by_word(text, index))
    for (_, value, placeholder, min_digits), where in zip(kinds, cues, strict=False):
        for _, end in where:
            m = value.match(text, end)
            if m and sum(c.isdigit() for c in m.group(1)) >= min_digits and "[" not in m.group(1):
                start, stop = m.span(1)
                found.append((start, stop, placeholder))
    this_year = date.today().year
    patterns = (_NUMERIC_DATE, _MONTH_DATE)
    for m in _NUMERIC_DATE.finditer(text):
        if _adult_year(m.group(), this_year):
            found.append((m.start(), m.end(), "[date]"))
    for year in _YEAR4.finditer(text):  # "7. März 1984": only where a year stands
        m = _MONTH_DATE.search(text, max(0, year.start() - 30), year.end())
        if m and m.end() == year.end() and _adult_year(m.group(), this_year):
            found.append((m.start(), m.end(), "[date]"))
    for _, end in births:
        window = text[end : end + 40]
        for pattern in patterns:
            m = pattern.search(window)
            if m:
                found.append((end + m.start(), end + m.end(), "[date]"))
                break
    return _replace_spans(text, found)


def _phone(match: re.Match[str]) -> str:
    found = match.group()
    candidate = found.rstrip(" \t.-/(")
    if _DAY_MONTH.match(candidate) and not _AREA_CODE.match(candidate):
        return found  # 12/21 (9-11 ET): a date and a time
    if _NUMERIC_DATE.fullmatch(candidate) or _CURRENCY_AFTER.match(
            match.string, match.start() + len(candidate)):
        return found
    if _AMOUNT.fullmatch(candidate):
        return found  # 1.250.000, 1,299.00: an amount
    return "[phone]" + found[len(candidate) :] if _is_phone(candidate) else found


def _long_number(match: re.Match[str]) -> str:
    """Nine digits or more in a row that nothing else explained: an account or an identifier."""
    found = match.group()
    digits = _NOT_DIGIT.sub("", found)
    if len(digits) < 9 or _NUMERIC_DATE.fullmatch(found) or _REPEATED.search(digits):
        return found
    if _CURRENCY_AFTER.match(match.string, match.end()):
        return found
    return "[iban]" if len(digits) >= 16 else "[order]"


def _streets_by_word(text: str, index: _Words) -> list[tuple[int, int, str]]:
    """Streets that start with a word ("ul.", "calle", "số", "Am", "Apt", "Hauptstraße"),
    tried only where such a word stands: the pattern's alternatives at every character cost
    0.4 s a megabyte."""
    lower = index.lower
    tokens = _STREET_TOKENS  # among the cue words found already (_STREETS is a cue table)
    starts: list[int] = []
    for i in index.hits:
        word = lower[i]
        if not (word in tokens or word == "c"):
            continue
        begin, end = index.span(i)
        if word in _PREPOSITIONS and not text[begin].isupper():
            continue  # "Am Kirchberg 4", not "in 3 days"
        if word in _NUMBER_WORDS and not _DIGIT_AFTER.match(text, end):
            continue  # "số 18 ngõ 64", not "so far"
        if word == "c" and not text.startswith("/", end):
            continue
        starts.append(begin)
    for m in _STREET_ENDING.finditer(text):  # "Hauptstraße 12", "Berliner Str. 5"
        word_start = max(text.rfind(" ", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
        starts.append(word_start)
        if word_start == m.start():  # the ending is a word of its own: a word earlier
            starts.append(max(text.rfind(" ", 0, word_start - 1),
                              text.rfind("\n", 0, word_start - 1)) + 1)
    spans: list[tuple[int, int, str]] = []
    at = 0
    for start in sorted(set(starts)):
        if start < at:
            continue
        street = _ADDRESS_BY_WORD.match(text, start)
        if street and street.end() > start:
            new = _address(street)
            if new != street.group():
                spans.append((start, street.end(), new))
                at = street.end()
    return spans


def _address(match: re.Match[str]) -> str:
    """A street, or a flat or floor that follows a comma, a colon or a line's start ("...,
    Apt 4B"; not "this unit 3 months")."""
    found = match.group()
    if _UNIT_START.match(found):
        before = match.string[max(0, match.start() - 12) : match.start()].rstrip(" \t")
        if before and not before.endswith((",", ":", "\n", "[address]")):
            return found
    return "[address]"


def _postcode(match: re.Match[str]) -> str:
    if _NOT_POSTCODE_AFTER.match(match.string, match.end()):
        return match.group()
    return "[address]"


def _address_lines(text: str, cues: list[tuple[int, int]], areas: frozenset[str]
                   ) -> list[tuple[int, int, str]]:
    """After "address"/"j'habite"/"địa chỉ", the line up to its town: every part but the town
    (and the district before it, in a long address) is the person's."""
    found: list[tuple[int, int, str]] = []
    for _, end in cues:
        m = _ADDRESS_LINK.match(text, end)
        start = m.end() if m else end
        stop = _line_end(text, start)
        parts = _comma_parts(text, start, stop)
        if not parts or not any(any(c.isdigit() for c in text[a:b]) for a, b in parts):
            continue  # "giao tới Đà Nẵng": only a town
        keep = 1
        if len(parts) >= 4 and not any(c.isdigit() for c in text[parts[-2][0] : parts[-2][1]]):
            keep = 2  # ..., Gia Lâm, Hà Nội: district and town
        head = parts[: len(parts) - keep]
        # From the first part that reads as a place to live ("7", "allée des Peupliers"; "Căn
        # hộ 1204"), not a date ("cuối cùng dời tới ngày 16 giao").
        first = next((i for i, (a, b) in enumerate(head) if _address_like(text[a:b])
                      or (_HOUSE_NUMBER.fullmatch(text[a:b]) and i + 1 < len(parts))),
                     None)
        if first is None:
            continue
        for a, b in head[first:]:
            if text[a:b].strip().lower() not in areas:
                found.append((a, b, "[address]"))
        a, b = parts[-1]
        for code in _POSTCODE_IN_TOWN.finditer(text, a, b):
            found.append((code.start(), code.end(), "[address]"))
    return found


_STREETISH = re.compile(rf"(?i:\b(?:{_STREET_WORDS}|apt|suite|unit|flat|bât|appt|piso|căn hộ|tầng"
                        rf"|tòa|lầu|phòng|m\.|lok\.)(?![\w]))")
_HOUSE_NUMBER = re.compile(r"\d{1,5}[a-zA-Z]?")
_UNIT_START = re.compile(r"(?i:apt|apartment|suite|unit|flat|floor|fl|bât|bâtiment|bat|appt?|"
                         r"appartement|esc|escalier|étage|etage|piso|puerta|portal|lok|lokal|"
                         r"mieszkanie|whg|wohnung|stiege|căn hộ|can ho|phòng|tầng|tang|lầu|tòa|"
                         r"toà|toa|block|lô|bus)\b")


def _address_like(part: str) -> bool:
    """A digit and a proper name or a street word: "72 Lê Thánh Tôn", "ul. Zielona 12 m. 4"."""
    if not any(c.isdigit() for c in part):
        return False
    return bool(_CAPITAL.search(part) or _STREETISH.search(part))


_POSTCODE_IN_TOWN = re.compile(
    r"(?<![\w-])(?:\d{2}-\d{3}|\d{4,5}(?:-\d{4})?|[A-Z]{1,2}\d[A-Z\d]?[ ]?\d[A-Z]{2})(?![\w-])")
_ABBREVIATION = re.compile(r"(?:^|[\s,(])[\w]{1,4}$")


def _line_end(text: str, start: int) -> int:
    """Where the sentence or line that starts at `start` ends (not at "ul." or "Avda.")."""
    for m in _SENTENCE_END.finditer(text, start, min(len(text), start + 300)):
        if m.group() == "\n":
            return m.start()
        if not _ABBREVIATION.search(text, max(start, m.start() - 6), m.start()):
            return m.start()
    return min(len(text), start + 300)


def _comma_parts(text: str, start: int, stop: int) -> list[tuple[int, int]]:
    parts = []
    at = start
    comma = text.find(",", start, stop)
    while comma >= 0:
        parts.append((at, comma))
        at = comma + 1
        comma = text.find(",", at, stop)
    parts.append((at, stop))
    out = []
    for a, b in parts:
        while a < b and text[a] in " \t":
            a += 1
        while b > a and text[b - 1] in " \t.":
            b -= 1
        if b > a:
            out.append((a, b))
    return out

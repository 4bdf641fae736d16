"""Finding names where people put them, then hiding them wherever they recur."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from chair.insight import personal_words as words
from chair.insight.redaction.finders import (
    _replace_spans,
)
from chair.insight.redaction.patterns import (
    _ANSWER_LINE,
    _CAMEL,
    _CLAUSE_END,
    _CLOSED,
    _CLOSING_LINK,
    _COLON,
    _DASH_NAME,
    _DOT_SPACE,
    _GREETINGS,
    _HEADER_VALUE,
    _HERE_CLOSED,
    _IN_PARENTHESES,
    _LABELLED_LINE,
    _LAST_WORDS,
    _LEADING_GREETING,
    _LINE_IS_NAME,
    _LOWER_NAME_AT,
    _LOWER_NAME_ONLY,
    _NAME_AT,
    _NAME_BEFORE,
    _NAME_BEFORE_ADDRESS,
    _NAME_BESIDE_CONTACT,
    _NAME_PREFIX,
    _NAME_SPLIT,
    _NAME_TOKEN,
    _RELATION_LINK,
    _SIGNATURE,
    _SPACE,
    _SPEAKER,
    _THEN_LOWER,
    _TICKET_NAME_END,
    _Words,
)

# --- names -------------------------------------------------------------------------------


class _Names:
    """The names found in one text, then hidden wherever they recur."""

    def __init__(self, areas: frozenset[str]) -> None:
        self.areas = areas
        self.seen: dict[str, tuple[int, set[str]]] = {}
        self.cased: set[str] = set()  # found by a cue: hidden where capitalised
        self.any_case: set[str] = set()  # the sender's: hidden in any case

    def add(self, name: str, *, any_case: bool = False, full_only: bool = False) -> None:
        if not name:
            return
        seen = self.seen.get(name)  # a long thread names the same people again and again
        if seen is None:
            seen = self.seen[name] = self._parts(name)
        count, parts = seen
        if not parts or (full_only and count < 2):
            return
        # A name found in lower case ("its dan mckenzie") is hidden in any case.
        (self.any_case if any_case or name.islower() else self.cased).update(parts)

    def _parts(self, name: str) -> tuple[int, set[str]]:
        """How many words a name has, and those worth hiding alone; (0, set()) when it is not
        a person's name (a place, a brand, a carrier, a phrase of everyday words)."""
        tokens = [w.strip(".,") for w in name.split()]
        while tokens and _not_name(tokens[0]):
            tokens.pop(0)
        while tokens and _not_name(tokens[-1]):
            tokens.pop()
        if not tokens or " ".join(tokens).lower() in self.areas or any(map(_brand, tokens)):
            return 0, set()
        if len(tokens) > 1 and all(t.lower() in _everyday_words() for t in tokens):
            return 0, set()  # "Giao Hàng Nhanh" is a carrier: its words are a phrase
        parts = set()
        for token in tokens:
            for piece in (token, *token.split("-")):
                low = piece.lower()
                # Inside a name every word counts ("Lê Thu Hà": "Thu" is no Thursday here).
                if (len(piece) >= 2 and low not in words.PARTICLES and low not in self.areas
                        and not piece.isdigit()):
                    parts.add(piece)
        return len(tokens), parts

    def finish(self, text: str) -> str:
        """`text` (its numbers already placeholders) with the names beside a phone or an email
        ("Sofía Herrera (+34 611 222 333)") added, and every name hidden."""
        for mark in ("[phone]", "[email]"):  # looked for back from each placeholder
            at = text.find(mark)
            while at >= 0:
                m = _NAME_BESIDE_CONTACT.search(text, max(0, at - 120), at)
                if m:
                    self.add(m.group("name"))
                at = text.find(mark, at + 1)
        return self.hide(text)

    def hide(self, text: str) -> str:
        """`text` with every found part (and its inflections) as [name]."""
        if not self.cased and not self.any_case:
            return text
        exact: dict[str, bool] = {}  # a part in lower case -> hidden in any case
        for part in self.cased:
            exact.setdefault(part.lower(), False)
        for part in self.any_case:
            exact[part.lower()] = True
        stems: dict[str, bool] = {}  # "nowa" of "Nowak" finds "Nowaka", "Nowakiem"
        for part, any_case in exact.items():
            if len(part) >= 5:
                stems[part[:-1]] = stems.get(part[:-1], False) or any_case
        lengths = sorted({len(s) for s in stems})

        def is_name(token: str) -> bool:
            low = token.lower()
            upper = token[0].isupper()
            known = exact.get(low)
            if known is not None:
                return known or upper
            for n in lengths:
                if n < len(low) <= n + 4:
                    stem = stems.get(low[:n])
                    if stem is not None and (stem or upper):
                        return True
            return False

        low = text.lower()
        if len(text) > 20_000 and len(exact) + len(stems) <= 200 and len(low) == len(text):
            # A long text: one C-level pass over its lower case for every spelling of the
            # names, each match checked for case and inflection, not a look at every word.
            pattern = re.compile(r"(?<![\w'’])(?:" + "|".join(
                [*map(re.escape, sorted(exact, key=len, reverse=True)),
                 *(re.escape(stem) + r"[^\W\d_]{1,4}" for stem in stems)]) + r")(?![\w'’])")
            spans = [(m.start(), m.end(), "[name]") for m in pattern.finditer(low)
                     if is_name(text[m.start() : m.end()])]
            return _replace_spans(text, spans)
        hits = {t for t in set(_NAME_TOKEN.findall(text)) if is_name(t)}  # each word once
        if not hits:
            return text
        if len(hits) <= 8:  # the usual case: find each word with C-level scans
            spans = []
            for hit in hits:
                at = text.find(hit)
                while at >= 0:
                    end = at + len(hit)
                    if ((at == 0 or not _WORDISH(text[at - 1]))
                            and (end == len(text) or not _WORDISH(text[end]))):
                        spans.append((at, end, "[name]"))
                    at = text.find(hit, end)
            return _replace_spans(text, spans)
        # Many names in a long text: every word from one C-level split, the names swapped.
        pieces = _NAME_SPLIT.split(text)
        pieces[1::2] = ["[name]" if w in hits else w for w in pieces[1::2]]
        return "".join(pieces)


def _WORDISH(char: str) -> bool:
    return char.isalnum() or char in "'’_"


def _not_name(token: str) -> bool:
    low = token.lower()
    return low in words.NOT_NAMES or low in words.PARTICLES


def _brand(token: str) -> bool:
    """A word with a capital inside that no surname has: "PcComponentes", "AirPods"."""
    inner = _CAMEL.search(token)
    return bool(inner) and not _NAME_PREFIX.match(token)


@lru_cache(maxsize=1)
def _everyday_words() -> frozenset[str]:
    """The words of the classifier's cues, in every language: a phrase made only of them is
    not a person ("Giao Hàng Nhanh", "Royal Mail" are carriers)."""
    try:
        from chair.insight.classification import default_taxonomy

        tax = default_taxonomy()
    except Exception:  # the cue words only refine; redaction never fails for them
        return frozenset()
    found: set[str] = set()
    for language in tax.languages.values():
        for cues in language.written.exact.values():
            for cue in cues:
                found.update(str(part[1]) for part in cue.parts if part[0] == 0)
    return frozenset(found | {"royal", "mail", "post", "express", "best", "buy", "smart"})


def _name_after(text: str, end: int, *, lower: bool = False) -> str:
    """The name right after a cue that ends at `end` (after a comma, a colon or "là")."""
    m = _RELATION_LINK.match(text, end)
    start = m.end() if m else end
    found = _NAME_AT.match(text, start)
    if found:
        return found.group()
    if lower:
        low = _LOWER_NAME_AT.match(text, start)
        if low and not any(w in words.NOT_AFTER_INTRO for w in low.group().split()):
            return low.group()
    return ""


def _chat_line(text: str, start: int) -> bool:
    """A chat speaker ("Visitor:", "Cliente :") opens the line `start` is on."""
    line_start = text.rfind("\n", 0, start) + 1
    speaker = _SPEAKER.match(text, line_start, start)
    return speaker is not None and speaker.group(1).strip().lower() not in words.NOT_NAME_FIELDS


def _at_line_start(text: str, start: int) -> bool:
    """Only a chat speaker ("Client :"), a greeting, a quote mark or nothing before `start`."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start]
    speaker = _SPEAKER.match(before)
    if speaker:
        before = before[speaker.end() :]
    before = _LEADING_GREETING.sub("", before)
    return before.strip(" \t,.!") == ""


def _find_names(text: str, index: _Words, cues: list[list[tuple[int, int]]],
                known: Iterable[str], areas: frozenset[str]) -> _Names:
    """The names in `text`: the known ones and those where people put them. `cues` are where
    the _NAME_CUES stand, in that order."""
    found = _Names(areas)
    for name in known:
        found.add(name, any_case=True)
    (strong, weak, honorifics, relations, before_name, after_name, closings, headers, fields,
     questions) = cues
    for _, end in strong:
        found.add(_name_after(text, end, lower=True))
    for start, end in weak:
        # A full name anywhere ("je suis Hélène Castelnau-Vidal"); in a chat ("Visitor: hi its
        # dan mckenzie") one word or lower case too; elsewhere one word that ends the clause
        # ("Mình là Khoa, ai bị...") after "I am", not after "it's" ("It's Perfect.").
        chat = _chat_line(text, start) and _at_line_start(text, start)
        name = _name_after(text, end, lower=chat)
        if not name or name.split()[0].lower() in words.NOT_AFTER_INTRO:
            continue
        name_end = end + text[end:].find(name) + len(name)
        closed = _CLOSED.match(text[name_end : name_end + 4])
        single_ok = chat or (bool(closed) and text[start:end].lower() in words.SELF_INTROS)
        found.add(name, full_only=not single_ok)
    for start, end in honorifics:
        cue = text[start:end]
        if cue.lower() in words.CAPITALISED_HONORIFICS and not cue[0].isupper():
            continue  # "I miss Paris", "don't": only "Miss", "Don" are titles
        dot = r"\.?" if cue.lower() in words.ABBREVIATED_HONORIFICS else ""
        m = (_DOT_SPACE if dot else _SPACE).match(text, end)
        if m:
            n = _NAME_AT.match(text, m.end())
            if n:
                found.add(n.group())
    for _, end in relations:
        found.add(_name_after(text, end))
    for start, end in before_name:
        cue = text[start:end].lower()
        if cue in words.PREPOSITIONS and not text[start].islower():
            continue  # "Will Buy Again From Best Buy": title case, not a person
        m = _SPACE.match(text, end)
        n = _NAME_AT.match(text, m.end()) if m else None
        if n:
            after = text[n.end() : n.end() + 12].split()
            single_ok = (cue in ("ask", "asked") and bool(after)
                         and after[0].lower() in words.SINGLE_NAME_AFTER)
            found.add(n.group(), full_only=cue in words.NEEDS_FULL_NAME and not single_ok)
    for start, end in after_name:
        # "Paulina from support", and "Hoa đây" / "Anna here." opening a line.
        n = _NAME_BEFORE.search(text, max(0, start - 80), start)
        if not n:
            continue
        if text[start:end].lower() in words.HERE:
            closed = _HERE_CLOSED.match(text[end : end + 3])
            if not closed or not _at_line_start(text, n.start("name")):
                continue
        found.add(n.group("name"))
    _closings(text, closings, found)
    _fields(text, headers, fields, questions, found)
    for m in _IN_PARENTHESES.finditer(text) if "(" in text else ():
        before = text[max(0, m.start() - 20) : m.start()].split()
        if before and before[-1].lower().strip(",") in words.SELF_OR_KIN:
            found.add(m.group("name"), full_only=True)  # "a ja (Agnieszka Dąbrowska) czekałem"
    patterns = [_GREETINGS]
    if "-" in text or "—" in text or "–" in text or "~" in text:
        patterns.extend((_DASH_NAME, _SIGNATURE))
    for pattern in patterns:
        for m in pattern.finditer(text):
            found.add(m.group("name"))
    at = text.find("<")
    while at >= 0:  # "Name <address>": looked for back from each "<", not at every capital
        m = _NAME_BEFORE_ADDRESS.search(text, max(0, at - 120), at + 1)
        if m:
            found.add(m.group("name"))
        at = text.find("<", at + 1)
    tail = text.rstrip()[-120:]
    last = _LAST_WORDS.search(tail)
    if last:
        # A name closing a message on its own line, or after the last sentence of a message
        # that opened with a greeting ("Witam, ... nr dowodu [id]. Renata Pawlak").
        found.add(last.group("name"), full_only=True)
    return found


def _closings(text: str, closings: list[tuple[int, int]], found: _Names) -> None:
    """"Regards, Helen Oduya", "Pozdrawiam\\nBeata Szymańska\\nKierownik Zakupów"."""
    for start, end in closings:
        line_start = text.rfind("\n", 0, start) + 1
        before = text[line_start:start].strip(" \t>")
        if before and not before.endswith((".", "!", "?")):
            continue  # "thanks for nothing" inside a sentence
        m = _CLOSING_LINK.match(text, end)
        if not m:
            continue
        n = _NAME_AT.match(text, m.end())
        if n and _CLAUSE_END.match(text, n.end()):
            # "Cảm ơn Tiki", "Thanks Amazon": a shop thanked on the same line is not a name.
            same_line = "\n" not in text[end : n.start()]
            found.add(n.group(), full_only=same_line and "," not in text[end : n.start()])


def _fields(text: str, headers: list[tuple[int, int]], fields: list[tuple[int, int]],
            questions: list[tuple[int, int]], found: _Names) -> None:
    """Labelled fields and chat lines: "From: Name <...>", "Name: ...", "Litige : Yannick Le
    Goff conteste...", and the answer to "your name?"."""
    for start, end in headers:
        if _at_line_start(text, start):
            m = _HEADER_VALUE.match(text, end)
            if m and "@" not in m.group("name") and "[" not in m.group("name"):
                found.add(m.group("name"), any_case=True)
    for start, end in fields:
        if not _at_line_start(text, start):
            continue
        m = _COLON.match(text, end)
        if m:
            n = _NAME_AT.match(text, m.end()) or _LOWER_NAME_AT.match(text, m.end())
            if n:
                found.add(n.group())
    for line in _LABELLED_LINE.finditer(text):
        # A ticket's first words: "VIP: Wojciech van der Linden-Kowalski, tel.", "Litige :
        # Yannick Le Goff conteste...", "Client : Gérard Lambert".
        if line.group(1).strip().lower() not in words.TICKET_LABELS:
            continue
        n = _NAME_AT.match(text, line.start(2))
        if n and (len(n.group().split()) >= 2 or _chat_line(text, line.start(2))):
            rest = text[n.end() : n.end() + 3]
            if _TICKET_NAME_END.match(rest) or _THEN_LOWER.match(rest):
                found.add(n.group())
    for start, _ in questions:
        line_end = text.find("\n", start)
        if line_end < 0:
            continue
        next_line = _ANSWER_LINE.match(text, line_end)
        if next_line:
            answer = next_line.group("name").strip().rstrip(".!")
            if _LINE_IS_NAME.fullmatch(answer) or _LOWER_NAME_ONLY.fullmatch(answer):
                found.add(answer)



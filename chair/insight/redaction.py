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
from datetime import date
from functools import lru_cache
from itertools import accumulate
from typing import Any

from chair.domain.model import Voice
from chair.insight import personal_words as words

# Letters of the Latin scripts chair meets (Polish, French, German, Spanish, Vietnamese...).
_UPPER = "A-Z" + "".join(
    c for code in (*range(0xC0, 0x250), *range(0x1E00, 0x1F00)) if (c := chr(code)).isupper()
)
_LOWER = "a-z" + "".join(
    c for code in (*range(0xDF, 0x250), *range(0x1E00, 0x1F00)) if (c := chr(code)).islower()
)
# A capitalised word, not an all-capitals one (shouting, "TX", "UK" are not names).
_CAP = rf"[{_UPPER}](?:[{_LOWER}]|['’][{_UPPER}])[{_UPPER}{_LOWER}'’]{{0,30}}"
_NAME_WORD = rf"(?:{_CAP}(?:-{_CAP}){{0,2}}|[{_UPPER}]\.)"
_PARTICLE = r"(?:de|da|das|dos|do|del|della|di|du|des|la|le|van|von|der|den|ter|ten|zu|y|bin|al|el)"
_NAME = rf"{_NAME_WORD}(?:(?:[ \t]+{_PARTICLE}){{0,2}}[ \t]+{_NAME_WORD}){{0,4}}"
_LOWER_NAME = rf"[{_LOWER}]{{2,30}}(?:[ \t]+[{_LOWER}]{{2,30}}){{0,2}}"
_NAME_AT = re.compile(_NAME)
_LOWER_NAME_AT = re.compile(rf"{_LOWER_NAME}(?=[ \t]*(?:[,.!;]|$))", re.MULTILINE)
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_WORD_SPLIT = re.compile(r"([^\W_]+(?:['’][^\W_]+)*)")

_URL = re.compile(r"(?<![\w/@])(?:https?://|www\.)[^\s<>\"'\]\)]{1,2000}", re.IGNORECASE)
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}")
_TLD = (r"(?:com|net|org|info|biz|io|eu|de|fr|es|pl|vn|it|nl|be|ch|at|uk|co|pt|cz|ru|us|ca|au"
        r"|ie|se|dk|no|fi|edu|gov|mx|ar|br)")  # fmt: skip
_DOT = (r"(?:[ \t]{0,3}(?:\[dot\]|\(dot\)|\{dot\}|\bdot\b|\bpoint\b|\bpunkt\b|\bpunto\b"
        r"|\bkropka\b|\bchấm\b)[ \t]{0,3}|\.)")  # fmt: skip
_AT = (r"[ \t]{0,3}(?:\[at\]|\(at\)|\{at\}|\[@\]|\(@\)|\bat\b|\barobase\b|\barroba\b|\bmałpa\b"
       r"|\bmalpa\b|\ba còng\b|@)[ \t]{0,3}")  # fmt: skip
# "max punkt mustermann at web punkt de", "tomek.r[at]gmail.com"
# After a spelt-out dot only a domain that is no everyday word: "because at this point it".
_SAFE_TLD = r"(?:com|net|org|info|biz|eu|de|fr|es|pl|vn|nl|ch|uk|pt|cz|ru|ca|au|ie|se|dk|fi|edu)"
_HANDLE = re.compile(r"(?<![\w@.])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,29}[A-Za-z0-9_])?")
_HANDLE_SHAPED = re.compile(r"(?<![\w@.])[A-Za-z][A-Za-z0-9.]{0,29}_[A-Za-z0-9_]{1,30}(?![\w@])")
_IBAN = re.compile(r"[A-Z](?<![A-Z0-9][A-Z])[A-Z]\d{2}(?:[ ]?[A-Z0-9]){11,30}(?![A-Z0-9])")
_CARD = re.compile(r"\d(?<!\d\d)(?<!\d[.,]\d)(?:[ -]?\d){12,18}(?!\d|[.,]\d)")
_LONG_NUMBER = re.compile(r"\d(?<![\w.,]\d)(?:[ -]?\d){7,33}(?![\w]|[.,]\d)")
_ID_VALUE = re.compile(r"[ \t]*(?:nr\.?|no\.?|n°|nº|number|numer|:|#)?[ \t]*:?[ \t]*"
                       r"([A-Z0-9][A-Z0-9 \-/]{3,22}[A-Z0-9])", re.IGNORECASE)  # fmt: skip
_ORDER_VALUE = re.compile(r"[ \t]*(?:nr\.?|no\.?|n°|nº|number|numer|numéro|número|id|#|:)?"
                          r"[ \t]*(?:nr\.?|no\.?|n°|nº|#|:)?[ \t]*"
                          r"(#?[A-Z]{0,5}[-/ ]?\d[\dA-Z]{0,24}(?:[-/][\dA-Z]{1,12}){0,4})",
                          re.IGNORECASE)  # fmt: skip
_NUMERIC_DATE = re.compile(
    r"\d(?<![\d.,/]\d)(?:\d?[./-]\d{1,2}[./-](?:\d{4}|\d{2})|\d{3}-\d{2}-\d{2})(?![\d/])")
_MONTHS = "|".join(words.MONTHS)
_MONTH_DATE = re.compile(
    rf"(?<!\d)\d{{1,2}}\.?[ \t]+(?:de[ \t]+)?(?:{_MONTHS})\.?[ \t]+(?:de[ \t]+)?\d{{4}}"
    rf"|(?:{_MONTHS})\.?[ \t]+\d{{1,2}},?[ \t]+\d{{4}}", re.IGNORECASE)  # fmt: skip
_YEAR4 = re.compile(r"(?:1(?<!\d1)9|2(?<!\d2)0)\d\d(?!\d)")
_DIGITS = re.compile(r"\d")
_URL_HINT = re.compile(r"(?i)https?://|www\.")
# An "at" of a spelt-out address: "tomek.r[at]gmail", "arobase", "at web punkt".
_PHONE_CANDIDATE = re.compile(
    r"(?=[+(\d])(?<![\w+/.,-])(?:\+|00)?(?:\(\d{1,4}\)[ .-]?|\d)[\d \t().\/-]{5,22}\d(?![\w/])")
_CURRENCY_AFTER = re.compile(r"[ \t]?(?:€|\$|£|(?:zł|zl|đ|eur|usd|pln|vnd|vnđ|k|tr|triệu|euros?)"
                             r"(?![^\W\d_]))", re.IGNORECASE)  # fmt: skip
_REGIONS = ("US", "GB", "PL", "FR", "DE", "ES", "VN", "IT", "NL", "BE", "CH", "AT", "PT", "IE")

# Each opens with the character it needs (then looks behind): the engine jumps between those.
DEFAULT_ORDER_PATTERNS: tuple[str, ...] = (
    r"\d(?<!\w\d)\d{2}-\d{7}-\d{7}\b",  # 114-3927481-6620571
    r"#[ ]?[A-Z]{0,4}-?\d{4,}(?:-\d+)*\b",  # #A12345, #UK-884201
    r"[A-Z](?<!\w[A-Z])[A-Z]{0,3}-\d{5,}\b",  # K-2208817, PL-559201
    r"[A-Z](?<!\w[A-Z])[A-Z]{1,3}-\d{4}-\d{3,}\b",  # FR-2024-00981
    r"[A-Z](?<!\w[A-Z])[A-Z]{1,4}\d{8,}\b",  # SPX240611889203, VN2024112233
    r"[A-Z](?<!\w[A-Z])[A-Z]{1,4}/\d{3,}/\d{2,4}\b",  # ZAM/11000/2026
)

# Words that open a street name; ones that are also everyday words ("so", "place") are not
# here, or "so far I have it for 2 weeks" would become an address.
_VI_LANES = "ngõ|ngo|ngách|ngach|hẻm|hem|kiệt|kiet"
_DAY_MONTH = re.compile(r"\d{1,2}/\d{1,2}\b")
_AREA_CODE = re.compile(r"\d{2,4}[ \t]*/[ \t]")
_STREET_WORDS = (
    r"ul\.|ulica|ulicy|al\.|aleja|alei|os\.|osiedle|pl\.|plac|"
    r"rue|avenue|av\.|boulevard|bd|allée|allee|chemin|impasse|quai|place|route|cours|"
    r"calle|c/|avenida|avda\.?|av\.|paseo|carrer|camino|plaza|ronda|travesía|"
    r"ngõ|ngách|hẻm|đường|phố|kiệt"
)  # fmt: skip
# Streets that start with their number: "12 rue Oberkampf", "77 Elmwood Avenue", "123 Nguyễn
# Thị Thập, Quận 7", "3º B". A C-level scan jumps from digit to digit.
_ADDRESS_BY_NUMBER = re.compile(
    r"\d(?<!\w\d)(?:"
    # 123 Nguyễn Thị Thập, Quận 7 / 123 Nguyen Van Cu, Q.5
    rf"\d{{0,4}}[a-zA-Z]?(?:/\d+)?[ \t](?:(?i:đường|duong|phố|pho)[ \t])?"
    rf"(?:[{_UPPER}][\w]{{0,15}}[ \t]?){{1,5}},[ \t]?"
    r"(?i:quận|quan|q\.|phường|phuong|p\.|huyện|huyen)[ \t]?\w{1,15}"
    # 12 rue Oberkampf / 7, allée des Peupliers / 18 bis rue des Capucins
    rf"|\d{{0,4}}[a-zA-Z]?,?[ \t](?:bis[ \t]|ter[ \t])?(?i:(?:{_STREET_WORDS}))"
    r"[ \t][\w'’.\- ]{2,40}?(?=$|[,.;\n])"
    # 1423 Pine St / 808 Howell Street Apt 12 / 77 Elmwood Avenue
    r"|\d{0,5}[ \t](?:[NSEW]\.?[ \t])?(?:[A-Z][\w'’.-]{0,20}[ \t]){1,3}"
    r"(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Dr|Drive|Ln|Lane|Way|Ct|Court|Pl|Place|Ter"
    r"|Terrace|Pkwy|Hwy|Highway|Cir|Circle)\b\.?"
    r"(?:[ \t](?:[NSEW]{1,2}|Apt\.?[ \t]?\w{1,5}|Suite[ \t]\w{1,5}|Unit[ \t]\w{1,5}"
    r"|#[ \t]?\w{1,5}))*"
    # 3º B / 4º izq.
    r"|\d?[ºª°][ \t]?(?:[A-Z]\b|(?i:izq(?:uierda)?|dcha|der(?:echa)?|centro)\.?)"
    r")",
)
# Streets that start with a word: "ul. Zielona 12 m. 4", "C/ Gran Vía 28", "số 18 ngõ 64",
# "Hauptstraße 12", "Am Kirchberg 4", "Apt 4B", "Résidence Les Pins". Tried only when one of
# their words is in the text (_STREET_TOKENS, _STREET_ENDING).
_ADDRESS_BY_WORD = re.compile(
    r"(?:"
    # số 18 ngõ 64 Nguyễn Lương Bằng / so 5 ngo 12 Tran Duy Hung
    rf"(?:\b[Ss]ố|\b[Ss]o)(?=[ \t]?\d{{1,5}}[a-zA-Z]?(?:/\d+)?(?:[ \t](?i:{_VI_LANES}|đường|duong"
    rf"|phố|pho)\b|[ \t][{_UPPER}]))"
    rf"[ \t]?\d{{1,5}}[a-zA-Z]?(?:/\d+)?(?:[ \t](?i:{_VI_LANES})[ \t]?\d{{1,5}}(?:/\d+)?)*"
    rf"(?:[ \t](?i:đường|duong|phố|pho))?(?:[ \t][{_UPPER}][\w]{{0,15}}){{0,5}}"
    # ul. Puławska 145 m. 12 / calle Mayor 12 / rue X 12 / C/ Gran Vía 28
    rf"|(?i:(?<![\w/])(?:{_STREET_WORDS}))[ \t]*"
    rf"(?:(?:de|del|la|los|las|du|des|le|van|von|di)[ \t]+){{0,2}}"
    rf"[{_UPPER}][\w'’.\- ]{{1,35}}?[ \t]\d{{1,5}}[a-zA-Z]?"
    r"(?:[ \t]?/[ \t]?\d{1,4}(?!\d|\.\d)|[ \t](?:m\.|lok\.|apt\.?|piso)[ \t]?\d{1,4})?"
    # Hauptstraße 12 / Berliner Str. 5 / Keizersgracht 123 / Am Kirchberg 4
    r"|\b[A-ZÄÖÜ][\wäöüß-]{0,30}(?:straße|strasse|str\.|weg|allee|platz|gasse|ring|damm|ufer|"
    r"straat|gracht|laan|plein|kade|dijk|singel|dreef|steeg)[ \t]\d{1,4}[a-z]?"
    r"|\b[A-ZÄÖÜ][\wäöüß-]{0,30}[ \t](?:Str\.|Straße|Strasse|Weg|Allee|Platz|Gasse|Ring|Damm)"
    r"[ \t]\d{1,4}[a-z]?"
    r"|\b(?:Am|An[ \t]der|An[ \t]den|Auf[ \t]der|Auf[ \t]dem|Im|In[ \t]der|In[ \t]den|Zum|Zur"
    r"|Unter[ \t]den)"
    r"[ \t][A-ZÄÖÜ][\wäöüß-]{1,30}[ \t]\d{1,4}[a-z]?"
    # Apt 4B / bât. C / apt 12 / Căn hộ 1204 / tòa S2.03 / tầng 5
    r"|\b(?i:apt|apartment|suite|unit|flat|floor|fl|bât|bâtiment|bat|appt?|appartement|esc|"
    r"escalier|étage|etage|piso|puerta|portal|lok|lokal|mieszkanie|whg|wohnung|stiege|"
    r"căn hộ|can ho|phòng|tầng|tang|lầu|tòa|toà|toa|block|lô|bus)\.?[ \t]?#?"
    r"(?=[\w.]{0,7}\d)[A-Z0-9][\w.]{0,7}\b"
    r"|\b(?i:bât|bâtiment|bat|escalier|esc|block|tòa|toà)\.?[ \t][A-Z]\b"
    r"|\bR(?:é|e)sidence(?:[ \t]+[A-Z][\w'’-]{0,20}){1,3}"
    r")",
)
_STREET_TOKENS = frozenset("""
ul al os pl ulica ulicy aleja alei osiedle plac rue avenue av boulevard bd allée allee chemin
impasse quai place route cours calle avenida avda paseo carrer camino plaza ronda travesía
ngõ ngách hẻm đường phố kiệt số so ngo ngach hem am an in auf im zum zur unter apt apartment
suite unit flat
floor fl bât bâtiment bat app appt appartement esc escalier étage etage piso puerta portal lok
lokal mieszkanie whg wohnung stiege căn can phòng tầng tang lầu tòa toà toa block lô bus
résidence residence
""".split())  # noqa: SIM905 (a word list reads best as words)
_PREPOSITIONS = frozenset({"am", "an", "auf", "im", "in", "zum", "zur", "unter"})
_NUMBER_WORDS = frozenset({"số", "so"})
_DIGIT_AFTER = re.compile(r"[ \t]?\d")
_STREET_ENDING = re.compile(r"(?:straße|strasse|str\.|weg|allee|platz|gasse|ring|damm|ufer|straat|"
                            r"gracht|laan|plein|kade|dijk|singel|dreef|steeg|Str\.|Straße|Weg)"
                            r"[ \t]\d")  # fmt: skip
_POSTCODE = re.compile(
    r"\d(?:"
    rf"(?<![\w-]\d)\d-\d{{3}}(?=[ \t]+[{_UPPER}])"  # 80-210 Gdańsk
    rf"|(?<![\w.,]\d)\d{{4}}(?=[ \t]+[{_UPPER}][{_LOWER}])"  # 69001 Lyon, 28013 Madrid
    r"|(?<=\b[A-Z]{2}[ \t]\d)\d{4}(?:-\d{4})?\b"  # TX 78746
    r"|(?<=\[address\],[ \t]\d)\d{3,4}(?=[ \t]+[A-Z])"  # [address], 8001 Zürich
    r")"
)
_UK_POSTCODE = re.compile(r"[A-Z](?<!\w[A-Z])[A-Z]?\d[A-Z\d]?[ \t]?\d[A-Z]{2}\b")  # M14 5RT
_NOT_POSTCODE_AFTER = re.compile(r"[ \t]+(?:Euro|EUR|Euros|Złotych|Dollars?|Stück|Kunden|Fälle)\b")
_SENTENCE_END = re.compile(r"[.!?](?=[ \t]+[^\W\d_])|\n")
_GREETINGS = re.compile(
    r"(?m)^[ \t]*(?:Hi|Hello|Hey|Dear|Dzień dobry|Dzien dobry|Witam|Cześć|Czesc|Bonjour|Salut|"
    r"Cher|Chère|Chào|Xin chào|Chao|Hallo|Guten Tag|Guten Morgen|Guten Abend|Liebe|Lieber|"
    r"Hola|Estimado|Estimada|Buenos días|Buenas tardes|Querido|Querida|Beste|Ciao|Olá|Ola)"
    r"[ \t,]+(?:(?:anh|chị|chi|em|bạn|ban|ông|bà|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Pan|Pani|Panie|Frau|"
    rf"Herr|Sr\.?|Sra\.?|M\.|Mme)[ \t]+)?(?P<name>{_NAME})(?=[ \t]*[,!:\n])",
)
_NAME_BEFORE_ADDRESS = re.compile(rf"(?<![\w'’.-])(?P<name>{_NAME})[ \t]*\"?[ \t]*<\Z")
_NAME_BESIDE_CONTACT = re.compile(
    rf"(?<![\w'’.-])(?P<name>{_NAME})[ \t]?[,(][ \t]?\(?\Z")
_IN_PARENTHESES = re.compile(rf"\((?P<name>{_NAME})\)")
_DASH_NAME = re.compile(rf"(?m)(?:^|[ \t])[-—–~][ \t]?(?P<name>{_NAME})[ \t]*(?=,|$)")
_SIGNATURE = re.compile(rf"(?m)^--[ \t]?\n[ \t]*(?P<name>{_NAME})[ \t]*$")
_LAST_WORDS = re.compile(rf"(?:[.!?][ \t]+|\n[ \t]*)(?P<name>{_NAME})[ \t]*\.?[ \t]*\Z")
_NAME_BEFORE = re.compile(rf"(?P<name>{_NAME})[ \t]*,?[ \t]*\Z")
_LINE_IS_NAME = re.compile(rf"[ \t]*(?P<name>{_NAME})[ \t]*[.!]?[ \t]*$")
_OPENING = re.compile(r"[ \t]*(?i:hi|hello|hey|dear|dzień dobry|dzien dobry|witam|cześć|bonjour|"
                      r"salut|chào|xin chào|hallo|guten tag|hola|buenos días|buenas|ciao|olá)\b")
_SPEAKER = re.compile(
    r"(?m)^[ \t]*(?:\[[\d:]{3,8}\][ \t]*)?([^\W\d_][\w .'’-]{0,24}?)[ \t]*:[ \t]*")
_MERGE = re.compile(rf"\[name\](?:(?:[ \t]+{_PARTICLE})*(?:[ \t]+|-)\[name\])+")
_MERGE_SAME = re.compile(r"\[(address|phone|order|id)\](?:,?[ \t]+\[\1\])+")


def _phrases(items: Iterable[str]) -> dict[str, list[tuple[str, ...]]]:
    """Cue phrases by their first word, longest first."""
    table: dict[str, list[tuple[str, ...]]] = {}
    for item in items:
        tokens = tuple(t.lower() for t in _WORD.findall(item.replace("’", "'")))
        if tokens:
            table.setdefault(tokens[0], []).append(tokens)
    for entries in table.values():
        entries.sort(key=len, reverse=True)
    return table


_INTRO_STRONG, _INTRO_WEAK = _phrases(words.INTRO_STRONG), _phrases(words.INTRO_WEAK)
_HONORIFICS, _RELATIONS = _phrases(words.HONORIFICS), _phrases(words.RELATIONS)
_BEFORE, _AFTER = _phrases(words.BEFORE_NAME), _phrases(words.AFTER_NAME)
_CLOSINGS, _NAME_FIELDS = _phrases(words.CLOSINGS), _phrases(words.NAME_FIELDS)
_HEADERS, _QUESTIONS = _phrases(words.HEADER_FIELDS), _phrases(words.NAME_QUESTIONS)
_PHONE_LABELS, _ID_LABELS = _phrases(words.PHONE_LABELS), _phrases(words.ID_LABELS)
_ACCOUNT_LABELS, _BIRTH_LABELS = _phrases(words.ACCOUNT_LABELS), _phrases(words.BIRTH_LABELS)
_ORDER_LABELS, _ADDRESS_LABELS = _phrases(words.ORDER_LABELS), _phrases(words.ADDRESS_LABELS)
_POSTCODE_LABELS = _phrases(words.POSTCODE_LABELS)


class _Words:
    """The words of a text with their places, read once; cues are looked up by first word."""

    def __init__(self, text: str) -> None:
        self.text = text
        low = text.lower().replace("’", "'")
        if len(low) != len(text):  # a letter whose lower case is longer ("İ")
            low = "".join(c.lower()[:1] for c in text).replace("’", "'")
        # Words and their places from C-level calls: split keeps the words between the gaps,
        # and the running sum of the pieces' lengths gives where each begins and ends.
        self.low = low
        pieces = _WORD_SPLIT.split(low)
        self.lower = pieces[1::2]
        self.hits: list[int] = []  # the words that start a cue of the last find_many
        self._bounds = list(accumulate(map(len, pieces)))

    def span(self, k: int) -> tuple[int, int]:
        """Where the k-th word stands."""
        return self._bounds[2 * k], self._bounds[2 * k + 1]

    def find(self, table: dict[str, list[tuple[str, ...]]]) -> list[tuple[int, int]]:
        """(start, end) in the text of each cue of `table`, longest cue at each word."""
        return self.find_many((table,))[0]

    def find_many(self, tables: Sequence[dict[str, list[tuple[str, ...]]]]
                  ) -> list[list[tuple[int, int]]]:  # fmt: skip
        """`find` for several tables in one pass over the words."""
        merged = _merged(tuple(tables))
        lower = self.lower
        n = len(lower)
        found: list[list[tuple[int, int]]] = [[] for _ in tables]
        self.hits = [i for i, word in enumerate(lower) if word in merged]
        bounds = self._bounds
        for i in self.hits:
            for k_table, entries in merged[lower[i]]:
                for phrase in entries:
                    k = len(phrase)
                    if k == 1:  # most cues are one word: no phrase to compare
                        found[k_table].append((bounds[2 * i], bounds[2 * i + 1]))
                        break
                    if i + k <= n and tuple(lower[i : i + k]) == phrase and self._adjacent(i, k):
                        found[k_table].append((bounds[2 * i], bounds[2 * (i + k - 1) + 1]))
                        break
        return found

    def _adjacent(self, i: int, k: int) -> bool:
        """The words of a phrase stand on one line with only spaces and dots between."""
        text, bounds = self.text, self._bounds
        for j in range(i, i + k - 1):
            gap = text[bounds[2 * j + 1] : bounds[2 * j + 2]]
            if len(gap) > 3 or "\n" in gap or gap.strip(" \t.") not in ("", "-"):
                return False
        return True


_Table = dict[str, list[tuple[str, ...]]]
_MERGED: dict[tuple[int, ...], dict[str, list[tuple[int, list[tuple[str, ...]]]]]] = {}


def _merged(tables: tuple[_Table, ...]) -> dict[str, list[tuple[int, list[tuple[str, ...]]]]]:
    """Several cue tables as one: first word -> (which table, its phrases)."""
    key = tuple(map(id, tables))
    merged = _MERGED.get(key)
    if merged is None:
        merged = {}
        for k, table in enumerate(tables):
            for word, entries in table.items():
                merged.setdefault(word, []).append((k, entries))
        _MERGED[key] = merged
    return merged


def _luhn(digits: str) -> bool:
    from stdnum import luhn

    return 13 <= len(digits) <= 19 and luhn.is_valid(digits)


def _valid_iban(candidate: str) -> str:
    """The longest IBAN at the start of `candidate` (cut at its spaces), or ""."""
    from stdnum import iban

    pieces = candidate.split(" ")
    for end in range(len(pieces), 0, -1):
        value = " ".join(pieces[:end])
        # The ISO 13616 check digits; a bank's own check (Belgium's) is not asked for.
        compact = value.replace(" ", "")
        if len(compact) >= 15 and _checks(iban, compact):
            return value
    return ""


def _checks(iban: object, compact: str) -> bool:
    try:
        iban.validate(compact, check_country=False)  # type: ignore[attr-defined]
    except Exception:  # stdnum's ValidationError and its kin
        return False
    return True


@lru_cache(maxsize=4096)
def _is_phone(candidate: str) -> bool:
    import phonenumbers

    digits = sum(c.isdigit() for c in candidate)
    if not 7 <= digits <= 15:
        return False
    if _REPEATED.search(candidate):
        return False  # "<3333333333" is a heart, not a number
    international = candidate.startswith(("+", "00"))
    regions: Sequence[str | None] = (None,) if international else _REGIONS
    text = "+" + candidate[2:] if candidate.startswith("00") else candidate
    trunk = candidate.lstrip("(").startswith("0")
    for region in regions:
        if region is not None and not trunk:
            # A number dialled inside a country with a trunk prefix starts with it
            # ("030 1234567"); "4200 4500" would be a German number only without it.
            meta = phonenumbers.PhoneMetadata.metadata_for_region(region)
            if meta is not None and meta.national_prefix == "0":
                continue
        try:
            number = phonenumbers.parse(text, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            return True
    return False


def _adult_year(found: str, this_year: int) -> bool:
    """A full date whose year makes it somebody's birthday rather than an order's."""
    digits = _DIGIT_GROUPS.findall(found)
    year = int(digits[-1]) if digits else 0
    if year < 100:
        return False  # "12.03.24": too short to tell
    return 1900 <= year <= this_year - 14


def _following(text: str, start: int, pattern: re.Pattern[str]) -> re.Match[str] | None:
    return pattern.match(text, start)


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
                            self._gazetteer())  # fmt: skip
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
                                       | set(tax.area_names))  # fmt: skip
            except Exception:  # the gazetteer only refines; redaction never fails for it
                self.areas = frozenset()
        return self.areas


_AT_WORDS = ("[at]", "(at)", "{at}", "[@]", "(@)", "arobase", "arroba", "małpa", "malpa",
             "a còng")  # fmt: skip
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
                        r"|\bmałpa\b|\bmalpa\b|\ba còng\b|@")  # fmt: skip
_AT_SIGN = re.compile("@")
_AT_WORD = re.compile(r"at(?<![\w]at)(?=[ \t]+[\w-]{1,40}(?:[ \t]*(?:dot|point|punkt|punto|kropka"
                      r"|chấm)\b|\.[a-z]{2,4}\b))")  # fmt: skip
_SPELT_DOMAIN = re.compile(rf"[ \t]{{0,3}}[\w-]{{1,40}}(?:{_DOT}[\w-]{{1,40}}){{0,3}}"
                           rf"(?:\.{_TLD}|{_DOT}{_SAFE_TLD})\b", re.IGNORECASE)  # fmt: skip
_SPELT_LOCAL = re.compile(rf"(?<![\w.-])[\w-]{{1,40}}(?:{_DOT}[\w-]{{1,40}}){{0,4}}[ \t]{{0,3}}\Z",
                          re.IGNORECASE)  # fmt: skip


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
          anchor: re.Pattern[str] | None = None) -> str:  # fmt: skip
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


_Labels = tuple[dict[str, list[tuple[str, ...]]], re.Pattern[str], str, int]


def _labelled(text: str, index: _Words, cues: list[list[tuple[int, int]]],
              areas: frozenset[str]) -> str:  # fmt: skip
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
            match.string, match.start() + len(candidate)):  # fmt: skip
        return found
    if _AMOUNT.fullmatch(candidate):
        return found  # 1.250.000, 1,299.00: an amount
    return "[phone]" + found[len(candidate) :] if _is_phone(candidate) else found


_LABELLED_PHONE = re.compile(r"[ \t.:]*(?:nr\.?|no\.?)?[ \t:]*(\+?[\d(][\d \t().\/-]{5,20}\d)")


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
                              text.rfind("\n", 0, word_start - 1)) + 1)  # fmt: skip
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
                   ) -> list[tuple[int, int, str]]:  # fmt: skip
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
                     None)  # fmt: skip
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
                        rf"|tòa|lầu|phòng|m\.|lok\.)(?![\w]))")  # fmt: skip
_HOUSE_NUMBER = re.compile(r"\d{1,5}[a-zA-Z]?")
_UNIT_START = re.compile(r"(?i:apt|apartment|suite|unit|flat|floor|fl|bât|bâtiment|bat|appt?|"
                         r"appartement|esc|escalier|étage|etage|piso|puerta|portal|lok|lokal|"
                         r"mieszkanie|whg|wohnung|stiege|căn hộ|can ho|phòng|tầng|tang|lầu|tòa|"
                         r"toà|toa|block|lô|bus)\b")  # fmt: skip


def _address_like(part: str) -> bool:
    """A digit and a proper name or a street word: "72 Lê Thánh Tôn", "ul. Zielona 12 m. 4"."""
    if not any(c.isdigit() for c in part):
        return False
    return bool(_CAPITAL.search(part) or _STREETISH.search(part))


_POSTCODE_VALUE = re.compile(r"[ \t:]*([A-Z0-9]{2,4}[ -]?[A-Z0-9]{2,4})", re.IGNORECASE)
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
                        and not piece.isdigit()):  # fmt: skip
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
                     if is_name(text[m.start() : m.end()])]  # fmt: skip
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
                            and (end == len(text) or not _WORDISH(text[end]))):  # fmt: skip
                        spans.append((at, end, "[name]"))
                    at = text.find(hit, end)
            return _replace_spans(text, spans)
        # Many names in a long text: every word from one C-level split, the names swapped.
        pieces = _NAME_SPLIT.split(text)
        pieces[1::2] = ["[name]" if w in hits else w for w in pieces[1::2]]
        return "".join(pieces)


def _WORDISH(char: str) -> bool:
    return char.isalnum() or char in "'’_"


_REPEATED = re.compile(r"(\d)\1{5}")
_DIGIT_GROUPS = re.compile(r"\d+")
_NOT_DIGIT = re.compile(r"\D")
_AMOUNT = re.compile(r"\d{1,4}(?:[.,]\d{3})+(?:[.,]\d{1,2})?")
_ADDRESS_LINK = re.compile(r"[ \t]*(?:is|to|:|est|ist|es|là|la)?[ \t]*:?[ \t]*")
_CAPITAL = re.compile(f"[{_UPPER}]")
_RELATION_LINK = re.compile(r"[ \t]*(?:,|là|la)?[ \t]*")  # not ":": "Conseiller : Oui" speaks
_CLOSED = re.compile(r"[ \t]*(?:[,.!;]|$)")
_SPACE = re.compile(r"[ \t]+")
_DOT_SPACE = re.compile(r"\.?[ \t]+")
_HERE_CLOSED = re.compile(r"[ \t]*(?:[,.!:\n\-–—]|$)")
_CLOSING_LINK = re.compile(r"[ \t]*[,.!]?[ \t]*(?:\n[ \t]*)?")
_HEADER_VALUE = re.compile(r"[ \t]*:[ \t]*\"?(?P<name>[^<>\n\"]{2,80}?)\"?[ \t]*(?:<|\[email\]|$)",
                           re.MULTILINE)  # fmt: skip
_COLON = re.compile(r"[ \t]*:[ \t]*")
_LABELLED_LINE = re.compile(r"(?m)^[ \t]*(?:\[[\d:]{3,8}\][ \t]*)?([^\W\d_][\w .'’-]{0,24}?)"
                            r"[ \t]*:[ \t]*(.+)$")  # fmt: skip
_TICKET_NAME_END = re.compile(r"[ \t]*(?:[,(\-–.!]|$)")
_THEN_LOWER = re.compile(rf"[ \t]+[{_LOWER}]")
_ANSWER_LINE = re.compile(r"\n[ \t]*(?:\[[\d:]{3,8}\][ \t]*)?[^\W\d_][\w .'’-]{0,24}?[ \t]*:"
                          r"[ \t]*(?P<name>[^\n]{2,60})")  # fmt: skip
_LOWER_NAME_ONLY = re.compile(_LOWER_NAME)
_CLAUSE_END = re.compile(r"[ \t]*(?:[,.]|$)", re.MULTILINE)
_NAME_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_NAME_SPLIT = re.compile(r"([^\W\d_]+(?:['’][^\W\d_]+)*)")


def _not_name(token: str) -> bool:
    low = token.lower()
    return low in words.NOT_NAMES or low in words.PARTICLES


_CAMEL = re.compile(rf"[{_LOWER}][{_UPPER}]")
_NAME_PREFIX = re.compile(r"(?:Mc|Mac|Fitz|O'|O’|D'|D’|De|Di|Da|La|Le|Van|Von|St)[A-Z]")


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


_LEADING_GREETING = re.compile(
    r"^(?:[>\s]|hi|hello|hey|hola|xin chào|chào|bonjour|salut|hallo|witam|dzień dobry|cześć|ok"
    r"|alo|dạ)*[,!]?[ \t]*", re.IGNORECASE)  # fmt: skip


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


_LABEL_KINDS: tuple[_Labels, ...] = (
    (_ID_LABELS, _ID_VALUE, "[id]", 4),
    (_ACCOUNT_LABELS, _ID_VALUE, "[iban]", 8),
    (_ORDER_LABELS, _ORDER_VALUE, "[order]", 4),
    (_PHONE_LABELS, _LABELLED_PHONE, "[phone]", 7),
    (_POSTCODE_LABELS, _POSTCODE_VALUE, "[address]", 2),
)
_NAME_CUES = (_INTRO_STRONG, _INTRO_WEAK, _HONORIFICS, _RELATIONS, _BEFORE, _AFTER, _CLOSINGS,
              _HEADERS, _NAME_FIELDS, _QUESTIONS)


_STREETS = _phrases(sorted(_STREET_TOKENS | {"c"}))
_ALL_CUES = (*(kind[0] for kind in _LABEL_KINDS), _BIRTH_LABELS, _ADDRESS_LABELS, *_NAME_CUES,
             _STREETS)


def _find_names(text: str, index: _Words, cues: list[list[tuple[int, int]]],
                known: Iterable[str], areas: frozenset[str]) -> _Names:  # fmt: skip
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
                   text=redact(voice.text, names=names))  # fmt: skip


# More than a meeting's quote shows, far less than a long thread: what a shared screen needs.
SHARE_CHARS = 2000


def new_words(voice: Voice, limit: int = SHARE_CHARS) -> str:
    """The customer's own new words: the text before quoted history and the signature (as
    the importer marked them), at most `limit` characters, cut at a space."""
    text = voice.text
    marks = [int(v) for k in ("quote_at", "signature_at")
             if isinstance(v := voice.meta.get(k), int) and 0 < v < len(text)]  # fmt: skip
    if marks:
        text = text[: min(marks)].rstrip()
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


Redaction = Callable[[str], str]

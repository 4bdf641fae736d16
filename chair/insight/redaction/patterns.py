"""The patterns and word index redaction reads text with: letters of the Latin scripts, the
shapes of names, addresses, numbers and contacts, the cue phrases, and the checks that tell
a number from a valid one."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from itertools import accumulate

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
        r"|ie|se|dk|no|fi|edu|gov|mx|ar|br)")
_DOT = (r"(?:[ \t]{0,3}(?:\[dot\]|\(dot\)|\{dot\}|\bdot\b|\bpoint\b|\bpunkt\b|\bpunto\b"
        r"|\bkropka\b|\bchấm\b)[ \t]{0,3}|\.)")
_AT = (r"[ \t]{0,3}(?:\[at\]|\(at\)|\{at\}|\[@\]|\(@\)|\bat\b|\barobase\b|\barroba\b|\bmałpa\b"
       r"|\bmalpa\b|\ba còng\b|@)[ \t]{0,3}")
# "max punkt mustermann at web punkt de", "tomek.r[at]gmail.com"
# After a spelt-out dot only a domain that is no everyday word: "because at this point it".
_SAFE_TLD = r"(?:com|net|org|info|biz|eu|de|fr|es|pl|vn|nl|ch|uk|pt|cz|ru|ca|au|ie|se|dk|fi|edu)"
_HANDLE = re.compile(r"(?<![\w@.])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,29}[A-Za-z0-9_])?")
_HANDLE_SHAPED = re.compile(r"(?<![\w@.])[A-Za-z][A-Za-z0-9.]{0,29}_[A-Za-z0-9_]{1,30}(?![\w@])")
_IBAN = re.compile(r"[A-Z](?<![A-Z0-9][A-Z])[A-Z]\d{2}(?:[ ]?[A-Z0-9]){11,30}(?![A-Z0-9])")
_CARD = re.compile(r"\d(?<!\d\d)(?<!\d[.,]\d)(?:[ -]?\d){12,18}(?!\d|[.,]\d)")
_LONG_NUMBER = re.compile(r"\d(?<![\w.,]\d)(?:[ -]?\d){7,33}(?![\w]|[.,]\d)")
_ID_VALUE = re.compile(r"[ \t]*(?:nr\.?|no\.?|n°|nº|number|numer|:|#)?[ \t]*:?[ \t]*"
                       r"([A-Z0-9][A-Z0-9 \-/]{3,22}[A-Z0-9])", re.IGNORECASE)
_ORDER_VALUE = re.compile(r"[ \t]*(?:nr\.?|no\.?|n°|nº|number|numer|numéro|número|id|#|:)?"
                          r"[ \t]*(?:nr\.?|no\.?|n°|nº|#|:)?[ \t]*"
                          r"(#?[A-Z]{0,5}[-/ ]?\d[\dA-Z]{0,24}(?:[-/][\dA-Z]{1,12}){0,4})",
                          re.IGNORECASE)
_NUMERIC_DATE = re.compile(
    r"\d(?<![\d.,/]\d)(?:\d?[./-]\d{1,2}[./-](?:\d{4}|\d{2})|\d{3}-\d{2}-\d{2})(?![\d/])")
_MONTHS = "|".join(words.MONTHS)
_MONTH_DATE = re.compile(
    rf"(?<!\d)\d{{1,2}}\.?[ \t]+(?:de[ \t]+)?(?:{_MONTHS})\.?[ \t]+(?:de[ \t]+)?\d{{4}}"
    rf"|(?:{_MONTHS})\.?[ \t]+\d{{1,2}},?[ \t]+\d{{4}}", re.IGNORECASE)
_YEAR4 = re.compile(r"(?:1(?<!\d1)9|2(?<!\d2)0)\d\d(?!\d)")
_DIGITS = re.compile(r"\d")
_URL_HINT = re.compile(r"(?i)https?://|www\.")
# An "at" of a spelt-out address: "tomek.r[at]gmail", "arobase", "at web punkt".
_PHONE_CANDIDATE = re.compile(
    r"(?=[+(\d])(?<![\w+/.,-])(?:\+|00)?(?:\(\d{1,4}\)[ .-]?|\d)[\d \t().\/-]{5,22}\d(?![\w/])")
_CURRENCY_AFTER = re.compile(r"[ \t]?(?:€|\$|£|(?:zł|zl|đ|eur|usd|pln|vnd|vnđ|k|tr|triệu|euros?)"
                             r"(?![^\W\d_]))", re.IGNORECASE)
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
)
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
                            r"[ \t]\d")
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
                  ) -> list[list[tuple[int, int]]]:
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


_Labels = tuple[dict[str, list[tuple[str, ...]]], re.Pattern[str], str, int]
_LABELLED_PHONE = re.compile(r"[ \t.:]*(?:nr\.?|no\.?)?[ \t:]*(\+?[\d(][\d \t().\/-]{5,20}\d)")
_POSTCODE_VALUE = re.compile(r"[ \t:]*([A-Z0-9]{2,4}[ -]?[A-Z0-9]{2,4})", re.IGNORECASE)


# What finding names reads (with the cue tables above).
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
                           re.MULTILINE)
_COLON = re.compile(r"[ \t]*:[ \t]*")
_LABELLED_LINE = re.compile(r"(?m)^[ \t]*(?:\[[\d:]{3,8}\][ \t]*)?([^\W\d_][\w .'’-]{0,24}?)"
                            r"[ \t]*:[ \t]*(.+)$")
_TICKET_NAME_END = re.compile(r"[ \t]*(?:[,(\-–.!]|$)")
_THEN_LOWER = re.compile(rf"[ \t]+[{_LOWER}]")
_ANSWER_LINE = re.compile(r"\n[ \t]*(?:\[[\d:]{3,8}\][ \t]*)?[^\W\d_][\w .'’-]{0,24}?[ \t]*:"
                          r"[ \t]*(?P<name>[^\n]{2,60})")
_LOWER_NAME_ONLY = re.compile(_LOWER_NAME)
_CLAUSE_END = re.compile(r"[ \t]*(?:[,.]|$)", re.MULTILINE)
_NAME_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_NAME_SPLIT = re.compile(r"([^\W\d_]+(?:['’][^\W\d_]+)*)")
_CAMEL = re.compile(rf"[{_LOWER}][{_UPPER}]")
_NAME_PREFIX = re.compile(r"(?:Mc|Mac|Fitz|O'|O’|D'|D’|De|Di|Da|La|Le|Van|Von|St)[A-Z]")
_LEADING_GREETING = re.compile(
    r"^(?:[>\s]|hi|hello|hey|hola|xin chào|chào|bonjour|salut|hallo|witam|dzień dobry|cześć|ok"
    r"|alo|dạ)*[,!]?[ \t]*", re.IGNORECASE)
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

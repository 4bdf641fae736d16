"""Redaction for screen-share: personal data becomes typed placeholders, the rest stays.

Placeholders: [name], [email], [phone], [order], [card], [iban], [address]. Card numbers are
Luhn-checked and IBANs checksum-checked, so ordinary numbers (prices, dates, quantities)
stay as they are.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

from chair.domain.model import Voice

# Capital letters of the Latin scripts chair meets (Polish, French, German, Spanish, Vietnamese).
_UPPER = "A-Z" + "".join(
    c for code in (*range(0xC0, 0x250), *range(0x1E00, 0x1F00))
    if (c := chr(code)).isupper()
)
# A capitalised word, not an all-capitals one (shouting is not a name).
_NAME_WORD = rf"(?![{_UPPER}]{{2}})[{_UPPER}][\w'’-]+"
_NAME = rf"{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,3}}"

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,4})?\b")
_CARD = re.compile(r"(?<!\d)(?:\d[ -]?){12,18}\d(?!\d)")
DEFAULT_ORDER_PATTERNS: tuple[str, ...] = (
    r"#\s?\d{3}-\d{7}-\d{7}",
    r"\b\d{3}-\d{7}-\d{7}\b",
    r"#\s?[A-Z]{0,3}\d{5,}",
    r"\b[A-Z]{2,5}/\d{3,}/\d{2,4}\b",
    r"(?i:\b(?:order|zam[oó]wieni[ae]|commande|đơn(?: hàng)?|don hang|bestellung|bestellnummer|"
    r"pedido|auftrag|ticket|nr|no\.?|n°|num[eé]ro|s[oố])\s*(?:nr\.?|no\.?|n°|#|:)?\s*)"
    r"[A-Z]{0,3}-?\d{5,}",
)
_PHONE = re.compile(
    r"(?<![\w+/.-])(?:"
    r"\+\d{1,3}[\s.-]?(?:\(0\)[\s.-]?)?\(?\d{1,4}\)?(?:[\s.-]?\d{2,4}){2,4}"  # international
    r"|\(\d{2,4}\)[\s.-]?\d{3,4}[\s.-]?\d{3,4}"  # (206) 555-0143
    r"|0\d{1,4}(?:[\s.-]?\d{2,4}){2,4}"  # 06 12 34 56 78, 0912 345 678, 030 1234567
    r"|\d{3}[\s.-]\d{3}[\s.-]\d{3,4}"  # 601 234 567, 206-555-0143
    r"|\d{2}[\s.]\d{3}[\s.]\d{2}[\s.]\d{2}"  # 91 123 45 67
    r")(?![\w/-])"
)
# Words that open a street name; ones that are also everyday words ("so", "place") are not
# here, or "so far I have it for 2 weeks" would become an address.
_STREET_WORDS = (
    r"ul\.|ulica|ulicy|al\.|aleja|alei|os\.|osiedle|"
    r"rue|avenue|boulevard|allée|allee|chemin|impasse|quai|"
    r"calle|c/|avenida|avda\.?|paseo|carrer|"
    r"số|ngõ|ngách|hẻm|đường|phố"
)  # fmt: skip
_ADDRESS = re.compile(
    r"(?:"
    # số 18 ngõ 64 Nguyễn Lương Bằng / 123 Nguyễn Thị Thập, Quận 7
    rf"(?i:\b(?:số|so)\s?)\d{{1,5}}[a-zA-Z]?(?:/\d+)?(?:\s(?i:ngõ|ngo|ngách|ngach|hẻm|hem|kiệt|kiet)\s?\d{{1,5}})*"
    rf"(?:\s(?i:đường|duong|phố|pho))?(?:\s[{_UPPER}][\w]*){{0,5}}"
    rf"|\b\d{{1,5}}[a-zA-Z]?(?:/\d+)?\s(?:(?i:đường|duong|phố|pho)\s)?(?:[{_UPPER}][\w]*\s?){{1,5}},\s?"
    r"(?i:quận|quan|q\.|phường|phuong|p\.|huyện|huyen)\s?\w+"
    # ul. Puławska 145 m. 12 / calle Mayor 12 / rue X 12 / đường Lê Lợi 5
    rf"|(?i:\b(?:{_STREET_WORDS}))\s+[^\W\d][\w'’.\- ]{{1,35}}?\s\d{{1,5}}[a-zA-Z]?"
    r"(?:\s?[/,]\s?\d{1,4}|\s(?:m\.|lok\.|apt\.?|piso)\s?\d{1,4})?"
    # 12 rue Oberkampf / 48 boulevard Voltaire / số 18 ngõ 64 Nguyễn Lương Bằng
    rf"|\b\d{{1,5}}[a-zA-Z]?,?\s(?i:(?:{_STREET_WORDS})|bis\s(?:rue|avenue))"
    r"\s[\w'’.\- ]{2,40}?(?=$|[,.;\n])"
    # 1423 Pine St / 808 Howell Street Apt 12 / 2200 Westlake Ave N
    r"|\b\d{1,6}\s(?:[NSEW]\.?\s)?(?:[A-Z][\w'’.-]*\s){1,3}(?:St|Street|Ave|Avenue|Rd|Road|Blvd|"
    r"Boulevard|Dr|Drive|Ln|Lane|Way|Ct|Court|Pl|Place|Ter|Terrace|Pkwy|Hwy)\b\.?"
    r"(?:\s(?:[NSEW]{1,2}|Apt\.?\s?\w+|Suite\s\w+|Unit\s\w+|#\s?\w+))*"
    # Hauptstraße 12 / Berliner Str. 5 / Am Markt 3
    r"|\b[A-ZÄÖÜ][\wäöüß-]*(?:straße|strasse|str\.|weg|allee|platz|gasse|ring|damm)\s\d{1,4}[a-z]?"
    r"|\b[A-ZÄÖÜ][\wäöüß-]*\s(?:Str\.|Straße|Strasse|Weg|Allee|Platz|Gasse|Ring|Damm)\s\d{1,4}[a-z]?"
    r")",
)
_GREETING = re.compile(
    rf"(?m)^(?:\s*)(?:Hi|Hello|Hey|Dear|Dzień dobry|Dzien dobry|Witam|Cześć|Czesc|Szanowny Panie|"
    rf"Szanowna Pani|Panie|Pani|Bonjour|Salut|Cher|Chère|Madame|Monsieur|Chào|Xin chào|Chao|"
    rf"Hallo|Guten Tag|Liebe|Lieber|Sehr geehrte(?:r)?(?: Frau| Herr)?|Hola|Estimado|Estimada|"
    rf"Buenos días|Querido|Querida)(?:\s+(?:anh|chị|chi|em|bạn|ban|ông|bà|Mr\.?|Mrs\.?|Ms\.?|"
    rf"Dr\.?|Pan|Pani|Panie|Frau|Herr|Sr\.?|Sra\.?|M\.|Mme))?[ \t]+(?P<name>{_NAME})(?=\s*[,!:\n])",
)
_INTRO = re.compile(
    rf"(?i:my name is|my name's|nazywam się|nazywam sie|mam na imię|mam na imie|"
    rf"je m'appelle|je m’appelle|mon nom est|tôi tên là|toi ten la|tên tôi là|ten toi la|"
    rf"tên mình là|ich heiße|ich heisse|mein name ist|me llamo|mi nombre es)[ \t]+(?P<name>{_NAME})"
    # Weaker cues ("I am", "je suis") only before a full name: "I am Happy" is not a person.
    rf"|(?i:\bi am|\bi'm|\bthis is|je suis|tôi là|toi la|mình là|minh la|ich bin|\bsoy)[ \t]+"
    rf"(?P<full>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{1,3}})",
)
_CLOSING = re.compile(
    r"(?mi)^[ \t]*(?:thanks|thank you|regards|best regards|kind regards|best|cheers|sincerely|"
    r"pozdrawiam|z poważaniem|z powazaniem|dzięki|dzieki|dziękuję|dziekuje|serdecznie|"
    r"cordialement|bien à vous|bien a vous|merci|salutations|bisous|"
    r"cảm ơn|cam on|trân trọng|tran trong|thân|than|thanks shop|"
    r"viele grüße|viele gruesse|mit freundlichen grüßen|mit freundlichen gruessen|gruß|lg|"
    r"saludos|un saludo|atentamente|gracias)[ \t]*[,.!]?[ \t]*\n"
    r"(?P<name>[ \t]*" + _NAME + r")[ \t]*$",
)
_SIGNATURE_NAME = re.compile(r"(?m)^-- ?\n(?P<name>" + _NAME + r")[ \t]*$")
_TRAILING_NAME = re.compile(r"(?<=\s)[-—–~]\s?(?P<name>" + _NAME + r")\s*$")
# Two to four capitalised words that sit where people put a name: beside a phone, an email
# or an address, in parentheses, before "here", after "call"/"Herr"/"anh", or alone at the end.
_FULL_NAME = rf"{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{1,3}}"
_CONTEXT_NAMES = (
    re.compile(rf"(?P<name>{_FULL_NAME})\s?[,(]\s?\(?\[(?:phone|email|address)\]"),
    re.compile(rf"\[(?:phone|email|address)\]\)?[,;]?\s(?P<name>{_FULL_NAME})\b"),
    re.compile(rf"\((?P<name>{_FULL_NAME})\)"),
    re.compile(rf"(?m)^(?P<name>{_FULL_NAME})\s(?:here|tutaj|ici|đây|hier|aquí)\b"),
    re.compile(rf"(?i:\b(?:gọi cho|goi cho|call|contact|kontakt z|appeler|anrufen|llamar a|"
               rf"anh|chị|chi|ông|bà|cô|chú|em|Herr|Frau|Mr\.?|Mrs\.?|Ms\.?|Pan|Pani|M\.|Mme|"
               rf"Sr\.?|Sra\.?|Don|Doña))\s(?P<name>{_FULL_NAME})"),
    re.compile(rf"(?:[.!?]\s+|\n)(?P<name>{_FULL_NAME})[ \t]*\.?\s*$"),
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


def _iban(match: re.Match[str]) -> str:
    compact = match.group().replace(" ", "")
    rearranged = compact[4:] + compact[:4]
    number = "".join(str(int(c, 36)) for c in rearranged)
    return "[iban]" if 15 <= len(compact) <= 34 and int(number) % 97 == 1 else match.group()


class Redactor:
    """Redaction with the order-number patterns of a company (settings may add their own)."""

    def __init__(self, order_patterns: Sequence[str] = DEFAULT_ORDER_PATTERNS) -> None:
        self.order = re.compile("|".join(f"(?:{p})" for p in order_patterns))

    def __call__(self, text: str, *, names: Iterable[str] = ()) -> str:
        if not text:
            return text
        text = _EMAIL.sub("[email]", text)
        text = _IBAN.sub(_iban, text)
        text = _CARD.sub(_card, text)
        text = self.order.sub("[order]", text)
        text = _ADDRESS.sub("[address]", text)
        text = _PHONE.sub("[phone]", text)
        found = {n for name in names for n in _name_parts(name)}
        for pattern in (_GREETING, _INTRO, _CLOSING, _SIGNATURE_NAME, _TRAILING_NAME,
                        *_CONTEXT_NAMES):  # fmt: skip
            for match in pattern.finditer(text):
                name = match.group("name") if match.groupdict().get("name") else match.group("full")
                found.update(_name_parts(name))
        for part in sorted(found, key=len, reverse=True):
            text = re.sub(rf"(?<![\w\[]){re.escape(part)}(?![\w\]])", "[name]", text)
        return re.sub(r"\[name\](?:[ \t]+\[name\])+", "[name]", text)


_NOT_NAMES = {"The", "My", "Your", "Our", "I", "We", "Thanks", "Thank", "Regards", "Please",
              "Shop", "Team", "Customer", "Service", "Support", "Order", "Sent", "Wysłane",
              "Envoyé", "Gửi", "Mit", "Con", "Hàng", "Paczka", "Le", "La", "Les", "El", "Der",
              "Die", "Das", "Dzień", "Bonjour", "Hello", "Hi"}  # fmt: skip


def _name_parts(name: str) -> set[str]:
    """A full name and its words (a first name alone gives a person away too); nothing when a
    word of it is an everyday word ("Team No Hats" is not a person)."""
    name = " ".join(name.split())
    if not name or "@" in name:
        return set()
    if len(name.split(" ")) > 1 and any(w.lower() in _COMMON for w in name.split(" ")):
        return set()
    words = [w.strip(".,") for w in name.split(" ")]
    parts = {name} | {w for w in words if len(w) >= 2 and w not in _NOT_NAMES
                      and not w.isdigit()}  # fmt: skip
    return {p for p in parts if p not in _NOT_NAMES and len(p) >= 2}


_COMMON = {
    "no", "not", "yes", "the", "a", "an", "and", "or", "of", "to", "in", "on", "for", "with", "is",
    "team", "vs", "my", "your", "nie", "tak", "i", "w", "z", "na", "le", "la", "les", "de", "du",
    "et", "un", "une", "der", "die", "das", "und", "el", "los", "las", "y", "del", "shop", "store",
}  # fmt: skip
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

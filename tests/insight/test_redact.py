"""Redaction for screen-share: no planted personal data survives, ordinary text stays."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from chair.domain.model import Voice
from chair.insight.redaction import DEFAULT_ORDER_PATTERNS, Redactor, redact
from tests.pii_cases import cases

EVAL = Path(__file__).parents[1] / "bench" / "eval" / "voices.jsonl"


def _leaks(text: str, planted: dict[str, str]) -> list[str]:
    leaked = []
    digits_out = re.sub(r"\D", "", text)
    for kind, value in planted.items():
        pieces = [value] + ([w for w in value.split() if len(w) >= 3] if kind == "name" else [])
        digits = re.sub(r"\D", "", value)
        if any(p in text for p in pieces) or (
            kind in {"phone", "card", "iban", "order"} and len(digits) >= 6 and digits[-6:] in digits_out
        ):
            leaked.append(f"{kind}={value!r}")
    return leaked


def test_no_planted_value_survives_in_any_language() -> None:
    planted = cases()
    assert len(planted) >= 200 and {lang for lang, _, _ in planted} == {"en", "pl", "fr", "vi", "de", "es"}
    failures = []
    for lang, text, values in planted:
        out = redact(text)
        leaked = _leaks(out, values)
        if leaked:
            failures.append(f"[{lang}] {leaked}: {out!r}")
    assert failures == []


def test_every_kind_has_its_placeholder() -> None:
    text = ("Hi, I'm Anna Nowak, anna@example.pl, +48 601 234 567, order #40218734, card "
            "4111 1111 1111 1111, IBAN PL61 1090 1014 0000 0712 1981 2874, ul. Długa 14/3.")
    out = redact(text)
    for placeholder in ("[name]", "[email]", "[phone]", "[order]", "[card]", "[iban]", "[address]"):
        assert placeholder in out, (placeholder, out)


def test_ordinary_numbers_and_words_stay() -> None:
    text = ("The blender was $49.99, arrived 3 days late on 12/03/2024, 2 items of 500g; "
            "card ending 1234; ticket about size 42 and 4111 1111 1111 1112 (not a card).")
    assert redact(text) == text


def test_the_senders_name_is_redacted_wherever_it_appears() -> None:
    out = redact("Anna here. Nobody called Anna back.", names=["Anna Nowak"])
    assert "Anna" not in out and out.count("[name]") == 2


def test_few_false_redactions_on_voices_without_personal_data() -> None:
    rows = [json.loads(line) for line in EVAL.read_text(encoding="utf-8").splitlines()]
    changed = [r["text"] for r in rows if redact(r["text"]) != r["text"]]
    assert len(changed) <= len(rows) * 0.02, changed


@pytest.mark.parametrize("text", ["Bestellung A-2024-77123 kam nie", "Ticket TCK-991-22 open"])
def test_order_number_patterns_are_configurable(text: str) -> None:
    company = Redactor((*DEFAULT_ORDER_PATTERNS, r"\bA-\d{4}-\d{5}\b", r"\bTCK-\d{3}-\d{2}\b"))
    assert "[order]" in company(text)


@pytest.mark.parametrize(
    ("text", "hidden", "kept"),
    [
        # Sign-offs whatever follows the name, and in the middle of a line.
        ("Thanks,\nHelen Oduya\nHead of Procurement", ["Helen", "Oduya"], ["Head of Procurement"]),
        ("Worst delivery ever. Kind regards, Helen Oduya", ["Helen", "Oduya"], ["Worst delivery"]),
        # Names with no greeting around them: kin, "ask for", labelled fields, reply headers.
        ("my husband Mark will pick it up", ["Mark"], ["pick it up"]),
        ("please ask for Siobhan at the desk", ["Siobhan"], ["at the desk"]),
        ("Account holder: Jan Kowalski", ["Jan", "Kowalski"], ["Account holder"]),
        ("Anrufer: Petra Schulz, Rückruf erbeten", ["Petra", "Schulz"], ["Rückruf"]),
        ("On Mon, 3 Jun 2024, Anna Nowak <anna@example.pl> wrote:", ["Anna", "Nowak", "anna@"], ["wrote"]),
        # Numbers only a library or a label can tell: phones of many shapes, national IDs.
        ("Rufen Sie an: 030 / 12 34 56 78", ["12 34 56 78"], ["Rufen Sie an"]),
        ("Zentrale +49 711 987654-0, bitte", ["987654"], ["Zentrale"]),
        ("PESEL 44051401458, proszę", ["44051401458"], ["proszę"]),
        ("DNI 12345678Z y NIE X1234567L", ["12345678Z", "X1234567L"], ["DNI"]),
        ("born 04/07/1981 in Leeds", ["1981"], ["Leeds"]),
        # Spelt-out emails, links and handles.
        ("write to max punkt mustermann at web punkt de", ["mustermann"], ["write to"]),
        ("Kontakt: tomek.r[at]gmail.com", ["tomek"], ["Kontakt"]),
        ("see https://example.com/u/jan.k?id=3 and @jan_k", ["jan.k", "@jan_k"], ["see"]),
        # A known sender in any case and inflection, particles included.
        ("Dzwonił Pan Nowak. Potem pana Nowaka nie było.", ["Nowak"], ["Dzwonił"]),
        ("Marcus de la Cruz here, marcus again", ["Marcus", "marcus", "Cruz"], ["again"]),
    ],
)
def test_classes_of_personal_data(text: str, hidden: list[str], kept: list[str]) -> None:
    out = redact(text, names=["Marcus de la Cruz"])
    assert not [h for h in hidden if h in out], out
    assert all(k in out for k in kept), out


@pytest.mark.parametrize(
    "text",
    ["Zamówiłem 02.11.2024, kurier przyjechał 07.11.2024. W Łódź to norma?",
     "Customer Service was Helpful. Delivery Was Fast. Will Buy Again From Best Buy.",
     "Giao hàng tới Đà Nẵng mất 5 ngày, shipper Giao Hàng Nhanh thân thiện.",
     "Der Fahrer von Hermes hat das Paket vor die Tür gelegt.",
     "Todo perfecto, gracias. Recomiendo PcComponentes.",
     "Battery 4000 mAh, like 4200 4500 on others; version 2.14.3 on Android 14.",
     "I bought it at amazon.com because at this point it had the best price.",
     "The late 2013 model is still my main machine, so 2 of them work."],
)
def test_dates_carriers_brands_and_numbers_that_are_no_one_stay(text: str) -> None:
    assert redact(text) == text


def test_a_share_safe_voice_is_its_new_words_only() -> None:
    from chair.domain.model import Voice
    from chair.insight.redaction import SHARE_CHARS, share_safe_voice

    text = ("Still no parcel, call me on 0176 4445566.\n\n-- \nPetra Schulz\nEinkauf\n\n"
            "Am 3. Juni schrieb Support:\n> Ihre Sendung ist unterwegs, Frau Schulz")
    voice = Voice("mail", "<a@b>", 0, text, author="Petra Schulz",
                  meta={"signature_at": text.index("-- "), "quote_at": text.index("Am 3.")})
    safe = share_safe_voice(voice)
    assert safe.text == "Still no parcel, call me on [phone]." and safe.meta == {}
    assert safe.author == "[name]"
    long = share_safe_voice(Voice("csv", "1", 0, "word " * 10_000))
    assert len(long.text) <= SHARE_CHARS + 2 and long.text.endswith("…")


def test_a_shared_screen_drops_the_phone_s_sign_off_but_not_a_place_it_names() -> None:
    from chair.insight.redaction import share_safe_voice

    def shown(text: str) -> str:
        return share_safe_voice(Voice("t", "k", 1, text)).text

    assert shown("Where is my parcel? Sent from my iPhone") == "Where is my parcel?"
    assert shown("Paczka nie doszła. Pozdrawiam Wysłane z iPhone'a") == \
        "Paczka nie doszła. Pozdrawiam"
    assert shown("Toujours rien. Envoyé de mon iPhone") == "Toujours rien."
    assert shown("Gửi từ Hà Nội hôm qua, chưa tới") == "Gửi từ Hà Nội hôm qua, chưa tới"
    assert shown("The parcel was sent from my old address") == \
        "The parcel was sent from my old address"

"""Pillar, area and language classification: multilingual, diacritics or not, negation,
right-to-left text, metadata first, a user's taxonomy and corrections."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from chair.domain.model import Voice
from chair.ingest.reclassify import reclassify_all
from chair.ingest.run import run_import
from chair.insight.classification import classify, load_taxonomy
from chair.store import connect
from chair.store import voices as store
from tests.helpers import corpus_pieces


@pytest.mark.parametrize(
    ("text", "pillar", "language"),
    [
        ("Dostawa spóźniona o tydzień, kurier nie odbiera", "delivery", "pl"),
        ("dostawa spozniona o tydzien, kurier nie odbiera", "delivery", "pl"),
        ("Giao hàng chậm quá, đặt một tuần chưa thấy", "delivery", "vi"),
        ("giao hang cham qua, dat mot tuan chua thay", "delivery", "vi"),
        ("Le prix est trop cher par rapport à la Fnac", "price", "fr"),
        ("Der Artikel ist seit Wochen ausverkauft", "selection", "de"),
        ("El paquete llegó roto y tarde", "delivery", "es"),
        ("Searched for the refill and got zero results, out of stock again", "selection", "en"),
        ("Your support agent was very kind, thanks", "other", "en"),
    ],
)
def test_pillars_and_languages_in_six_languages(text: str, pillar: str, language: str) -> None:
    result = classify(text)
    assert (result.pillar, result.language) == (pillar, language)
    assert 0 < result.confidence <= 1


def test_negation_lowers_an_evaluative_cue() -> None:
    result = classify("It was not expensive at all, but the delivery came late twice")
    assert result.pillar == "delivery"
    assert classify("Far too expensive, the price doubled").pillar == "price"


def test_a_voice_touching_two_pillars_keeps_both() -> None:
    result = classify("Out of stock for weeks, and the only other size costs twice the price")
    assert set(result.pillars) == {"selection", "price"}


def test_right_to_left_text_gets_its_language_and_other() -> None:
    hebrew = classify("החבילה לא הגיעה, delivery")
    assert (hebrew.language, hebrew.pillar) == ("he", "other")
    arabic = classify("لم يصل الطرد بعد")
    assert (arabic.language, arabic.pillar) == ("ar", "other")


@pytest.mark.parametrize(
    ("text", "area"),
    [("Paczka do Lodzi", "Łódź"), ("Kurier w Krakowie", "Kraków"), ("Cracow parcel", "Kraków"),
     ("giao hàng ở Sài Gòn", "Ho Chi Minh City"), ("Ship to HCMC please", "Ho Chi Minh City"),
     ("Giao về Da Nang", "Đà Nẵng"), ("Đà Nẵng", "Đà Nẵng"), ("paquet à Villeurbanne", "Lyon")],
)
def test_areas_from_the_gazetteer_with_spellings(text: str, area: str) -> None:
    assert classify(text).area == area


def test_metadata_outranks_the_text() -> None:
    assert classify("Delivered to Warsaw instead of Lodz", hints={"area": "Łódź"}).area == "Łódź"
    assert classify("late parcel", hints={"mailbox": "Reklamacje Kraków"}).area == "Kraków"
    assert classify("late parcel", hints={"area": "FL"}).area == "FL"


def test_a_users_taxonomy_file_extends_the_bundled_one(tmp_path: Path) -> None:
    extra = tmp_path / "mine.json"
    extra.write_text(json.dumps({"pillars": {"delivery": {"en": ["drone*"]}},
                                 "areas": {"Gdynia": ["gdynia", "gdyni"]}}))
    taxonomy = load_taxonomy(extra)
    result = classify("The drone dropped it in Gdynia", taxonomy=taxonomy)
    assert (result.pillar, result.area) == ("delivery", "Gdynia")
    assert classify("The drone dropped it in Gdynia").pillar == "other"


def test_imports_classify_and_reclassify_keeps_corrections(db_path: Path, tmp_path: Path) -> None:
    csv = tmp_path / "v.csv"
    csv.write_text("id,text,city\n1,Paczka nie dotarła,Łódź\n2,Za drogo!,Kraków\n"
                   "3,The drone dropped it,Seattle\n")
    run_import([str(csv)], connect(db_path))
    db = connect(db_path)
    voices = {v.source_key[-1]: v for v in store.page(db)}
    assert (voices["1"].pillar, voices["1"].area, voices["1"].language) == ("delivery", "Łódź", "pl")
    assert voices["2"].pillar == "price"
    store.correct(db, voices["2"].id or 0, pillar="selection", area="Warsaw")
    extra = tmp_path / "mine.json"
    extra.write_text(json.dumps({"pillars": {"delivery": {"en": ["drone*"]}}}))
    seen, changed = reclassify_all(db, load_taxonomy(extra))
    assert (seen, changed) == (3, 1)
    after = {v.source_key[-1]: v for v in store.page(db)}
    assert after["3"].pillar == "delivery"
    assert (after["2"].pillar, after["2"].area) == ("selection", "Warsaw")
    assert after["2"].flags & Voice.PILLAR_MANUAL
    assert store.counts_by(db, "pillar") == {"delivery": 2, "selection": 1}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Re: you're welcome, the place is lovely", "en"),  # "re" is not Vietnamese "rẻ"
        ("Tôi mặc áo này đi làm rất đẹp", "vi"),  # "mặc" (wear) is not "mắc" (pricey)
        ("Rất tiện lợi, dùng thích lắm", "vi"),  # "tiện" (handy) is not "tiền" (money)
        ("Dat is prima, dank je wel", "nl"),  # Dutch "dat" is nothing
        ("Det var ett bra köp, caro amico", "sv"),  # a language chair has no cues for
        ("Ürün çok güzel, prix et caro yazıyordu", "tr"),
    ],
)
def test_a_word_of_one_language_is_not_a_cue_of_another(text: str, language: str) -> None:
    result = classify(text)
    assert (result.language, result.pillar, result.pillars) == (language, "other", ())


@pytest.mark.parametrize(
    "text",
    ["The keyboard feels cheap and the plastic creaks", "Cheap plastic hinges, shame",
     "Had to update the graphics drivers twice", "Out of the box it boots in eight seconds",
     "It ships with Windows 11 preinstalled", "The late 2013 model is still going strong",
     "Enviado desde mi iPhone", "Client : ma carte est bloquée depuis hier",
     "I had to pay $ 15 to return the old charger", "The battery is fully charged twice a day"],
)
def test_a_cue_word_in_another_sense_is_not_a_cue(text: str) -> None:
    assert classify(text).pillar == "other"


@pytest.mark.parametrize(
    ("text", "pillar"),
    [
        ("Great little laptop for the price", "price"),
        ("Worth every penny", "price"),
        ("Máy đẹp, ổn trong tầm giá", "price"),
        ("Giá ổn, máy chạy mượt", "price"),
        ("Rapport qualité-prix imbattable", "price"),
        ("I was surprised how fast it came", "delivery"),
        ("I received the wrong item", "delivery"),
        ("Kam leider zu spät an", "delivery"),
        ("Het pakket kwam te laat", "delivery"),
        ("giáo hàng nhanh, đóng gói cẩn thận", "delivery"),  # a slipped tone mark
        ("giao hang nhanh, dong goi can than", "delivery"),  # typed without diacritics
        ("The wine list is short and the menu never changes", "selection"),
        ("Double charge: I was charged twice for the same order", "price"),
        ("Obciążono moją kartę dwa razy", "price"),
    ],
)
def test_value_phrasing_and_delivery_without_a_cue_word(text: str, pillar: str) -> None:
    assert classify(text).pillar == pillar


def test_a_short_text_gets_its_own_language() -> None:
    assert classify("Trop cher pour ce que c'est").language == "fr"
    assert classify("Viel zu teuer, leider").language == "de"
    assert classify("GREAT VALUE LAPTOP").pillar == "price"


def test_the_entry_points_the_design_names() -> None:
    from chair.insight import classify as classify_
    from chair.insight import redact

    assert classify_("Za drogo!").pillar == "price"
    assert redact("Call me on +48 601 234 567") == "Call me on [phone]"


def test_words_are_read_piece_by_piece_exactly_as_from_the_whole_text() -> None:
    """The classifier folds each whitespace-separated piece once and remembers it: on every
    text of the shared corpora (many scripts, marks, emoji, markup) that gives exactly the
    words of the whole text folded, or lower-cased as written."""
    from chair.domain.text import fold, lower_written
    from chair.insight import classification as c

    texts = corpus_pieces()
    texts += [t.upper() for t in texts[::7]]  # capitals fold too ("ΟΔΟΣ" ends in a final sigma)
    texts += ["cafe\u0301s ne\u0301e", "a\u00a8b \u2122 \ufb01n \u00bd", "ΟΔΟΣ Σ"]
    assert len(texts) > 5000
    folded = [t for t in texts if c._folded_words.of(t) != c._TOKEN.findall(fold(t))]
    written = [t for t in texts if c._written_words.of(t) != c._TOKEN.findall(lower_written(t))]
    assert folded == [] and written == []

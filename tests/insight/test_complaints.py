"""Complaints, not mentions: which pillars a customer blames, in the languages chair reads.
(How well it does on texts nobody here wrote: tests/insight/test_insight_corpora.py.)"""

from __future__ import annotations

import pytest

from chair.insight.classification import classify


@pytest.mark.parametrize(("text", "pillars", "complaints"), [
    # Contrast: praise on one side, blame on the other.
    ("Fast delivery, but the price went up again.", {"delivery", "price"}, ("price",)),
    ("Sản phẩm tốt nhưng giao hàng hơi chậm", {"delivery"}, ("delivery",)),
    ("Dostawa szybka, ale drogo jak na taki produkt.", {"delivery", "price"}, ("price",)),
    ("Livraison rapide mais le prix est vraiment trop cher.", {"delivery", "price"},
     ("price",)),
    # Negation turns praise into blame, and blame into praise.
    ("The parcel did not arrive on time.", {"delivery"}, ("delivery",)),
    ("Delivery was not slow at all, and a great price.", {"delivery", "price"}, ()),
    ("giao hàng nhanh, hộp không bị móp", {"delivery"}, ()),
    # The language's own words of disappointment; a clause naming nothing speaks of the last.
    ("Die Lieferung kam leider viel zu spät.", {"delivery"}, ("delivery",)),
    ("The delivery took three weeks. Terrible.", {"delivery"}, ("delivery",)),
    # Praise alone is no complaint.
    ("giao hàng rất nhanh, đóng gói cẩn thận", {"delivery"}, ()),
    # A complaint told as what happened, or as a comparison, without a word of blame.
    ("The parcel was left outside again and got soaked.", {"delivery"}, ("delivery",)),
    ("My order has not arrived and the tracking is stuck.", {"delivery"}, ("delivery",)),
    ("The same kettle is cheaper elsewhere, by ten euros.", {"price"}, ("price",)),
    ("You stopped selling the tea I buy every month.", {"selection"}, ("selection",)),
    ("I have never had a problem with a delivery.", {"delivery"}, ()),
    # ... and a comparison in the shop's favour, or weather, is none.
    ("Everything is cheaper at your shop than at the supermarket, great prices.", {"price"},
     ()),
    ("Delivered in the rain, well packed and dry, great courier.", {"delivery"}, ()),
])
def test_a_voice_complains_about_the_pillars_it_blames(text: str, pillars: set[str],
                                                       complaints: tuple[str, ...]) -> None:
    found = classify(text)
    assert set(found.pillars) == pillars
    assert found.complaints == complaints


def test_a_text_typed_without_diacritics_is_read_as_well() -> None:
    vi = {"language": "vi"}
    assert classify("giao hang rat cham, that vong qua", hints=vi).complaints == ("delivery",)
    assert classify("giao hang nhanh, dong goi can than", hints=vi).complaints == ()


def test_few_stars_make_a_mention_a_complaint_and_many_do_not() -> None:
    text = "My parcel was delivered to the locker."
    assert classify(text).complaints == ()
    assert classify(text, hints={"rating": "1"}).complaints == ("delivery",)
    assert classify(text, hints={"rating": "5"}).complaints == ()
    # Praise outweighs a low rating given for something else.
    assert classify("Fast delivery as always.", hints={"rating": "2"}).complaints == ()

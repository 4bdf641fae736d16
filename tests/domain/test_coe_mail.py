"""The owner's reply to a "?" read into the COE where it keeps the questions' layout, and only
there."""

from __future__ import annotations

from chair.domain.coe_mail import parse_reply, questions


def test_the_questions_read_back_empty_and_an_answered_copy_reads_back_whole() -> None:
    blank = questions(7, 1_800_000_000)
    assert parse_reply(blank).answered == 0
    answered = blank.replace("1. What happened\n", "1. What happened\nA rule ran twice.\n")
    answered = answered.replace("6. Lessons learned\n", "6. Lessons learned\nTest rules.\n")
    assert parse_reply(answered).sections == {"what_happened": "A rule ran twice.",
                                              "lessons": "Test rules."}


def test_headings_may_be_bold_unnumbered_numbered_alone_or_carry_the_answer() -> None:
    reply = parse_reply("**Root cause:** retries without a key\n\n"
                        "Impact\n41 refunds\n\n4.\nScans against GPS\n\n"
                        "what happened: the courier skipped the estate")
    assert reply.sections == {"root_cause": "retries without a key", "impact": "41 refunds",
                              "supporting_data": "Scans against GPS",
                              "what_happened": "the courier skipped the estate"}


def test_lists_quotes_and_sentences_inside_an_answer_stay_in_it() -> None:
    reply = parse_reply("1. What happened\nTwo things:\n1. the scan failed\n2. We refunded late"
                        "\nThe impact was small.\n> 3. Root cause\n> quoted\n"
                        "7. Corrective actions\n1. Fix the scanner - Piotr - 2027-02-30\n\nEwa")
    assert reply.sections == {"what_happened": "Two things:\n1. the scan failed\n"
                                               "2. We refunded late\nThe impact was small."}
    (action,) = reply.actions
    assert (action.description, action.owner, action.due_at) == ("Fix the scanner", "Piotr",
                                                                 None)


def test_a_free_reply_answers_nothing() -> None:
    assert parse_reply("Thanks, looking into it; the root cause is probably the courier.\n"
                       "More on Friday.").answered == 0

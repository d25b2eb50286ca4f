"""A picture's placeholder, where a copied page left out its picture (``[Photo]``, ``[صورة]``), and
the caption printed after it: on the placeholder's line or under it in its block, its credit alone
on the last line or closing its sentence; and a caption right over its credit alone, no
placeholder (``© Acme``, ``Crédit photo : Acme``). All invented; the rows vary script, case,
blanks, brackets' spacing, where the caption stands and how its credit is printed."""

from __future__ import annotations

import pytest

from wireparse import parse
from wireparse.furniture import picture_placeholder, placeholder_caption

HEADLINE = "Harbour town opens a new dialysis centre"
DATELINE = "PORTVILLE, March 4 (Acme) - The centre, which cost 22 million, opened on Saturday with 40 beds."
BODY = (
    "It will serve patients from three districts who now travel two hours for treatment.\n\n"
    "The health ministry said a second centre would open next year.\n"
)

CAPTIONS = [
    ("[Photo]\nPatients and staff at the opening\nCrédit photo : Acme", "Patients and staff at the opening", "Acme"),
    ("[PHOTO]\nPatients and staff at the opening\n© Acme", "Patients and staff at the opening", "Acme"),
    ("[ Image ]\nPatients and staff at the opening\nPhoto: Jane Roe/Acme", "Patients and staff at the opening", "Jane Roe/Acme"),
    ("[صورة]\nجانب من حفل افتتاح المركز\n© أكمي", "جانب من حفل افتتاح المركز", "أكمي"),
    ("[Фото]\nПациенты и врачи на открытии центра", "Пациенты и врачи на открытии центра", None),
    ("[Foto] Patients and staff at the opening. Photo Acme", "Patients and staff at the opening.", "Acme"),
    ("[image]  Patients and staff at the opening. Acme/Jane Roe", "Patients and staff at the opening.", "Acme/Jane Roe"),
    ("[Photo]\nPatients and staff at the opening,\nwith the minister on the left\nPhoto Credit: Acme", "Patients and staff at the opening, with the minister on the left", "Acme"),
]  # fmt: skip
CAPTION_IDS = [
    "french-credit",
    "capitals-copyright",
    "spaced-brackets",
    "arabic",
    "russian-no-credit",
    "on-its-line",
    "slashed-credit",
    "wrapped-credit-label-case",
]


@pytest.mark.parametrize(("printed", "text", "credit"), CAPTIONS, ids=CAPTION_IDS)
def test_the_caption_after_a_placeholder_above_the_dateline(
    printed: str, text: str, credit: str | None
) -> None:
    story = parse(f"{HEADLINE}\n\n{printed}\n\n{DATELINE}\n\n{BODY}")
    assert [(c.text, c.credit) for c in story.captions] == [(text, credit)]
    assert story.summary is None
    assert story.dateline is not None
    assert len(story.paragraphs) == 3


@pytest.mark.parametrize(("printed", "text", "credit"), CAPTIONS, ids=CAPTION_IDS)
def test_the_caption_after_a_placeholder_between_paragraphs(
    printed: str, text: str, credit: str | None
) -> None:
    story = parse(f"{HEADLINE}\n\n{DATELINE}\n\n{printed}\n\n{BODY}")
    assert [(c.text, c.credit) for c in story.captions] == [(text, credit)]
    assert len(story.paragraphs) == 3


def test_a_placeholder_over_the_headline_takes_no_caption() -> None:
    # (a page's picture over its title: the title is the headline, not the picture's caption)
    story = parse(f"[Photo]\n{HEADLINE}\n\n{DATELINE}\n\n{BODY}")
    assert story.headline == HEADLINE
    assert story.captions == ()


def test_a_long_block_under_a_placeholder_gives_the_caption_its_first_line_only() -> None:
    # (a page printed a paragraph a line: the caption is the line under the picture)
    lines = "\n".join(f"Sentence number {n} of the story, printed on a line of its own." for n in range(4))
    story = parse(f"{HEADLINE}\n\n{DATELINE}\n\n[Photo]\nPatients at the opening\n{lines}\n\n{BODY}")
    assert [c.text for c in story.captions] == ["Patients at the opening"]
    assert any("number 3" in p for p in story.paragraphs)


@pytest.mark.parametrize(
    ("line", "length"),
    [
        ("[Photo]", 7),
        ("[ PHOTOS ]  Caption", 12),
        ("[صورة] (صورة أرشيفية)", 7),
        ("[Gallery]", 9),
        ("[Photo: Jane Roe] Caption", 0),  # (a credit in brackets, no placeholder)
        ("[VIDEO MISSING]", 0),
        ("Photo", 0),
        ("[Lima] El alcalde dijo ...", 0),
    ],
    ids=[
        "alone",
        "plural-capitals",
        "arabic",
        "gallery",
        "credit-in-brackets",
        "note",
        "no-brackets",
        "town",
    ],
)
def test_a_placeholder_is_a_word_for_picture_alone_in_square_brackets(line: str, length: int) -> None:
    assert picture_placeholder(line) == length


def test_a_sentence_that_closes_with_a_word_for_photo_keeps_it() -> None:
    # (the word closes the caption's sentence without a source after it: no credit)
    assert placeholder_caption(["Workers pose for a group photo."]) == (
        "Workers pose for a group photo.",
        None,
    )


@pytest.mark.parametrize(
    ("credit", "shown"),
    [
        ("© Acme", "Acme"),
        ("©ACME", "ACME"),
        ("Crédit photo : Acme", "Acme"),
        ("Photo Acme", "Acme"),
        ("© Acme / Jane Roe", "Acme / Jane Roe"),
        ("© AFP", "AFP"),
    ],
    ids=[
        "copyright",
        "copyright-glued-capitals",
        "french-label",
        "photo-word",
        "agency-and-name",
        "an-agency",
    ],
)
@pytest.mark.parametrize("where", ["head", "body"])
def test_a_caption_right_over_its_credit_alone(credit: str, shown: str, where: str) -> None:
    caption = "A hotel terrace over the bay at dusk"
    if where == "head":
        story = parse(f"{HEADLINE}\n\n{caption}\n{credit}\n\n{DATELINE}\n\n{BODY}")
    else:
        story = parse(f"{HEADLINE}\n\n{DATELINE}\n\n{caption}\n{credit}\n\n{BODY}")
    assert [(c.text, c.credit) for c in story.captions] == [(caption, shown)]
    assert len(story.paragraphs) == 3


def test_a_notice_of_rights_under_a_line_credits_no_picture() -> None:
    story = parse(
        f"{HEADLINE}\n\n{DATELINE}\n\n{BODY}\nThe council meets again on Monday\n© 2025 Acme. All rights reserved.\n"
    )
    assert story.captions == ()


def test_a_caption_over_its_copyright_credit_under_the_stamp_without_a_dateline() -> None:
    story = parse(
        f"{HEADLINE}\n\nJane Roe\nPORTVILLE\n4 March 2025\n12:18\n\nA hotel terrace over the bay at dusk\n© AFP\n\n"
        "The centre, which cost 22 million, opened on Saturday with 40 beds.\n\n" + BODY
    )
    assert [(c.text, c.credit) for c in story.captions] == [("A hotel terrace over the bay at dusk", "AFP")]

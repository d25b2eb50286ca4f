"""How papers dated and credited a correspondent's cable: a weekday's name standing for the date
(``CANBERRA, Tuesday.``), and the agency's credit in brackets on the line above the dateline
(``[REUTER'S TELEGRAMS.]`` over ``LONDON, May 10.``). All invented; the rows vary case, script,
the sign that closes the dateline, the brackets and where the text starts."""

from __future__ import annotations

import pytest

from wireparse import parse

HEADLINE = "Harbour works delayed by storm"
TEXT = "The harbour board said on Monday that the new breakwater would open a month late."


@pytest.mark.parametrize(
    ("dateline", "place", "separate"),
    [
        ("CANBERRA, Tuesday.", "Canberra", True),
        ("CANBERRA, Tuesday.", "Canberra", False),
        ("DUBLIN, Wednesday", "Dublin", True),
        ("London, Monday -", "London", False),
        ("PARIS, mardi.", "Paris", False),
        ("Wien, Dienstag.", "Wien", True),
        ("MADRID, martes -", "Madrid", False),
    ],
    ids=[
        "capitals-stop-alone",
        "capitals-stop-run-on",
        "line-end",
        "title-dash",
        "french",
        "german-alone",
        "spanish",
    ],
)
def test_a_weekday_stands_for_the_date(dateline: str, place: str, separate: bool) -> None:
    story = parse(f"{HEADLINE}\n\n{dateline}{chr(10) if separate else ' '}{TEXT}\n")
    assert story.dateline is not None
    assert (story.dateline.text, story.dateline.place, story.dateline.date) == (dateline, place, None)
    assert story.paragraphs[0] == TEXT


@pytest.mark.parametrize(
    "opening",
    [
        "Smith, Monday. He said the board had met.",
        "The minister, Tuesday, said the board had met.",
        "Monday, Tuesday. The board met twice.",
    ],
    ids=["a-name", "a-clause", "weekdays-alone"],
)
def test_a_weekday_after_no_place_dates_nothing(opening: str) -> None:
    assert parse(f"{HEADLINE}\n\n{opening}\n\n{TEXT}\n").dateline is None


@pytest.mark.parametrize(
    ("credit", "dateline", "agency"),
    [
        ("[REUTER'S TELEGRAMS.]", "LONDON, May 10.", "Reuters"),
        ("(By Telegraph.—Press Association.)", "WELLINGTON, August 16.", "PA"),
        ("(by associated press)", "WELLINGTON, Tuesday.", "AP"),
        ("[ Reuters ]", "Wellington, August 16 -", "Reuters"),
    ],
    ids=["square-brackets", "round-brackets-dash", "lower-case-weekday", "spaced-title-case"],
)
def test_a_credit_in_brackets_over_the_dateline_credits_it(credit: str, dateline: str, agency: str) -> None:
    story = parse(f"{HEADLINE.upper()}\n{credit}\n{dateline}\n{TEXT}\n")
    assert story.dateline is not None
    assert (story.dateline.text, story.dateline.agency) == (dateline, agency)
    assert list(story.paragraphs) == [TEXT]


def test_the_datelines_own_credit_outranks_the_one_above() -> None:
    story = parse(f"{HEADLINE}\n\n(From Our Own Correspondent.)\nOSLO, August 16 (NTB) - {TEXT}\n")
    assert story.dateline is not None and story.dateline.agency == "NTB"


def test_a_note_in_brackets_that_names_no_agency_credits_nothing() -> None:
    story = parse(f"{HEADLINE.upper()}\n(From Our Own Correspondent.)\nOSLO, August 16.\n{TEXT}\n")
    assert story.dateline is not None and story.dateline.agency is None


def test_headings_in_capitals_closed_by_a_stop_are_no_sentences_over_the_dateline() -> None:
    # (a clipping's heads in capitals, each closed by a stop, count as no story text above it; an
    # archive's notice on the item's use is one sentence)
    story = parse(
        "MAIL STEAMER ASHORE IN THE FOG.\nUsing this item: the publisher owns the copyright and you may reuse it "
        "for private study.\n\nMAIL STEAMER ASHORE IN THE FOG.\nSHIP STRANDED ON THE REEF.\n[REUTER'S TELEGRAMS.]\n"
        "LONDON, May 10.\nThe Royal Mail steamer, which left the port on the 2nd April, has gone ashore near the cape.\n"
    )
    assert story.dateline is not None and story.dateline.text == "LONDON, May 10."


@pytest.mark.parametrize(
    "credit",
    ["(Acme Telephoto).", "(ACME WIREPHOTO)", "(Reuters Photo)", "— (Acme Photos)"],
    ids=["telephoto", "capitals", "photo", "dash-plural"],
)
def test_a_caption_opened_by_words_in_capitals_and_a_dash_yields_to_the_dateline(credit: str) -> None:
    # (an old paper's caption: its first words in capitals before a dash, its service's photo
    # credit in brackets closing it; the dateline is under it)
    story = parse(
        f"{HEADLINE}\n\nRESCUE CREWS AT WORK—Volunteers\ncarry timbers to the mine's portal\nnear the town. {credit}\n\n"
        f"(By United Press)\nLEADVILLE, Colo., Aug. 14.—{TEXT}\n"
    )
    assert story.dateline is not None and story.dateline.place == "Leadville"

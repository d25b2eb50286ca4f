"""Web pages as readers copy them: a site's short name over a title a byline signs, with the
page's pictures between; a standfirst over its pictures and the byline's block; the byline's
block of stamps and sections; a page's note that it updated the story; and its count of comments.
All invented; each row varies case, blanks, punctuation or order."""

from __future__ import annotations

import pytest

from wireparse import parse
from wireparse.furniture import line_kind

BODY = (
    "The council voted on Tuesday to close the old harbour bridge to lorries from next month.\n\n"
    "Engineers found cracks in two of its piers during an inspection in January.\n\n"
    "A new bridge is due to open in 2027, the council said.\n"
)


@pytest.mark.parametrize(
    "site",
    [
        "PC Watch",
        "ars TECHNICA",
        "Espaces autochtones",
        "01net",
        "지디넷코리아",
        "कृषि जागरण",
        "Omrop Fryslân",
    ],
)
@pytest.mark.parametrize(
    "between",
    [
        "",
        "A crane lifts a girder onto the bridge.\nPhoto : Acme / Jane Roe\n\n",
        "(Bild: Jana Roth / Acme)\n\n",
    ],
    ids=["no-picture", "caption-and-credit", "credit-in-brackets"],
)
def test_a_sites_short_name_over_a_signed_title_is_no_headline(site: str, between: str) -> None:
    title = "Harbour bridge to close to lorries after cracks found in two piers"
    deck = "Engineers say the 1930s structure can no longer carry heavy traffic safely."
    story = parse(
        f"{site}\n\n{title}\n\n{deck}\n\n{between}Jane Roe\nPublished 5 March 2024 at 14:02\n\n{BODY}"
    )
    assert story.headline == title
    assert story.summary == deck
    assert story.byline is not None and list(story.byline.authors) == ["Jane Roe"]
    assert story.paragraphs[0].startswith("The council voted")


@pytest.mark.parametrize(
    "title",
    ["Bridge shut", "Harbour bridge shut"],
)
def test_a_short_headline_over_a_longer_signed_title_line_only_when_it_is_a_name(title: str) -> None:
    """A headline of a few words over its deck and byline stays: the deck is prose."""
    deck = "Engineers say the 1930s structure can no longer carry heavy traffic safely."
    story = parse(f"{title}\n\n{deck}\n\nBy Jane Roe\n\n{BODY}")
    assert story.headline == title


def test_a_short_name_with_figures_is_no_sites_name() -> None:
    title = "Harbour bridge to close to lorries after cracks found in two piers"
    story = parse(f"Bridge 2 shut\n\n{title}\n\nBy Jane Roe\n\n{BODY}")
    assert story.headline == "Bridge 2 shut"


@pytest.mark.parametrize(
    "stamp",
    [
        "06.03.2025 11:42 Uhr  Security",
        "5 March 2024, 14:02   Politics",
        "2024-03-05 14:02 · World",
        "Nuacht RTÉ",
    ],
)
@pytest.mark.parametrize("byline", ["Von Jana Roth", "By Jana Roth", "Por Jana Roth"])
@pytest.mark.parametrize("order", ["stamp-first", "byline-first"])
def test_a_bylines_block_with_a_stamp_or_section_beside_it(stamp: str, byline: str, order: str) -> None:
    block = f"{stamp}\n{byline}" if order == "stamp-first" else f"{byline}\n{stamp}"
    deck = "Attackers could run commands on the routers. An update is out, but older models get none."
    story = parse(f"Router maker closes critical hole in mesh systems\n\n{deck}\n\n{block}\n\n{BODY}")
    assert story.byline is not None and list(story.byline.authors) == ["Jana Roth"]
    assert story.summary == deck
    assert story.paragraphs[0].startswith("The council voted")


def test_a_title_in_the_bylines_block_is_no_stamp() -> None:
    """A title over its byline in one block, a headline read above it: the title is never set
    aside as the byline's stamp."""
    title = "Congress keeps losing a budget it never passes"
    story = parse(f"ACME -- OPINION COLUMN\nColumnist: Jane Roe\n\n{title}\nBy Jane Roe\n\n{BODY}")
    assert all(entry.text != title for entry in story.boilerplate)


def test_an_agencys_name_and_section_over_a_signed_title() -> None:
    story = parse(
        "Acme Haber\nTürkiye\nStorm hits the coast\n\nJane Roe  |05.10.2024 - Update : 05.10.2024\n\n" + BODY
    )
    assert story.headline == "Storm hits the coast"


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        (
            "Update, 14:20 Uhr: Der Hersteller hat inzwischen auch eine Beta-Firmware veröffentlicht.",
            "ednote",
        ),
        ("UPDATE (March 5): The company later said it would refund buyers.", "ednote"),
        ("Mise à jour, 15 h 30 : le ministre a précisé ses propos.", "ednote"),
        ("Actualización 12.03.2024: se corrigió la cifra de heridos.", "ednote"),
        ("[更新] 3月5日15時30分：初出時、価格に誤りがありました。", "ednote"),
        ("【訂正】記事中の価格を修正しました。", "ednote"),
        ("Update: the company later said it would refund buyers.", None),  # no hour or day: prose may open so
        ("Updates 2 and 3 of the app fixed the bug: the firm said so.", None),
    ],
)
def test_a_pages_note_that_it_updated_the_story(line: str, kind: str | None) -> None:
    assert line_kind(line) == kind


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("READER COMMENTS 112", "navigation"),
        ("Kommentare lesen (47 Beiträge)", "navigation"),
        ("112 comments", "navigation"),
        ("Comentarios: 1.204", "navigation"),
        ("commentaires 3", "navigation"),
        ("Comments on 2 bills", None),
        ("Minister comments on 3 cases.", None),
    ],
)
def test_a_pages_count_of_comments(line: str, kind: str | None) -> None:
    assert line_kind(line) == kind


def _dateline(line: str) -> tuple[str | None, ...] | None:
    from wireparse.dateline import match_dateline

    m = match_dateline(line)
    d = m.dateline if m else None
    return None if d is None else (d.text, d.place, d.date, d.agency)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a weekday where the place would stand, before the date and a credit: the date's weekday
        (
            "TUESDAY, March 4, 2025 (HealthDay News) -- Women who snore",
            ("TUESDAY, March 4, 2025 (HealthDay News) --", None, "2025-03-04", "HealthDay News"),
        ),
        (
            "Tuesday, March 4, 2025 (Acme Wire) - Women who snore",
            ("Tuesday, March 4, 2025 (Acme Wire) -", None, "2025-03-04", "Acme Wire"),
        ),
        (
            "JUEVES, 16 de enero de 2025 (HealthDay News) -- Los adultos",
            ("JUEVES, 16 de enero de 2025 (HealthDay News) --", None, "2025-01-16", "HealthDay News"),
        ),
        (
            "Mittwoch, 5. März 2025 (dpa) - Der Rat",
            ("Mittwoch, 5. März 2025 (dpa) -", None, "2025-03-05", "dpa"),
        ),
        # no credit after it: a page's time stamp, no dateline
        ("Senin, 4 Maret 2024 15:22 WIB", None),
        # an agency's desk named after it in its brackets
        ("(Reuters Health) - Older adults who", ("(Reuters Health) -", None, None, "Reuters")),
        (
            "NEW YORK (Reuters Health) - Older adults",
            ("NEW YORK (Reuters Health) -", "New York", None, "Reuters"),
        ),
        ("PARIS (AFP Sport) - Le club", ("PARIS (AFP Sport) -", "Paris", None, "AFP")),
        ("Berlin (dpa Kultur) - Die Oper", ("Berlin (dpa Kultur) -", "Berlin", None, "dpa")),
        # an en dash touching a known place in capitals and the text's first word
        ("OTTAWA–Dozens of chiefs walked out", ("OTTAWA–", "Ottawa", None, None)),
        ("US–China trade talks resume", None),
        ("FOOBARVILLE–Dozens of chiefs", None),
        # the months of Manx, Cornish and Inuktitut, a Manx name's hyphen printed as a blank or not
        ("DOOLISH, 5 Jerrey-fouyir – Ta Reiltys", ("DOOLISH, 5 Jerrey-fouyir –", "Doolish", "--10-05", None)),
        ("DOOLISH, 5 Jerrey Fouyir – Ta Reiltys", ("DOOLISH, 5 Jerrey Fouyir –", "Doolish", "--10-05", None)),
        (
            "Truru, 21 mis Hedra 2023 – Konsel Kernow",
            ("Truru, 21 mis Hedra 2023 –", "Truru", "2023-10-21", None),
        ),
        ("ᐃᖃᓗᐃᑦ, ᒫᑦᓯ 12, 2024 — ᐃᖃᓗᐃᑦ ᓄᓇᓕᖓᑕ", ("ᐃᖃᓗᐃᑦ, ᒫᑦᓯ 12, 2024 —", "ᐃᖃᓗᐃᑦ", "2024-03-12", None)),
    ],
)
def test_datelines_of_health_wires_desks_and_more_months(line: str, expected: tuple | None) -> None:
    assert _dateline(line) == expected


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Troch Geart Hoekstra", ("Geart Hoekstra",)),
        ("gant Gwenola Le Gall", ("Gwenola Le Gall",)),
        ("Gant Gwenola Le Gall", ("Gwenola Le Gall",)),
        ("gans Tamsin Trevenna", ("Tamsin Trevenna",)),
        ("Ein Bericht von Lena Hartwig", ("Lena Hartwig",)),
        ("Eine Analyse von Lena Hartwig und Tom Berg", ("Lena Hartwig", "Tom Berg")),
    ],
)
def test_more_words_for_by_open_a_byline(line: str, authors: tuple[str, ...]) -> None:
    from wireparse.bylines import parse_byline

    assert line_kind(line) == "byline"
    assert tuple(parse_byline(line)[0]) == authors


@pytest.mark.parametrize(
    "sentence",
    [
        "Troch de jierren hinne waard it stil.",
        "gant ar vugale e oa bet graet.",
        "Ein Bericht von gestern zeigt es.",
    ],
)
def test_a_sentence_opening_with_such_a_word_is_no_byline(sentence: str) -> None:
    assert line_kind(sentence) != "byline"


@pytest.mark.parametrize("label", ["AWDUR:", "Awdur:", "Tekstur:", "Höfundur:", "Forfatter:"])
def test_an_exports_author_field_in_more_languages(label: str) -> None:
    story = parse(
        f"TEITL: Storm hits the coast\n{label} Jane Roe\nIAITH: cy\n\nThe storm reached the coast on Monday.\n"
    )
    assert story.byline is not None and list(story.byline.authors) == ["Jane Roe"]


@pytest.mark.parametrize(
    "tail",
    [
        "Clibeanna: Gaeltacht | Oideachas | Gaeilge",
        "Tūtohu: Mātauranga, Te Reo Māori, Tūhoe",
        "AI, Enterprise, Europe, Fintech, Fundraising, Startups",
        "Corrections and clarifications | Submit a news tip | Report error",
        "Etiquetas:  Puertos  ·  Transporte  ·  Galicia",
        "Themen: Firmware   IT-Sicherheit   Router",
        "Aimsir | Farraige | Calafort\n\nClibeanna: Aimsir, Farraige, Calafort",
    ],
)
def test_lines_of_short_labels_closing_the_story_are_the_pages(tail: str) -> None:
    story = parse(f"Harbour bridge shut\n\n{BODY}\n{tail}\n")
    assert len(story.paragraphs) == 3


@pytest.mark.parametrize(
    "last",
    [
        "Paris, London and Berlin were also hit",
        "1. Jane Roe 2:03, 2. Tom Lee 2:05, 3. Ann Poe 2:07",
        "Winners: Jane Roe, Tom Lee, Ann Poe, after a long day on the water, said they would return next year",
    ],
)
def test_a_closing_paragraph_of_words_or_results_stays_text(last: str) -> None:
    story = parse(f"Harbour bridge shut\n\n{BODY}\n{last}\n")
    assert len(story.paragraphs) == 4


@pytest.mark.parametrize("site", ["01net", "Acme Tech", "지디넷코리아", "ars TECHNICA"])
@pytest.mark.parametrize(
    "crumbs", ["Accueil > Actualités > Smartphones", "홈 > 반도체·디스플레이", "Home » Tech » Phones"]
)
def test_a_sites_name_over_its_breadcrumb_is_no_headline(site: str, crumbs: str) -> None:
    title = "Phone maker cuts price of its flagship by a third"
    story = parse(f"{site}\n{crumbs}\n\n{title}\n\n{BODY}")
    assert story.headline == title


def test_a_headline_over_a_line_of_prose_stays() -> None:
    story = parse(f"Storm hits the coast\nThe port closed early on Monday, officials said.\n\n{BODY}")
    assert story.headline == "Storm hits the coast"


@pytest.mark.parametrize(
    "disclosure",
    [
        "If you buy something from a Verge link, Vox Media may earn a commission. See our ethics statement.",
        "01net peut percevoir une commission lorsque vous achetez via les liens de cet article.",
        "Golem.de erhält für Käufe über Links, die mit (Anzeige) gekennzeichnet sind, eine kleine Provision.",
        "Some of our stories include affiliate links.",
        "Este artículo contiene enlaces de afiliados.",
    ],
)
def test_a_pages_disclosure_of_its_shops_commissions_is_no_paragraph(disclosure: str) -> None:
    story = parse(f"Phone maker cuts price\n\n{disclosure}\n\n{BODY}")
    assert len(story.paragraphs) == 3


@pytest.mark.parametrize(
    "sentence",
    [
        "Brokers earn a commission on every sale.",
        "Die Bank verlangt eine kleine Provision.",
        "The commission said the link failed.",
    ],
)
def test_a_sentence_about_commissions_stays_text(sentence: str) -> None:
    story = parse(f"Phone maker cuts price\n\n{BODY}\n{sentence}\n")
    assert len(story.paragraphs) == 4


@pytest.mark.parametrize("quote", ['"', "'"])
def test_a_front_matters_quoted_values_are_read_without_their_quotes(quote: str) -> None:
    text = f"---\ntitle: {quote}Harbour bridge to close{quote}\nauthor: {quote}Jane Roe{quote}\n---\n\n{BODY}"
    story = parse(text)
    assert story.headline == "Harbour bridge to close"
    assert story.byline is not None and list(story.byline.authors) == ["Jane Roe"]


def test_a_quote_inside_a_fields_value_keeps_its_quotes() -> None:
    story = parse(f'Title: "Yes," she said, "it opens"\n\n{BODY}')
    assert story.headline == '"Yes," she said, "it opens"'


@pytest.mark.parametrize("blank", [" ", "  ", "\t"])
def test_a_pandoc_title_block_gives_title_author_and_date(blank: str) -> None:
    story = parse(f"%{blank}Harbour bridge to close\n%{blank}Jane Roe\n%{blank}March 5, 2024\n\n{BODY}")
    assert story.headline == "Harbour bridge to close"
    assert story.byline is not None and list(story.byline.authors) == ["Jane Roe"]


def test_a_percent_sign_later_in_the_story_stays() -> None:
    story = parse(f"Prices rise\n\n{BODY}\n% change on the year: 4.2\n")
    assert story.paragraphs[-1].startswith("% change")


@pytest.mark.parametrize(
    ("headline", "bare"),
    [
        ("عاجل | الأرصاد تحذر من منخفض مداري", "الأرصاد تحذر من منخفض مداري"),
        ("BREAKING | Storm hits the coast", "Storm hits the coast"),
        ("СРОЧНО｜Шторм закрыл порт", "Шторм закрыл порт"),
        ("Oil | Gold | Silver prices", "Oil | Gold | Silver prices"),
    ],
)
def test_a_flag_before_a_bar_opening_the_headline_is_set_aside(headline: str, bare: str) -> None:
    from wireparse.furniture import headline_flags

    assert headline_flags(headline)[0] == bare


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("42 318 подписчиков", "navigation"),
        ("Channel · 2.1M followers", "navigation"),
        ("12.4K followers", "navigation"),
        ("1 204 abonnés", "navigation"),
        ("AFP News Agency ✔", "navigation"),
        ("Acme Haber ✔️", "navigation"),
        ("The channel has 12 followers.", None),
        ("Storm hits the coast 🔥", None),
    ],
)
def test_a_channels_name_badge_and_audience_are_no_text(line: str, kind: str | None) -> None:
    assert line_kind(line) == kind


@pytest.mark.parametrize(
    ("line", "stamp"),
    [
        ("Dagført 14.03.2024 - 11:05", True),
        ("Almmuhuvvon 03.04.2024 12:05", True),
        ("Nuashonraithe / 14:32, Dé Máirt, 12 Márta 2024", True),
        ("Aktualisiert 2024-03-14 11h05", True),
        # no clock: a headline may name a date; a table's row of figures is no stamp
        ("Strike 14.03.2024", False),
        ("Denver 2.62 2.63 -- -- --", False),
        # a field's label with its colon: the date and time may be the story's
        ("Tatzeit: 17.03.2024, 22:15 Uhr", False),
    ],
)
def test_a_label_of_any_language_before_a_date_and_its_time_is_a_stamp(line: str, stamp: bool) -> None:
    from wireparse.furniture import is_timestamp

    assert is_timestamp(line) is stamp


@pytest.mark.parametrize(
    "block",
    [
        "Jana Roth\nJournalista\nAlmmuhuvvon 03.04.2024 12:05",
        "Jana Roth\n@janaroth\nEditora\n6 marzo 2025, 12:40\n23 comentarios",
        "Jana Roth\nPublished 5 March 2024, 14:02",
    ],
)
def test_a_writers_name_over_a_role_handle_and_stamps_is_the_byline(block: str) -> None:
    deck = "Engineers say the 1930s structure can no longer carry heavy traffic safely."
    story = parse(f"Harbour bridge to close to lorries\n\n{deck}\n\n{block}\n\n{BODY}")
    assert story.byline is not None and list(story.byline.authors) == ["Jana Roth"]
    assert story.paragraphs[0].startswith("The council voted")


def test_a_name_over_a_title_without_a_stamp_is_no_byline_block() -> None:
    story = parse(f"Harbour bridge to close\n\nJana Roth\nBridge Inspector\n\n{BODY}")
    assert not story.byline or list(story.byline.authors) != ["Bridge Inspector"]


@pytest.mark.parametrize("label", ["Llun", "Grianghraf", "Dealbh", "Luc'hskeudenn", "Mynd", "Govva", "Assi"])
def test_the_word_for_photo_in_more_languages_labels_a_credit(label: str) -> None:
    assert line_kind(f"{label}: Jana Roth / Acme") == "credit"


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("By Dana Whitfield, a reviewer covering e-readers, tablets, and lamps.", ("Dana Whitfield",)),
        ("By Jane Roe, the paper's science editor", ("Jane Roe",)),
        ("Por Ana Souza, una periodista de Quito", ("Ana Souza",)),
        ("Door Anna de Vries, een verslaggever", ("Anna de Vries",)),
        ("By Jane Roe, Tom Lee and Ann Poe", ("Jane Roe", "Tom Lee", "Ann Poe")),
    ],
)
def test_a_writers_description_after_the_name_is_no_author(line: str, authors: tuple[str, ...]) -> None:
    from wireparse.bylines import parse_byline

    assert tuple(parse_byline(line)[0]) == authors


@pytest.mark.parametrize(
    "heading", ["Disclosures", "Primary Source", "Source Reference", "Conflicts of interest"]
)
def test_a_medical_pages_closing_sections_are_no_paragraphs(heading: str) -> None:
    story = parse(f"Drug cuts readmissions\n\n{BODY}\n{heading}\n\nThe trial was funded by a foundation.\n")
    assert len(story.paragraphs) == 3


@pytest.mark.parametrize(
    "line", ["Tuairisc.ie – Nuacht an lae", "Acme.com - The firm said", "Example.news – Daily"]
)
def test_a_sites_address_is_no_datelines_place(line: str) -> None:
    assert _dateline(line) is None


@pytest.mark.parametrize("line", ["Peer-Reviewed Publication", "Scientific Publication"])
def test_a_releases_kind_where_a_name_would_stand_is_no_byline(line: str) -> None:
    story = parse(f"Teens who walk more report fewer symptoms\n\n{line}\n\n{BODY}")
    assert story.byline is None or not story.byline.authors


@pytest.mark.parametrize("marker", ["", "-- ", "– ", "* "])
def test_markdowns_heading_and_title_block_after_a_list_marker(marker: str) -> None:
    heading = parse(f"{marker}# Harbour bridge to close\n\n{BODY}")
    assert heading.headline == "Harbour bridge to close"
    block = parse(f"{marker}% Harbour bridge to close\n{marker}% Jane Roe\n\n{BODY}")
    assert block.headline == "Harbour bridge to close"


@pytest.mark.parametrize("dash", ["–", "--"])
def test_a_known_place_in_capitals_touching_the_text_by_a_dash(dash: str) -> None:
    assert _dateline(f"OTTAWA{dash}Dozens of chiefs walked out") == (f"OTTAWA{dash}", "Ottawa", None, None)


@pytest.mark.parametrize("line", ["PARIS-Based startup raises funds", "US-China trade talks resume"])
def test_a_hyphen_touching_a_place_in_capitals_opens_no_dateline(line: str) -> None:
    assert _dateline(line) is None


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Texto: Inês Carvalho | Fotografia: Rui Pestana", ("Inês Carvalho",)),
        ("By Jane Roe | Photo: Tom Lee", ("Jane Roe",)),
        ("Text: Jana Roth, Bild: Tom Berg", ("Jana Roth",)),
    ],
)
def test_the_pictures_credit_beside_the_writer_is_no_author(line: str, authors: tuple[str, ...]) -> None:
    from wireparse.bylines import parse_byline

    assert tuple(parse_byline(line)[0]) == authors


@pytest.mark.parametrize(
    "line",
    [
        "Reuters Noticias · 4 de marzo de 2024 · 398 palabras",
        "Acme Wire • 12 March 2024 • 512 words",
        "AFP — Journal Internet — 05/06/2024 — 387 mots",
    ],
)
def test_an_exports_header_parted_by_dots_or_dashes(line: str) -> None:
    assert line_kind(line) in ("furniture", "navigation")  # the page's, never text


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "KEMPERLE, 14 a viz Du (Ya!) – Ur skol",
            ("KEMPERLE, 14 a viz Du (Ya!) –", "Kemperle", "--11-14", "Ya!"),
        ),
        ("Brest, 3 a viz Here 2024 – Ar c'hêr", ("Brest, 3 a viz Here 2024 –", "Brest", "2024-10-03", None)),
        # Breton's names alone are other words: no month without "a viz"
        ("Here, 3 Du – The", None),
    ],
)
def test_breton_months_after_their_joining_word(line: str, expected: tuple | None) -> None:
    assert _dateline(line) == expected


@pytest.mark.parametrize("label", ["Kelda", "Heimild", "Ffynhonnell", "Foinse"])
def test_a_source_label_in_more_languages_opens_no_dateline(label: str) -> None:
    assert _dateline(f"{label}: Ritzau") is None


@pytest.mark.parametrize("label", ["Heiti", "Fyrirsögn", "Teitl", "Pennawd", "Ceannlíne"])
def test_an_exports_title_field_in_more_languages(label: str) -> None:
    story = parse(f"{label}: Harbour bridge to close\nDato: 09.10.2024\n\n{BODY}")
    assert story.headline == "Harbour bridge to close"


@pytest.mark.parametrize(
    "line",
    [
        "UPI.com - Print Story",
        "Acme Ledger - Print Story Page 1 of 2",
        "Stampa | Chiudi",
        "Acme Noticias | Imprimir",
        "Printed from THE ACME LEDGER",
        "Acme Archiv | Druckansicht Dokument 3 von 17",
        "Corriere di Acme - Versione stampabile",
        "3/14/24, 9:41 AM Port workers walk out over automation plan, halting container tra... | Acme",
        "Graubünden: Regierung will Beschneiung kleiner Skigebiete f... | acme.ch",
        "Verkehr - Verdi ruft zum Streik - Wirtschaft - Acme.de https://www.acme.de/wirtschaft/streik-1",
    ],
)
def test_a_printed_pages_margin_and_buttons_are_the_pages(line: str) -> None:
    assert line_kind(line) == "navigation"


@pytest.mark.parametrize(
    "line",
    [
        "The print edition sold out - again",
        "Wait... - what happened?",
        "Read the report at https://acme.example/report",
        "The company declined to discuss details of the announcement.",
    ],
)
def test_a_line_of_text_about_print_or_links_stays_text(line: str) -> None:
    assert line_kind(line) is None


@pytest.mark.parametrize(
    "label", ["ASX ANNOUNCEMENT", "SENS Announcement", "Ad-hoc-Mitteilung", "Børsmelding"]
)
def test_an_exchanges_label_over_the_announcement_is_no_headline(label: str) -> None:
    story = parse(f"{label}\n\nMaiden resource for nickel project\n\n{BODY}")
    assert story.headline == "Maiden resource for nickel project"


@pytest.mark.parametrize(
    "closing",
    [
        "This announcement has been authorised for release by the Board of Acme Metals Limited.",
        "Bis zur nächsten Ausgabe, Julia",
        "Du erhältst diese E-Mail, weil du ACME abonniert hast. Abmelden Powered by Ghost",
    ],
)
def test_an_issuers_or_newsletters_closing_note_is_no_paragraph(closing: str) -> None:
    story = parse(f"Maiden resource for nickel project\n\n{BODY}\n{closing}\n")
    assert len(story.paragraphs) == 3


def test_a_sentence_saying_until_next_week_stays_text() -> None:
    last = "They said it would be unrealistic to expect an outcome until next week at the earliest."
    story = parse(f"Talks stall\n\n{BODY}\n{last}\n")
    assert story.paragraphs[-1] == last


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("independent.co.uk", "navigation"),
        ("teletype.in/@jane", "navigation"),
        ("acme24.com · 3 min read", "navigation"),
        ("Member-only story", "navigation"),
        ("View Original", "navigation"),
        ("St.Petersburg", None),
        ("Mr.Smith", None),
    ],
)
def test_a_saved_pages_source_address_and_labels(line: str, kind: str | None) -> None:
    assert line_kind(line) == kind


@pytest.mark.parametrize("line", ["ab.gh", "xy.cd"])
def test_desk_initials_joined_by_a_dot_are_no_sites_address(line: str) -> None:
    assert line_kind(line) == "signoff"


DECK = "Die Christdemokraten bleiben stärkste Kraft. Für die Liberalen wird es knapp."


@pytest.mark.parametrize(
    "head",
    [
        f"Landtagswahl in Sachsen\n\nHochrechnung: CDU klar vorn – SPD fällt zurück\n\n{DECK}",
        f"Landtagswahl in Sachsen\nHochrechnung: CDU klar vorn – SPD fällt zurück\n{DECK}\n06.09.2026, 19:48 Uhr",
        f"Elecciones 2027\nHochrechnung: CDU klar vorn – SPD fällt zurück\n{DECK}",
    ],
    ids=["blocks", "one-block-with-stamp", "one-block"],
)
def test_a_kicker_over_a_title_and_its_deck_is_no_headline(head: str) -> None:
    story = parse(f"{head}\n\nMagdeburg (dpa) - Die CDU hat die Wahl gewonnen.\n\nDie SPD verlor.\n")
    assert story.headline == "Hochrechnung: CDU klar vorn – SPD fällt zurück"
    assert story.summary == DECK


@pytest.mark.parametrize(
    "head",
    [
        "Oil falls\n\nBrent drops 3% as OPEC agrees an output hike",
        "Oil falls\nBrent drops 3% as OPEC agrees an output hike",
    ],
)
def test_a_short_headline_over_its_subhead_and_the_dateline_stays(head: str) -> None:
    story = parse(f"{head}\n\nLONDON (Reuters) - Oil prices fell on Monday.\n\nBrent lost 3%.\n")
    assert story.headline == "Oil falls"


def test_a_headline_over_a_summary_and_the_first_paragraph_in_one_block_stays() -> None:
    text = "A storm closed the port on Monday and kept every ferry of the coast in the harbour overnight."
    story = parse(
        f"Storm shuts port\nFerries will resume on Wednesday, the harbour master said\n{text}\nIt cost more.\n"
    )
    assert story.headline == "Storm shuts port"


@pytest.mark.parametrize(
    "closing",
    [
        "Thanks for reading The Acme Ledger! Subscribe for free to receive new posts.",
        "¡Conéctate con Acme! Suscríbete a nuestro canal de YouTube y activa las notificaciones.",
        "Abonnez-vous à notre lettre d'information.",
        "Подпишитесь на наш канал в Telegram.",
        "Privacy ∙ Terms ∙ Collection notice",
    ],
)
def test_a_plug_for_the_subscription_or_a_row_of_links_closing_the_story(closing: str) -> None:
    story = parse(f"Queues return to the filling stations\n\n{BODY}\n{closing}\n")
    assert len(story.paragraphs) == 3


def test_a_last_sentence_about_subscribers_stays_text() -> None:
    last = "Customers who subscribe to the new plan will pay less from May."
    story = parse(f"Queues return\n\n{BODY}\n{last}\n")
    assert story.paragraphs[-1] == last


@pytest.mark.parametrize(
    "line",
    [
        "Seite 1 von 2                       14.03.2024, 10:47",
        "Imprimé le 05/03/2024 à 08:14          1/1",
        "https://acme.example/news/bridge-closes-66612345     Page 1 of 2",
        "05/03/2024 08:14   2/2",
        "PAGE 2 OF 3",
    ],
)
def test_a_printed_pages_count_beside_its_stamp_or_address_is_the_pages(line: str) -> None:
    story = parse(f"Bridge closes\n\n{BODY}\n{line}\n")
    assert len(story.paragraphs) == 3


@pytest.mark.parametrize(
    "last",
    [
        "Turnout reached 2/3 of the electorate, officials said on 14.03.2024.",
        "Page 2 of 3 of the report, dated 14.03.2024, was missing from the file.",
    ],
)
def test_a_sentence_with_a_fraction_or_a_page_stays_text(last: str) -> None:
    story = parse(f"Bridge closes\n\n{BODY}\n{last}\n")
    assert story.paragraphs[-1] == last


@pytest.mark.parametrize(
    "masthead",
    [
        "The Conversation\nL’expertise universitaire, l’exigence journalistique",
        "Acme Watch\nInvestigative Journalism in the Public Interest",
        "FACTLINE\nSorting Fact From Fiction",
        "Harbour Voices\nThe coast, told by its people",
        "Acmeteca\nLa información que importa",
    ],
    ids=["french-comma", "english-title-case", "capitals-name", "comma-six-words", "spanish"],
)
def test_a_mastheads_motto_under_it_is_the_pages(masthead: str) -> None:
    title = "Drought: can the aquifers of the west still recover this winter?"
    story = parse(f"{masthead}\n\n{title}\nPublished: 12 February 2024, 18:25\n\n{BODY}")
    assert story.headline == title


def test_a_longer_headline_under_the_sites_name_stays() -> None:
    headline = "Pensioners lose their savings to a fake bank investigator, court hears"
    deck = "A man posed as a fraud officer to trick elderly victims into handing over cash, jurors were told."
    story = parse(f"Acme News\n{headline}\n\n{deck}\n\nBy Jane Roe\n\n{BODY}")
    assert story.headline == headline


@pytest.mark.parametrize(
    "line",
    [
        "Niveau B1",
        "Taso: helppo",
        "Level: Intermediate",
        "LEVEL 2",
        "Nivel: A2",
        "Listen to this story    4:27",
        "Écouter l’article en français facile (03:10)",
        "Artikel anhören 1:02:15",
        # the player's button alone, in any case
        "Listen",
        "LISTEN",
        "Écouter",
        "Lyssna 3:05",
    ],
)
def test_a_learners_level_or_an_audio_players_line_is_the_pages(line: str) -> None:
    assert line_kind(line) == "navigation"


@pytest.mark.parametrize(
    "line",
    [
        "Level crossing",
        "Niveau de la mer",
        "Listen to this story, he said at 4:27",
        "Listen to me",
        "Level 2 of the car park",
    ],
)
def test_a_line_about_levels_or_listening_stays_text(line: str) -> None:
    assert line_kind(line) is None


@pytest.mark.parametrize(
    "top",
    [
        "Acmeweb\nDiari digital independent des de 1995\nPortada | Política | Societat | Economia | Cultura",
        "ACME ONLINE\nHome | News | Business | Sports | Photos",
        "Acme Radio\nListen. Watch. Read.\nNews\nSport",
        "acme tonga online\nhome   news   business   sports   photos   letters",
    ],
    ids=["motto-over-bar-menu", "capitals-over-menu", "motto-over-two-navigation-lines", "lower-case"],
)
def test_the_sites_name_in_the_block_of_its_menu_is_no_headline(top: str) -> None:
    story = parse(
        f"{top}\n\nFerry delayed again as repairs drag on\n\nThe ferry will not sail this week, officials said.\n"
    )
    assert story.headline == "Ferry delayed again as repairs drag on"


@pytest.mark.parametrize("under", ["Share this article", "Home | News | Business | Sports"])
def test_a_headline_over_a_share_row_or_menu_and_prose_stays(under: str) -> None:
    story = parse(
        f"Ferry delayed again as repairs drag on\n{under}\n\nThe ferry will not sail this week, officials said.\n"
    )
    assert story.headline == "Ferry delayed again as repairs drag on"


@pytest.mark.parametrize(
    "stamps",
    [
        "Wednesday, August 13, 2025 - 11:05. Updated on Wednesday, August 13, 2025 - 14:27",
        "13.08.2025, 11:05. Aktualisiert 13.08.2025, 14:27",
        "Aug 13, 2025 11:05 AM. Updated Aug 13, 2025 2:27 PM",
    ],
    ids=["words", "figures-german", "twelve-hours"],
)
def test_two_stamps_parted_by_a_stop_under_the_headline_are_the_pages(stamps: str) -> None:
    story = parse(
        f"Ferry delayed again as repairs drag on\n{stamps}\n\nThe ferry will not sail this week, officials said.\n"
    )
    assert story.headline == "Ferry delayed again as repairs drag on"


def test_a_sentence_after_a_stamp_is_no_second_stamp() -> None:
    assert line_kind("March 5, 2024. The ferry will not sail this week.") is None


@pytest.mark.parametrize(
    "line",
    [
        "Si ce message ne s'affiche pas correctement, cliquez ici",
        "If this email does not display correctly, view it in your browser.",
        "HAVING TROUBLE VIEWING THIS EMAIL? View it online",
        "Wenn diese E-Mail nicht richtig angezeigt wird, klicken Sie hier",
        "Se non visualizzi correttamente questo messaggio, clicca qui",
    ],
    ids=["french", "english-stop", "capitals", "german", "italian"],
)
def test_a_mails_link_to_its_page_when_it_shows_badly_is_navigation(line: str) -> None:
    assert line_kind(line) == "navigation"


def test_a_sentence_opening_like_the_mails_link_stays_text() -> None:
    assert line_kind("If this message does not display the risk, the minister said.") is None


@pytest.mark.parametrize(
    "line", ["Tsallake zuwa abubuwan da ke ciki", "ወደ ዋናው ይዘት ይለፉ"], ids=["hausa", "amharic"]
)
def test_a_broadcasters_link_past_its_menu_is_navigation(line: str) -> None:
    assert line_kind(line) == "navigation"


@pytest.mark.parametrize(
    "signing",
    [
        "Jane Mary Roe\n4 min read\nApril 9, 2024 | 18:02",
        "JANE ROE\n9 avril 2024 à 18h02",
        "ROME\n21 October 2025\n15:08\nNEWS",
        "Oslo\n09.04.2024 18:02",
        "Redazione ANSA\nMILANO\n13 gennaio 2025\n12:18\nNews",
    ],
    ids=[
        "name-reading-time-stamp",
        "name-in-capitals-french",
        "town-over-stamp",
        "town-title-case",
        "newsroom",
    ],
)
def test_a_name_or_town_over_the_stories_stamp_is_no_menu(signing: str) -> None:
    # (under the title and its standfirst: the title is not taken for the menu's, nor the caption
    # under the stamp for the title)
    story = parse(
        "Acme News\nHome | News | Business | Sport\n\nFerry delayed again as repairs drag on\n\n"
        f"Repairs to the hull will take another week\n\n{signing}\n\nThe ferry at the quay. Photo: John Doe\n\n"
        "The ferry will not sail this week, officials said on Tuesday.\n"
    )
    assert (story.headline, story.summary) == (
        "Ferry delayed again as repairs drag on",
        "Repairs to the hull will take another week",
    )


COLUMN_TITLE = "Ferry delayed again as repairs drag on for another week"


@pytest.mark.parametrize(
    "column",
    [
        "Skip to main content\nAcme News\nHome\nNews\nSport\nWeather\nBusiness\nPolitics\nMore menu\nSearch Acme",
        "ACME\n\nSearch the news, stories and people\nHOME\nNEWS\nSPORT\nBUSINESS\nWORLD\nHEALTH\nARTS",
        "Acme\nStartseite\nInland\nAusland\nWirtschaft\nWetter\nSendungen\nStartseite Ausland Europa",
        "Acme\nHome\n\nNews\n\nSport\n\nWeather\n\nBusiness\n\nLocal\n\nHome / News / Local",
    ],
    ids=["with-skip-links", "capitals-under-a-search-box", "german-trail-under-it", "blank-lines-between"],
)
def test_the_title_under_a_menu_copied_an_item_a_line(column: str) -> None:
    story = parse(
        f"{column}\n{COLUMN_TITLE}\n\nThe ferry will not sail this week, officials said on Tuesday.\n"
    )
    assert story.headline == COLUMN_TITLE


def test_a_short_list_over_a_title_is_no_menu_column() -> None:
    # (too few items, no sections among them: the story's own lines, its headline the first)
    story = parse(
        f"Ferry delayed\nBy Jane Roe\nAcme News\n{COLUMN_TITLE}\n\nThe ferry will not sail, officials said.\n"
    )
    assert story.headline == "Ferry delayed"


@pytest.mark.parametrize(
    ("kicker", "title"),
    [
        ("لیگ برتر والیبال/", "شهرداری تبریز به جمع چهار تیم بالای جدول رسید"),
        ("Volleyball league /", "Home side climbs to fourth after beating the leaders"),
        ("Port chief:", "Ferries will run again from Monday after repairs"),
        ("港口负责人：", "渡轮将于下周一恢复运营，维修工作已经完成"),
    ],
    ids=["persian-slash", "spaced-slash", "colon", "full-width-colon"],
)
def test_a_kicker_closed_by_a_slash_or_colon_over_the_title(kicker: str, title: str) -> None:
    story = parse(f"{kicker}\n{title}\n\nThe ferry will not sail this week, officials said on Tuesday.\n")
    assert story.headline == title


@pytest.mark.parametrize(
    "head",
    [
        "Ferry delayed again:\n\nThe ferry will not sail this week, officials said.",
        "Port chief:\nFerries will run again from Monday after repairs.\n\nThe ferry will not sail, officials said.",
    ],
    ids=["alone-in-its-block", "a-sentence-under-it"],
)
def test_a_line_closed_by_a_colon_without_a_title_under_it_stays_the_headline(head: str) -> None:
    assert parse(f"{head}\n").headline == head.split("\n")[0]


def test_a_posts_counts_over_its_text_are_no_headline() -> None:
    story = parse("Acme News\n@acme\n318\n1.9K\n\nThe volcano's alert was raised to red on Wednesday.\n")
    assert story.headline != "318" and story.headline != "1.9K"

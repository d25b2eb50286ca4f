"""Broadcast scripts and transcripts, regional and community pages: a programme's or station's
name over a script's fields, a paper's motto over a signed title, a script's cues in capitals, a
hit's count, the stamps, datelines, months and bylines of the desks that print them. Invented
copy; each table varies case, blanks, punctuation and order."""

from __future__ import annotations

import pytest

from wireparse import parse
from wireparse.furniture import line_kind

BODY = "Rescue teams searched through the night for people missing after the landslide.\n\n" + (
    "Officials said more rain was expected across the region on Tuesday.\n"
)


def closing_paragraphs(closing: str, byline: str = "") -> tuple[str, ...]:
    """The paragraphs of a dated story of three paragraphs with ``closing`` under it."""
    head = f"Port reopens after the storm\n\n{byline}\n\n" if byline else "Port reopens after the storm\n\n"
    return parse(
        f"{head}HARBOUR CITY (Acme) - The port reopened on Monday.\n\n{BODY}\n{closing}\n"
    ).paragraphs


@pytest.mark.parametrize(
    "top",
    [
        "HARBOUR WORLD SERVICE NEWS\n07/12/25  0600 GMT\nSLUG: PERU/LANDSLIDE    WRITER: HB",
        "Harbour World Service News\n07/12/25 0600 GMT\nSlug: Peru/Landslide",
        "KXYZ NEWS 6 AT 6 -- RUNDOWN B4\nSLUG: WATER MAIN BREAK\nDATE: 12/07/25",
        "FRANCE 24 - JOURNAL 12H (FR)\nDate : 07/12/2025\nDurée : 1'25",
        "RADIO VALLEY FM — NEWS (13H)\nReportage: Ndey Sarr",
        "Radio Valley FM / Evening News\nDate: 07.12.2025\nDauer: 3:41",
    ],
)
def test_a_stations_name_over_a_scripts_fields_is_no_headline(top: str) -> None:
    record = parse(f"{top}\n\n{BODY}")
    assert record.headline is None or record.headline not in top.splitlines()[0]


@pytest.mark.parametrize(
    ("top", "headline"),
    [
        (
            "ABC Radio National / AM\n\nIrrigators brace for a deep cut to water",
            "Irrigators brace for a deep cut to water",
        ),
        ("Radio Valley, Enugu | 18/01/2024 | 18:00\n\nNew clinics to open across the state", None),
        ("FRANCE 24 - Europe\n\nGlacier lost nine metres in a year, survey finds", None),
        (
            "TV5MONDE Info - Europe\nMise à jour 07.12.2025 à 10:12\n\nLe glacier a perdu neuf mètres en un an",
            None,
        ),
    ],
)
def test_a_broadcasters_masthead_over_a_title_is_no_headline(top: str, headline: str | None) -> None:
    record = parse(f"{top}\n\n{BODY}")
    title = headline or top.rsplit("\n", 1)[-1]
    assert record.headline == title


@pytest.mark.parametrize(
    "headline",
    [
        "Ukrainian TV says parliament fails again to pass land bill",
        "State radio says the talks will resume on Monday",
    ],
)
def test_a_headline_naming_a_broadcaster_in_words_of_lower_case_stays(headline: str) -> None:
    text = f"{headline}\n\nExcerpt from a report by a privately owned TV channel on 3 March\n\n{BODY}"
    assert parse(text).headline == headline


@pytest.mark.parametrize(
    ("top", "headline"),
    [
        (
            "UWIRE\nCollege news from student newspapers across the country\n\n"
            "The Valley Ledger (Valley State University)\n\nPantry expands hours as demand doubles\n\n"
            "By Maya Hendricks, Ledger Staff Reporter\nMarch 8, 2024",
            "Pantry expands hours as demand doubles",
        ),
        (
            "THE NORTHGATE CHRONICLE\nThe independent student newspaper of Northgate College since 1921\n\n"
            "NEWS  |  CAMPUS\n\nSenate approves new studies requirement\n\n"
            "All undergraduates will need one course in the new field to graduate\n\n"
            "By PRIYA NAIR and OWEN ROE | Staff Writers\nApril 18, 2024 at 11:52 p.m.",
            "Senate approves new studies requirement",
        ),
    ],
)
def test_a_papers_motto_over_a_signed_title_is_no_headline(top: str, headline: str) -> None:
    assert parse(f"{top}\n\n{BODY}").headline == headline


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("[ON CAM: DANA]", "furniture"),
        ("[TAKE PKG]", "furniture"),
        ("[CG: JANE ROE / NORTH RIVERSIDE]", "furniture"),
        ("[SOT 00:00:31 - ALMA RUIZ / RESIDENT]", "furniture"),
        ("[ GRAFIKK/VIDEO MANGLER ]", "furniture"),
        ("[A]", None),
        ("[Officials said the road would reopen]", None),
        ("Document 3 of 12", "furniture"),
        ("Documento 3 de 12", "furniture"),
        ("DOCUMENT 3 VAN 12", "furniture"),
        ("Kunnafoni 3/7", "furniture"),
        ("meldung 2 von 9", "furniture"),
        ("Authorities said the road would reopen on Tuesday", None),
        ("Publié le 26 février 2024 à 18 h 04 HNE", "furniture"),
        ("Mis à jour le 3 avril 2024 à 17 h 45 HAE", "furniture"),
        ("Gepubliseer: 14 Maart 2024, 06:00", "furniture"),
        ("bygewerk 14 Maart 2024 06:00", "furniture"),
    ],
)
def test_cues_counts_and_stamps_are_furniture(line: str, kind: str | None) -> None:
    assert line_kind(line) == kind


@pytest.mark.parametrize(
    ("line", "place", "date", "agency"),
    [
        ("SAN PEDRO SULA, CORTÉS.- Un total de 14 migrantes", "San Pedro Sula", None, None),
        ("SAN PEDRO SULA.- Un total de 14 migrantes", "San Pedro Sula", None, None),
        ("TEGUCIGALPA.– Un total de 14 migrantes", "Tegucigalpa", None, None),
        ("Los Ángeles, California.- Decenas de vendedores", "Los Ángeles", None, None),
        ("LOS ÁNGELES, California.— Decenas de vendedores", "Los Ángeles", None, None),
        (
            "Port-au-Prince, 15 mars 2024 [AlterPresse] --- Plusieurs écoles",
            "Port-au-Prince",
            "2024-03-15",
            "AlterPresse",
        ),
        (
            "Port-au-Prince, 15 mars 2024 [Acme Presse] -- Plusieurs écoles",
            "Port-au-Prince",
            "2024-03-15",
            "Acme Presse",
        ),
        ("Kawlax, 9 sulet 2024 – Beykat yi ci diiwaanu", "Kawlax", "2024-07-09", None),
        ("MASERU, Phupu 14 (LENA) – Lefapha la Temo", "Maseru", "--07-14", "LENA"),
        ("Tavau, 12 da mars 2024 (ANR) – Il pass dal Flüela", "Tavau", "2024-03-12", "ANR"),
        ("TYRE, Lebanon: Dozens of fishermen blocked the port", "Tyre", None, None),
        ("ABU DHABI, UAE: Dozens of fishermen blocked the port", "Abu Dhabi", None, None),
        ("SHARJAH // Residents of three neighbourhoods", "Sharjah", None, None),
    ],
)
def test_regional_datelines_are_read(line: str, place: str, date: str | None, agency: str | None) -> None:
    dateline = parse(
        f"A headline of the story here\n\n{line} and the rest of the sentence.\n\n{BODY}"
    ).dateline
    assert dateline is not None
    assert (dateline.place, dateline.date, dateline.agency) == (place, date, agency)


@pytest.mark.parametrize(
    "line",
    [
        "U.S.- Mexico talks resume on the border",
        "Crisis.- Gobierno anuncia medidas",
        "Dr.- Roe said",
        "WARNING, Residents: stay indoors",
        "Tyre, Lebanon: a guide",
    ],
)
def test_a_stop_and_dash_after_a_short_word_opens_no_dateline(line: str) -> None:
    assert parse(f"A headline of the story here\n\n{line} today.\n\n{BODY}").dateline is None


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Karl Brenner / February 24, 2025", ("Karl Brenner",)),
        ("Karl Brenner  /  24 February 2025", ("Karl Brenner",)),
        ("NGU SIBUSISO MKHIZE", ("Sibusiso Mkhize",)),
        ("Ngu Sipho Dlamini", ("Sipho Dlamini",)),
        ("Ka Onneile Setlalekgosi", ("Onneile Setlalekgosi",)),
        ("Site n'aka Chinedu Okafor", ("Chinedu Okafor",)),
        ("Site n’aka Chinedu Okafor", ("Chinedu Okafor",)),
        ("Lati ọwọ Adewale Adeoye", ("Adewale Adeoye",)),
        ("Article rédigé par Julien Marchand - franceinfo", ("Julien Marchand",)),
        ("Von Anna Keller, ARD-Studio Brüssel", ("Anna Keller",)),
        ("Von Anna Keller, ZDF-Büro Kairo", ("Anna Keller",)),
    ],
)
def test_regional_bylines_are_read(line: str, authors: tuple[str, ...]) -> None:
    text = f"Nurse gets 41 months for selling records\n\n{line}\n\nSACRAMENTO (CN) — A former nurse was sentenced.\n\n{BODY}"
    byline = parse(text).byline
    assert byline is not None and tuple(byline.authors) == authors


@pytest.mark.parametrize("line", ["Ka nako ya bosigo", "Jane Roe / Acme", "Photo / March 2, 2024"])
def test_a_word_for_by_or_a_slash_before_no_name_and_stamp_is_no_byline(line: str) -> None:
    text = f"Nurse gets 41 months for selling records\n\n{line}\n\nSACRAMENTO (CN) — A former nurse was sentenced.\n\n{BODY}"
    assert parse(text).byline is None


@pytest.mark.parametrize(
    "closing",
    [
        "Avec La Presse Canadienne",
        "avec AFP",
        "Mit dpa",
        "With files from The Canadian Press",
        "Avec des informations de l'émission Le 6 à 9",
        "Con información de EFE y Reuters.",
        "Diese Nachricht wurde am 07.12.2025 im Programm Acme Radio gesendet.",
        "(Transkript automatisch erstellt und redaktionell bearbeitet. Es gilt das gesprochene Wort.)",
        "This story is being updated. Read more at example.com/news",
        "Pour ne plus recevoir nos alertes, répondez STOP à ce message.",
        "Lire la suite sur notre site.",
        "Sign up for the Daily 8, a roundup of the day's stories delivered directly to your inbox.",
        "Nos dernières actualités",
        "ARTICLES LES PLUS LUS",
        "Mehr zu diesem Thema:",
        "Suggested Topics: Courts  Energy",
        "(इस खबर को संपादित नहीं किया गया है। यह सिंडिकेट फीड से सीधे प्रकाशित की गई है।)",
        "Mit Informationen von Susanne Kolb, MDR",
        "Ce texte sera mis à jour.",
        "This story will be updated.",
        "Read more on Acme Wire",
        "Most Read from Acme Businessweek - The Quiet Fortune Behind the Ports",
    ],
)
def test_a_pages_and_a_broadcasts_end_matter_is_no_paragraph(closing: str) -> None:
    paragraphs = closing_paragraphs(closing)
    assert closing not in paragraphs and len(paragraphs) == 3


@pytest.mark.parametrize(
    "closing",
    [
        "Avec Jean Dupont, le maire, la ville a fêté.",
        "With the help of neighbours, the family rebuilt the barn.",
    ],
)
def test_a_sentence_opening_with_with_stays_a_paragraph(closing: str) -> None:
    assert closing in closing_paragraphs(closing)


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Asalin hoton, Getty Images", "furniture"),
        ("Bayanan hoto, Wasu daga cikin gidajen da ruwa ya mamaye", "furniture"),
        ("Àkọlé àwòrán, Àwọn ará ìlú", "furniture"),
        ("사진 출처, 연합뉴스", "furniture"),
        ("ISITHOMBE: THULANI DLAMINI", "credit"),
        ("Isithombe: Thulani Dlamini", "credit"),
        ("Sary: Jean Rakoto", "credit"),
    ],
)
def test_a_broadcasters_picture_labels_in_its_services_languages(line: str, kind: str) -> None:
    assert line_kind(line) == kind


@pytest.mark.parametrize(
    ("under", "authors"),
    [
        ("Marietjie van Wyk\nGepubliseer: 14 Maart 2024, 06:00", ("Marietjie van Wyk",)),
        ("Jan van der Berg\nGepubliceerd: 14 maart 2024 06:00", ("Jan van der Berg",)),
        ("Ana da Silva\nPublicado em 14/03/2024 06:00", ("Ana da Silva",)),
        ("Historia de Europa Press • 4 h", ()),
        ("Pieter du Toit\n14 March 2024, 06:00", ("Pieter du Toit",)),
    ],
)
def test_a_name_with_its_surnames_particle_beside_a_stamp_is_the_byline(
    under: str, authors: tuple[str, ...]
) -> None:
    text = f"Farmers count the damage after the hailstorm\n\n{under}\n\nMOORREESBURG. – Farmers were still counting the damage.\n\n{BODY}"
    byline = parse(text).byline
    assert byline is not None and tuple(byline.authors) == authors


@pytest.mark.parametrize(
    "under",
    [
        "Storm in the Valley\n14 March 2024, 06:00",
        "Talks of the Week\n14 March 2024",
        "Banco de España\n14 March 2024",
    ],
)
def test_a_title_with_small_words_beside_a_stamp_is_no_byline(under: str) -> None:
    text = f"Farmers count the damage after the hailstorm\n\n{under}\n\nMOORREESBURG. – Farmers were still counting the damage.\n\n{BODY}"
    assert parse(text).byline is None


@pytest.mark.parametrize(
    "fields",
    [
        "Publikasie: Die Oosterlig\nDatum: 2023-09-05\nBladsy: 7\nWoorde: 312\nSkrywer: Pieter du Toit\n"
        "Opskrif: Hawe kry groen lig",
        "Bron: Acme\nDatum: vrijdag 3 mei 2024\nTaal: NL\nRubriek: Binnenland\nAuteur: Pieter du Toit\n"
        "Titel: Hawe kry groen lig",
        "OPSKRIF: Hawe kry groen lig\nSKRYWER: Pieter du Toit\nBLADSY: 7",
    ],
)
def test_a_dutch_or_afrikaans_archives_fields_are_read(fields: str) -> None:
    record = parse(f"{fields}\n\nMOSSELBAAI. – Die hawe word uitgebrei.\n\n{BODY}")
    assert record.headline == "Hawe kry groen lig"
    assert record.byline is not None and tuple(record.byline.authors) == ("Pieter du Toit",)
    assert record.dateline is not None and record.dateline.place == "Mosselbaai"


@pytest.mark.parametrize(
    "note",
    [
        "Talia Rosenwald is a culture reporter for the Harbour Herald.",
        "TALIA ROSENWALD Rosenwald covers courts for Acme.",
        "Talia Rosenwald, Blackfeet, is a freelance reporter based in Missoula.",
        "talia rosenwald ist Korrespondentin in Brüssel.",
    ],
)
def test_a_closing_note_opening_with_the_bylines_writer_is_no_paragraph(note: str) -> None:
    paragraphs = closing_paragraphs(note, byline="By Talia Rosenwald")
    assert note not in paragraphs and len(paragraphs) == 3


@pytest.mark.parametrize(
    "closing",
    [
        "Talia Rosenwald said: “We will be back next year.”",
        "Tom Lee is a culture reporter for the Harbour Herald.",
    ],
)
def test_a_closing_paragraph_quoting_or_naming_someone_else_stays(closing: str) -> None:
    assert closing in closing_paragraphs(closing, byline="By Talia Rosenwald")


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("BELGA  NL  22/05/2024  09:47  SPO/WIELRENNEN  0187", "furniture"),
        ("Réf.: afp-fr-20240605-164200-mc-budget", "furniture"),
        ("REF: 2024/118", "furniture"),
        ("Einde document", "signoff"),
        ("FIN DU DOCUMENT", "signoff"),
        ("Sigue leyendo:", "navigation"),
    ],
)
def test_transmission_headers_references_and_ends_are_furniture(line: str, kind: str) -> None:
    assert line_kind(" ".join(line.split())) == kind


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Actualité, jeudi 18 avril 2024 612 mots, p. 6", "furniture"),
        ("AFP — Journal Internet AFP (français) — 05/06/2024 — 16:42 — 387 mots", "furniture"),
        ("Le Monde, 3 mars 2024, 812 mots", "furniture"),
        ("Acme Times | 5 March 2024 | 1,204 words | Page 3", "furniture"),
        ("The 2024 report runs to 612 words", None),
        ("Novelist wrote 5,000 words a day, every day, in 2019", None),
    ],
)
def test_a_databases_header_of_date_and_word_count_is_furniture(line: str, kind: str | None) -> None:
    assert line_kind(line) == kind


@pytest.mark.parametrize(
    ("field", "printed", "text", "agency", "opening"),
    [
        ("DATELINE: HILO, Hawaii", "HILO, Hawaii (AP) _ ", "HILO, Hawaii (AP) _", "AP", "The bridge"),
        ("Dateline: Hilo", "HILO, Hawaii (AP) — ", "HILO, Hawaii (AP) —", "AP", "The bridge"),
        ("DATELINE: HILO, Hawaii", "", "HILO, Hawaii", None, "The bridge"),
        ("DATELINE: HILO, Hawaii", "KONA, Hawaii (AP) — ", "HILO, Hawaii", None, "KONA"),
    ],
)
def test_an_exports_dateline_field_gives_way_to_the_same_place_printed_in_full(
    field: str, printed: str, text: str, agency: str | None, opening: str
) -> None:
    record = parse(f"Bridge reopens\n\n{field}\n\n{printed}The bridge reopened on Monday.\n\n{BODY}")
    assert record.dateline is not None
    assert (record.dateline.text, record.dateline.agency) == (text, agency)
    assert record.paragraphs[0].startswith(opening)


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("KILL - KILL - KILL", "furniture"),
        ("ELIMINATION - ELIMINATION - ELIMINATION", "furniture"),
        ("kill / kill", "furniture"),
        ("(foto)(vídeo)", "furniture"),
        ("(FOTO) (VÍDEO)", "furniture"),
        ("(foto)(new rules)", None),
        ("(Forts. mögl.) ab/cd", "signoff"),
        ("Fortsetzung folgt", "signoff"),
        ("Berichtigung", "furniture"),
        ("BERICHTIGUNG", "furniture"),
        ("Kill the bill - now", None),
        ("Nota a los editores: EFE repite esta información por problemas técnicos.", "ednote"),
        ("EMBARGADA HASTA LAS 00.01 GMT DEL MIÉRCOLES 4 DE JUNIO", "ednote"),
        ("Sous embargo jusqu'au 4 juin, 00h01", "ednote"),
        ("France-budget-Parlement-impôts", "furniture"),
        ("FRA-météo-intempéries-inondations, LEAD", "furniture"),
        ("Kenya-politics-unrest,FOCUS", "furniture"),
        ("AP-US-OBIT-ELLERY, 1st Ld-Writethru", "furniture"),
        ("Stratford-upon-Avon", None),
        ("Saint-Jean-de-Luz", None),
        ("Jean-Pierre-Louis", None),
    ],
)
def test_service_messages_and_slugs_are_no_story_text(line: str, kind: str | None) -> None:
    assert line_kind(line) == kind


@pytest.mark.parametrize(
    ("headline", "bare"),
    [
        ("REPETICIÓN-Minera chilena eleva producción", "Minera chilena eleva producción"),
        ("Coligação vence em Lisboa -- ATUALIZADA", "Coligação vence em Lisboa"),
        ("Coligação vence em Lisboa — ATUALIZADA", "Coligação vence em Lisboa"),
        ("ECUADOR SISMO (Actualización)", "ECUADOR SISMO"),
        ("Berichtigung: Stadtrat stoppt Projekt", "Stadtrat stoppt Projekt"),
        ("Rates rise - FLASH flood warning", "Rates rise - FLASH flood warning"),
    ],
)
def test_a_headlines_flags_of_repeats_corrections_and_updates_are_set_aside(headline: str, bare: str) -> None:
    assert parse(f"{headline}\n\nHARBOUR CITY (Acme) - The port reopened.\n\n{BODY}").headline == bare


@pytest.mark.parametrize(
    "header", ["23:41 BST", "2:40 p.m.", "22h47", "9 h 15", "19:42 Uhr", "Pinned post", "Épinglé"]
)
def test_a_live_reports_entry_header_over_its_text_is_no_paragraph(header: str) -> None:
    text = (
        "Election night live\n\nHARBOUR CITY (Acme) - Counting is under way.\n\n"
        f"{header}\nThe first seat has declared.\n\n{header}\nThe second seat has declared.\n"
    )
    assert list(parse(text).paragraphs) == [
        "Counting is under way.",
        "The first seat has declared.",
        "The second seat has declared.",
    ]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("ATTENTION EDITORS: Acme advises that the story slugged FLOOD must not be used.", "ednote"),
        ("Attention editors - a substitute story follows", "ednote"),
        (
            'Prière de ne pas utiliser la dépêche "Incendie" (ACME 190842 GMT). Une nouvelle version suit.',
            "ednote",
        ),
        ("Please do not use the story slugged FLOOD RESCUE.", "ednote"),
        ("corrige le montant au 3e paragraphe (4,2 milliards et non 2,4)", "ednote"),
        ("Amends name in para five to Jane Roe (not Jane Rowe). Please use this version.", "ednote"),
        ("CORRECTS spelling of name in paragraph 3", "ednote"),
        ("Precisa el número de heridos en el tercer párrafo", "ednote"),
        ("Korrigiert Namen im dritten Absatz", "ednote"),
        ("Do not use this road until Tuesday, police said.", None),
        ("Adds a new wing to the museum", None),
        ("Corrige le tir par une nouvelle loi.", None),
    ],
)
def test_a_correction_or_kill_note_naming_its_paragraph_is_an_editors_note(
    line: str, kind: str | None
) -> None:
    assert line_kind(line) == kind


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("($1 = 0.9235 euros)", "furniture"),
        ("($1 = 11.2010 Norwegian crowns)", "furniture"),
        ("(1 USD = 83.12 rupees; 1 EUR = 90.05 rupees)", "furniture"),
        ("(1 euro = $1.0850)", "furniture"),
        ("(The value was 1 = 2 in the test)", None),
        ("좋아요 3 감동이에요 0 슬퍼요 1 화나요 5", "navigation"),
        ("いいね！ 152 なるほど 41 うーん 9", "navigation"),
        ("Like 3 Love 0 Wow 1", "navigation"),
        ("Final div 52 cents vs 38, making 75 cents vs 57", None),
        ("Прибыль 52 Выручка 38 Долг 12", None),
        ("Arsenal 2 Chelsea 1", None),
        ("Sign up here.", "navigation"),
        ("Voir les commentaires", "navigation"),
        ("पसंद करें टिप्पणी शेयर करें", "navigation"),
    ],
)
def test_rates_reactions_and_buttons_under_the_story_are_no_text(line: str, kind: str | None) -> None:
    assert line_kind(line) == kind


@pytest.mark.parametrize(
    "title",
    [
        "Dubai: RTA to open two new marine transport stations",
        "Mozambique: floods force thousands from their homes",
        "ABU DHABI: Two new schools to open in September",
    ],
)
def test_a_place_and_colon_opening_a_title_with_no_dateline_after_it_is_the_headline(title: str) -> None:
    text = (
        f"Harbour Times\nUAE / Transport\n\n{title}\n\nThe stations will link the ferry network with the metro"
        f"\n\nby Jane Roe\n\nPublished: Wed 6 Mar 2024, 4:21 PM\n\n{BODY}"
    )
    record = parse(text)
    assert record.headline == title and record.dateline is None


@pytest.mark.parametrize(
    "line", ["View in browser", "View this email in your browser", "Ver en el navegador"]
)
def test_a_newsletters_link_to_its_page_is_navigation(line: str) -> None:
    assert line_kind(line) == "navigation"


@pytest.mark.parametrize(
    ("head", "headline"),
    [
        (
            "CHILE SISMO\nUn sismo de magnitud 6,4 sacude el sur de Chile sin causar daños graves\n"
            "Las autoridades descartaron la posibilidad de un tsunami en la costa",
            "Un sismo de magnitud 6,4 sacude el sur de Chile sin causar daños graves",
        ),
        (
            "ECUADOR SISMO\nSube a 23 la cifra de muertos por el terremoto",
            "Sube a 23 la cifra de muertos por el terremoto",
        ),
        (
            "dpa-Kultur\nMuseum zeigt verschollenes Frühwerk einer Malerin",
            "Museum zeigt verschollenes Frühwerk einer Malerin",
        ),
        ("ENERGY/U.S. OIL OUTPUT\nBy JANE ROE, Acme", "ENERGY/U.S. OIL OUTPUT"),
        ("ACME Reports Contact\nThe talks resumed on Monday", "ACME Reports Contact"),
    ],
)
def test_a_kicker_or_agency_service_over_a_title_and_its_deck_is_no_headline(
    head: str, headline: str
) -> None:
    assert (
        parse(f"{head}\n\nSANTIAGO, 12 ago (Acme).- El temblor se registró a las 10.32.\n\n{BODY}").headline
        == headline
    )


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Article rédigé par franceinfo avec AFP", ()),
        ("Par franceinfo", ()),
        ("By JT", ()),
        ("By Jane Roe, franceinfo", ("Jane Roe",)),
        ("By Madonna", ("Madonna",)),
    ],
)
def test_an_outlets_name_in_small_letters_or_a_papers_initials_are_no_author(
    line: str, authors: tuple[str, ...]
) -> None:
    from wireparse.bylines import parse_byline

    assert parse_byline(line)[0] == authors


CJK_TITLE = "港口明起恢復通航　首班渡輪早上七時開出"
CJK_TEXT = "海事處今日宣布，受颱風影響而暫停的港口服務將於明日恢復，首班渡輪早上七時開出。\n\n當局表示，碼頭設施已完成檢查。\n"


@pytest.mark.parametrize(
    "top",
    [
        "星洲网\n国内",
        "大公網\n香港新聞",
        "澳廣視新聞\n澳門 | 社會",
        "海港日報\n北京 ｜ 国际",
    ],
    ids=["site-and-section", "traditional", "place-and-section-bar", "wide-bar"],
)
@pytest.mark.parametrize(
    "signature",
    ["報道：陳美玲\n2024-03-05 19:21", "更新時間：2024-03-05 19:30", "2024年3月5日 19:21"],
    ids=["reporter-and-stamp", "updated-stamp", "stamp-in-words"],
)
def test_a_cjk_sites_name_and_section_over_a_signed_title(top: str, signature: str) -> None:
    story = parse(f"{top}\n\n{CJK_TITLE}\n\n{signature}\n\n{CJK_TEXT}")
    assert story.headline == CJK_TITLE
    assert story.dateline is None
    assert story.paragraphs[0].startswith("海事處今日宣布")


@pytest.mark.parametrize("line", ["北京 | 国际", "澳門 | 社會", "台北 |"])
def test_a_place_before_a_bar_and_a_section_opens_no_dateline(line: str) -> None:
    story = parse(f"港口恢復通航\n\n{line}\n\n{CJK_TEXT}")
    assert story.dateline is None


@pytest.mark.parametrize(
    "menu",
    [
        "Яңалыклар Сәясәт Икътисад Җәмгыять Мәдәният Спорт",
        "Acme-информ | Сәйәсәт Иҡтисад Йәмғиәт Мәҙәниәт Спорт",
        "Башкы бет  Саясат  Экономика  Коом  Маданият  Спорт",
        "Мэдээ Улс төр Эдийн засаг Нийгэм Соёл Спорт",
        "Xəbərlər Siyasət İqtisadiyyat Cəmiyyət İdman",
    ],
    ids=["tatar", "bashkir-after-site", "kyrgyz-wide-blanks", "mongolian", "azerbaijani"],
)
def test_a_menu_of_sections_in_the_languages_of_russia_and_central_asia(menu: str) -> None:
    assert line_kind(menu) == "navigation"


@pytest.mark.parametrize(
    "credit",
    [
        '/Корр. ИА "Acmeинформ" Ильдар Сафин/.',
        "/Корр. ИА «Acmeинформ» Ильдар Сафин/.",
        "/корр. РИА «Acme-Медиа» Ильдар Сафин/.",
        "/«Acmeинформ» МА хәбәрсеһе Ильдар Сафин/.",
    ],
    ids=["straight-quotes", "guillemets", "lower-case-word", "bashkir-word-after-agency"],
)
def test_a_correspondent_of_an_agency_named_in_quotes_is_the_byline(credit: str) -> None:
    story = parse(f"Уфа, 22 ноября. {credit} Первый снег выпал в городе ночью.\n\nДороги расчищены.\n")
    assert story.byline is not None and list(story.byline.authors) == ["Ильдар Сафин"]
    assert story.dateline is not None and story.dateline.place == "Уфа"
    assert story.paragraphs[0] == "Первый снег выпал в городе ночью."


@pytest.mark.parametrize(
    "line",
    [
        "海港日报 | 2024年3月5日 | 全国 A4",
        "新聞資料庫匯出 | 海港報 | 2024-03-05 | A20 | 國際 | 字數：612",
        "海港新聞 | 國際 | 2024/03/05 10:15",
    ],
    ids=["e-paper", "database-export", "section-and-stamp"],
)
def test_a_cjk_papers_row_of_parts_with_a_date_is_furniture(line: str) -> None:
    assert line_kind(line) == "furniture"


@pytest.mark.parametrize("line", ["王晓明 | 2024-03-05", "Jane Roe | Acme | 5 March 2024"])
def test_a_writers_name_beside_a_stamp_is_no_rows_furniture(line: str) -> None:
    assert line_kind(line) is None


CJK_BODY = "港口今日重開，首班渡輪早上七時開出，當局表示碼頭設施已完成檢查。\n\n海事處說，天氣好轉後各航線將陸續恢復。\n"


@pytest.mark.parametrize(
    "tail",
    [
        "相關字詞﹕港口 渡輪 海事處",
        "相關文章： 將軍澳小巴撞私家車　3人受傷",
        "您收到此邮件是因为您订阅了海港新闻快讯。如欲取消订阅，请回复“取消”。",
        "本電子報由海港通訊社發行，如欲取消訂閱，請回覆本郵件。",
    ],
    ids=["keywords-small-colon", "related-article", "mail-footer-simplified", "mail-footer-traditional"],
)
def test_a_chinese_pages_closing_keywords_links_and_mail_footer(tail: str) -> None:
    story = parse(f"港口重開\n\n{CJK_BODY}\n{tail}\n")
    assert len(story.paragraphs) == 2


def test_a_chinese_pages_break_for_its_advertisement_is_no_paragraph() -> None:
    story = parse(
        "港口重開\n\n港口今日重開，首班渡輪早上七時開出。\n\n請繼續下滑閱讀\n\n海事處說，各航線將陸續恢復。\n"
    )
    assert len(story.paragraphs) == 2


@pytest.mark.parametrize(
    "menu",
    [
        "Gaurkoa Politika Ekonomia Gizartea Mundua Kultura Kirola",
        "Portada | Política | Societat | Economia | Cultura | Esports | Territori | Vídeos | Fotografies",
        "Αρχική | Επικαιρότητα | Κοινωνία της Πόλης | Πολιτισμός | Αθλητισμός | Απόψεις",
        "Thời sự   Thế giới   Kinh tế   Xã hội   Văn hóa   Thể thao",
        "หน้าแรก การเมือง เศรษฐกิจ สังคม ภูมิภาค กีฬา",
        "ទំព័រដើម  ព័ត៌មានជាតិ  អន្តរជាតិ  សេដ្ឋកិច្ច  កីឡា",
        "首頁 財經 社會 健康 環境 法治",
    ],
    ids=[
        "basque",
        "catalan-between-bars",
        "greek-three-word-item",
        "vietnamese-two-syllable-names",
        "thai",
        "khmer",
        "chinese-traditional",
    ],
)
def test_a_menu_of_sections_in_regional_and_south_east_asian_languages(menu: str) -> None:
    assert line_kind(menu) == "navigation"


@pytest.mark.parametrize(
    "menu",
    [
        "Pope Vatican Church World Podcast Video Multimedia",
        "church  &  ministries  politics  world  entertainment  living",
        "Sections U.S. World Politics Sports Entertainment Business",
        "Home | Member States | Humanitarian | Culture | Economy | Photos | English | Français",
    ],
    ids=[
        "religious-sections",
        "lower-case-row-with-ampersand",
        "abbreviated-place",
        "languages-in-a-bar-row",
    ],
)
def test_a_wide_menu_row_over_a_title_is_no_headline(menu: str) -> None:
    story = parse(
        f"Acme News\n{menu}\n\nStorm hits the coast\n\nBy Jane Roe\n\nThe storm hit the coast on Monday.\n"
    )
    assert story.headline == "Storm hits the coast"


@pytest.mark.parametrize(
    "headline",
    [
        "Climate Change Threatens World Health Systems Across Europe",
        "World Business Leaders Gather For Climate Summit",
    ],
)
def test_a_title_case_headline_naming_sections_stays_the_headline(headline: str) -> None:
    story = parse(f"{headline}\n\nBy Jane Roe\n\nThe storm hit the coast on Monday.\n")
    assert story.headline == headline


@pytest.mark.parametrize(
    "title",
    [
        "Santa Cecilia, i cori delle cattedrali riuniti a Roma per tre giorni: “Servire la liturgia, non lo spettacolo”",
        "Le maire de la ville annonce un nouveau plan pour les écoles du quartier: « Nous ouvrirons en septembre »",
    ],
    ids=["curly-quotes", "guillemets"],
)
def test_a_section_over_a_long_title_closing_on_a_quote(title: str) -> None:
    story = parse(f"Chiesa\n\n{title}\n\nIl coro ha cantato domenica.\n")
    assert story.headline == title

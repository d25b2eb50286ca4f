"""What pages, services and platforms print under a story: a heading over the titles of other
stories in any language, and the lines that stay the story's. All invented; each row varies
case, blanks, punctuation or order."""

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
    "tail",
    [
        "Смотрите также:\n\nВ Твери закрыли мост для грузовиков",
        "Habari zaidi:\n\nKwa nini miradi ya barabara inachelewa?",
        "Tazama pia：\n\nDaraja la Mto Pangani lafungwa\nFeri mpya kwa Zanzibar",
        "IBINDI WASOMA:\n\nIkiraro cya Nyabarongo cyafunzwe\n\nAbarimu bakomeje imyigaragambyo",
    ],
    ids=["cyrillic", "question-mark", "wide-colon-two-lines", "capitals-two-paragraphs"],
)
def test_a_heading_over_other_stories_titles_closes_the_story(tail: str) -> None:
    story = parse(f"Harbour bridge to close to lorries\n\n{BODY}\n{tail}\n")
    assert len(story.paragraphs) == 3


@pytest.mark.parametrize(
    "tail",
    [
        "The mayor said:\n\nWe will build it again, and we will build it better.",
        "Results:\n\nLabour 34.8 (37.1)  Greens 27.2 (21.0)",
        "Engineers said 2 piers failed:\n\nThe north pier and the east pier",
        "habari zaidi:\n\nKwa nini miradi ya barabara inachelewa?",
    ],
    ids=["quote-closes-its-sentence", "table-row", "heading-with-figure", "lower-case-heading"],
)
def test_a_colon_over_the_storys_own_last_lines_keeps_them(tail: str) -> None:
    story = parse(f"Harbour bridge to close to lorries\n\n{BODY}\n{tail}\n")
    assert len(story.paragraphs) == 5


@pytest.mark.parametrize(
    "tail",
    [
        "Share this:\n\nClick to share on X (Opens in new window)\n\nLike this:\n\nLike Loading...",
        "Comparte esto:\nHaz clic para compartir en Facebook (Se abre en una ventana nueva)\n\n"
        "Me gusta esto:\nMe gusta Cargando...",
        "TEILEN MIT:\n\nKlicken, um auf Facebook zu teilen (Wird in neuem Fenster geöffnet)\n\n"
        "Gefällt mir Wird geladen …",
        "Gosto disto:\n\nGosto Carregando…\n\nRelacionado\n\nCheias no Limpopo deixam milhares sem casa",
        "Leave a comment",
    ],
    ids=["english", "spanish-one-block", "german-capitals", "portuguese-related", "reply-box"],
)
def test_a_blogging_platforms_boxes_under_a_post_are_the_pages(tail: str) -> None:
    story = parse(f"Harbour bridge to close to lorries\n\n{BODY}\n{tail}\n")
    assert len(story.paragraphs) == 3


@pytest.mark.parametrize(
    "last",
    [
        "Readers who like this kind of reporting can support it through the society's fund.",
        "Click to share on the council's page was the most used button, its staff said.",
    ],
)
def test_a_sentence_about_liking_or_sharing_stays_text(last: str) -> None:
    story = parse(f"Harbour bridge to close to lorries\n\n{BODY}\n{last}\n")
    assert story.paragraphs[-1] == last


@pytest.mark.parametrize(
    "notice",
    [
        "© ACME 2024. Está expresamente prohibida la redistribución y la redifusión\nde todo o parte de los contenidos de Acme.",
        "Copyright 2024 Acme News. Any reuse requires the written permission of\nthe publisher and of the agency.",
        "COPYRIGHT (c) 2024 Acme. The information contained in this report may not be\n"
        "published, broadcast, rewritten or redistributed in any form without the prior\n"
        "written authority of Acme.",
        "(C) Acme Wire 2024 - tous droits réservés ; toute reproduction sans\nl'accord écrit d'Acme est interdite.",
    ],
    ids=["sign-spanish", "word-and-year", "capitals-three-lines", "bracketed-c-french"],
)
def test_a_notice_of_rights_wrapped_over_lines_closes_the_story(notice: str) -> None:
    story = parse(f"Harbour bridge to close to lorries\n\n{BODY}\n{notice}\n")
    assert len(story.paragraphs) == 3


def test_a_sentence_about_copyright_wrapped_over_lines_stays_text() -> None:
    last = "Copyright law was changed last year, the minister said, and the\nagency welcomed the change."
    story = parse(f"Harbour bridge to close to lorries\n\n{BODY}\n{last}\n")
    assert len(story.paragraphs) == 4


@pytest.mark.parametrize("marker", ["-- ", "– ", "* ", "• "])
def test_the_heads_list_markers_run_on_into_the_bodys_first_lines_are_layout(marker: str) -> None:
    head = "Acme Factcheck\n\nHealth\n\nNo, pharmacies need not report vaccinations\n\nMarch 4, 2025"
    verdict = "Rating\nFalse. No law asks pharmacies to report anything."
    plain = parse(f"{head}\n\n{verdict}\n\n{BODY}")
    marked_head = "\n".join(
        f"{marker}{line}" if line else line for line in f"{head}\n\n{verdict}".split("\n")
    )
    marked = parse(f"{marked_head}\n\n{BODY}")
    assert marked.paragraphs == plain.paragraphs
    assert marked.headline == plain.headline


def test_a_list_in_the_body_under_an_unmarked_head_keeps_its_markers() -> None:
    story = parse(f"Harbour bridge to close\n\n{BODY}\n-- lorries over 7.5 tonnes\n\n-- buses and coaches\n")
    assert story.paragraphs[-1].startswith("-- ")


@pytest.mark.parametrize(
    "notice",
    [
        "Naudojant ACME informaciją būtina nurodyti šaltinį.",
        "Naudojant ACME informaciją, nuoroda į šaltinį privaloma.",
        "Маалымат колдонулганда «Acme» шилтеме берүү милдеттүү.",
        "Ҳангоми истифодаи мавод истинод ба АМИТ «Acme» ҳатмист.",
    ],
    ids=["lithuanian", "lithuanian-obliged", "kyrgyz", "tajik"],
)
def test_a_notice_that_citing_the_agency_is_obliged_closes_the_story(notice: str) -> None:
    story = parse(f"Harbour bridge to close to lorries\n\n{BODY}\n{notice}\n")
    assert len(story.paragraphs) == 3


@pytest.mark.parametrize(
    "outro",
    [
        "I'm Jane Roe.",
        "For Acme Learning English, I’m Jane Roe.",
        "ACME 뉴스 김민수입니다.",
        "해항뉴스 이영희입니다.",
    ],
    ids=["english", "english-service", "korean-acronym", "korean-name"],
)
def test_a_broadcast_reporters_outro_closes_the_story(outro: str) -> None:
    story = parse(f"Harbour bridge to close to lorries\n\n{BODY}\n{outro}\n")
    assert len(story.paragraphs) == 3


@pytest.mark.parametrize(
    "last",
    [
        "I'm not sure it will open in time.",
        "정부는 새 다리를 AI 시대입니다.",
        "시는 새 다리를 2027년에 개통할 계획입니다.",
    ],
)
def test_a_last_sentence_in_the_first_person_stays_text(last: str) -> None:
    story = parse(f"Harbour bridge to close to lorries\n\n{BODY}\n{last}\n")
    assert story.paragraphs[-1] == last


@pytest.mark.parametrize(
    "tail",
    [
        "## Read Next\n\n- Teachers strike over pay in three towns\n- Ferry fares rise in spring",
        "Read next\n\nTeachers strike over pay in three towns\nFerry fares rise in spring",
        "Weitere Artikel\n\nLehrer streiken in drei Städten\n\nFährpreise steigen im Frühjahr",
        "Sur le même thème\n\nGrève des enseignants dans trois villes",
    ],
    ids=["markdown-list", "small-letters", "german", "french"],
)
def test_a_heading_over_more_stories_takes_their_titles_with_it(tail: str) -> None:
    story = parse(f"Harbour bridge to close to lorries\n\n{BODY}\n{tail}\n")
    assert len(story.paragraphs) == 3


EASY = (
    "In Harbour City gibt es jetzt eine neue Brücke.\nDie Brücke ist für Fahrräder.\nAutos dürfen nicht fahren.\n\n"
    "Die Brücke ist 200 Meter lang.\nSie geht über den Fluss.\nDer Bau hat 2 Jahre gedauert.\n\n"
    "Viele Menschen freuen sich.\nSie fahren jetzt schneller zur Arbeit.\n"
)


@pytest.mark.parametrize(
    "glossary",
    [
        "",
        "Wörterbuch\n\nFluss\nEin Fluss ist viel Wasser, das fließt.",
        "Words in This Story\n\nbridge – n. a way over a river",
    ],
    ids=["no-glossary", "german-glossary", "english-glossary"],
)
def test_easy_language_blocks_of_short_sentences_are_paragraphs(glossary: str) -> None:
    story = parse(f"Eine neue Brücke\n\n{EASY}\n{glossary}\n")
    assert len(story.paragraphs) == 3
    assert (
        story.paragraphs[1]
        == "Die Brücke ist 200 Meter lang. Sie geht über den Fluss. Der Bau hat 2 Jahre gedauert."
    )


def test_a_paragraph_per_line_without_blocks_stays_a_paragraph_per_line() -> None:
    lines = EASY.replace("\n\n", "\n")
    story = parse(f"Eine neue Brücke\n\n{lines}")
    assert len(story.paragraphs) == 8


@pytest.mark.parametrize(
    "tail",
    [
        "VERDICT\n\nFalse. There is no such cap on withdrawals.\n\n"
        "This article was produced by the Reuters Fact Check team. Read more about our work to fact-check social media posts.",
        "Behauptung: Ab Juni gilt ein Hundeverbot\nBewertung: Falsch",
        "Esta nota forma parte del programa de verificación de Acme Factual en América Latina.",
        "Our verdict\n\nIncorrect. The photo was taken in 2020.",
    ],
    ids=["verdict-heading-and-team-note", "claim-and-rating-fields", "programme-note", "our-verdict"],
)
def test_a_fact_checks_rating_and_notes_under_the_story_close_it(tail: str) -> None:
    story = parse(f"Harbour bridge to close to lorries\n\n{BODY}\n{tail}\n")
    assert len(story.paragraphs) == 3


@pytest.mark.parametrize(
    "line", ["Claim: the bridge is safe", "Rating: False", "Verdict: Incorrect", "Bewertung: Falsch"]
)
def test_a_fact_checks_claim_and_rating_fields_are_furniture(line: str) -> None:
    from wireparse.furniture import field_label

    field = field_label(line)
    assert field is not None and field[0] == "furniture"


@pytest.mark.parametrize(
    "line",
    [
        "Darllen rhagor Cynllun newydd i'r harbwr Cyngor yn trafod y gyllideb",
        "Léigh tuilleadh: Scoil nua ar an gCeathrú Rua",
        "Labarai masu alaƙa Yadda ambaliya ta lalata gonaki Gwamnati za ta raba taki",
        "ተዛማጅ ርዕሶች ኢትዮጵያ ኢኮኖሚ",
        "More in Sport Saints complete loan signing Cherries boss hails a perfect week",
        "tin liên quan Hà Nội mở thêm tuyến buýt điện",
        "IRAKURRI GEHIAGO  Gasteizko ikastetxeetan matrikula hazi da",
    ],
    ids=[
        "welsh",
        "irish-colon",
        "hausa",
        "amharic",
        "english-more-in",
        "vietnamese-lower-case",
        "basque-capitals",
    ],
)
def test_a_heading_run_into_titles_in_more_languages(line: str) -> None:
    assert line_kind(line) == "navigation"


def test_a_heading_run_into_three_long_titles_is_navigation() -> None:
    titles = " ".join(["Gwamnatin tarayya za ta raba tan dubu hamsin na taki ga manoma a arewa"] * 3)
    assert line_kind(f"Karin Labarai {titles}") == "navigation"


@pytest.mark.parametrize(
    "line",
    [
        "Recomanem que les famílies facin la inscripció abans de dilluns.",
        "More in store for fans this summer.",
    ],
)
def test_a_sentence_opening_with_a_heading_word_stays_text(line: str) -> None:
    assert line_kind(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "Facebook X WhatsApp E-bost",
        "Partekatu Facebook X WhatsApp Telegram",
        "Partekatu:  Facebook  X  WhatsApp  Telegram  Emaila",
        "rhannu facebook whatsapp telegram",
    ],
    ids=["unknown-mail-word", "unknown-verb-first", "verb-colon-and-mail", "lower-case"],
)
def test_networks_beside_a_word_or_two_the_tables_lack_are_a_share_row(line: str) -> None:
    assert line_kind(line) == "navigation"


@pytest.mark.parametrize(
    "line", ["Facebook and WhatsApp blocked", "Facebook X WhatsApp banned in the capital"]
)
def test_networks_in_a_phrase_are_no_share_row(line: str) -> None:
    assert line_kind(line) is None


@pytest.mark.parametrize(
    "line",
    ["Roinn an t-alt seo", "DIEL DIT ARTIKEL", "Siammarteruk", "ያጋሩ", "Δείτε φωτογραφίες", "Chia sẻ"],
    ids=["irish", "frisian-capitals", "greenlandic", "amharic", "greek-final-sigma", "vietnamese"],
)
def test_a_share_button_or_gallery_link_alone_in_more_languages(line: str) -> None:
    assert line_kind(line) == "navigation"


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        (
            "Fieles con palmas en la plaza. Crédito: Arquidiócesis de La Paz / Pastoral",
            "Arquidiócesis de La Paz / Pastoral",
        ),
        ("Haurrak jolasean haur eskola batean. Argazkia: Jon Etxeberria", "Jon Etxeberria"),
        ("Ko ngā tamariki e waiata ana i te ata nei. Whakaahua: Mere Tāwhai", "Mere Tāwhai"),
        ("Xe buýt điện chạy trên đường Kim Mã. ẢNH: Minh Khang", "Minh Khang"),
        ("Houses by the river at dawn. ፎቶ: Abebe Kebede", "Abebe Kebede"),
    ],
    ids=["spanish-credit", "basque", "maori", "vietnamese-capitals", "amharic-word"],
)
def test_a_caption_closed_by_a_photo_credit_in_more_languages(line: str, credit: str) -> None:
    from wireparse.furniture import split_caption

    split = split_caption(line)
    assert split is not None and split[1] == credit


@pytest.mark.parametrize(
    "line",
    [
        "Thank you for reading our article. You can keep up to date by subscribing to our daily newsletter. Just click here",
        "Grazie per aver letto questo articolo. Se vuoi restare aggiornato ti suggeriamo di iscriverti alla newsletter cliccando qui",
        "THANKS FOR READING: get our newsletter in your inbox",
        "Merci de nous lire ! Abonnez-vous à notre newsletter",
    ],
    ids=["english", "italian-long", "capitals", "french"],
)
def test_thanks_for_reading_before_a_newsletters_plug_is_navigation(line: str) -> None:
    assert line_kind(line) == "navigation"


@pytest.mark.parametrize(
    "line",
    [
        "Thank you for reading, the minister told the newsletter editors.",
        "Free speech advocates say the newsletter law is flawed",
    ],
)
def test_a_sentence_of_thanks_or_a_newsletter_stays_text(line: str) -> None:
    assert line_kind(line) is None


_RELEASE = (
    "Acme opens a ferry plant\n\nSEATTLE, March 12, 2024 /PRNewswire/ -- Acme Marine Systems, Inc. opened a plant on "
    "Monday.\n\nThe plant employs 200 people.\n\n"
)
_CAUTION = "This press release contains forward-looking statements about the plant and its output. " * 6


@pytest.mark.parametrize(
    "closing",
    [
        f"About Acme Marine Systems\n\nFounded in 1987, Acme makes ferries.\n\nForward-Looking Statements\n\n{_CAUTION}\n\n"
        "Media Contact:\nJane Roe\npress@acme.example\n\nSOURCE Acme Marine Systems, Inc.\n\nWANT YOUR NEWS FEATURED?\n\n"
        "440k+\nNewsrooms\n\n9k+\nOutlets",
        "ABOUT ACME MARINE\n\nAcme makes ferries.\n\nAcme builds boats.\n\nAcme repairs engines.\n\nAcme trains crews.\n\n"
        "Acme sells parts.",
        "Rückfragehinweis:\n   Acme Marine AG\n   Mag. Jane Roe\n   Unternehmenskommunikation\n   Telefon: +43 732 555 4410\n"
        "   E-Mail: presse@acme.example\n   Website: https://www.acme.example",
    ],
    ids=["about-caution-contacts-promotion", "capitals-five-paragraphs", "contacts-indented"],
)
def test_a_releases_closing_sections_are_no_story_text_however_long(closing: str) -> None:
    story = parse(_RELEASE + closing + "\n")
    assert story.paragraphs == (
        "Acme Marine Systems, Inc. opened a plant on Monday.",
        "The plant employs 200 people.",
    )


def test_a_section_about_what_the_story_does_not_name_stays_text() -> None:
    body = "\n\n".join(f"Finding {n}: the plant cut fuel use by {n} percent." for n in range(1, 7))
    story = parse(_RELEASE + "About the Study\n\n" + body + "\n")
    assert len(story.paragraphs) == 8


@pytest.mark.parametrize(
    "under",
    [
        "© Acme Press 2024 – All rights reserved",
        "Share this article",
        "Share this article\n\n© Acme Press 2024",
    ],
    ids=["rights", "share-button", "both"],
)
def test_a_name_alone_under_the_text_signs_it_with_end_matter_under_it(under: str) -> None:
    body = "The harvest began on Monday.\n\nPrices rose sharply.\n\nExports start in July."
    story = parse(f"Vanilla prices rise\n\n{body}\n\nJane Roe\n\n{under}\n")
    assert story.byline is not None and list(story.byline.authors) == ["Jane Roe"]
    assert story.paragraphs[-1] == "Exports start in July."


@pytest.mark.parametrize(
    "line",
    [
        "อ่านข่าว : กทม.ค่าฝุ่นระดับสีส้ม 42 เขต",
        "อ่านข่าว :",
        "ព័ត៌មានទាក់ទង • ក្រសួងកសិកម្មជំរុញការនាំចេញ",
        "Read more : Port reopens after the storm",
        "ອ່ານຂ່າວ: ນັກທ່ອງທ່ຽວມາຫຼວງພະບາງ",
    ],
    ids=["thai-spaced-colon", "thai-alone", "khmer-bullet", "english-spaced-colon", "lao"],
)
def test_a_read_more_heading_run_into_a_title_in_south_east_asian_scripts(line: str) -> None:
    assert line_kind(line) == "navigation"


@pytest.mark.parametrize(
    "tail",
    [
        "Tagovi: most, promet, luka\n\nNajnovije\nNovi trajekt za otoke\nCijene goriva rastu\n\n© Acme vijesti 2025",
        "ТЕГИ:  #мост  #транспорт  #город\n\nЧитайте также\nВ Твери закрыли мост",
        "Etiketler : köprü, ulaşım, liman\n\n© 2025 Acme Haber. Tüm hakları saklıdır.",
        "Պիտակներ՝ #կամուրջ #տրանսպորտ\n\nԿարդացեք նաև\nՆոր լաստանավ",
    ],
    ids=[
        "commas-related-and-rights",
        "hashtags-capitals-wide-blanks",
        "spaced-colon-rights-sentence",
        "armenian",
    ],
)
def test_a_labelled_line_of_tags_closes_the_story_with_the_end_matter_under_it(tail: str) -> None:
    story = parse(f"Harbour bridge to close to lorries\n\n{BODY}\n{tail}\n")
    assert len(story.paragraphs) == 3


@pytest.mark.parametrize(
    "tail",
    [
        "Partners: France, Germany, Italy\n\nThe talks resume on Monday in Geneva, the ministry said.",
        "Partners: France, Germany, Italy\n\nTalks resume on Monday\nIn Geneva, the ministry said.",
    ],
    ids=["text-after-the-list", "a-sentence-after-the-list"],
)
def test_a_labelled_list_with_text_after_it_stays(tail: str) -> None:
    story = parse(f"Harbour bridge to close to lorries\n\n{BODY}\n{tail}\n")
    assert len(story.paragraphs) > 3


@pytest.mark.parametrize(
    "tail",
    [
        "Get the Acme News app for iOS or Android.",
        "Скачайте приложение «Новости Акме» для устройств iOS или Android.",
        "Download our app:  App Store | Google Play",
        "DOWNLOAD OUR APP: App Store | Google Play",
        "To contact the reporter on this story: Jane Roe in Oslo at jroe@acme.example",
        "Похожие материалы Мост через Волгу закрыли на ремонт",
        "Digər xəbərlər Bakıda yeni körpü açıldı",
        "সম্পর্কিত সংবাদ  নদীতে নতুন সেতু",
        "ফেসবুক  হোয়াটসঅ্যাপ  এক্স  লিংক কপি",
        "שתף: פייסבוק | וואטסאפ | טוויטר",
    ],
    ids=[
        "app-plug",
        "app-plug-russian",
        "app-stores-bars",
        "app-stores-capitals-no-dateline",
        "contact-the-reporter",
        "related-russian",
        "related-azerbaijani",
        "related-bengali",
        "share-bengali",
        "share-hebrew",
    ],
)
def test_plugs_related_links_and_share_rows_in_more_languages_close_the_story(tail: str) -> None:
    story = parse(f"Harbour bridge to close to lorries\n\n{BODY}\n{tail}\n")
    assert len(story.paragraphs) == 3


def test_a_sentence_naming_both_phones_systems_stays_text() -> None:
    tail = "Apple and Google removed the app from the iOS and Android stores on Monday."
    story = parse(f"Harbour bridge to close to lorries\n\n{BODY}\n{tail}\n")
    assert story.paragraphs[-1] == tail


@pytest.mark.parametrize(
    "credit",
    ["Зураг: Акме", "צילום:  אן לי", "तस्बिर : अन ली", "Акс: Акме", "ފޮޓޯ: އެކްމީ", "Слика: Ана Ли"],
    ids=["mongolian", "hebrew-doubled-blanks", "nepali-spaced-colon", "tajik", "dhivehi", "macedonian"],
)
def test_the_word_for_photo_in_more_languages_labels_a_credit(credit: str) -> None:
    story = parse(f"Harbour bridge to close to lorries\n\n{credit}\n\n{BODY}")
    assert len(story.captions) == 1 and story.captions[0].credit is not None
    assert len(story.paragraphs) == 3

"""What pages print under and between a story's paragraphs, read in more desks' words: notices to
the reader (comment rules, a typo prompt), plugs for the outlet's channels, a reprint's note of
where the story first ran, agencies' notices on reuse, pointers to more stories, and captions in
Chinese, Japanese and Korean closed by their credit. All invented; each row varies case, blanks,
punctuation, script or order."""

from __future__ import annotations

import pytest

from wireparse import parse
from wireparse.furniture import cjk_caption, is_channel_plug, is_page_notice

BODY = (
    "The council voted on Tuesday to close the old harbour bridge to lorries from next month.\n\n"
    "Engineers found cracks in two of its piers during an inspection in January.\n\n"
    "A new bridge is due to open in 2027, the council said.\n"
)


def _story(tail: str) -> list[str]:
    return parse(f"Harbour bridge to close to lorries\n\n{BODY}\n{tail}\n").paragraphs


@pytest.mark.parametrize(
    "tail",
    [
        "Comments are moderated and may take a day to appear. Please keep it civil.",
        "COMMENTS ARE CLOSED ON THIS STORY",
        "To comment, you must be signed in.  Comments containing insults will be removed.",
        "Если вы нашли ошибку, выделите её и нажмите Ctrl + Enter",
        "Spotted a typo? Select it and press CTRL+ENTER.",
        "Voit keskustella aiheesta 3.2. klo 22 asti.",
        "Die Kommentarfunktion wurde geschlossen.",
    ],
    ids=["moderated", "capitals", "doubled-blank", "russian-typo", "typo-capitals", "finnish", "german"],
)
def test_a_pages_notice_to_its_readers_closes_the_story(tail: str) -> None:
    assert len(_story(tail)) == 3


@pytest.mark.parametrize(
    "tail",
    [
        "Subscribe to Acme News on Google News",
        "Читайте «Акме» в Telegram и Дзен",
        "Больше новостей — в нашем телеграм-канале «Акме». Подписывайтесь!",
        "Don't miss a thing: sign up for our free morning newsletter.",
        "follow ACME on WhatsApp",
        "Suscríbete al boletín de Acme Noticias",
        "تابعونا على تيليجرام",
        "Acme жаңалықтарын Telegram арнамыздан оқыңыз",
        "Acme’ni Telegram’da kuzatib boring!",
        "Acme'yi WhatsApp kanalımızdan takip edin.",
    ],
    ids=[
        "google-news",
        "russian",
        "second-sentence",
        "after-a-colon",
        "lower-case",
        "spanish",
        "arabic",
        "kazakh-verb-last",
        "uzbek-verb-last",
        "turkish-verb-last",
    ],
)
def test_a_plug_for_the_outlets_channel_closes_the_story(tail: str) -> None:
    assert is_channel_plug(tail)
    assert len(_story(tail)) == 3


@pytest.mark.parametrize(
    "last",
    [
        "Residents said they read the warning on the council's Telegram channel on Sunday.",
        "The minister said she would follow the newsletter's advice.",
    ],
    ids=["verb-inside-a-sentence", "no-imperative"],
)
def test_a_sentence_naming_a_channel_stays_text(last: str) -> None:
    assert not is_channel_plug(last)
    assert _story(last)[-1] == last


@pytest.mark.parametrize(
    "tail",
    [
        "This article originally appeared on the Harbour Patch.",
        "This piece was produced by Acme's Africa desk.",
        "Este artículo fue producido por la edición andina de Acme.",
        "Über dieses Thema berichtete Acme Radio am 3. März 2025 um 17:00 Uhr.",
        "This story can be republished for free (details).",
        "— With files from Jane Roe in Halifax",
        "Jane Roe receives funding from the Acme Research Council.",
    ],
    ids=["originally", "produced-by", "spanish", "german", "republish", "with-files", "disclosure"],
)
def test_a_reprints_note_of_its_origin_closes_the_story(tail: str) -> None:
    assert len(_story(tail)) == 3


@pytest.mark.parametrize(
    "tail",
    [
        "When citing and using any materials on the Internet, a link to acme.example is mandatory.",
        "Acme naujienų agentūros informaciją skelbti be raštiško Acme sutikimo draudžiama.",
        "Tous droits de reproduction réservés",
        "Перепечатка без письменного разрешения редакции запрещена.",
    ],
    ids=["english", "lithuanian", "french-rights", "russian"],
)
def test_an_agencys_notice_on_reuse_closes_the_story(tail: str) -> None:
    assert len(_story(tail)) == 3


@pytest.mark.parametrize(
    "tail",
    [
        "Lue lisää:\n\nSilta suljetaan raskaalta liikenteeltä",
        "Go deeper: Why the harbour bridge is cracking",
        "Чытайце таксама:\n\nУ Менску зачынілі мост",
        "延伸閱讀：港口大橋禁止貨車通行",
        "Del artiklen  Facebook  Mail  Kopiér link",
        "شارك الخبر:\n\nفيسبوك تويتر واتساب",
    ],
    ids=["finnish", "go-deeper", "belarusian", "chinese-run-on", "danish-share", "arabic-share"],
)
def test_pointers_and_share_rows_in_more_languages_close_the_story(tail: str) -> None:
    assert len(_story(tail)) == 3


@pytest.mark.parametrize("heading", ["LEIA TAMBÉM:", "Read also", "Чытайце таксама :"])
def test_titles_under_a_related_heading_between_paragraphs_leave_the_story_under_them(heading: str) -> None:
    text = (
        "Harbour bridge to close\n\n"
        "The council voted on Tuesday to close the old harbour bridge to lorries from next month.\n\n"
        f"{heading}\nFerry service to double in summer\nWhy the old bridge is cracking\n\n"
        "A new bridge is due to open in 2027, the council said in a statement on Tuesday.\n\n"
        "Lorries will be sent along the ring road until then, a spokeswoman said.\n\n"
        "Buses and cars may still cross the bridge at walking pace, the council said.\n\n"
        "The ferry will run every half hour while the works go on, its operator said.\n"
    )
    paragraphs = parse(text).paragraphs
    # (four short paragraphs or fewer under such a heading would close the story as end notes)
    assert len(paragraphs) == 5 and paragraphs[-1].startswith("The ferry will run")


@pytest.mark.parametrize(
    ("paragraph", "caption", "credit"),
    [
        (
            "부산 앞바다에서 발견된 거북. [부산시 제공. 재판매 및 DB 금지]",
            "부산 앞바다에서 발견된 거북.",
            "부산시 제공",
        ),
        ("港口大橋的裂縫。（讀者提供）", "港口大橋的裂縫。", "讀者提供"),
        ("港の古い橋＝３日、横浜（共同）", "港の古い橋＝３日、横浜", "共同"),
        ("港の古い橋（資料写真）（AFP時事）", "港の古い橋（資料写真）", "AFP時事"),
        ("这是3月5日拍摄的港口大桥。新华社记者 王明 摄", "这是3月5日拍摄的港口大桥。", "新华社记者 王明 摄"),
        ("▲ 항구의 낡은 다리. /항구시 제공", "▲ 항구의 낡은 다리.", "항구시 제공"),
        (
            "港口大橋今年首度封閉。（港務局提供）中央社記者王明傳真  114年3月5日",
            "港口大橋今年首度封閉。",
            "港務局提供",
        ),
    ],
    ids=[
        "korean-notice",
        "chinese-bracket",
        "japanese-day-place",
        "japanese-two-brackets",
        "xinhua",
        "korean-slash",
        "cna-fax",
    ],
)
def test_a_cjk_caption_closed_by_its_credit_between_paragraphs(
    paragraph: str, caption: str, credit: str
) -> None:
    assert cjk_caption(paragraph) == (caption, credit)
    text = f"港口大橋\n\n{BODY}\n{paragraph}\n\nThe works will take two years, the council said.\n"
    story = parse(text)
    assert [(c.text, c.credit) for c in story.captions] == [(caption, credit)]
    assert len(story.paragraphs) == 4


@pytest.mark.parametrize(
    "paragraph",
    [
        "서울시는 5일 다리를 폐쇄한다고 밝혔다. (사진=서울시 제공)",
        "政府は来年度から橋を閉鎖する方針を示した。（共同）",
        "新华社北京3月5日电（记者王明）",
        "港の古い橋が閉鎖された（ロイター）",
    ],
    ids=["korean-sentence", "japanese-signoff", "xinhua-dateline", "japanese-sentence-no-stop"],
)
def test_a_cjk_sentence_or_sign_off_with_a_credit_is_no_caption(paragraph: str) -> None:
    assert cjk_caption(paragraph) is None


def test_a_page_notice_is_short() -> None:
    long_text = "Comments are closed. " + "The council said the bridge would stay open. " * 8
    assert not is_page_notice(long_text)


@pytest.mark.parametrize(
    "folio",
    [
        "2026년 1월 8일 목요일                    경 제     23",
        "A18 sexta-feira, 21 de março de 2025      mercado      ACME DIÁRIO",
        "ACME VESTNIK\t№ 41 (2318)\t17 октября 2023 года\t3",
        "２０２５年（令和７年）３月５日（水曜日）　　　国際　　　（７）",
        "12     Mercredi 5 mars 2025     Le Journal d'Acme",
        "quinta-feira, 6 de março de 2025        B3",
    ],
    ids=[
        "korean-weekday",
        "letter-page-first",
        "tabs-cyrillic",
        "japanese-brackets",
        "page-first",
        "hyphened-weekday",
    ],
)
def test_a_printed_pages_folio_over_the_title_is_furniture(folio: str) -> None:
    story = parse(f"{folio}\n\nHarbour bridge to close to lorries\n\n{BODY}")
    assert story.headline == "Harbour bridge to close to lorries"
    assert len(story.paragraphs) == 3


@pytest.mark.parametrize(
    "row",
    [
        "B04    BRIDGE CLOSURE    VO/SOT    0:45    18:09:12",
        "Bulletin: WSN 0500 GMT      Tuesday 14 May 2024",
    ],
    ids=["clock-time-only", "year-at-the-end"],
)
def test_a_row_without_a_dated_folio_is_no_page_head(row: str) -> None:
    from wireparse.furniture import is_page_head
    from wireparse.lines import split_lines

    assert not is_page_head(split_lines(row)[:1])


@pytest.mark.parametrize(
    "stamp",
    [
        "sexta-feira, 21 de março de 2025",
        "Quarta-Feira 5 Março 2025 - 10:15",
        "2026년 1월 8일 목요일",
        "2025年3月5日（水）",
        "2025年3月5日 星期三",
    ],
    ids=["portuguese", "portuguese-title-case", "korean", "japanese-bracket", "chinese"],
)
def test_a_weekday_hyphened_or_in_cjk_script_is_a_stamps_word(stamp: str) -> None:
    from wireparse.furniture import is_timestamp

    assert is_timestamp(stamp)


@pytest.mark.parametrize(
    "stamp",
    [
        "20 de noviembre de 2025 - 07:15 a. m.",
        "Sist oppdatert 14.02.2024 13:15",
        "Dernière mise à jour le 14/02/2024 à 13:15",
        "Последнее обновление 14.02.2024, 13:15",
        "Updated January 14 2025 - 3:41pm, first published January 14 2025 - 11:20am",
    ],
    ids=["spaced-a-m", "norwegian-last", "french-last", "russian-last", "updated-first-published"],
)
def test_a_last_update_and_a_spaced_clock_are_a_stamps_words(stamp: str) -> None:
    from wireparse.furniture import is_timestamp

    assert is_timestamp(stamp)
    story = parse(f"Harbour bridge to close to lorries\n\n{stamp}\n\n{BODY}")
    assert story.headline == "Harbour bridge to close to lorries"
    assert story.paragraphs[0].startswith("The council voted")


@pytest.mark.parametrize(
    ("paragraph", "caption", "credit"),
    [
        (
            "A tick waits on a blade of grass for a host. Jane Roe/iStock via Getty Images Plus",
            "A tick waits on a blade of grass for a host.",
            "Jane Roe/iStock via Getty Images Plus",
        ),
        (
            "Міст через річку, 12 червня 2024 року. Акме Новини/Марія Гнатюк",
            "Міст через річку, 12 червня 2024 року.",
            "Акме Новини/Марія Гнатюк",
        ),
        (
            "A surgical team at work, supported by the ICRC. Jane Roe / ICRC",
            "A surgical team at work, supported by the ICRC.",
            "Jane Roe / ICRC",
        ),
        (
            "Pradera de posidonia en aguas de Cabrera (Baleares). / Nuria Roe-Vidal",
            "Pradera de posidonia en aguas de Cabrera (Baleares).",
            "Nuria Roe-Vidal",
        ),
    ],
    ids=["service-after-slash", "cyrillic-outlet-first", "acronym-spaced-slash", "slash-before-name"],
)
def test_a_caption_whose_sentence_a_slashed_credit_closes(paragraph: str, caption: str, credit: str) -> None:
    story = parse(
        f"Harbour bridge to close to lorries\n\n{BODY}\n{paragraph}\n\nThe works will take two years, the council said.\n"
    )
    assert [(c.text, c.credit) for c in story.captions] == [(caption, credit)]
    assert len(story.paragraphs) == 4


@pytest.mark.parametrize(
    "line",
    [
        "U.S. CERTIFICATES TO PROVIDE WHEAT/CORN SUPPLIES",
        "The plan runs 24/7. Officials said so on Monday and/or Tuesday",
    ],
    ids=["headline-in-capitals", "sentence-with-slashes"],
)
def test_a_slash_in_a_headline_or_sentence_credits_no_photo(line: str) -> None:
    from wireparse.furniture import split_caption

    assert split_caption(line) is None


@pytest.mark.parametrize(
    "tail",
    [
        "Погода, Москва, Гидрометцентр, Россия\n\nВерсия для печати",
        "Climate, Farming, Rivers, Himalayas\n\nPrint version\n\n© Acme News 2025",
        "Rail | Strikes | Unions\n\nShare: Facebook | X",
    ],
    ids=["cyrillic-commas", "english-two-lines-under", "bars"],
)
def test_a_line_of_tags_over_the_pages_end_matter_closes_the_story(tail: str) -> None:
    assert len(_story(tail)) == 3


def test_a_list_of_names_under_text_with_a_sentence_under_it_stays() -> None:
    tail = "Present: Jane Roe, Tom Lee, Ann Poe\n\nThe meeting ended at noon."
    assert len(_story(tail)) == 5


@pytest.mark.parametrize(
    "menu",
    [
        "Forside  Aarhus  Odense  Sport  112  Debat\nLog ind",
        "Новости Город Происшествия Бизнес Авто Недвижимость Погода",
        "НАВІНЫ  ПАЛІТЫКА  ЭКАНОМІКА  ГРАМАДСТВА  ВІДЭА",
        "Fréttir | Íþróttir | Matur | Ferðalög | Veður",
    ],
    ids=["danish-figure-and-places", "russian-single-blanks", "belarusian-capitals", "icelandic-bars"],
)
def test_a_pages_menu_in_more_languages_is_no_headline(menu: str) -> None:
    story = parse(f"Acme\n{menu}\n\nHarbour bridge to close to lorries\n\n{BODY}")
    assert story.headline == "Harbour bridge to close to lorries"
    assert len(story.paragraphs) == 3


@pytest.mark.parametrize(
    "notice",
    [
        "© ACME 2025. Está expresamente prohibida la redistribución y la redifusión de todo o parte de sus servicios.",
        "© Acme 2025. Está expressamente proibida a redistribuição de todo ou parte do conteúdo.",
        "(c) Acme News 2025. All rights reserved.",
    ],
    ids=["spanish", "portuguese", "english"],
)
def test_a_notice_after_a_copyright_sign_is_no_photos_credit(notice: str) -> None:
    story = parse(f"Harbour bridge to close to lorries\n\n{BODY}\n{notice}\n")
    assert not story.captions and len(story.paragraphs) == 3


@pytest.mark.parametrize(
    "tail",
    [
        "Recommended articles\nCouncil approves the tram budget for 2026\nNew cycle lanes for the old town",
        "MOST VISITED IN ECONOMY\nPort traffic falls for a third month\nTwo new ferries for the island route",
        "Самое читаемое\nПогода на выходные: синоптики обещают снег\nКурс доллара на 14 марта",
        "Share   Comment\n\nAlso interesting\nFour hurt in a crash on the A6\nNew bus link to the airport from February",
        "Articole recomandate\nCGMB aprobă bugetul pentru 2026\nLucrări la staţia Unirii\n\n© Acme 2026. Toate drepturile rezervate.",
    ],
    ids=["no-colon", "capitals", "russian", "under-buttons", "over-a-notice"],
)
def test_a_heading_over_titles_in_its_block_closes_the_story(tail: str) -> None:
    assert len(_story(tail)) == 3


@pytest.mark.parametrize(
    "tail",
    [
        "How to apply\nForms are at the town hall.\nThey must be in by Friday.",
        "Key dates\nVote on the bridge\nWork starts in June\n\nThe council will meet again on Thursday to agree the details.",
    ],
    ids=["sentences-under-a-subhead", "text-after-the-list"],
)
def test_a_subhead_over_the_storys_own_lines_stays_text(tail: str) -> None:
    assert len(_story(tail)) > 3


@pytest.mark.parametrize(
    "tail",
    [
        "This e-mail and any attachments are intended only for the subscribers of Acme News.",
        "Le informazioni contenute in questo messaggio sono riservate e destinate ai soli abbonati.",
        "Ce message et ses pièces jointes sont confidentiels.",
        "DIESE E-MAIL ENTHÄLT VERTRAULICHE INFORMATIONEN.",
    ],
    ids=["english", "italian", "french", "german-capitals"],
)
def test_a_mails_notice_to_its_addressees_closes_the_story(tail: str) -> None:
    assert len(_story(tail)) == 3


def test_a_plugs_verb_inside_a_sentence_is_story_text() -> None:
    assert not is_channel_plug("The council will read the telegram from the minister today.")
    assert len(_story("Officials said they would follow the Telegram channel of the port for updates.")) == 4

"""What single lines are (navigation, notes, sign-offs, furniture, credits, bylines), how names
are recased, and which authors a byline names: table-driven, a reason per row."""

from __future__ import annotations

import pytest
from conftest import SAMPLES, read_text

from wireparse import furniture
from wireparse.bylines import parse_byline
from wireparse.casing import normal_case
from wireparse.furniture import (
    clean_credit,
    headline_flags,
    is_code_line,
    is_signoff,
    line_kind,
    split_caption,
)

KINDS = [
    ("All news", "navigation", "TASS web navigation"),
    ("1 / 5", "navigation", "gallery counter"),
    ("Eds: UPDATES with comment from mayor.", "ednote", "AP editor's note"),
    ("(Adds analyst comment)", "ednote", "Reuters update note"),
    ("EDITOR'S NOTE -- The writer covers health.", "ednote", "AP end note"),
    ("Reuter", "signoff", "1980s Reuters sign-off"),
    ("REUTER...", "signoff", "sign-off in capitals with dots"),
    ("Enditem", "signoff", "Xinhua sign-off"),
    ("dpa xy ab", "signoff", "dpa initials"),
    ("AP-NY-03-07-24 1532EST", "signoff", "AP transmission code"),
    ("(Reporting by Ann Lee; Editing by Bo Chan)", "signoff", "Reuters credit line"),
    ("news@example.com", "signoff", "contact address"),
    ("© 2024 The Associated Press. All rights reserved.", "service", "copyright"),
    ("c.2024 New York Times News Service", "service", "NYT service line"),
    ("(BEGIN OPTIONAL TRIM)", "ednote", "an instruction in capitals in brackets"),
    ("(end optional trim)", None, "the same in lower case is text in brackets"),
    ("(STORY CAN END HERE.  OPTIONAL MATERIAL FOLLOWS)", "ednote", "a longer instruction, blanks doubled"),
    ("(AP)", "signoff", "one word in capitals in brackets is a credit, not an instruction"),
    ("-- ENDS --", "signoff", "an end mark between dashes"),
    ("==Fin==", "signoff", "an end mark between signs of another kind, another language"),
    ("-30-", "signoff", "the figure of an end mark between hyphens"),
    ("--0--", "signoff", "the same, dashes doubled"),
    ("30", None, "a figure alone is a number"),
    ("jw mal", "signoff", "desk initials in lower case"),
    ("ab.gh", "signoff", "initials joined by a dot"),
    ("abcd/ efg/", "signoff", "initials closed by slashes, a blank after each"),
    ("(END) jw mal", "signoff", "an end mark in brackets before the initials"),
    ("facial hair", None, "two words with vowels are the end of a wrapped line"),
    ("six mths", None, "a word of four letters is no initials"),
    ("Jw Mal", None, "initials are printed in lower case"),
    ("(©NTB)", "signoff", "an agency's copyright in brackets"),
    ("（完）", "signoff", "a Chinese end mark in full-width brackets"),
    ("(끝)", "signoff", "a Korean end mark"),
    ("(Schluss) red/abc", "signoff", "a German end mark and the desk's initials"),
    ("The Canadian Press", None, "an agency's name alone may stand under a byline: no sign-off"),
    ("XINHUA 051012 GMT Mar 24", "furniture", "an agency before a transmission time"),
    ("م ن/س ح", "signoff", "initials in a script without case, a slash among them"),
    ("ع ب م", None, "letters apart by blanks alone may be words"),
    ("(Bericht von Anna Roe, redigiert von Tom Lee)", "signoff", "a credit line in German"),
    ("(Reportaje de Ana Ruiz; Edición de Tom Lee)", "signoff", "a credit line in Spanish"),
    ("SOURCE Acme Widgets, Inc.", "signoff", "a press release's closing source line"),
    ("Source: the ministry said so", None, "a source named in a sentence is text"),
    ("+1 555 0100", "furniture", "a telephone number alone"),
    ("(212) 555-0100", "furniture", "another telephone number"),
    ("555-0100", "furniture", "a number of seven figures and a hyphen"),
    ("12-15", None, "a score is no telephone number"),
    ("LOAD-DATE: March 8, 2024", "furniture", "a news database export's field"),
    ("LENGTH: 98 words", "furniture", "another such field"),
    ("Length: it ran for miles", None, "a label before words of a sentence may be prose"),
    ("Load-Date: March 6, 2024", "furniture", "an export's field, its label capitalised"),
    ("Publication title: Coast News; Oslo", "furniture", "another database's trailer field"),
    ("Language of publication:  English", "furniture", "a label of three words"),
    ("ProQuest document ID: 3108874512", "furniture", "a document number's field"),
    ("Location: the port was closed.", None, "a label before a sentence"),
    ("Language:  ENGLISH", "furniture", "another, its value in capitals"),
    ("Publication-Type: Newspaper", "furniture", "another, a word for its value"),
    ("Source: The ministry said it would close.", None, "a capitalised label before a sentence"),
    ("load-date: March 6, 2024", None, "a label in lower case may be prose"),
    ("COPYRIGHT © ACME NEWS 2024", "service", "a copyright line, the word before the sign"),
    ("AP-TX--Border Crossings,0211", "furniture", "a regional wire's slug and word count"),
    ("AM-Strike,0275", "furniture", "a slug of one word"),
    ("DEL45 BIZ-ONION-EXPORT", "furniture", "a desk's story number and its slug"),
    ("BOM12  FIN-RUPEE-CLOSE", "furniture", "the same, blanks doubled"),
    ("G20 LEADERS MEET IN ROME", None, "a headline in capitals"),
    ("ECONOMY-CHINA/TRADE (UPDATE 1)", "furniture", "a topic slug in capitals, its update number"),
    ("PRIORITY", "furniture", "a priority word alone above a headline"),
    ("عاجل", "furniture", "the Arabic word for urgent alone"),
    ("ШАШЫЛЫШ КАБАР", "furniture", "the Kyrgyz words for urgent news alone"),
    ("son dakika", "furniture", "the Turkish for breaking news, in lower case"),
    ("Home » World » Asia", "navigation", "a page's trail of sections"),
    ("News › Business", "navigation", "another trail sign"),
    ("Inicio > Sociedad", "navigation", "a breadcrumb of sections"),
    ("新华网 > 正文", "navigation", "a breadcrumb in a script without case"),
    ("หน้าแรก > ข่าวทั่วไป", "navigation", "another, its words unspaced"),
    ("Home | World | Business | Sport", "navigation", "a menu on one line, parted by bars"),
    ("首页 | 时政 | 国际 | 财经 | 体育", "navigation", "the same in Chinese"),
    ("home|world | business |  SPORT", "navigation", "a menu, bars spaced unevenly, in any case"),
    ("Jane Roe | Reuters | World", None, "a byline parted by bars: three parts"),
    ("Jane Roe | Reuters | March 5 | 10:42", None, "a byline with its stamp: figures"),
    ("Skip to main content", "navigation", "a page's link past its menu"),
    ("Home / Business / Economy", "navigation", "a trail of three sections parted by slashes"),
    ("Also Read | Port to reopen next week", "navigation", "a label pointing to a story, a bar after it"),
    ("Related topics: Storms / Ports", "navigation", "a page's topics"),
    ("関連ニュース ・港が再開 ・倉庫が拡張", "navigation", "a heading run into its links, items marked"),
    ("Свързани новини Пристанището отваря отново", "navigation", "the same, a capital after it"),
    ("כתבות נוספות: הנמל נפתח מחדש", "navigation", "the same after a colon, right to left"),
    ("ተዛማጅ ዜናዎች - ወደቡ እንደገና ተከፈተ", "navigation", "a related heading before a spaced dash, in Ethiopic"),
    (
        "Related news about the storm came late",
        None,
        "a sentence opening with the words, small letters after",
    ),
    ("関連ニュース", "navigation", "a run-on heading alone on its line heads the links under it"),
    ("Свързани новини:", "navigation", "the same with a colon"),
    ("【纠错】\u3000责任编辑：李婧", "furniture", "a bracketed link, then the editor's label unbracketed"),
    ("【大公報訊】綜合新華社報道：中國鐵路客流創新高", None, "a bracketed credit opening a paragraph's text"),
    ("About Kitaura Precision Co., Ltd.", "rule", "a release's About section, its abbreviations' stops"),
    ("About the port. It opened in 1990 and grew.", None, "prose opening with the word"),
    ("(MORE TO FOLLOW) Dow Jones Newswires", "signoff", "an end mark, then the agency's name"),
    ("(end)  Reuters", "signoff", "the same, small letters, blanks doubled"),
    ("(Reuters) - The port closed", None, "a credit opening a dateline"),
    ("ISIN DE000RRK1234", "furniture", "a security's number"),
    ("Anzeige", "navigation", "an advertisement's mark in German"),
    ("PRESS RELEASE", "navigation", "a release's genre over its headline, in capitals"),
    ("FOR IMMEDIATE RELEASE", "ednote", "a release's notice on its release"),
    ("Not for distribution to U.S. newswire services", "ednote", "the same, a distribution notice"),
    ("Sperrfrist: 5. März 2024, 10:00 Uhr", "ednote", "the same in German"),
    ("Embargoed reports show the port closed", None, "a headline opening with the word"),
    ("March 05, 2024 07:30 AM Eastern Standard Time", "furniture", "a stamp, its time zone spelled out"),
    ("Central  12.5  13.1", None, "a table's row naming a region"),
    ("CONTACT: Jane Roe, 202-555-0166", "rule", "a release's contact at its top: its contacts' heading"),
    (
        "*** DISCLAIMER: THIS IS AN AUTOMATIC TRANSLATION FROM THE ORIGINAL TEXT IN FINNISH ***",
        "furniture",
        "a long banner between stars",
    ),
    ("Politica  Economia  Mondo Cultura Sport", "navigation", "a menu of sections parted by blanks"),
    ("即時 政治 國際 兩岸 產經 證券", "navigation", "the same in Chinese"),
    (
        "ニュース\u3000トップ\u3000社会\u3000気象・災害\u3000政治",
        "navigation",
        "ideographic blanks, an unknown item",
    ),
    ("Politics and the economy of the world", None, "section words in a sentence's run"),
    ("Sport Culture", None, "too few items"),
    ("Pressemitteilung", "navigation", "the same in German"),
    ("Press release prices rise", None, "a headline opening with the words"),
    ("REKLAMA", "navigation", "the same in Polish capitals"),
    ("Datum 05.03.2024", "furniture", "a page's stamp under the word for date"),
    ("Fuente de la imagen, Getty Images", "furniture", "a broadcaster's picture source, its comma"),
    ("Автор фото,  NTB", "furniture", "the same in Russian"),
    ("Image sources differ, experts said.", None, "the words without their comma"),
    ("Témata: Ostrava, doprava", "navigation", "tags in Czech"),
    ("Wij gebruiken cookies om de site goed te laten werken. Akkoord", "navigation", "a cookie notice"),
    (
        "Vi använder kakor för din upplevelse.  GODKÄNN ALLA",
        "navigation",
        "the same in Swedish, consent in capitals",
    ),
    ("Cookie maker agrees to buy a rival", None, "a headline on cookies: no word to consent"),
    ("EU tightens its rules on cookies", None, "the same, no consent at all"),
    ("Споделете: Facebook | Twitter | Viber", "navigation", "a share row in Macedonian"),
    ("ΕΤΙΚΕΤΕΣ: λιμάνι, Πειραιάς", "navigation", "tags, in capitals"),
    ("برچسب‌ها: بندر، کشتیرانی", "navigation", "tags in Persian"),
    ("ប្រភព៖ អ.ស.ក.", "furniture", "the source, after the Khmer colon"),
    ("អត្ថបទ ៖ ស៊ុន ស្រីពៅ", "furniture", "the writer, a blank before the colon"),
    ("Հրապարակված է՝ 30.10.2012", "furniture", "published, after the Armenian colon"),
    ("خبرنگار: مریم صالحی  دبیر: علی محمدی", "furniture", "reporter and editor labelled at the foot"),
    ("ผู้เขียนข่าว : ศิริพร ทองดี", "furniture", "the writer, in Thai"),
    ("mwisho", "signoff", "the Swahili end mark, in small letters"),
    ("मंगलबार, फागुन २२, २०८०", "furniture", "a page's date: Nepali weekday, Bikram Sambat month"),
    ("ថ្ងៃអង្គារ ទី២៣ ខែឧសភា ឆ្នាំ២០២៣", "furniture", "Khmer: the day, month and year words closed up"),
    ("ថ្ងៃទី២៨ ខែមករា ឆ្នាំ២០២០ ម៉ោង ១០:៣៥", "furniture", "the same with the hour"),
    ("၂၀၂၄ ခုနှစ်၊ ဇန်နဝါရီ ၁၀ ရက်", "furniture", "Burmese: the year and day words"),
    ("令和5年5月23日（火）", "furniture", "a Japanese era and weekday"),
    ("24 فيفري 2015 - 14:20", "furniture", "a Maghreb month name and a time"),
    ("تاریخ: ۲۹ تیر ۱۳۹۵ - ۱۱:۴۲", "furniture", "a Persian stamp labelled as the date"),
    ("등록 2022.06.21 10:00:00 | 수정 2022.06.21 10:12:35", "furniture", "a Korean portal's two stamps"),
    ("火曜日に港が再開した5つの理由", None, "a weekday inside a headline's words"),
    ("КРАЈ", "signoff", "the Serbian one in capitals"),
    ("....PACNEWS", "signoff", "an agency's name after a run of dots"),
    ("Document ABCD00020241005ek1500001", "furniture", "a database's document number"),
    ("Documento EFESG00020240305ek35003lm", "furniture", "the number, labelled in Spanish"),
    ("Belge AATR000020240305ek35000hz", "furniture", "... in Turkish"),
    ("Документ: TASS000020191105ebb50009x", "furniture", "... in Russian, with a colon"),
    ("LUSAPT0020240305ek35004qp", "furniture", "... or alone"),
    ("Ficha ABC 20240305 relatório", None, "a date among words is no number"),
    ("DOCUMENT NO. AB12345678", "furniture", "the same labelled, in capitals"),
    ("Document 12 shows the deal was signed.", None, "a sentence about a document"),
    ("ΠΗΓΗ: ΑΠΕ-ΜΠΕ", "furniture", "a source label in Greek capitals, without accents"),
    ("Jane Roe / Reuters", "credit", "two names parted by a slash: a credit, no trail"),
    ("본문 바로가기", "navigation", "the same in Korean"),
    ("Related stories", "navigation", "a heading over related stories"),
    ("相关新闻", "navigation", "the same in Chinese"),
    ("Leggi anche...", "navigation", "a label pointing to other stories, alone"),
    ("字体： 小 中 大  分享到：", "navigation", "a page's tools: text sizes and sharing"),
    ("3 ตุลาคม 2567 – 11:42 น.", "furniture", "a Thai stamp: a month whose letters carry marks, o'clock"),
    ("2024-08-06 10:12:35 来源：新华网", "furniture", "a stamp closed by the page's source"),
    ("Publiceret 03.10.2024 kl. 11:42", "furniture", "a Danish stamp"),
    ("5 มี.ค. 2568 เวลา 14:32 น.", "furniture", "a Thai stamp with its word for time"),
    ("Acme.com - 05/03/2025, 14:32 WIB", "furniture", "a stamp opened by the site's address"),
    ("2025年03月05日 14:32 新华网", "furniture", "a stamp closed by a Chinese site's name"),
    ("5 March 2024  14:22 STA", "furniture", "a stamp closed by an agency"),
    ("5 March 2024 Acme", None, "a stamp closed by a word that names no source"),
    ("Acme 5 March 2024 STA", None, "a stranger word before the stamp"),
    ("原标题：上海今年将新建20个社区养老服务中心", "furniture", "a reprint's note of the original title"),
    ("Фото ілюстративне", "furniture", "a note on the picture: illustrative"),
    ("Фото из архива", "furniture", "another: from the archive"),
    ("ARCHIVE  PHOTO", "furniture", "the same in English, in capitals"),
    ("Foto ilustrativa: Acme", "furniture", "with its source after a colon"),
    ("Vidéo par : Acme TV", "furniture", "a page's credit for its video, a blank before the colon"),
    ("VIDEO:  Acme News", "furniture", "the same in capitals, blanks doubled"),
    ("Video shows the bridge at dawn.", None, "a sentence opening with the word is body"),
    ("KUNA051520 GMT OCT 24", "signoff", "an agency closed up to its time, the zone and date after"),
    ("كونا051520 جمت أكت 24", "signoff", "the same in Arabic"),
    ("ACME051520 GMT OCT 24", None, "a word closed up to figures that names no agency"),
    ("Share this news: Facebook | X", "navigation", "a share row with its label"),
    ("Tin liên quan:", "navigation", "a heading over related stories, Vietnamese"),
    ("ข่าวที่เกี่ยวข้อง - ททท.เปิดตัวแคมเปญ", "navigation", "a related heading, a spaced dash, a story"),
    ("Related-party deals rose 5%", None, "a heading's word joined by a hyphen: a sentence"),
    ("Photos show damage", None, "a sentence about photos"),
    ("Photographers gathered.", None, "a word that opens with the word for photo"),
    ("১৮ আশ্বিন ১৪৩১", "furniture", "a Bangla calendar's date over the story"),
    ("১৮ আশ্বিন ১৪৩১ বঙ্গাব্দ", "furniture", "the same with the era's word"),
    ("२०८१ वैशाख १५ गते", "furniture", "a Bikram Sambat date with its day's word"),
    ("Juche113.10.3.", "furniture", "a Juche year's date run together"),
    ("Juche 113 (2024)  October 3", "furniture", "the same, spaced, with the Gregorian year"),
    ("আশ্বিন মাসে বৃষ্টি হয় ১৮", None, "a month's name in a sentence with a figure"),
    ("2024-08-06 来源：新华网 记者说", "furniture", "the source field runs to the line's end"),
    ("来源：新华网 2024-08-06", "furniture", "a source field with its date"),
    ("(ATTN: ADDS details in paras 4-5)", "ednote", "a desk's note to editors"),
    ("(ADDS details in paras 4-5)", "ednote", "the same, its verb in capitals"),
    ("Attention: the minister said so", None, "a word of a sentence"),
    (
        "NTB Published October 3, 2024 Updated a day ago",
        "furniture",
        "an agency's stamp, how long ago in words",
    ),
    ("(ATTN: Kan., Ohio)", None, "a note naming the papers it is for: read where it stands"),
    ("Sources", "rule", "a wiki story's closing section of sources: end matter follows"),
    ("References:", "rule", "the same with a colon"),
    ("Sources said the talks failed", None, "the word opening a sentence"),
    (
        "XYZ0457 4 FSG 0455",
        "furniture",
        "a teletype message header: code and number, priority, category, words",
    ),
    ("XYZ0214  4 ECO 0231 XYZ", "furniture", "the same, the agency after it, blanks doubled"),
    ("ACME 0342 5 ECO", "furniture", "an agency's name, a zero-padded number, no word count"),
    ("UN 2024 3 KEY FACTS", None, "a headline in capitals with a year"),
    ("《 人民日报 》（ 2019年03月06日 04 版）", "furniture", "a Chinese paper's print edition and page"),
    ("《新民晚报》（2024年3月5日 第3版）", "furniture", "the same, blanks left out, the page's ordinal"),
    ("《红楼梦》（第三回）", None, "a book's title and chapter"),
    ("Download the ACME News app for the latest news", "navigation", "a page's plug for its app"),
    ("Материалы по теме", "navigation", "a related-stories heading in Russian"),
    ("Senin, 4 Maret 2024 15:22 WIB", "furniture", "a page's time stamp, Indonesian, its zone"),
    ("Added 5th March 2024 09:12 AM", "furniture", "a page's time stamp, an ordinal day"),
    ("STA, 5 March 2024 - 14:22", "furniture", "an agency's stamp: its name, the date and time"),
    ("TNN | Mar 3, 2025, 10.42 PM IST", None, "an agency's byline and its stamp after a bar: no stamp alone"),
    ("Oslo 5 March 2024", None, "a place and a date is no stamp"),
    ("Share: Facebook | X | Telegram", "navigation", "a page's share row"),
    ("Compartir en Facebook  Compartir en X", "navigation", "the same in Spanish, blanks doubled"),
    ("Facebook Twitter WhatsApp", "navigation", "networks alone"),
    ("Del på Facebook Del på X Kopier lenke", "navigation", "a share row in Norwegian"),
    ("TT INRIKES 2024-02-19 11:42", "furniture", "an agency's service in capitals and its stamp"),
    ("AM-Storm-Coast, 1st Ld-Writethru,0389", "furniture", "an AP slug with its version and word count"),
    ("BC-Storm-Coast, FLASH", "furniture", "the same with a flag, no word count"),
    ("PM-Kisan scheme reaches farmers, minister says", None, "PM before a hyphen opening a headline"),
    ("ABC4512 3 EC 0256 ESP /XYZ-KD33", "furniture", "a 7901 header: number, priority, category, words"),
    ("ТАСС 0571 3 ЭКН 0198", "furniture", "the same in Cyrillic"),
    ("RTR 0411 KENYA-TEA", "furniture", "a telex's number and slug"),
    ("Read Next Port strike spreads", "navigation", "a link's heading run into its title"),
    ("Most Read 1. Port strike spreads", "navigation", "the same before a figure"),
    ("Читайте также Порт закрыт", "navigation", "the same in Russian"),
    ("Read more about the plan here.", None, "a sentence opening with the heading's words"),
    ("Story continues below this ad", "navigation", "a portal's note inside the story"),
    ("【纠错】 【责任编辑：王小红】", "furniture", "a Chinese page's bracketed fields"),
    ("See STORM, Page 6A", "navigation", "a newspaper's jump line"),
    ("STORM  Continued from Page 1A", "navigation", "the same where the story goes on"),
    ("See you later, he said", None, "a sentence opening with 'see'"),
    ("English", "furniture", "an export's language alone"),
    ("289 words", "furniture", "an export's word count"),
    ("3 sur 12 DOCUMENTS", "furniture", "an export's count of documents, French"),
    ("Page 3", "furniture", "a page's number alone"),
    ("Hal. 4", "furniture", "the same in Indonesian"),
    ("صفحة 3", "furniture", "the same in Arabic"),
    ("- 3 -", "furniture", "a page's number between dashes"),
    ("Página 2 de 5", "furniture", "a page of so many"),
    ("Page 3 girl", None, "words after the page's number"),
    ("14", None, "a figure alone: a table's or list's"),
    ("BREAKING", "furniture", "an alert's flag alone"),
    ("1.204 Wörter", "furniture", "the same in German with a stop in the figure"),
    ("12 words were said", None, "a sentence opening with a count of words"),
    ("De: Mesa Internacional <mesa@example.com>", "furniture", "a forwarded mail's sender, Spanish"),
    ("Gesendet: Dienstag, 5. März 2024 10:14", "furniture", "its time sent, German"),
    ("Envoyé de mon iPhone", "navigation", "a phone's signature, French"),
    ("View this email in your browser", "navigation", "a newsletter's first line"),
    ("A: Jane said so", None, "an interview's answer: no mail header"),
    ("Acme Newswires ACMN English", "furniture", "an export's source, its code and language"),
    ("ACME chief says talks go on in English", None, "a headline ending with a language"),
    ("NATO 2030 AGENDA", None, "capitals and a number: a headline"),
    ("CHINA-HAINAN-FREE TRADE PORT-CUSTOMS", "furniture", "keywords joined by hyphens"),
    ("CHINA-HAINAN-FREE TRADE PORT-CUSTOMS (CN)", "furniture", "the same, the desk's code after it"),
    ("KENYA-TEA-EXPORTS  (AF)", "furniture", "the same, two blanks"),
    ("CHINA-HAINAN-FREE TRADE PORT-CUSTOMS (UPDATE 1)", None, "a flag in brackets: no desk's code"),
    ("TWO-FOR-ONE STOCK SPLIT", None, "hyphened words of a headline in capitals"),
    ("SAUDI-FRENCH BANK TO DOUBLE PAID-UP CAPITAL", None, "the same, longer"),
    ("(Zusammenfassung 1300 - neu: Stellungnahme)", "ednote", "a German desk's note on the version"),
    ("(Nota: Atualiza com declarações do ministro)", "ednote", "the same in Portuguese"),
    ("STT  KOTIMAA 18.1.2024 klo 08.14", "furniture", "the same in Finnish, its word for o'clock"),
    ("TT Inrikes 2024-02-19 11:42", None, "a service word not in capitals: no stamp"),
    ("AP-WF-05-17-16 0620GMT", "signoff", "an agency's transmission code joined by hyphens"),
    ("REUTER INC <REUT> 4TH QTR", None, "an agency's name and words in capitals without a date: a headline"),
    ("World | acme.com | 14.11.2023 | 16:22", "furniture", "a page's row: section, site and stamp"),
    (
        "Giriş: 21.03.2024 - 14:12 | Son Güncelleme: 21.03.2024 - 14:40",
        "furniture",
        "two stamps between a bar",
    ),
    ("ultimo aggiornamento: 21 marzo 2024, 18:04", "furniture", "a stamp's Italian label"),
    ("Oppdatert 5. mars 2024 kl. 14.22", "furniture", "the same in Norwegian"),
    ("World  |  14.11.2023  |  16:22", "furniture", "the same, blanks doubled, no site"),
    ("Jane Roe | Reuters | Mar 3, 2025", None, "a name in the row: a byline and its stamp"),
    ("Sport | Football | Premier League", None, "a row of sections without a stamp"),
    ("(FOTOĞRAFLI)", "furniture", "a headline's flag for photos alone on its line"),
    ("GRAFIK", "furniture", "the same for a graphic, in capitals"),
    ("Снимка: Станислава Петрова, БТА", "furniture", "a photo's credit labelled in Bulgarian"),
    ("צילום: רויטרס", "furniture", "the same in Hebrew"),
    ("ХИТНО", "furniture", "an alert's flag alone, Serbian Cyrillic"),
    ("ԿԱՐԵՎՈՐ", "furniture", "the same in Armenian"),
    ("【速報】", "furniture", "the same in Japanese, in its brackets"),
    ("[속보]", "furniture", "the same in Korean, in square brackets"),
    ("--- Von Jane Roe, dpa ---", "byline", "a byline between runs of dashes"),
    ("-- By Jane Roe --", "byline", "the same between two dashes each"),
    ("Lees ook: Treinen rijden weer", "navigation", "a related story, Dutch"),
    ("Dela artikeln", "navigation", "share the article, Swedish"),
    ("jaa  artikkeli", "navigation", "the same in Finnish, lower case, blanks doubled"),
    ("Deel dit artikel", "navigation", "the same in Dutch"),
    ("Partilhar Comentar", "navigation", "share and comment, Portuguese"),
    ("Del Gem", "navigation", "share and save, Danish"),
    ("Del artículo se desprende que", None, "a Spanish sentence opening with the same letters"),
    ("Seguir leyendo", "navigation", "a link to the rest of the story, Spanish"),
    ("LÄS MER", "navigation", "the same in Swedish capitals"),
    ("Onderwerpen: Spoor ProRail NS", "navigation", "a page's topics, Dutch"),
    ("Etiketler:  faiz enflasyon", "navigation", "the same in Turkish, blanks doubled"),
    ("Partager :", "navigation", "a share verb alone, a blank before its colon"),
    ("Share prices fell sharply.", None, "a share verb opening a sentence"),
    ("Facebook said it would share data.", None, "a network opening a sentence"),
    ("Follow the author on X: @jroe", "navigation", "a plug for a writer's channel"),
    ("Подписывайтесь на ACME в Telegram", "navigation", "the same in Russian"),
    ("Follow the money, the judge said.", None, "the verb opening a sentence"),
    ("Leé también: Lluvias en el norte", "navigation", "a related story, Rioplatense Spanish"),
    ("Noticias  >  Regiones > Norte", "navigation", "the same, blanks doubled, three sections"),
    ("EL DIARIO · Internacional", "navigation", "a paper's name and its section"),
    ("Газета «Вечер» · В мире", "navigation", "the same in Cyrillic, the name in guillemets"),
    ("Sociedad • Salud", "navigation", "a section and its subsection"),
    ("Storm hits the coast · ACME", None, "a headline and its source: more words than a section's"),
    ("Shares > 5% up", None, "a sign between words of a sentence"),
    ("۱۵ اسفند ۱۴۰۲، ۱۲:۳۴", "furniture", "a time stamp in another calendar's month, Persian digits"),
    ("Er sagte: »Wir kommen.«", None, "a quotation mark in German copy"),
    ("Related News", "navigation", "a related-links heading"),
    ("About Acme Widgets Inc.", "rule", "a press release's closing section opens like a rule"),
    ("Media Contacts:", "rule", "the contacts' heading"),
    ("About 200 people came.", None, "about before a figure is a sentence"),
    ("Contact with the ship was lost.", None, "a sentence opening with the word"),
    ("eil", "furniture", "dpa's priority word in lower case"),
    ("extra time", None, "a take key inside words is text"),
    ("© NTB", "signoff", "the same without brackets"),
    ("c. 1999 The Springfield Herald", "service", "copyright line of a paper"),
    ("c.2001, Springfield Herald", "service", "the same without a blank, with a comma"),
    ("c. 1890 the mill was built", None, "circa a year, then text"),
    ("-- XINHUA", "signoff", "an agency alone after a dash closes a story"),
    ("/Xinhua/", "signoff", "the same between slashes, in title case"),
    ("PTI AB CDE", "signoff", "an agency and its desk's initials"),
    ("Reuters ab/cd 1130", "signoff", "an agency, lower-case initials and a time"),
    ("Xinhua said on Monday", None, "an agency opening a sentence"),
    ("Edited by Jane Roe", "signoff", "an editor's credit without brackets"),
    ("[Translating by Jane Roe]", None, "a verb the table does not hold"),
    ("[Editing by Jane Roe]", "signoff", "the same in square brackets"),
    ("Edited by the ministry, the report was released.", None, "a sentence that opens with the verb"),
    ("Tags: politics, economy", "navigation", "a web page's tags"),
    ("2026年3月4日 10時15分", "furniture", "a Japanese timestamp"),
    ("2026년 3월 4일  10시 15분", "furniture", "a Korean timestamp, blanks doubled"),
    ("Listen to this article", "navigation", "a web page's audio button"),
    ("-----Original Message-----", "furniture", "a mail client's quote header"),
    ("----- Forwarded message -----", "furniture", "the same with blanks"),
    ("CORRECTION: In a story on March 2 the count was wrong.", "ednote", "a correction notice"),
    ("Berichtigung:  In einer Meldung vom 2. März stand eine falsche Zahl.", "ednote", "the same in German"),
    ("Corrections were made to the count.", None, "a sentence about corrections"),
    ("MORE nn", "signoff", "transmission codes side by side"),
    ("ends  XXX", "signoff", "the same in another case, blanks doubled"),
    ("More and more", None, "a sign-off word among others is text"),
    ("_", "furniture", "a sign alone"),
    ("~ ~", "furniture", "signs alone"),
    ("___", "rule", "rule before end notes"),
    ("# dpa NOTEBOOK", "notebook", "dpa end section"),
    ("@highlight", "notebook", "a summarisation dataset's mark before the story's highlights"),
    ("@Highlight", "notebook", "in any case"),
    ("E-mail to a friend", "navigation", "a page's link to mail the story"),
    ("Scroll down for video .", "navigation", "a page's pointer to its video, a dataset's spaced stop"),
    ("&UR; (abc-de)", "furniture", "TIPSTER code and desk initials"),
    ("URGENT", "furniture", "take key"),
    ("2ND LEAD", "furniture", "ordinal take key"),
    ("World-politics/", "furniture", "IPTC 7901 slug"),
    ("eca062 4 i 211 ccccb   dpa 061", "furniture", "IPTC 7901 header"),
    ("DEV-TEST-0001 (NOSC)", "furniture", "document id"),
    ("Updated March 7, 2024 10:15 AM GMT", "furniture", "timestamp"),
    ("4 min read", "furniture", "reading time"),
    ("Associated Press Writer", "furniture", "AP title line"),
    ("© Jane Roe/TASS", "credit", "TASS photo credit"),
    ("REUTERS/John Doe", "credit", "Reuters photo credit"),
    ("Photo: REUTERS/John Doe", "credit", "labelled credit"),
    ("By JOHN DOE", "byline", "byline in capitals"),
    ("[By Li Hua]", "byline", "FBIS bracketed byline"),
    ("记者 王小明", "byline", "Chinese reporter line"),
    ("(ab/cde)", "signoff", "desk initials in brackets: a code line"),
    ("（共同）", "signoff", "an agency alone in full-width brackets"),
    ("【 時事通信社 】", "signoff", "an agency's full name in lenticular brackets, blanks inside"),
    ("/أ ش أ/", "signoff", "an agency of three letter-words between slashes"),
    ("--(بترا) ع ع/ م ح", "signoff", "an agency in brackets, then a desk's initials"),
    ("ab/Reuters", "signoff", "the desk's initials before the agency"),
    ("বাসস/সংবাদদাতা/১১২০/কেজিএ", "signoff", "an agency, the correspondent's word, a time in native figures"),
    ("Reuters Top Stories Today", None, "an agency opening words of a title"),
    ("एबीएम/एसकेपी", "signoff", "initials of a syllabic script, three letters a run"),
    ("(النهاية)", "signoff", "an Arabic end mark in brackets"),
    ("انتهای پیام/", "signoff", "a Persian end mark of two words, a slash after it"),
    ("KONEC", "signoff", "a Czech end mark in capitals"),
    ("【编辑:王丽】", "furniture", "a Chinese editor's label in brackets"),
    ("（編輯：李大華）1130305", "furniture", "the same with a full-width colon and a date code"),
    ("Edição:  Ana Lopes", "furniture", "an editor's label in Portuguese, blanks doubled"),
    ("Chanzo: KNA", "furniture", "the source's label in Swahili"),
    ("Källa: TT", "furniture", "the same in Swedish"),
    ("Edited by: Ravi Kumar", "furniture", "an editor's label of two words"),
    ("уредник: Марко Петров", "furniture", "in Macedonian, lower case"),
    ("Editor Jane Roe said the paper would close.", None, "the word without its colon opens a sentence"),
    ("Baca juga: Harga beras naik", "navigation", "an Indonesian related-story link"),
    ("相關新聞：颱風逼近", "navigation", "a Chinese one with a full-width colon"),
    ("2024/03/05 11:42 송고", "furniture", "a Korean stamp of when the story was sent"),
    ("Copyright ⓒ Acme News. All rights reserved.", "service", "a copyright line with a circled c"),
    ("a0472 4 i 0312 BC-Harbor-Storm 03-05 0612", "furniture", "an ANPA transmission header"),
    ("Na Juma Hassan", "byline", "Swahili: an opener that is also a word, then a name"),
    ("김민수 기자", "byline", "a Korean name and title"),
    ("/a.m/", "signoff", "initials with a dot between slashes"),
    ("abc-fd/cbn/swi", "signoff", "a desk's initials joined by hyphens and slashes"),
    ("a0412", "furniture", "an ANPA story number alone"),
    ("Kenya-politics-unrest,FOCUS", "furniture", "an AFP slug of keywords and its product"),
    ("Chile-economy-copper", "furniture", "the same without the product"),
    ("Well-to-do families moved away.", None, "hyphenated words in a sentence"),
    ("dpa ab yyzz n1 mt", "signoff", "dpa's desk codes, one with a figure"),
    ("(Bericht von Anna Roe, redigiert von Tom Lee.", "signoff", "a German credit line not closed"),
    ("Stand: 05.03.2024, 14:22 Uhr", "furniture", "a German page's 'as of' stamp"),
    ("16:22ت م", "furniture", "a time and an Arabic desk's zone letters"),
    ("well-to-do", None, "words joined by hyphens"),
    ("Publié Le : Lundi, 04 Mars 2024 15:20", "furniture", "a French stamp naming its weekday"),
    ("송고시간2024-03-05 14:22", "furniture", "a Korean send-time stamp, the word touching the date"),
    ("Related news: Harbor reopens", "navigation", "a related-news label of two words"),
    ("ΓΚ/ΣΤ", "signoff", "Greek initials in capitals apart by a slash"),
    ("Povezano: Gradsko vijeće", "navigation", "a Croatian related-story label"),
    ("김민수·이영희  기자 minsu@example.com", "byline", "two names, blanks doubled, an address"),
    ("김민수 기자는 말했다", None, "a Korean sentence about a reporter"),
    ("Na Asha Mwinyi,  Dodoma", "byline", "the same with a place after a comma, blanks doubled"),
    ("Na Serikali imesema kwamba bei itapanda.", None, "the same word opening a sentence"),
    ("Του Γιώργου Καραγιάννη", "byline", "Greek: the article of a name in the genitive"),
    ("Από Δευτέρα η κυβέρνηση θα εφαρμόσει τα μέτρα.", None, "Greek: 'from' opening a sentence"),
    ("Par Jean Dupont - envoyé spécial", "byline", "French, an affiliation after a dash"),
    ("Di Roma si parla molto.", None, "Italian: 'of' opening a sentence"),
    ("Por ANA LOPEZ", "byline", "a name in capitals"),
    ("Par Pierre DUVAL (XYZ)", "byline", "a name and an agency in brackets"),
    ("ΔΙΑΒΑΣΤΕ ΑΚΟΜΑ: Νέα μέτρα", "navigation", "a Greek related-story label in capitals, unaccented"),
    ("हेही वाचा : पुणे", "navigation", "a Marathi one, a blank before the colon"),
    ("Giriş Tarihi: 05.03.2025 14:32", "furniture", "a Turkish stamp of when the story was posted"),
    ("本文来源：新华社", "furniture", "a Chinese reprint's source label"),
    ("XYZ214 4 F 0312 ACME", "furniture", "a selector code in capitals, a priority and a category"),
    ("ABC-0412  2 e 0231 ABC-ES", "furniture", "a hyphen in the code, blanks doubled"),
    ("12 of 148 DOCUMENTS", "furniture", "a database export's count of documents"),
    ("Document 3 of 40", "furniture", "the same, the word first"),
    ("Документ 3 од 17", "furniture", "the same in Serbian"),
    ("1 от 12 документа", "furniture", "the same in Bulgarian"),
    ("page 1 of 2", "furniture", "a page's number, in lower case"),
    ("3 of 5 people said yes", None, "a count in a sentence"),
    ("XYZ-21:37-01-02-19", "signoff", "a transmission code with a time"),
    ("==Acme", "signoff", "a credit behind equals signs"),
    ("(For use by Acme News Service clients)", "service", "a service line in brackets, read by its content"),
    ("(Editing by Jane Roe)", "signoff", "a credit line in brackets"),
    ("(Graphic shows markets in 2019)", None, "a bracketed line whose content is no kind stays text"),
    ("Top 10 cars", None, "a short line of words is no code line"),
    ("Yazan: Ali Veli", "byline", "a short line of words with a colon is no code line: a Turkish byline"),
    ("بقلم: أحمد علي", "byline", "words of another script are no desk codes"),
    ("Publié le 07/03/2024 à 14h35", "furniture", "a French date line: words with a slash are no code line"),
    ("Actualizado el 7 de marzo de 2024", "furniture", "a Spanish date line with its small words"),
    ("Aggiornato il 7 marzo 2024 alle ore 14:35", "furniture", "an Italian date line"),
    ("(Graphic: storm tracks - here)", "navigation", "a link to a graphic"),
    ("Earlier: storm closes the port >>", "navigation", "a related link"),
    ("The vote was 51-49.", None, "story text"),
    ("1987 1986", None, "a table row of years is text"),
    ("Shr 10 cts vs 5 cts", None, "a table row is text"),
]


@pytest.mark.parametrize("text, kind, reason", KINDS, ids=[r[2] for r in KINDS])
def test_line_kind(text, kind, reason):
    assert line_kind(text) == kind, reason


def _lines(texts):
    return {line.strip() for text in texts for line in text.splitlines() if line.strip()}


def _disagreements(lines) -> list[str]:
    # a line of desk codes alone is a sign-off, but never ends a story in a stream
    return [
        line
        for line in lines
        if is_signoff(line) != (line_kind(line) == "signoff" and not is_code_line(line))
    ]


def test_is_signoff_agrees_with_line_kind():
    # its gate skips the patterns only on lines the sign-off rule cannot match
    lines = (
        {text for text, _, _ in KINDS}
        | _lines(read_text(p) for p in SAMPLES.glob("*.txt"))
        | {
            "Reporting by Ann Lee; Editing by Bo Chan",
            "(Writing by Ann Lee)",
            "(Compiled by Bo Chan)",
            "(Edited by Cy Doe)",
            "(Translated by Di Roe)",
            "dpa ab",
            "AP-NY-03-07-24 1532EST",
            "APN-03-07-24 0915EDT",
            "REUTER",
            "ends.",
            "desk@agency.example",
            "The end",
        }
    )
    assert not _disagreements(lines)


def test_is_signoff_agrees_with_line_kind_on_the_corpus(shared):
    texts = (read_text(p) for p in (shared / "corpus").rglob("*.txt"))
    assert not _disagreements(_lines(texts))


@pytest.mark.parametrize(
    "text, expected, reason",
    [
        (
            "The mayor opens the bridge.  Jane Roe/TASS",
            ("The mayor opens the bridge.", "Jane Roe/TASS"),
            "two blanks before the credit",
        ),
        (
            "The mayor opens the bridge. (Jane Roe/dpa)",
            ("The mayor opens the bridge.", "Jane Roe/dpa"),
            "credit in brackets",
        ),
        (
            "The mayor at the bridge. (Ann Lee (Keystone))",
            ("The mayor at the bridge.", "Ann Lee (Keystone)"),
            "nested brackets",
        ),
        ("Der Bürgermeister. Foto: Jan Roe/dpa", ("Der Bürgermeister.", "Jan Roe/dpa"), "German label"),
        ("The mayor said the bridge was safe.", None, "no credit"),
        (
            "The mayor at the bridge (Photo ACME)",
            ("The mayor at the bridge", "Photo ACME"),
            "a label in brackets",
        ),
        (
            "The mayor at the bridge (photo d'archives).",
            ("The mayor at the bridge", "photo d'archives"),
            "a label in lower case, a stop after it",
        ),
        (
            "The mayor at the bridge, Monday (5/3/2024). ACME FOTO/Jane Roe/abc.",
            ("The mayor at the bridge, Monday (5/3/2024).", "ACME FOTO/Jane Roe/abc."),
            "an agency's photo service and the photographer",
        ),
        ("The mayor visited a photo show (photography fans came).", None, "a word opening with photo"),
    ],
)
def test_split_caption(text, expected, reason):
    assert split_caption(text) == expected, reason


@pytest.mark.parametrize(
    "text, expected",
    [
        ("© Jane Roe/TASS", "Jane Roe/TASS"),
        ("Photo: REUTERS/John Doe", "REUTERS/John Doe"),
        ("(Ann Lee/dpa)", "Ann Lee/dpa"),
        ("Ann Lee (Keystone)", "Ann Lee (Keystone)"),
    ],
)
def test_clean_credit(text, expected):
    assert clean_credit(text) == expected


@pytest.mark.parametrize(
    "text, expected, reason",
    [
        ("RIO DE JANEIRO", "Rio de Janeiro", "particles stay lower case"),
        ("DAR ES SALAAM", "Dar es Salaam", "particles mid-name"),
        ("UNITED NATIONS", "United Nations", "no particles"),
        ("CHATEAU D'OEX", "Chateau d'Oex", "elided particle"),
        ("L'AQUILA", "L'Aquila", "elided article at the start"),
        ("ST. JOSEPH", "St. Joseph", "abbreviation"),
        ("WINSTON-SALEM", "Winston-Salem", "hyphenated"),
        ("РОСТОВ-НА-ДОНУ", "Ростов-на-Дону", "Cyrillic particle in a hyphenated name"),
        ("МОСКВА", "Москва", "Cyrillic"),
        ("New Delhi", "New Delhi", "mixed case stays as printed"),
        ("ROBERT H. REID", "Robert H. Reid", "initials"),
        ("DİYARBAKIR", "Diyarbakır", "a Turkish word: its I lowers to ı, its İ to i"),
        ("İZMİR", "İzmir", "the dotted capital lowers to a plain i, no dot above"),
        ("ÇAĞLAYAN", "Çağlayan", "a G with a breve marks the word Turkish too"),
        ("PARIS", "Paris", "no Turkish letter: the I lowers to i"),
    ],
)
def test_normal_case(text, expected, reason):
    assert normal_case(text) == expected, reason


@pytest.mark.parametrize(
    "text, authors, agency, reason",
    [
        ("By ROBERT H. REID", ("Robert H. Reid",), None, "capitals to normal case"),
        ("By Jane Doe and John Roe", ("Jane Doe", "John Roe"), None, "two authors"),
        ("By Jane Doe, Reuters", ("Jane Doe",), "Reuters", "affiliation is not an author"),
        ("By ANN LEE, Associated Press Writer", ("Ann Lee",), "AP", "title after the name"),
        (
            "By Sam Roe, Press Association Political Correspondent",
            ("Sam Roe",),
            "PA",
            "agency before a long title",
        ),
        (
            "Felix Braun, Jana Weber, dpa",
            ("Felix Braun", "Jana Weber"),
            "dpa",
            "names and agency without 'By'",
        ),
        ("By The Associated Press", (), "AP", "agency only"),
        (
            "[By XINHUA correspondent Li Hua (1234 5678)]",
            ("Li Hua",),
            None,
            "FBIS: title and telegraphic code",
        ),
        ("记者 王小明", ("王小明",), None, "Chinese reporter"),
        ("김민수·이영희 기자", ("김민수", "이영희"), None, "Korean names apart by a middle dot, one title"),
        ("김민수 기자 minsu@example.com", ("김민수",), None, "a Korean name, title and address"),
        ("By Jane Roe  jane@example.com", ("Jane Roe",), None, "an address after the name"),
        ("Na Asha Mwinyi, Dodoma", ("Asha Mwinyi",), None, "Swahili 'by', a place after the name"),
    ],
)
def test_parse_byline(text, authors, agency, reason):
    assert parse_byline(text) == (authors, agency), reason


@pytest.mark.parametrize(
    "text, headline, flags",
    [
        ("CORRECTED - Bank raises rates", "Bank raises rates", ["CORRECTED -"]),
        ("UPDATE 2-Oil climbs", "Oil climbs", ["UPDATE 2-"]),
        ("CORRECTED-UPDATE 1-Oil climbs", "Oil climbs", ["CORRECTED-UPDATE 1-"]),
        ("REFILE - UPDATE 3 - Oil climbs", "Oil climbs", ["REFILE - UPDATE 3 -"]),
        ("EDS-more details added Leaders meet", "Leaders meet", ["EDS-more details added"]),
        ("Leaders meet EDS-Updates with details", "Leaders meet", ["EDS-Updates with details"]),
        ("PRECIOUS-Gold rises", "PRECIOUS-Gold rises", []),
        ("URGENT Court rules on port strike", "Court rules on port strike", ["URGENT"]),
        ("FLASH FLOOD KILLS 3", "FLASH FLOOD KILLS 3", []),
        ("PORT STRIKE SPREADS (JT)", "PORT STRIKE SPREADS", ["(JT)"]),
        ("Port strike spreads (UPDATE 2)", "Port strike spreads", ["(UPDATE 2)"]),
        (
            "BIRDS IN WINTER (FOR RELEASE THE WEEK OF MARCH 7)",
            "BIRDS IN WINTER",
            ["(FOR RELEASE THE WEEK OF MARCH 7)"],
        ),
        ("Port strike spreads (Part 2)", "Port strike spreads (Part 2)", []),
        ("ОБНОВЕНА Стачката се разширява", "Стачката се разширява", ["ОБНОВЕНА"]),
        ("Забастовка ширится (обновлено)", "Забастовка ширится", ["(обновлено)"]),
        ("عاجل: الإضراب يتسع", "الإضراب يتسع", ["عاجل:"]),
        ("Reds win the cup+", "Reds win the cup", ["+"]),
        ("⚡️ Port strike spreads", "Port strike spreads", ["⚡️"]),
        ("🔴🔴  Port strike spreads", "Port strike spreads", ["🔴🔴"]),
        ("🇳🇴Port strike spreads", "Port strike spreads", ["🇳🇴"]),
        ("Port strike spreads ⚡️", "Port strike spreads ⚡️", []),
        ("Satama laajenee (kuva)", "Satama laajenee", ["(kuva)"]),
        ("BREAKING: Port strike spreads", "Port strike spreads", ["BREAKING:"]),
        ("ÚLTIMA HORA: Huelga en el puerto", "Huelga en el puerto", ["ÚLTIMA HORA:"]),
        ("Breaking Bad star visits port", "Breaking Bad star visits port", []),
        ("VIDEO: Port strike spreads", "Port strike spreads", ["VIDEO:"]),
        ("Video shows the port strike", "Video shows the port strike", []),
        ("Foto des Tages: Hafen", "Foto des Tages: Hafen", []),
        ("[속보] 서울 지하철 운행 중단", "서울 지하철 운행 중단", ["[속보]"]),
        ("【速報】東京で地震", "東京で地震", ["【速報】"]),
        ("ΕΚΤΑΚΤΟ: Σεισμός 4,8 Ρίχτερ", "Σεισμός 4,8 Ρίχτερ", ["ΕΚΤΑΚΤΟ:"]),
        ("ХИТНО – Лука затворена", "Лука затворена", ["ХИТНО –"]),
        ("[Analysis] Port strike spreads", "[Analysis] Port strike spreads", []),
        ("(RPT) PORT STRIKE SPREADS", "(RPT) PORT STRIKE SPREADS", []),
    ],
)
def test_headline_flags(text, headline, flags):
    assert headline_flags(text) == (headline, flags)


@pytest.mark.parametrize(
    ("text", "expected", "reason"),
    [
        ("Jane Roe writes for The Coast Herald.", True, "the writer's paper"),
        ("Story filed by Acme Newspapers", True, "who filed it"),
        (
            "(This article is excerpted from The Weekly Example, a magazine.)",
            True,
            "where it was printed first",
        ),
        ("This report by Acme Press was first published March 5, 2024.", True, "when it was published first"),
        ("Reprinted with permission of the Springfield Herald.", True, "a reprint notice"),
        ("The Canadian Press", True, "an agency's name alone under the story"),
        ("Source text for the filing: ID:nABC123", True, "a Reuters brief's source line"),
        ("The Paris talks ended.", False, "a sentence"),
        ("Read more at www.example.com", True, "an address among few words"),
        ("jane.roe(at)example.com via e-mail.", True, "a contact"),
        ("The port said it would reopen on Friday.", False, "story text"),
        ("Analysts said a deal can be reached by March.", False, "a contact's phrase in a sentence"),
        ("The lawsuit was filed by three unions.", False, "who filed a suit, not the story"),
        ("Tourists may now visit the country without a visa.", False, "a visit"),
        ("The minister said on Twitter that talks would go on.", False, "a network named in a sentence"),
        ("Jane Roe can be reached at jroe@example.com.", True, "the phrase with an address"),
        ("For more, VISIT THE website at www.example.com", True, "the same in capitals"),
        ("Follow us on X  @acme", True, "a plug with a handle"),
        ("Новость дополняется.", True, "a developing story's note in Russian"),
        (
            "Some information for this report came from The Associated Press and Reuters.",
            True,
            "a broadcaster's note on the agencies it drew on",
        ),
        ("（本文依据了美联社和路透社的报道）", True, "the same in Chinese, in brackets"),
        ("Con información de Reuters y AFP.", True, "the same in Spanish"),
        ("To contact the reporter on this story: Jane Roe at jroe@example.com", True, "a terminal's contact"),
        ("He said via his @janeroe account the talks failed.", False, "a handle in a sentence"),
        ("filed by Acme Newspapers", True, "who filed it, in lower case"),
        (
            "The company, whose site is example.com, said sales rose sharply in the year to March.",
            False,
            "an address inside a long sentence",
        ),
    ],
)
def test_is_tagline(text: str, expected: bool, reason: str) -> None:
    from wireparse.furniture import is_tagline

    assert is_tagline(text) is expected, reason


def built_openings() -> furniture._Openings:
    openings = furniture._Openings()
    openings.test = furniture._opening_test()
    return openings


def test_the_opening_test_is_built_only_for_a_long_run(monkeypatch: pytest.MonkeyPatch) -> None:
    openings = furniture._Openings()
    monkeypatch.setattr(furniture, "_openings", openings)
    prose = "The storm reached the coast early on Monday."
    assert all(furniture.may_be_kind(prose) for _ in range(furniture.OPENING_TEST_AFTER))
    assert openings.test is None
    assert not furniture.may_be_kind(prose) and openings.test is not None


@pytest.mark.parametrize("text, kind, reason", KINDS, ids=[r[2] for r in KINDS])
def test_a_line_the_pattern_reads_passes_the_opening_test(
    text: str, kind: str, reason: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the opening test only spares the full pattern lines it cannot read
    monkeypatch.setattr(furniture, "_openings", built_openings())
    read = furniture._rules().fullmatch(text) is not None
    assert furniture.may_be_kind(text) or not read, reason


@pytest.mark.parametrize(
    "text",
    [
        "The storm reached the coast early on Monday.",
        "Authorities said  the  road would reopen on Tuesday",
        "  officials   declined to comment.",
        "Die Regierung hat am Dienstag mitgeteilt, dass",
        "Власти заявили во вторник, что дорога будет открыта",
    ],
)
def test_story_text_is_spared_the_full_pattern(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(furniture, "_openings", built_openings())
    assert not furniture.may_be_kind(text.strip())
    assert line_kind(text.strip()) is None


@pytest.mark.parametrize(
    "text, kind",
    [
        ("Yemen/conflict/", "furniture"),
        ("x  BC-Storm-Coast", "furniture"),
        ("daa/mt", "furniture"),
        ("desk@example.org", "signoff"),
        ("Storm over the coast  Jane Roe/TASS", "credit"),
    ],
)
def test_floating_alternatives_hold_their_sign(text: str, kind: str) -> None:
    signs = [sign for of, _, sign in furniture.FLOATING_PATTERNS if of == kind]
    assert any(sign in text for sign in signs)
    assert line_kind(text) == kind


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ("Title: Bridge opens", ("headline", "Bridge opens")),
        ("標題：台中港貨櫃量創新高", ("headline", "台中港貨櫃量創新高")),
        ("日期： 2024-03-05", ("furniture", "2024-03-05")),
        ("作者：王小明", ("byline", "王小明")),
        ("Betreff: Hafen geschlossen", ("headline", "Hafen geschlossen")),
        ("The title: a story", None),
    ],
)
def test_an_exports_field_label_in_any_script(line: str, field: tuple[str, str] | None) -> None:
    from wireparse.furniture import field_label

    assert field_label(line) == field

#!/usr/bin/env python3
"""Benchmark data: invented wire dispatches in seven house styles, as a folder of story files or as
one STX ... ETX framed multi-story stream.

Every story is composed here from word lists and sentence templates (no text is copied from any
corpus); the events, companies and people are fictional. The same seed gives the same bytes.

usage:
    python benchmarks/generate.py folder OUT_DIR --stories 20000
    python benchmarks/generate.py stream OUT.txt --size 64MB
    python benchmarks/generate.py sample [--style reuters-1987]       # print one story of each style

Sizes are decimal: 1 MB = 1,000,000 bytes, 1 GB = 1,000,000,000 bytes (``KB``, ``MB``, ``GB`` or a
plain number of bytes). A stream repeats a pool of distinct stories (``--pool``, 6,000 by default,
about 6.5 MB) in order, giving each repetition a different dateline day, so a 1 GB stream takes a
few seconds per hundred megabytes to write.

Library use (the benchmark runner and the tests of other issues import it)::

    from benchmarks.generate import dispatches
    for d in dispatches(100, seed=7):
        d.text, d.style, d.headline, d.paragraphs, d.place, d.agency
"""

from __future__ import annotations

import argparse
import os
import random
import re
import sys
import textwrap
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

SEED = 20240307
#: Distinct stories a stream cycles through before it repeats one (with a new dateline day).
STREAM_POOL = 6000
STX, ETX = "\x02", "\x03"


@dataclass(frozen=True, slots=True)
class Dispatch:
    """One generated story and what the generator knows about it."""

    text: str
    """The story as a file holds it, ending with a newline."""
    style: str
    """One of :data:`STYLES`."""
    headline: str
    paragraphs: tuple[str, ...]
    """Body paragraphs as composed (unwrapped), the dateline still at the head of the first."""
    place: str | None
    """The dateline's place in normal case."""
    agency: str
    """The canonical agency the dateline or sign-off credits."""
    date: str | None
    """``--MM-DD``, or None when the dateline prints no date."""
    extra: dict = field(default_factory=dict)
    """Captions, byline authors: whatever the style printed besides headline and body."""


# --------------------------------------------------------------------------------------------------
# Word lists: English

FIRST_M = (
    "Daniel",
    "Peter",
    "Thomas",
    "Samuel",
    "Oliver",
    "Marek",
    "Rahul",
    "Carlos",
    "Jonas",
    "Patrick",
    "Victor",
    "Hugo",
    "Arturo",
    "Kenji",
    "Felix",
    "Martin",
    "Graham",
    "Idris",
)
FIRST_F = (
    "Anna",
    "Maria",
    "Sofia",
    "Laura",
    "Grace",
    "Helen",
    "Clara",
    "Ingrid",
    "Fatima",
    "Nadia",
    "Yuki",
    "Priya",
    "Leah",
    "Marta",
    "Elif",
    "Joanna",
    "Rosa",
    "Camille",
)
SURNAMES = (
    "Holloway",
    "Okafor",
    "Lindqvist",
    "Marsh",
    "Castell",
    "Whitfield",
    "Nakamura",
    "Serrano",
    "Dunmore",
    "Kowalski",
    "Fairbanks",
    "Rourke",
    "Mendel",
    "Tran",
    "Hadley",
    "Voss",
    "Quinlan",
    "Abernathy",
    "Oyelaran",
    "Brennan",
    "Stavros",
    "Lachance",
    "Ferreira",
    "Ibsen",
    "Moravec",
    "Calloway",
    "Hendry",
    "Ashdown",
    "Pereira",
    "Kasprzak",
)
ORG_HEAD = (
    "North",
    "Harbor",
    "Silver",
    "Granite",
    "Meridian",
    "Eastbrook",
    "Kestrel",
    "Amber",
    "Lakeside",
    "Redwood",
    "Summit",
    "Pioneer",
    "Bluewater",
    "Highland",
    "Crescent",
    "Westmoor",
    "Oakridge",
    "Tidewater",
    "Juniper",
    "Coldstream",
    "Ironbridge",
    "Larkspur",
)
ORG_TAIL = (
    "Logistics",
    "Foods",
    "Energy",
    "Holdings",
    "Pharma",
    "Rail",
    "Mining",
    "Textiles",
    "Airlines",
    "Motors",
    "Bank",
    "Telecom",
    "Shipping",
    "Steel",
    "Software",
    "Paper",
    "Chemicals",
    "Insurance",
    "Brewing",
    "Instruments",
)
ORG_FORM = ("", "", " Corp", " Inc", " Group", " Plc", " Ltd")
ROLES_M = (
    "chief executive",
    "spokesman",
    "finance director",
    "deputy governor",
    "mayor",
    "regional health minister",
    "project manager",
    "chairman",
    "head of operations",
)
ROLES_F = (
    "chief executive",
    "spokeswoman",
    "finance director",
    "deputy governor",
    "mayor",
    "regional health minister",
    "project manager",
    "chairwoman",
    "head of operations",
)
# (singular, plural)
THINGS = (
    ("bridge", "bridges"),
    ("hospital", "hospitals"),
    ("school", "schools"),
    ("wind farm", "wind farms"),
    ("warehouse", "warehouses"),
    ("library", "libraries"),
    ("charging station", "charging stations"),
    ("rail depot", "rail depots"),
    ("store", "stores"),
    ("factory", "factories"),
    ("clinic", "clinics"),
    ("ferry", "ferries"),
    ("bus route", "bus routes"),
    ("data centre", "data centres"),
    ("sports hall", "sports halls"),
    ("water treatment plant", "water treatment plants"),
    ("branch", "branches"),
    ("solar park", "solar parks"),
)
# (infinitive, past participle)
ACTIONS = (
    ("build", "built"),
    ("open", "opened"),
    ("close", "closed"),
    ("upgrade", "upgraded"),
    ("repair", "repaired"),
    ("expand", "expanded"),
    ("sell", "sold"),
    ("buy", "bought"),
    ("modernise", "modernised"),
    ("replace", "replaced"),
)
REASONS = (
    "citing higher energy costs",
    "after a sharp rise in demand",
    "as part of a cost-cutting plan",
    "following complaints from residents",
    "to meet new safety rules",
    "amid weaker consumer spending",
    "after a review of its regional network",
    "as freight volumes recover",
    "to cope with a growing population",
    "after two years of delays",
)
REASONS_SHORT = (
    "as costs bite",
    "on strong demand",
    "in cost drive",
    "after review",
    "amid slowdown",
    "under new rules",
    "as volumes recover",
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
MONTHS_REUTERS_1987 = (
    "Jan",
    "Feb",
    "March",
    "April",
    "May",
    "June",
    "July",
    "Aug",
    "Sept",
    "Oct",
    "Nov",
    "Dec",
)
QUOTES = (
    "We expect the first results before the end of the year",
    "This is a long-term investment in the region and in the people who live here",
    "Nobody should have to wait this long for a basic service",
    "The numbers speak for themselves, and we intend to keep that momentum",
    "We have listened carefully to what people told us over the past months",
    "It is too early to say what the final cost will be",
    "Our priority is to keep every site safe while the work goes on",
    "We did not take this decision lightly",
    "The demand is there, and we finally have the capacity to meet it",
    "This project will change how people move around the city",
)
SPEECH = ("said", "told reporters", "said in a statement", "told a news conference", "added")
TASS_SPEECH = ("stressed", "noted", "said", "pointed out", "told TASS")
BODIES = (
    "city council",
    "regional parliament",
    "board of directors",
    "planning committee",
    "shareholders' meeting",
    "state assembly",
)
FACTS = (
    "has been closed to heavy traffic since last autumn",
    "was last renovated more than three decades ago",
    "handles about a fifth of the region's freight",
    "serves roughly 40,000 residents in the surrounding districts",
    "has long been a point of contention between local officials and the operator",
    "draws thousands of visitors every summer",
)

# Reuters 1987 business copy
QUARTERS = ("first quarter", "second quarter", "third quarter", "fourth quarter", "full year")
COMMODITIES = ("cocoa", "coffee", "sugar", "copper", "tin", "soybean", "wheat", "rubber")

# Places: (place as printed, region as printed or None)
TASS_CITIES = (
    ("MOSCOW", None),
    ("ST. PETERSBURG", None),
    ("YEKATERINBURG", None),
    ("NOVOSIBIRSK", None),
    ("KAZAN", None),
    ("VLADIVOSTOK", None),
    ("MURMANSK", None),
    ("KALININGRAD", None),
    ("SOCHI", None),
    ("IRKUTSK", None),
    ("KOLOMNA", "Moscow Region"),
    ("VYBORG", "Leningrad Region"),
    ("NAKHODKA", "Primorye Region"),
)
REUTERS_CITIES = (
    "LONDON",
    "FRANKFURT",
    "TOKYO",
    "NEW YORK",
    "SINGAPORE",
    "PARIS",
    "MUMBAI",
    "SYDNEY",
    "TORONTO",
    "JOHANNESBURG",
    "ZURICH",
    "SEOUL",
    "MADRID",
    "OSLO",
)
REUTERS_1987_CITIES = (
    "NEW YORK",
    "CHICAGO",
    "LONDON",
    "TOKYO",
    "HOUSTON",
    "WASHINGTON",
    "KUALA LUMPUR",
    "SAO PAULO",
    "ROTTERDAM",
    "WINNIPEG",
    "PITTSBURGH",
    "TORONTO",
    "ZURICH",
    "HONG KONG",
)
AP_CITIES = (
    ("SPRINGFIELD", "Ill."),
    ("SACRAMENTO", "Calif."),
    ("ALBANY", "N.Y."),
    ("MADISON", "Wis."),
    ("SALEM", "Ore."),
    ("AUSTIN", "Texas"),
    ("TOPEKA", "Kan."),
    ("BOISE", "Idaho"),
    ("RALEIGH", "N.C."),
    ("RICHMOND", "Va."),
    ("LANSING", "Mich."),
    ("HARRISBURG", "Pa."),
    ("COLUMBUS", "Ohio"),
    ("DES MOINES", "Iowa"),
    ("TALLAHASSEE", "Fla."),
    ("CONCORD", "N.H."),
    ("CHICAGO", None),
    ("DENVER", None),
    ("ATLANTA", None),
    ("SEATTLE", None),
    ("BOSTON", None),
)
XINHUA_CITIES = (
    "BEIJING",
    "SHANGHAI",
    "GUANGZHOU",
    "NAIROBI",
    "CAIRO",
    "BRASILIA",
    "ISLAMABAD",
    "URUMQI",
    "HANGZHOU",
    "KUNMING",
    "CHENGDU",
    "LHASA",
    "VIENTIANE",
    "ADDIS ABABA",
)
XINHUA_REGIONS = (
    "Yunnan province",
    "Sichuan province",
    "Zhejiang province",
    "Xinjiang Uygur autonomous region",
    "Guangdong province",
    "Hainan province",
)

# --------------------------------------------------------------------------------------------------
# Word lists: Russian (Interfax)

RU_FIRST_M = ("Алексей", "Дмитрий", "Сергей", "Игорь", "Михаил", "Андрей", "Павел", "Олег")
RU_FIRST_F = ("Елена", "Ольга", "Наталья", "Татьяна", "Светлана", "Марина", "Ирина", "Анна")
RU_SURNAMES = (
    "Воронин",
    "Соколов",
    "Лебедев",
    "Морозов",
    "Белов",
    "Кузнецов",
    "Зайцев",
    "Орлов",
    "Гусев",
    "Карпов",
    "Фомин",
    "Тихонов",
)
RU_ORGS = (
    'ООО "Северный берег"',
    'АО "Уральские сети"',
    'ПАО "Волжский завод"',
    'компания "Балтийская логистика"',
    'ООО "Сибирский хлеб"',
    'АО "Камская верфь"',
    'ООО "Тёплый дом"',
    'ПАО "Приокский банк"',
    'группа "Северсталь-Сервис"',
)
# (nominative, prepositional)
RU_CITIES = (
    ("Москва", "Москве"),
    ("Казань", "Казани"),
    ("Екатеринбург", "Екатеринбурге"),
    ("Новосибирск", "Новосибирске"),
    ("Самара", "Самаре"),
    ("Пермь", "Перми"),
    ("Тверь", "Твери"),
    ("Калуга", "Калуге"),
    ("Санкт-Петербург", "Санкт-Петербурге"),
    ("Владивосток", "Владивостоке"),
)
RU_THINGS_GEN_PL = (
    "магазинов",
    "школ",
    "больниц",
    "заправочных станций",
    "складов",
    "поликлиник",
    "детских садов",
    "автобусных маршрутов",
    "спортивных площадок",
    "пунктов выдачи заказов",
)
RU_INF = ("открыть", "построить", "модернизировать", "закрыть", "отремонтировать")
RU_PLAN = ("планирует", "рассчитывает", "собирается", "намерена")
RU_ROLES = (
    "генеральный директор",
    "председатель совета директоров",
    "пресс-секретарь",
    "заместитель губернатора",
    "глава региона",
)
RU_MONTHS_GEN = (
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
)
RU_MONTHS_PREP = (
    "январе",
    "феврале",
    "марте",
    "апреле",
    "мае",
    "июне",
    "июле",
    "августе",
    "сентябре",
    "октябре",
    "ноябре",
    "декабре",
)
RU_QUOTES = (
    "Мы рассчитываем завершить основные работы до конца года",
    "Спрос на наши услуги растет быстрее, чем мы ожидали",
    "Это долгосрочные инвестиции в развитие региона",
    "Решение далось нам непросто, но оно необходимо",
    "Мы уже получили все необходимые разрешения",
    "Проект позволит создать сотни новых рабочих мест",
)

# --------------------------------------------------------------------------------------------------
# Word lists: German (dpa)

DE_CITIES = (
    "Berlin",
    "Hamburg",
    "München",
    "Köln",
    "Frankfurt/Main",
    "Stuttgart",
    "Leipzig",
    "Dresden",
    "Hannover",
    "Düsseldorf",
    "Bremen",
    "Erfurt",
)
DE_THINGS = (
    "Ladestationen",
    "Kitas",
    "Schulen",
    "Radwege",
    "Sozialwohnungen",
    "Filialen",
    "Arztpraxen",
    "Bushaltestellen",
    "Spielplätze",
    "Sporthallen",
    "Parkhäuser",
)
DE_INF = ("schließen", "eröffnen", "bauen", "sanieren", "modernisieren")
DE_ORGS = (
    "Der Versandhändler Nordlicht",
    "Die Sparkasse Rheintal",
    "Der Autozulieferer Brenner & Sohn",
    "Die Drogeriekette Falkmann",
    "Der Energieversorger Südwerk",
    "Die Baumarktkette Hagedorn",
)
DE_FIRST_M = ("Jan", "Matthias", "Stefan", "Tobias", "Lukas", "Markus", "Florian", "Henrik")
DE_FIRST_F = ("Katrin", "Julia", "Sabine", "Anja", "Miriam", "Lena", "Petra", "Franziska")
DE_SURNAMES = (
    "Albers",
    "Brückner",
    "Hoffmann",
    "Kessler",
    "Lindner",
    "Neumann",
    "Reuter",
    "Schäfer",
    "Vogt",
    "Wendt",
    "Ziegler",
    "Baumgart",
)
# (male, female)
DE_ROLES = (
    ("Bürgermeister", "Bürgermeisterin"),
    ("Verkehrssenator", "Verkehrssenatorin"),
    ("Firmenchef", "Firmenchefin"),
    ("Landesminister", "Landesministerin"),
    ("Sprecher der Stadtwerke", "Sprecherin der Stadtwerke"),
)
DE_WEEKDAYS = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag")
DE_QUOTES = (
    "Wir wollen das Tempo deutlich erhöhen",
    "Das ist eine Investition in die Zukunft der ganzen Region",
    "Die Nachfrage ist da, jetzt müssen wir liefern",
    "Niemand soll im Sommer lange suchen müssen",
    "Wir haben die Kritik sehr ernst genommen",
)
DE_CRITICS = (
    "Umweltverbände",
    "Die Opposition im Landtag",
    "Der Mieterverein",
    "Die Industrie- und Handelskammer",
    "Anwohnerinitiativen",
)


# --------------------------------------------------------------------------------------------------
# Helpers


class _Gen:
    """The random source of one story, with the small choices every style makes."""

    def __init__(self, rng: random.Random):
        self.r = rng

    def pick(self, seq):
        return seq[self.r.randrange(len(seq))]

    def person(self) -> tuple[str, bool]:
        female = self.r.random() < 0.5
        first = self.pick(FIRST_F if female else FIRST_M)
        return f"{first} {self.pick(SURNAMES)}", female

    def org(self) -> str:
        return f"{self.pick(ORG_HEAD)} {self.pick(ORG_TAIL)}{self.pick(ORG_FORM)}"

    def number(self) -> int:
        return self.pick((3, 4, 5, 6, 8, 10, 12, 15, 20, 24, 30, 40, 45, 60, 75, 120, 200, 310))

    def money(self, currency: str) -> str:
        whole = self.r.randrange(2, 900)
        if self.r.random() < 0.4:
            return f"{whole}.{self.r.randrange(1, 10)} million {currency}"
        return f"{whole} million {currency}"

    def year(self) -> int:
        return self.r.randrange(2025, 2031)

    def month_day(self) -> tuple[int, int]:
        return self.r.randrange(1, 13), self.r.randrange(1, 29)


def _english_paragraphs(
    g: _Gen, *, city: str, currency: str, speech=SPEECH, xinhua: bool = False
) -> tuple[str, list[str], str]:
    """A lead, 3 to 7 more paragraphs, and a headline, about one invented event."""
    org = g.org()
    thing, things = g.pick(THINGS)
    verb, done = g.pick(ACTIONS)
    n = g.number()
    who, female = g.person()
    role = g.pick(ROLES_F if female else ROLES_M)
    day = g.pick(WEEKDAYS)
    when = day if xinhua else f"on {day}"
    year = g.year()
    lead = g.pick(
        (
            lambda: (
                f"{org} said {when} it would {verb} {n} {things} in and around {city.title()}, "
                f"{g.pick(REASONS)}."
            ),
            lambda: (
                f"Authorities in {city.title()} plan to {verb} {n} {things} by {year}, "
                f"{role} {who} said {when}, {g.pick(REASONS)}."
            ),
            lambda: (
                f"{who}, the {role} of {org}, said {when} that the company had agreed to "
                f"{verb} {n} {things} over the next {g.pick(('two', 'three', 'five'))} years."
            ),
            lambda: (
                f"{org} has {done} {n} {things} since the start of the year and expects to "
                f"add more before {year}, the company said {when}."
            ),
        )
    )()
    head = g.pick(
        (
            lambda: f"{org.split(' Corp')[0]} to {verb} {n} {things} {g.pick(REASONS_SHORT)}",
            lambda: f"{city.title()} plans {n} new {things} by {year}",
            lambda: f"{org} says it has {done} {n} {things}",
            lambda: f"{who.split()[-1]} says {thing} work will start in {g.pick(MONTHS)}",
        )
    )()
    paras = [lead]
    quote = g.pick(QUOTES)
    # a speaker the lead has not introduced gets name and role
    speaker = who.split()[-1] if who in lead else f"{role} {who} of {org}"
    paras.append(
        f'"{quote}," {speaker} {g.pick(speech)}.'
        if g.r.random() < 0.6
        else f'"{quote}," {speaker} {g.pick(speech)}. "{g.pick(QUOTES)}."'
    )
    bodies = [
        lambda: (
            f"The first {thing} is due to open in {g.pick(MONTHS)}, and the total cost is "
            f"estimated at {g.money(currency)}."
        ),
        lambda: (
            f"{org} employs about {g.r.randrange(2, 90)},{g.r.randrange(100, 1000)} people "
            f"and reported revenue of {g.money(currency)} last year."
        ),
        lambda: (
            f"Similar {things} have been {done} in {g.pick(REUTERS_CITIES).title()} and "
            f"{g.pick(REUTERS_CITIES).title()} over the past {g.r.randrange(2, 9)} years."
        ),
        lambda: (
            f"Local officials said work would begin in {g.pick(MONTHS)} and take about "
            f"{g.r.randrange(4, 30)} months."
        ),
        lambda: f"The {g.pick(BODIES)} is expected to vote on the plan on {g.pick(WEEKDAYS)}.",
        lambda: (
            f"Shares in {org} {g.pick(('rose', 'fell'))} {g.r.randrange(1, 9)}.{g.r.randrange(10)}%"
            f" in early trading, while the wider market was {g.pick(('flat', 'higher', 'lower'))}."
        ),
        lambda: (
            f"The existing {thing}, which {g.pick(FACTS)}, will stay in use until the new one is finished."
        ),
        lambda: (
            f"Critics say the plan does too little, too late. {g.person()[0]}, who heads a "
            f"residents' group, said the {things} should have been {done} years ago."
        ),
        lambda: (
            f"In {year - 6}, the company {g.pick(('cut', 'added'))} about "
            f"{g.r.randrange(2, 20) * 50} jobs after a {g.pick(('merger', 'restructuring', 'strike'))}"
            f", and it has since {g.pick(('doubled', 'tripled', 'halved'))} its investment budget."
        ),
        lambda: (
            f"According to a report published by the {g.pick(BODIES)} in {g.pick(MONTHS)}, the "
            f"number of {things} in the area has {g.pick(('fallen', 'grown'))} by about "
            f"{g.r.randrange(5, 40)}% over the past decade, while demand has kept rising, "
            f"particularly in the outer districts and in smaller towns nearby."
        ),
        lambda: (
            f"{g.person()[0]}, an analyst at {g.org()}, said the decision reflected "
            f'a wider trend across the sector. "Companies that waited too long are now paying '
            f'for it," {g.pick(("she", "he"))} said, adding that financing costs had '
            f"{g.pick(('doubled', 'risen sharply', 'eased only slightly'))} since {year - 3}."
        ),
        lambda: (
            f"The plan still needs approval from {g.pick(('regulators', 'the regional government', 'local councils', 'the transport ministry'))}"
            f", which {g.pick(('is expected to decide', 'said it would rule', 'has promised an answer'))} "
            f"by the end of {g.pick(MONTHS)}. Opponents have {g.r.randrange(2, 9)} weeks to "
            f"file objections."
        ),
        lambda: (
            f"Under the agreement, {org} will also pay for "
            f"{g.pick(('new access roads', 'a training centre', 'noise barriers', 'a public park'))} "
            f"and keep the existing {things} open until at least {year + 1}, the {role} said."
        ),
        lambda: (
            f"The announcement comes {g.r.randrange(2, 11)} months after "
            f"{g.pick(('a similar project', 'a rival bid', 'an earlier plan'))} was "
            f"{g.pick(('scrapped', 'put on hold', 'scaled back'))} over "
            f"{g.pick(('rising costs', 'legal challenges', 'a funding dispute', 'environmental concerns'))}."
        ),
    ]
    g.r.shuffle(bodies)
    count = g.r.randrange(3, 8)
    for i, make in enumerate(bodies[:count]):
        text = make()
        if g.r.random() < 0.3:
            text += f" {bodies[-1 - i]()}"
        paras.append(text)
    return head, paras, who


def _date(month: int, day: int) -> str:
    return f"--{month:02d}-{day:02d}"


# --------------------------------------------------------------------------------------------------
# Styles: each returns one Dispatch


def _text(head: list[str], paras: list[str]) -> str:
    """A story's text: its head lines, then each paragraph as a block of its own."""
    return "\n".join([*head, *(line for p in paras for line in (p, ""))][:-1]) + "\n"


def tass_web(g: _Gen) -> Dispatch:
    place, region = g.pick(TASS_CITIES)
    month, day = g.month_day()
    head, paras, who = _english_paragraphs(g, city=place, currency="rubles", speech=TASS_SPEECH)
    source = g.pick(("director", "governor", "ministry", "official", "company", "mayor"))
    headline = f"{head} — {source}"
    printed_place = f"{place} /{region}/" if region else place
    dateline = f"{printed_place}, {MONTHS[month - 1]} {day}. /TASS/."
    paras[0] = f"{dateline} {paras[0]}"
    lines = ["All news", "", headline, ""]
    captions = []
    if g.r.random() < 0.7:
        quote = g.pick(QUOTES)
        lines.append(f'"{quote}," {who} {g.pick(TASS_SPEECH)}')
    if g.r.random() < 0.7:
        photographer = f"{g.person()[0]}/TASS"
        caption = g.pick(
            (
                f"A view of {place.title()}",
                f"{who} during a meeting",
                f"Construction works in {place.title()}",
                f"The city centre of {place.title()}",
            )
        )
        lines += [f"{caption}  {photographer}", caption, f"© {photographer}"]
        captions.append((caption, photographer))
    if lines[-1]:
        lines.append("")
    return Dispatch(
        _text(lines, paras),
        "tass-web",
        headline,
        tuple(paras),
        place.title(),
        "TASS",
        _date(month, day),
        {"captions": captions},
    )


def reuters_modern(g: _Gen) -> Dispatch:
    place = g.pick(REUTERS_CITIES)
    month, day = g.month_day()
    head, paras, _ = _english_paragraphs(g, city=place, currency=g.pick(("dollars", "pounds", "euros")))
    reporters = [g.person()[0] for _ in range(g.pick((1, 1, 2)))]
    editor = g.person()[0]
    paras[0] = f"{place}, {MONTHS[month - 1]} {day} (Reuters) - {paras[0]}"
    lines = [head, ""]
    bylined = g.r.random() < 0.7
    if bylined:
        lines += [f"By {' and '.join(reporters)}", ""]
    for p in paras:
        lines += [p, ""]
    lines.append(f"(Reporting by {' and '.join(reporters)}; Editing by {editor})")
    return Dispatch(
        "\n".join(lines) + "\n",
        "reuters-modern",
        head,
        tuple(paras),
        place.title(),
        "Reuters",
        _date(month, day),
        {"authors": reporters if bylined else []},
    )


def _reuters_1987_paragraphs(g: _Gen, city: str) -> tuple[str, list[str]]:
    org = f"{g.pick(ORG_HEAD)} {g.pick(ORG_TAIL)} {g.pick(('Corp', 'Inc', 'Co', 'Ltd'))}"
    short = org.split()[0]
    who = g.person()[0]
    kind = g.r.randrange(3)
    if kind == 0:
        q = g.pick(QUARTERS)
        lo = g.r.randrange(20, 90)
        head = f"{short.upper()} SEES HIGHER {q.upper()} NET"
        paras = [
            f"{org} said it expects {q} earnings to rise to between {lo} and {lo + 5} cts a "
            f"share from {lo - g.r.randrange(5, 19)} cts a year earlier.",
            f"The company said revenues for the period should be about "
            f"{g.r.randrange(20, 400)} mln dlrs, up from {g.r.randrange(15, 300)}.{g.r.randrange(10)}"
            f" mln dlrs a year ago.",
            f"Chairman {who} told analysts the company had an order backlog of "
            f"{g.r.randrange(10, 90)} mln dlrs, the highest in its history.",
        ]
    elif kind == 1:
        target = f"{g.pick(ORG_HEAD)} {g.pick(ORG_TAIL)} Inc"
        pct = g.r.randrange(5, 60)
        head = f"{short.upper()} BUYS {pct} PCT STAKE IN {target.split()[0].upper()}"
        paras = [
            f"{org} said it acquired {pct} pct of the common stock of {target} for about "
            f"{g.r.randrange(5, 250)} mln dlrs in cash.",
            f"{short} said the purchase was made for investment purposes and that it may "
            f"buy more shares or seek control of the company.",
            f"{target.split()[0]} officials were not immediately available for comment.",
        ]
    else:
        c = g.pick(COMMODITIES)
        head = f"{c.upper()} PRICES {g.pick(('FIRM', 'EASE', 'STEADY'))} ON {g.pick(('EXPORT', 'CROP', 'STOCKS'))} NEWS"
        paras = [
            f"{c.capitalize()} prices {g.pick(('firmed', 'eased', 'held steady'))} in "
            f"{g.pick(('quiet', 'active', 'nervous'))} trade after traders said export "
            f"registrations for the week were {g.r.randrange(10, 90)},000 tonnes.",
            f"Dealers said {g.pick(('producers', 'shippers', 'importers'))} were holding back "
            f"ahead of the government crop report due next week.",
            f"{who}, an analyst with {org}, said the market was likely to stay in a narrow "
            f"range of {g.r.randrange(100, 200)} to {g.r.randrange(200, 300)} dlrs a tonne.",
        ]
    extra = [
        f"{short} said it had no plans to sell any of its {g.pick(THINGS)[1]} this year.",
        f"The company earned {g.r.randrange(2, 40)}.{g.r.randrange(10)} mln dlrs, or "
        f"{g.r.randrange(1, 4)}.{g.r.randrange(10, 99)} dlrs a share, in 1986.",
        f"It said a new plant in {g.pick(REUTERS_1987_CITIES).title()} would begin "
        f"production in {g.pick(MONTHS)}.",
    ]
    g.r.shuffle(extra)
    return head, paras + extra[: g.r.randrange(1, 4)]


def reuters_1987(g: _Gen) -> Dispatch:
    place = g.pick(REUTERS_1987_CITIES)
    month, day = g.month_day()
    head, paras = _reuters_1987_paragraphs(g, place)
    paras[0] = f"{place}, {MONTHS_REUTERS_1987[month - 1]} {day} - {paras[0]}"
    lines = [head, ""]
    for p in paras:
        lines += textwrap.wrap(p, width=g.pick((60, 63, 65)), initial_indent="    ", break_on_hyphens=False)
    lines.append("Reuter")
    return Dispatch(
        "\n".join(lines) + "\n",
        "reuters-1987",
        head,
        tuple(paras),
        place.title(),
        "Reuters",
        _date(month, day),
    )


def ap(g: _Gen) -> Dispatch:
    place, state = g.pick(AP_CITIES)
    head, paras, _ = _english_paragraphs(g, city=place, currency="dollars")
    printed = f"{place}, {state} (AP) —" if state else f"{place} (AP) —"
    paras[0] = f"{printed} {paras[0]}"
    lines = [head, ""]
    authors = []
    if g.r.random() < 0.5:
        authors = [g.person()[0] for _ in range(g.pick((1, 1, 2)))]
        lines += [f"By {' and '.join(a.upper() for a in authors)}", "Associated Press", ""]
    return Dispatch(
        _text(lines, paras), "ap", head, tuple(paras), place.title(), "AP", None, {"authors": authors}
    )


def xinhua(g: _Gen) -> Dispatch:
    place = g.pick(XINHUA_CITIES)
    month, day = g.month_day()
    head, paras, _ = _english_paragraphs(g, city=place, currency="yuan", xinhua=True)
    if g.r.random() < 0.4:
        paras[0] = paras[0].replace(f"in and around {place.title()}", f"in {g.pick(XINHUA_REGIONS)}")
    paras[0] = f"{place}, {MONTHS[month - 1]} {day} (Xinhua) -- {paras[0]}"
    lines = [head, ""]
    for p in paras:
        lines += [p, ""]
    if g.r.random() < 0.6:
        lines.append("Enditem")
    else:
        lines.pop()
    return Dispatch(
        "\n".join(lines) + "\n", "xinhua", head, tuple(paras), place.title(), "Xinhua", _date(month, day)
    )


def interfax_ru(g: _Gen) -> Dispatch:
    city, city_prep = g.pick(RU_CITIES)
    month, day = g.month_day()
    org = g.pick(RU_ORGS)
    org_cap = org[0].upper() + org[1:]
    thing = g.pick(RU_THINGS_GEN_PL)
    verb = g.pick(RU_INF)
    n = g.number()
    year = g.year()
    female = g.r.random() < 0.5
    surname = g.pick(RU_SURNAMES) + ("а" if female else "")
    who = f"{g.pick(RU_FIRST_F if female else RU_FIRST_M)} {surname}"
    said = "сообщила" if female else "сообщил"
    plan = g.pick(RU_PLAN)
    if plan == "намерена":
        plan = "намерена" if org.startswith("компания") else "планирует"
    headline = f"{org_cap} {plan} {verb} более {n} {thing} в {city_prep}"
    lead = (
        f"{org_cap} {plan} {verb} в {city_prep} более {n} {thing} до конца {year} года, "
        f"{said} журналистам {g.pick(RU_ROLES)} компании {who}."
    )
    paras = [f"{city}. {day} {RU_MONTHS_GEN[month - 1]}. INTERFAX.RU - {lead}"]
    bodies = [
        f"По его словам, работы планируется начать в {g.pick(RU_MONTHS_PREP)}, а общий объем "
        f"инвестиций составит около {g.r.randrange(2, 90)} млрд рублей.".replace(
            "По его", "По ее" if female else "По его"
        ),
        f'"{g.pick(RU_QUOTES)}", - {"сказала" if female else "сказал"} {surname}.',
        f"Компания основана в {g.r.randrange(1992, 2015)} году и насчитывает более "
        f"{g.r.randrange(2, 40) * 100} сотрудников.",
        f"По данным системы СПАРК, выручка компании в {year - 2} году составила "
        f"{g.r.randrange(1, 60)},{g.r.randrange(1, 10)} млрд рублей.",
        f"Ранее власти {g.pick(('региона', 'города', 'области'))} сообщали о планах "
        f"{verb} еще {g.r.randrange(5, 50)} объектов в ближайшие {g.r.randrange(2, 6)} года.",
        f"Перед этим {org} уже {g.pick(('открыло', 'построило', 'ввело в эксплуатацию'))} "
        f"{g.r.randrange(3, 30)} объектов в соседних регионах.",
        f"Как отмечается в сообщении, в {year - 1} году компания "
        f"{g.pick(('увеличила', 'сократила'))} инвестиционную программу на {g.r.randrange(5, 40)}%, "
        f"а число клиентов выросло до {g.r.randrange(10, 900)} тыс. человек.",
        f"Эксперты связывают решение с ростом спроса в регионе и изменением правил "
        f"{g.pick(('строительства', 'торговли', 'землепользования'))}, вступившими в силу в "
        f"{g.pick(RU_MONTHS_PREP)} прошлого года.",
    ]
    g.r.shuffle(bodies)
    paras += bodies[: g.r.randrange(3, 8)]
    lines = [headline, ""]
    return Dispatch(
        _text(lines, paras), "interfax-ru", headline, tuple(paras), city, "Interfax", _date(month, day)
    )


def dpa_de(g: _Gen) -> Dispatch:
    city = g.pick(DE_CITIES)
    things = g.pick(DE_THINGS)
    verb = g.pick(DE_INF)
    n = g.number()
    year = g.year()
    female = g.r.random() < 0.5
    name = f"{g.pick(DE_FIRST_F if female else DE_FIRST_M)} {g.pick(DE_SURNAMES)}"
    role = g.pick(DE_ROLES)[1 if female else 0]
    surname = name.split()[-1]
    org = g.pick(DE_ORGS)
    if g.r.random() < 0.5:
        headline = f"{city.split('/')[0]}: {n} neue {things} bis {year}"
        lead = (
            f"In {city.split('/')[0]} sollen bis Ende {year} rund {n} zusätzliche {things} "
            f"entstehen. Das kündigte {role} {name} am {g.pick(DE_WEEKDAYS)} an."
        )
    else:
        headline = f"{org.split(' ', 2)[-1]} will {n} {things} {verb}"
        lead = (
            f"{org} will bis {year} rund {n} {things} {verb}. Das teilte das Unternehmen am "
            f"{g.pick(DE_WEEKDAYS)} in {city.split('/')[0]} mit."
        )
    opening, closing = g.pick((("«", "»"), ("„", "“"), ("»", "«")))
    paras = [
        f"{city} (dpa) - {lead}",
        f"{opening}{g.pick(DE_QUOTES)}{closing}, sagte {surname}. Derzeit gibt es in "
        f"{city.split('/')[0]} nach Angaben der Stadt gut {g.r.randrange(50, 900)} {things}.",
    ]
    bodies = [
        f"Die Kosten liegen den Angaben zufolge bei etwa {g.r.randrange(2, 90)} Millionen Euro.",
        f"{g.pick(DE_CRITICS)} begrüßten das Vorhaben grundsätzlich, forderten aber mehr Tempo.",
        f"Die Arbeiten sollen im {g.pick(('Frühjahr', 'Sommer', 'Herbst'))} beginnen und "
        f"etwa {g.r.randrange(6, 30)} Monate dauern.",
        f"Bereits im vergangenen Jahr hatte die Stadt {g.r.randrange(5, 60)} {things} eröffnet.",
        f"Nach Angaben der Stadtverwaltung wurden im vergangenen Jahr rund "
        f"{g.r.randrange(2, 40)} Millionen Euro in neue {things} investiert, deutlich mehr als "
        f"in den Jahren zuvor.",
        f"{g.pick(DE_CRITICS)} kritisierten dagegen, die Pläne kämen zu spät. Viele Anwohner "
        f"warteten seit Jahren auf eine Lösung, hieß es.",
    ]
    g.r.shuffle(bodies)
    paras += bodies[: g.r.randrange(2, 6)]
    lines = [headline, ""]
    return Dispatch(_text(lines, paras), "dpa-de", headline, tuple(paras), city, "dpa", None)


STYLES: dict[str, Callable[[_Gen], Dispatch]] = {
    "tass-web": tass_web,
    "reuters-modern": reuters_modern,
    "reuters-1987": reuters_1987,
    "ap": ap,
    "xinhua": xinhua,
    "interfax-ru": interfax_ru,
    "dpa-de": dpa_de,
}


def dispatches(n: int, seed: int = SEED, styles: tuple[str, ...] | None = None) -> Iterator[Dispatch]:
    """``n`` stories; every run of ``len(styles)`` stories holds each style once, in shuffled order,
    so that any prefix of a few hundred stories has the same mix as the whole."""
    names = tuple(styles or STYLES)
    rng = random.Random(seed)
    g = _Gen(rng)
    order: list[str] = []
    for _ in range(n):
        if not order:
            order = list(names)
            rng.shuffle(order)
        yield STYLES[order.pop()](g)


# --------------------------------------------------------------------------------------------------
# Outputs


def parse_size(text: str) -> int:
    """``64MB`` -> 64_000_000 (decimal units)."""
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([kmg]?)b?\s*", text, re.I)
    if not m:
        raise argparse.ArgumentTypeError(f"{text!r} is not a size like 64MB or 1GB")
    return int(float(m[1]) * {"": 1, "k": 10**3, "m": 10**6, "g": 10**9}[m[2].lower()])


def write_folder(out: str, count: int, seed: int = SEED, styles=None) -> int:
    """``count`` story files ``NNNNN-STYLE.txt`` in ``out``; returns the bytes written."""
    os.makedirs(out, exist_ok=True)
    total = 0
    width = max(5, len(str(count - 1)))
    for i, d in enumerate(dispatches(count, seed, styles)):
        data = d.text.encode("utf-8")
        with open(os.path.join(out, f"{i:0{width}d}-{d.style}.txt"), "wb") as f:
            f.write(data)
        total += len(data)
    return total


_DATE_RE = re.compile(r"\b\d{1,2}(?=[. ])")


def _framed_pool(pool: int, seed: int, styles) -> list[tuple[bytes, bytes, bytes]]:
    """Each pool story framed as (before the dateline day, the day, after it); a story whose
    dateline prints no day keeps the day part empty."""
    framed = []
    for d in dispatches(pool, seed, styles):
        text = STX + d.text + ETX + "\n"
        first = d.paragraphs[0]
        at = text.find(first)
        m = _DATE_RE.search(first, 0, 80) if d.date else None
        if at < 0 or m is None:
            framed.append((text.encode("utf-8"), b"", b""))
            continue
        cut = at + m.start()
        framed.append((text[:cut].encode("utf-8"), m.group().encode(), text[at + m.end() :].encode("utf-8")))
    return framed


def write_stream(
    out: str,
    size: int,
    seed: int = SEED,
    pool: int = STREAM_POOL,
    styles=None,
    progress: Callable[[int], None] | None = None,
) -> tuple[int, int]:
    """Whole STX ... ETX framed stories into ``out`` until it holds at least ``size`` bytes.
    Returns (bytes, stories). Repetitions of the pool get the dateline day shifted by the round."""
    framed = _framed_pool(pool, seed, styles)
    days = [str(d).encode() for d in range(1, 29)]
    written = stories = 0
    chunk: list[bytes] = []
    chunk_size = 0
    tmp = f"{out}.partial"
    with open(tmp, "wb") as f:
        while written + chunk_size < size:
            before, day, after = framed[stories % len(framed)]
            rnd = stories // len(framed)
            if day and rnd:
                day = days[(int(day) - 1 + rnd) % 28]
            chunk += (before, day, after)
            chunk_size += len(before) + len(day) + len(after)
            stories += 1
            if chunk_size >= 1 << 20:
                f.write(b"".join(chunk))
                written += chunk_size
                chunk, chunk_size = [], 0
                if progress:
                    progress(written)
        f.write(b"".join(chunk))
        written += chunk_size
    os.replace(tmp, out)
    return written, stories


def main(argv: list[str] | None = None) -> int:
    ap_ = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap_.add_argument("--seed", type=int, default=SEED)
    ap_.add_argument("--styles", help=f"comma-separated subset of: {', '.join(STYLES)}")
    sub = ap_.add_subparsers(dest="what", required=True)
    folder = sub.add_parser("folder", help="a folder of story files")
    folder.add_argument("out")
    folder.add_argument("--stories", type=int, default=20000)
    stream = sub.add_parser("stream", help="one STX/ETX-framed multi-story file")
    stream.add_argument("out")
    stream.add_argument("--size", type=parse_size, default=parse_size("64MB"))
    stream.add_argument(
        "--pool", type=int, default=STREAM_POOL, help="distinct stories cycled through (default %(default)s)"
    )
    sample = sub.add_parser("sample", help="print one story of each style")
    sample.add_argument("--style", choices=list(STYLES))
    args = ap_.parse_args(argv)
    styles = tuple(args.styles.split(",")) if args.styles else None
    if styles and not set(styles) <= set(STYLES):
        ap_.error(f"unknown style in {args.styles!r}")
    started = time.perf_counter()
    if args.what == "folder":
        total = write_folder(args.out, args.stories, args.seed, styles)
        print(
            f"{args.stories} stories, {total / 1e6:.1f} MB in {args.out} "
            f"({time.perf_counter() - started:.1f} s)",
            file=sys.stderr,
        )
    elif args.what == "stream":
        total, count = write_stream(args.out, args.size, args.seed, args.pool, styles)
        print(
            f"{count} stories, {total / 1e6:.1f} MB in {args.out} ({time.perf_counter() - started:.1f} s)",
            file=sys.stderr,
        )
    else:
        names = (args.style,) if args.style else tuple(STYLES)
        for i, name in enumerate(names):
            d = next(dispatches(1, args.seed + i, (name,)))
            sys.stdout.write(f"===== {name}\n{d.text}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())

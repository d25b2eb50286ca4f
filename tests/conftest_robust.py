"""Shared pieces of the robustness tests (``tests/test_robust_*.py``): the hypothesis settings
profile, strategies for hostile text and for story-shaped text, and the "nothing is lost" check.

Not a pytest ``conftest.py``: the test modules import it by name (pytest puts ``tests/`` on
``sys.path``), so loading it changes no other test's settings.

``WIREPARSE_ROBUST_EXAMPLES`` raises the number of examples per property (200 in CI; a nightly run
can ask for 10000).
"""

from __future__ import annotations

import gc
import html
import os
import re
import time
from collections import Counter
from contextlib import contextmanager

import regex
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from wireparse.agencies import AGENCIES, BARE_CREDITS
from wireparse.model import Story
from wireparse.patterns import month_lookup
from wireparse.words import BYLINE_OPENERS, CREDIT_LABELS, NAVIGATION, SIGNOFFS, SOURCE_MARKERS, TAKE_KEYS

EXAMPLES = int(os.environ.get("WIREPARSE_ROBUST_EXAMPLES", "200"))

settings.register_profile(
    "wireparse-robust",
    max_examples=EXAMPLES,
    # Timing belongs to the pumping tests and the benchmark; a slow CI machine must not make a
    # property flaky.
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    print_blob=True,
)
ROBUST = settings.get_profile("wireparse-robust")

# ---------------------------------------------------------------------------------------------
# Alphabets and noise

#: Characters that have broken text tools: every line break Python knows, C0, DEL, C1, bidi
#: controls, BOM, NBSP, thin space, soft hyphen, zero-width joiners, a lone surrogate.
HOSTILE_CHARS = (
    "\n\r\t\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
    "\x00\x01\x03\x04\x07\x08\x16\x1b\x7f\x80\x9b\x9d\x90"
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
    "\ufeff\u00a0\u2009\u00ad\u200b\u200d\ufffd\ud800\udfff"
)
#: Punctuation that the dateline, credit and caption patterns care about.
WIRE_PUNCT = "()[]/\\-–—_.,:;'’\"«»&^<=+@#*©% "

hostile_char = st.sampled_from(HOSTILE_CHARS)
wire_char = st.sampled_from(WIRE_PUNCT)
#: Any code point, surrogates included (``st.text()`` alone leaves them out).
any_char = st.characters()
letters = st.characters(categories=["Lu", "Ll", "Lo", "Nd"])

#: Arbitrary text weighted towards what matters to a wire parser.
noise_text = st.text(st.one_of(any_char, hostile_char, wire_char, letters), max_size=400)

# ---------------------------------------------------------------------------------------------
# Story-shaped text: headline, furniture, dateline from the agency and month tables, paragraphs

AGENCY_NAMES = sorted({alias for name, aliases in AGENCIES for alias in (name, *aliases)})
MONTH_NAMES = sorted(month_lookup())
PLACES = (
    "LONDON",
    "Moscow",
    "NEW YORK",
    "МОСКВА",
    "Rio de Janeiro",
    "SPRINGFIELD, Ill.",
    "KOLOMNA /Moscow Region/",
    "Guwahati (Assam) [India]",
    "SAITAMA, Japan",
    "Paris",
    "ВЛАДИВОСТОК",
    "São Paulo",
    "CHATEAU D'OEX",
    "NO DATELINE",
    "北京",
    "القاهرة",
)

place = st.sampled_from(PLACES)
agency = st.sampled_from(AGENCY_NAMES)
bare_agency = st.sampled_from(BARE_CREDITS)
month = st.sampled_from(MONTH_NAMES).flatmap(
    lambda m: st.sampled_from([m, m.upper(), m.capitalize(), m.capitalize() + "."])
)
day = st.one_of(st.integers(1, 31), st.integers(0, 99)).map(str)
year = st.sampled_from(["", ", 2024", " 88", ", 1999", ", 20"])
dash = st.sampled_from([" -", " —", " --", " _", ":", ".-", " –", ""])


@st.composite
def dateline(draw) -> str:
    p, a, m, d, y, e = (draw(place), draw(agency), draw(month), draw(day), draw(year), draw(dash))
    shape = draw(st.integers(0, 7))
    if shape == 0:
        return f"{p}, {m} {d}{y} ({a}){e}"
    if shape == 1:
        return f"{p} ({a}){e}"
    if shape == 2:
        return f"{p}, {d} {m}. /{a}/."
    if shape == 3:
        return f"({a}) - {p}, {d} {m.upper()}{e}"
    if shape == 4:
        return f"{p.upper()}, {m} {d}{y}{e}"
    if shape == 5:
        return f"{p.upper()}{e}"
    if shape == 6:
        return f"{draw(bare_agency)}, {d} {m}."
    return f"{draw(st.sampled_from(['新华社', '中新网', '人民网']))}{p}{d}月{d}日电"


FURNITURE = (
    *(f"{o} JOHN Q. PUBLIC" for o in BYLINE_OPENERS[:6]),
    "By Harriet Olsen and Tomas Brandt",
    "Associated Press Writer",
    "Eds: UPDATES with comment",
    "(Adds quote)",
    "EDITOR'S NOTE: x",
    *SIGNOFFS,
    *NAVIGATION,
    *(f"[{m}]" for m in SOURCE_MARKERS),
    *TAKE_KEYS,
    "(Reporting by Ann Lee; Editing by Bo Chan)",
    "REUTERS/Lena Fischbacher",
    "Photo: REUTERS/Marco Ferrante",
    "© Maxim Korovin/TASS",
    "Caption text  Maxim Korovin/TASS",
    "Caption. (Credit/dpa)",
    "Caption. Foto: Max Muster/dpa",
    "BC-Story-Slug 03-07 0123",
    "&QL;",
    "&QL; ____",
    "---",
    "* * *",
    "=====",
    "FBIS-SAMPLE-0001 (NOSC)",
    "AP-NY-03-07-24 1532EST",
    "dpa mt ab",
    "daa/mt",
    "Germany-politics/",
    "1 / 12",
    "© 2024 Reuters",
    "NYT News Service",
    "news@example.com",
    "\x01a0001 BC-Story",
    "\x16\x01",
    "^Headline in ANPA<",
    "***URGENT***",
)
#: Payloads aimed at the output formats rather than the parser.
PAYLOADS = (
    "[bold red]FAKE[/]",
    "[/bold]",
    "[/]",
    "[link=https://evil.example]click[/link]",
    ":warning:",
    ":smile:",
    "\\[escaped]",
    '=HYPERLINK("http://x","y")',
    "@SUM(1+1)",
    "+1",
    "-2+3",
    "\t=1",
    "\r=1",
    "\x00=1",
    "\x1b[2J",
    "\x1b]0;pwned\x07",
    "\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\",
    "\x1b]52;c;Zm9v\x07",
    "\x9b31m",
    "\x9d0;t\x9c",
    "\x90q\x9c",
    "abc\u202edcba",
    "\u2066x\u2069",
    "Москва\u00a07\u2009марта",
    "co\u00adoperate",
    "1.1.1.1.1.1.1.1.1.1.1.1",
    'a,b"c\r\nd',
)

word = st.one_of(
    st.text(st.sampled_from("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"), min_size=1, max_size=9),
    st.text(
        st.sampled_from("абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ"),
        min_size=1,
        max_size=9,
    ),
    st.sampled_from(
        [
            "the",
            "said",
            "on",
            "AP",
            "Reuters",
            "TASS",
            "March",
            "7",
            "2024",
            "Mr.",
            "U.S.",
            "--",
            "—",
            "(AP)",
            "/TASS/",
            "«quote»",
            '"quoted"',
            "5%",
        ]
    ),
    st.sampled_from(PAYLOADS),
)
sentence = st.lists(word, min_size=1, max_size=14).map(" ".join).map(lambda s: s + ".")
paragraph = st.lists(sentence, min_size=1, max_size=4).map(" ".join)
indent = st.sampled_from(["", "", "", "   ", "\t   ", "    "])


@st.composite
def story_lines(draw) -> list[str]:
    """The lines of a story: head (headline, furniture, captions), dateline, body, trailers."""
    lines: list[str] = []
    for _ in range(draw(st.integers(0, 2))):
        lines.append(draw(st.sampled_from(FURNITURE)))
    lines.append(draw(sentence))  # headline
    for _ in range(draw(st.integers(0, 4))):
        lines.append(draw(st.one_of(st.sampled_from(FURNITURE), sentence, st.just(""))))
    lines.append("")
    body = draw(st.lists(paragraph, min_size=0, max_size=5))
    if draw(st.booleans()):
        first = draw(dateline())
        if draw(st.booleans()):
            first = f"[{draw(st.sampled_from(SOURCE_MARKERS))}] {first}"
        rest = body[0] if body else ""
        lines.append(f"{first} {rest}" if draw(st.booleans()) else first)
        body = body[1:]
    for para in body:
        if draw(st.booleans()):
            lines.append("")
        lines.append(draw(indent) + para)
    for _ in range(draw(st.integers(0, 3))):
        lines.append(draw(st.one_of(st.sampled_from(FURNITURE), sentence)))
    # hostile noise replaces or joins a few lines
    for _ in range(draw(st.integers(0, 2))):
        if lines:
            at = draw(st.integers(0, len(lines) - 1))
            lines[at] = draw(
                st.one_of(noise_text, st.builds(lambda a, b: a + b, st.just(lines[at]), noise_text))
            )
    return lines


ending = st.sampled_from(["\n", "\r\n", "\r"])
story_text = st.builds(lambda lines, end: end.join(lines), story_lines(), ending)
#: Everything the properties run over: noise and story-shaped text, equally often.
any_story = st.one_of(noise_text, story_text)

# ---------------------------------------------------------------------------------------------
# "Nothing is lost"

LINE_BREAK = re.compile(r"\r\n|\r|\n")
#: A word: a run of \w, the underscore excepted (AP prints it as a dash: ``CHICAGO (AP) _``, and a
#: dateline may end on it, right before the body's first word). Scripts written without spaces
#: (Han, kana, Thai, Lao, Khmer, Myanmar) count each character as a word: ``新华社北京3月7日电``
#: ends inside what \w would take for one word with the body's first sentence.
_UNSPACED = r"\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}"
WORD = regex.compile(rf"[{_UNSPACED}]|[^\W_{_UNSPACED}]++")
#: Deleted by the line reader before anything else looks at a line: C0 controls but tab (line
#: breaks are already gone), DEL and C1. They are wire transmission codes, not text, so two words
#: they separate become one ("ab\x00cd" -> "abcd") on both sides of the comparison.
TRANSMISSION_CODES = re.compile(r"[\x00-\x08\x0a-\x1f\x7f-\x9f]")
#: ANPA inline codes (``&QL;``), which the line reader then moves to ``boilerplate`` with the blanks
#: before them (a line of codes alone stays as it is): likewise deleted before words are compared.
INLINE_CODES = re.compile(r"(?<![ ])[ ]*+&[A-Z]{2};")
#: Labels a photo credit loses by design (``Photo: REUTERS/X`` -> credit ``REUTERS/X``).
CREDIT_LABEL_WORDS = frozenset({"c", "Copyright", *CREDIT_LABELS})


#: A character reference the parser reads as the character it names (``&quot;`` is ``"``).
CHARACTER_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-z][a-zA-Z0-9]{1,31});")


def words(text: str) -> list[str]:
    text = CHARACTER_REFERENCE.sub(lambda m: html.unescape(m.group()), text) if "&" in text else text
    text = TRANSMISSION_CODES.sub("", text)
    without_codes = INLINE_CODES.sub("", text).strip()
    return WORD.findall(without_codes if without_codes else text)


def record_fields(story: Story) -> list[str]:
    """Every text the record holds verbatim: headline, summary, byline, dateline, captions and
    credits, paragraphs, boilerplate. Derived values (place, authors, dates) are left out."""
    fields = [story.headline, story.summary]
    fields.append(story.byline.text if story.byline else None)
    fields.append(story.dateline.text if story.dateline else None)
    for caption in story.captions:
        fields += [caption.text, caption.credit]
    fields += story.paragraphs
    fields += [item.text for item in story.boilerplate]
    return [f for f in fields if f]


def lost_words(text: str, story: Story) -> list[tuple[str, list[str]]]:
    """The input lines whose words are not all in the record, each with the words missing.

    "In order" means: each non-blank input line's words can be cut into runs, each run found as
    consecutive words of one field, and two runs of the line found in the same field stand there in
    the line's order. A line may thus be shared between fields (the dateline line becomes
    ``dateline`` + the first paragraph, an FBIS ``[TEXT]`` marker goes to ``boilerplate``), and a
    field may join several lines (a hard-wrapped paragraph), but no word of a line may go missing
    and a line's words are never reordered within a field. A caption printed twice is kept twice:
    once as the caption, once as a ``duplicate`` boilerplate entry. Besides: every word occurs in
    the record at least as often as in the input.

    Words are compared after deleting transmission codes (:data:`TRANSMISSION_CODES`,
    :data:`INLINE_CODES`) as the line reader does; the one tolerated loss is a credit label
    (``Photo:``, ``©``) that the caption credit drops by design. A line so repetitive that the
    search for an ordered cut exceeds :data:`SEARCH_BUDGET` steps is checked without the order rule.
    """
    if text.startswith("\ufeff"):
        text = text[1:]
    fields = [words(f) for f in record_fields(story)]
    joined = ["\x00".join(f) for f in fields]
    problems = []
    for line in LINE_BREAK.split(text):
        line_words = words(line)
        missing = _unmatched(line_words, joined)
        if missing:
            problems.append((line, missing))
    have = Counter(w for f in fields for w in f)
    need = Counter(w for line in LINE_BREAK.split(text) for w in words(line))
    short = [w for w, n in (need - have).items() if w not in CREDIT_LABEL_WORDS]
    if short and not problems:
        problems.append(("(whole input)", sorted(short)))
    return problems


def _unmatched(line_words: list[str], joined: list[str]) -> list[str]:
    """The words of a line that cannot be placed in the record (see :func:`lost_words`)."""
    if not line_words:
        return []
    try:
        if _ordered_cover(line_words, joined):
            return []
        return _greedy(line_words, joined, ordered=True) or ["(order)"]
    except _TooMany:
        # a line so repetitive that the search gives up: checked without the order rule
        return _greedy(line_words, joined, ordered=False)


class _TooMany(Exception):
    pass


#: Steps the search of :func:`_ordered_cover` may take for one line.
SEARCH_BUDGET = 20_000


def _ordered_cover(line_words: list[str], joined: list[str]) -> bool:
    """Whether ``line_words`` can be cut into runs, each found as consecutive words of a field
    after the line's previous run in that field (credit labels may be skipped)."""
    seen: set[tuple[int, tuple[int, ...]]] = set()
    steps = 0

    def go(i: int, after: tuple[int, ...]) -> bool:
        nonlocal steps
        if i == len(line_words):
            return True
        if (i, after) in seen:
            return False
        steps += 1
        if steps > SEARCH_BUDGET:
            raise _TooMany
        seen.add((i, after))
        if line_words[i] in CREDIT_LABEL_WORDS and go(i + 1, after):
            return True
        options = []
        for f, text in enumerate(joined):
            longest, _ = _longest_run(line_words, i, text, after[f])
            for n in range(longest, 0, -1):
                end = _find_run(text, "\x00".join(line_words[i : i + n]), after[f])
                options.append((n, f, end))
        for n, f, end in sorted(options, key=lambda o: (-o[0], o[2])):
            if go(i + n, after[:f] + (end,) + after[f + 1 :]):
                return True
        return False

    return go(0, (0,) * len(joined))


def _greedy(line_words: list[str], joined: list[str], *, ordered: bool) -> list[str]:
    """Greedy longest-prefix cover; the words it cannot place. Without ``ordered`` every run may
    stand anywhere in its field (then greedy is exact: any tail of a run is a run)."""
    missing: list[str] = []
    after = [0] * len(joined)
    i = 0
    while i < len(line_words):
        best, best_field, best_end = 0, -1, 0
        for f, text in enumerate(joined):
            n, end = _longest_run(line_words, i, text, after[f] if ordered else 0)
            if n > best:
                best, best_field, best_end = n, f, end
        if best == 0:
            if line_words[i] not in CREDIT_LABEL_WORDS:
                missing.append(line_words[i])
            i += 1
        else:
            if ordered:
                after[best_field] = best_end
            i += best
    return missing


def _longest_run(line_words: list[str], i: int, joined: str, start: int) -> tuple[int, int]:
    """How many of ``line_words[i:]`` appear as consecutive words of a field (``joined``) at or
    after ``start``, and where that run ends."""
    lo, hi, end = 0, len(line_words) - i, start
    # monotone: if k words form a run, so do k-1; binary search on the run length
    while lo < hi:
        mid = (lo + hi + 1) // 2
        found = _find_run(joined, "\x00".join(line_words[i : i + mid]), start)
        if found >= 0:
            lo, end = mid, found
        else:
            hi = mid - 1
    return lo, end


def _find_run(joined: str, needle: str, start: int) -> int:
    """End of the first whole-word occurrence of ``needle`` in ``joined`` at or after ``start``,
    or -1."""
    while True:
        at = joined.find(needle, start)
        if at < 0:
            return -1
        end = at + len(needle)
        if (at == 0 or joined[at - 1] == "\x00") and (end == len(joined) or joined[end] == "\x00"):
            return end
        start = at + 1


# ---------------------------------------------------------------------------------------------
# Growth: linear or not (the pumping tests)

#: Time at 10x the size may be at most this many times the time at the smaller size (linear
#: work gives about 10, quadratic about 100).
GROWTH_LIMIT = 35.0
#: Times under this are never judged: a quadratic step at 100,000 characters takes seconds.
NOISE_FLOOR = 0.004  # seconds
SIZES = (1_000, 10_000, 100_000)
#: Only to fail instead of hanging (``regex`` ``timeout=``, or an alarm around ``parse``).
HANG_GUARD = 60.0  # seconds


def pumped(unit: str, n: int) -> str:
    """``unit`` repeated to exactly ``n`` characters."""
    return (unit * (n // len(unit) + 1))[:n]


@contextmanager
def quiet_gc():
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _time(run, text: str) -> float:
    # CPU time of this thread, not wall time: other work on a busy CI machine does not count
    start = time.thread_time()
    run(text)
    return time.thread_time() - start


def growth(run, unit: str, confirm: bool = True, sizes=SIZES) -> tuple[int, float, float] | None:
    """None when ``run`` grows linearly over ``sizes`` on ``unit`` pumped; else
    (n, t(previous size), t(n)), t = inf when the guard timed out. ``confirm=False`` skips the
    re-measuring (for known failures: noise can make a quadratic slower, never linear)."""
    previous = None
    for n in sizes:
        text = pumped(unit, n)
        with quiet_gc():
            try:
                elapsed = _time(run, text)
            except TimeoutError:
                return n, previous or 0.0, float("inf")
        if previous is not None and elapsed > NOISE_FLOOR and elapsed > GROWTH_LIMIT * previous:
            if not confirm:
                return n, previous, elapsed
            # confirm, best of three at both sizes, before a verdict
            small = pumped(unit, n // 10)
            with quiet_gc():
                previous = min(_time(run, small) for _ in range(3))
                try:
                    elapsed = min(_time(run, text) for _ in range(3))
                except TimeoutError:
                    return n, previous, float("inf")
            if elapsed > NOISE_FLOOR and elapsed > GROWTH_LIMIT * previous:
                return n, previous, elapsed
        previous = elapsed
    return None

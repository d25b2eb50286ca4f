"""The parser's rules and the record they fill.

A :class:`Rule` is a named function ``(state, item) -> bool`` that takes one line or paragraph of
the story (doing what the rule says with it) or leaves it to the next rule; a rule table is tried
in order by :func:`apply`. The head's table is in :mod:`wireparse.head`, the body's in
:mod:`wireparse.body`. :class:`Draft` is the record the rules fill, frozen into a
:class:`~wireparse.model.Story` when the story ends.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from .bylines import parse_byline
from .compiled import compiled
from .model import KEPT_AS, Boilerplate, BoilerplateKind, Caption, Dateline, LineKind
from .patterns import agency_lookup, first_agency

S = TypeVar("S")
T = TypeVar("T")

_CODE_PARTS = compiled(r"[-\s]")


@dataclass(frozen=True)
class Rule(Generic[S, T]):
    """One entry of a rule table."""

    name: str
    take: Callable[[S, T], bool]
    """True when the rule took the item (and did its work on the state)."""
    reason: str
    """Why the rule exists: the copy it reads."""


def apply(rules: Sequence[Rule[S, T]], state: S, item: T) -> str | None:
    """Try the rules in order; the name of the first that takes ``item``, or None."""
    for rule in rules:
        if rule.take(state, item):
            return rule.name
    return None


@dataclass
class Draft:
    """The record being built; frozen into a :class:`Story` at the end."""

    headline: str | None = None
    headline_line: int = -1
    summary: str | None = None
    summary_line: int = -1
    byline_text: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    byline_agency: str | None = None
    byline_line: int = -1
    signoff_agency: str | None = None
    dateline: Dateline | None = None
    captions: list[Caption] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)
    boilerplate: list[Boilerplate] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    seen_captions: set[str] = field(default_factory=set)
    seen_credits: set[str] = field(default_factory=set)

    def keep(self, kind: BoilerplateKind, text: str) -> None:
        if text:
            self.boilerplate.append(Boilerplate(kind, text))

    def keep_line(self, kind: LineKind, text: str) -> None:
        """A line of a kind that is kept out of the story text, as the boilerplate it is."""
        self.keep(KEPT_AS[kind], text)

    def add_byline(self, text: str, line: int = -1, printed: str | None = None) -> None:
        """A byline read from ``text``, kept as ``printed`` when that differs (an export's
        ``Mokoena, Naledi`` read as ``Naledi Mokoena``)."""
        self.byline_line = line
        authors, agency = parse_byline(text)
        self.byline_text.append(printed or text)
        self.authors.extend(a for a in authors if a not in self.authors)
        self.byline_agency = self.byline_agency or agency

    def add_caption(self, text: str | None, credit: str | None, printed: str) -> None:
        """A caption, or a ``duplicate`` when this caption or credit was printed before."""
        if (text and text in self.seen_captions) or (not text and credit in self.seen_credits):
            self.keep("duplicate", printed)
            return
        self.captions.append(Caption(text, credit))
        if text:
            self.seen_captions.add(text)
        if credit:
            self.seen_credits.add(credit)

    def add_placeholder(
        self, placeholder: str, caption: tuple[str | None, str | None] | None, printed: str
    ) -> None:
        """A picture's placeholder (``[Photo]``), kept as furniture, and the caption printed after
        it, as (caption, credit), if any."""
        self.keep("furniture", placeholder)
        if caption is not None:
            self.add_caption(*caption, printed)

    def note_signoff(self, kind: LineKind | None, text: str) -> None:
        """Remember the agency a sign-off or service line names (``Reuter``, ``NYT-...``)."""
        if kind not in ("signoff", "service") or self.signoff_agency:
            return
        first = _CODE_PARTS.split(text, maxsplit=1)[0].casefold()
        if first in agency_lookup():  # AP-NY-03-07-24 1532EST
            self.signoff_agency = agency_lookup()[first]
            return
        self.signoff_agency = first_agency(text)

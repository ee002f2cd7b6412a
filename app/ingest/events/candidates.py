"""A detected trigger with its date (a candidate), and the candidates told of one occurrence (a group)."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.ingest.events.intervals import PRECISION_RANK, RANGE_PREFIX
from app.ingest.events.mention import Mention
from app.ingest.records import DateValue

# The first paragraphs summarise the story; the full telling (with the date) comes later.
LEAD_PARAGRAPHS = 2


def _ends_after(start: DateValue, end: DateValue) -> bool:
    return (
        None not in (start.earliest, start.latest, end.earliest, end.latest)
        and start.earliest <= end.latest
        and end.latest > start.latest
        and end.anchor not in ("dct", "none")
    )


def joined(start: DateValue, end: DateValue) -> DateValue:
    """ "opened on Monday, April 9" and "closes on Sunday, May 20": one run from the first to the last."""
    precision = max(
        start.precision, end.precision, key=lambda p: PRECISION_RANK.get(p, 5)
    )
    return DateValue(
        edtf=f"{start.earliest.isoformat()}/{end.latest.isoformat()}",
        earliest=start.earliest,
        latest=end.latest,
        precision=precision,
        anchor=start.anchor,
        explanation=f"{RANGE_PREFIX}{start.explanation} until {end.explanation}",
        planned=start.planned,
    )


_ANCHOR_RANK = {"explicit": 0, "weekday": 1, "relative": 2, "dct": 3, "none": 4}


@dataclass
class Candidate:
    """A detected trigger with its date and the places it names (for merge decisions)."""

    mention: Mention
    date: DateValue
    places: frozenset[str] = frozenset()
    boroughs: frozenset[str] = frozenset()
    lead: bool = False
    actors: object = None  # the Actors of this telling (actors.py)
    pending: bool = (
        False  # planned, with no time told yet ("will pay for six extra officers")
    )
    # no date words of its own: dated by the story told before it
    borrowed: bool = False
    # "after residents complained": a report that prompted an act, an occurrence of its own
    cause: bool = False

    @property
    def dated(self) -> bool:
        return (
            self.date.anchor not in ("dct", "none") and self.date.earliest is not None
        )

    @property
    def position(self) -> tuple[int, int]:
        return self.mention.number, self.mention.start


@dataclass
class Group:
    """The candidates (and references) judged to tell one event."""

    members: list[Candidate]
    refs: list[Candidate] = field(default_factory=list)

    @property
    def type(self) -> str:
        return self.members[0].mention.type

    @property
    def primary(self) -> Candidate:
        """The member that states the event most fully: the best-dated, then the earliest."""

        def rank(c: Candidate) -> tuple:
            return (
                c.mention.closing,  # "closes on May 20" ends the run the opening told
                _ANCHOR_RANK.get(c.date.anchor, 5),
                c.mention.form != "act",
                -c.mention.weight,
                c.position,
            )

        return min(self.members, key=rank)

    @property
    def date(self) -> DateValue:
        """The primary's date, or the run a telling gives from the same first day: "launched on
        Monday, March 6" and "began on Monday and will run until the end of March"."""
        date = self.primary.date
        for c in self.members:
            if (
                c.dated
                and c.date.explanation.startswith(RANGE_PREFIX)
                and c.date.earliest == date.earliest
                and date.latest is not None
                and c.date.latest > date.latest
            ):
                date = c.date
        for c in self.members:
            if (
                c.mention.closing
                and c is not self.primary
                and _ends_after(date, c.date)
            ):
                date = joined(date, c.date)
        return date

    @property
    def places(self) -> frozenset[str]:
        return frozenset().union(*(c.places for c in self.members))

    @property
    def boroughs(self) -> frozenset[str]:
        return frozenset().union(*(c.boroughs for c in self.members))

    @property
    def last_position(self) -> tuple[int, int]:
        return max(c.position for c in [*self.members, *self.refs])

    def cites(self) -> list[Candidate]:
        """Members and references, the primary first, then in text order."""
        primary = self.primary
        rest = sorted(
            (c for c in [*self.members, *self.refs] if c is not primary),
            key=lambda c: c.position,
        )
        return [primary, *rest]

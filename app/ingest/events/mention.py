"""A trigger found in a body sentence: its type, span, clause and the flags detection set."""

from __future__ import annotations

from dataclasses import dataclass

from app.ingest.events.mood import REALIS
from app.ingest.events.sentences import Span
from app.ingest.records import Paragraph


@dataclass(frozen=True, slots=True)
class Mention:
    """A trigger found in a body sentence, with its context and mood."""

    paragraph: Paragraph
    type: str
    form: str  # act | noun | ref
    weight: float
    start: int  # the trigger span, as offsets in the paragraph text
    end: int
    sentence: Span
    clause: Span
    clauses: tuple[Span, ...] = ()  # every clause of the sentence
    mood: str = REALIS
    background: bool = (
        False  # "have already launched": happened at an unknown earlier time
    )
    habitual: bool = False  # "every weekend": a recurring activity, no single date
    distinct: bool = (
        False  # "a similar operation", "other parts": not the event told before
    )
    needs_date: bool = False
    subtype: str = ""
    anaphoric: bool = False  # "The order was in place until Sunday": tells more of an event told before
    # "The consultation closes on May 20": the end of a run told before
    closing: bool = False

    @property
    def number(self) -> int:
        return self.paragraph.number

    @property
    def text(self) -> str:
        return self.paragraph.text[self.start : self.end]

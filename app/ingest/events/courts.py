"""Court acts: a sentence, trial or appearance is the court's, and happens where the court sits."""

from __future__ import annotations

import re

from app.ingest.events.lookup import Hit
from app.ingest.events.mention import Mention

# a sentence is the court's act: no force is its author unless the text names one
COURT_WORDS = re.compile(
    r"\b(?:jailed|sentenced|imprisoned|convicted|found guilty|pleaded guilty|admitted|given a|handed a"
    r"|stand trial|(?:due|expected) to (?:appear|be sentenced)|(?:appeared|appears?|appearing) (?:at|before|in)"
    r"|remanded"
    # "a proceeds of crime hearing is expected later this year": a court's hearing, not a licensing one
    r"|(?:proceeds\s+of\s+crime|confiscation|sentencing|trial|plea|court)\s+hearings?)\b",
    re.IGNORECASE,
)
# "were handed banning orders when they were sentenced": the court's act, told in the clause after
_WHEN_SENTENCED = re.compile(
    r"[^.;]{0,40}?\b(?:when|as|after)\s+(?:he|she|they|\w+)\s+(?:was|were)\s+(?:sentenced|convicted|jailed)\b",
    re.IGNORECASE,
)
_CHARGED = re.compile(r"\bcharged\b", re.IGNORECASE)
# "will stand trial at Kingston Crown Court": the court is where this act happens
_AT_COURT = re.compile(r"[^.;,]{0,40}?\b(?:at|before|in)\s+(?:the\s+)?$", re.IGNORECASE)


def court_act(mention: Mention) -> bool:
    """A sentence, trial or court appearance: the court's act, whoever brought the case."""
    text, (start, end) = mention.paragraph.text, mention.clause
    if _CHARGED.search(text, start, end):
        return False  # "appeared in court charged with ...": the charge is the police's
    return bool(
        COURT_WORDS.search(mention.text)
        or COURT_WORDS.search(text, start, end)
        or _WHEN_SENTENCED.match(text, mention.end, mention.sentence[1])
    )


def court_boroughs(mention: Mention, places: list[Hit]) -> list[str]:
    """ "due to appear at Norwich Crown Court": a court act happens where the court sits."""
    text, clause = mention.paragraph.text, mention.clause
    # "charged ... and will appear at Thames Magistrates' Court": the charge is the police's, the
    # appearance still happens where the court sits
    if mention.type != "enforcement" or not (
        court_act(mention) or COURT_WORDS.search(text, *clause)
    ):
        return []
    return [
        h.borough
        for h in places
        if h.weak
        and h.borough
        and clause[0] <= h.start < clause[1]
        and (
            mention.start <= h.start < mention.end  # the trigger names the court
            or (
                h.start >= mention.end
                and _AT_COURT.fullmatch(text, mention.end, h.start)
            )
        )
    ]

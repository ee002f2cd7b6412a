"""The date of a detected trigger: the date words attached to it, else the tense."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from app.ingest.events.detect import FUTURE, INTENTION, REALIS, Mention
from app.ingest.records import DateMention, DateValue, PublicationDate

_RANGE_JOIN = re.compile(
    r"(?:until|till|til|to|through|through to|and|and runs until|and run until|running until|runs until|"
    r"until at least|-|–|—)\s*$",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b|\byear\b", re.IGNORECASE)
_RELATIVE_START = re.compile(
    r"[\"“‘']?\s*(?:which|that|who|resulting in|leading to)\b", re.IGNORECASE
)
_PRESENT = re.compile(
    r"\b(?:is|are|am|has|have|now|currently|today|this week|this month)\b",
    re.IGNORECASE,
)
RANGE_PREFIX = "from "  # how a range joined from two expressions explains itself
_PRECISION_RANK = {
    "day": 0,
    "week": 1,
    "month": 2,
    "season": 3,
    "year": 4,
    "unknown": 5,
}


_RELATIVE_CLAUSE = re.compile(r"[\"“‘']?\s*(?:which|that|who)\b", re.IGNORECASE)
_SINCE = re.compile(r"\bsince\s*$", re.IGNORECASE)
_PERFECT = re.compile(r"\b(?:has|have)\b", re.IGNORECASE)
# "have used section 35 dispersal orders ... since 2018": a bare plural, a practice rather than an act
_BARE_PLURAL = re.compile(
    r"^\S+\s+(?!(?:a|an|the|its|their|this|that|\d+)\b)(?:\S+\s+){0,4}?\S+s$", re.IGNORECASE
)


def usable(mention: DateMention) -> bool:
    return mention.value.precision != "unknown" and mention.value.earliest is not None


def scope_of(mention: Mention, claimed: Sequence[tuple[int, int]] = ()) -> tuple[int, int]:
    """The trigger's clause and the relative clauses that follow it ("..., which began on Monday").

    A relative clause with no trigger of its own says more about its antecedent, so its date
    words belong to the trigger before it.
    """
    start, end = mention.clause
    text = mention.paragraph.text
    for clause in mention.clauses:
        if clause[0] < end:
            continue
        if (
            clause[0] - end > 3
            or any(c[0] == clause[0] for c in claimed)
            or not _RELATIVE_CLAUSE.match(text, clause[0])
        ):
            break
        end = clause[1]
    return start, end


def attach_date(
    mention: Mention,
    dates: Sequence[DateMention],
    dct: PublicationDate,
    dct_date: DateValue,
    claimed: Sequence[tuple[int, int]] = (),
) -> DateValue | None:
    """The event's date, or None when the trigger states no event (an intention with no time).

    ``dates`` are the paragraph's resolved temporal expressions; ``dct_date`` is the value for
    "happens at publication" (present or recent-past tense with no date words); ``claimed`` are
    clauses of other triggers, whose date words belong to those.
    """
    text = mention.paragraph.text
    scope = scope_of(mention, claimed)
    own_words = [
        d
        for d in dates
        if scope[0] <= d.start < scope[1] and not _crosses(d, mention)
    ]
    # "The next day of action": date words inside the trigger are part of its name
    dates = [
        _until_now(d, dct, text)
        for d in dates
        if usable(d) and not _crosses(d, mention)
    ]
    relative_clause = _RELATIVE_START.match(text, mention.clause[0]) is not None
    free = [
        d
        for d in dates
        if relative_clause
        or not any(c[0] <= d.start < c[1] for c in claimed if c[0] != scope[0])
    ]
    chosen = _nearest(mention, dates, *scope) or _nearest(
        mention, free, *mention.sentence
    )
    if (
        chosen is None
        and mention.mood == REALIS
        and not mention.needs_date
        and mention.form == "act"
    ):
        chosen = _inherited(mention, dates)
    if chosen is None and mention.needs_date and mention.mood == REALIS:
        chosen = _cause_date(mention, dates)
    if chosen is None:
        if mention.needs_date and mention.mood == REALIS and own_words:
            return own_words[
                0
            ].value  # dated by the text, though not to a day we can find
        if mention.mood in (FUTURE, INTENTION) and own_words:
            # "will be held on Thursday, March 28" with no publication year: planned, date unknown
            value = own_words[0].value
            return replace(value, planned=True) if value.earliest else replace(
                DateValue.unknown(f"planned: {value.explanation}"), planned=True
            )
        if mention.mood != REALIS or mention.needs_date:
            return None
        if _BARE_PLURAL.match(mention.text) and mention.type == "order":
            return None  # "officers are using dispersal orders": a practice, no one order
        if mention.form != "act" or mention.background or mention.habitual:
            return DateValue.unknown("no date words; background or recurring")
        return dct_date
    if (
        _SINCE.search(text, 0, chosen.start) or chosen.text.lower().startswith("since")
    ) and _standing(mention):
        return None
    value = _with_range_end(chosen, dates, mention)
    if mention.mood in (FUTURE, INTENTION):
        if not _not_before_publication(value, dct):
            value = _future_reading(value, chosen.text, dct)
        if value is None:
            return None
        if not value.planned:
            value = replace(value, planned=True)
    elif mention.needs_date and value.anchor == "dct":
        return None
    if (
        not value.planned
        and dct.latest
        and value.earliest
        and value.earliest > dct.latest
    ):
        value = replace(
            value, planned=True
        )  # "is holding a meeting on Monday, July 8": after publication
    return value


# "The first was in place for 48 hours in July after a man was assaulted": the assault that
# prompted a dated act, with a victim, happened in the same month (not day: it came before)
_CAUSE = re.compile(r"(?:after|following)\b", re.IGNORECASE)
_VICTIM = re.compile(
    r"\b(?:a|an)\s+(?:\d+-year-old\s+)?(?:man|woman|boy|girl|teenager|youth|pensioner|student|officer|shopkeeper)\b",
    re.IGNORECASE,
)


def _cause_date(mention: Mention, dates: Sequence[DateMention]) -> DateMention | None:
    text = mention.paragraph.text
    start, end = mention.clause
    if mention.type != "incident" or not _CAUSE.match(text, start) or not _VICTIM.search(text, start, end):
        return None
    before = [d for d in dates if mention.sentence[0] <= d.start and d.end <= start]
    if not before or before[-1].value.precision not in ("month", "season", "year"):
        return None
    return before[-1]


def _standing(mention: Mention) -> bool:
    """ "Police have used dispersal orders for big matches since 2018": a practice, not an occurrence."""
    clause = mention.paragraph.text[mention.clause[0] : mention.clause[1]]
    return bool(_PERFECT.search(clause) and _BARE_PLURAL.match(mention.text))


def _crosses(found: DateMention, mention: Mention) -> bool:
    """A date span cut by the trigger's edge ("The next day|of action") is the trigger misread."""
    inside_start = mention.start < found.start < mention.end
    inside_end = mention.start < found.end < mention.end
    return inside_start != inside_end or (found.start < mention.start < found.end)


def _future_reading(
    value: DateValue, written: str, dct: PublicationDate
) -> DateValue | None:
    """ "expected at the meeting in September": a yearless month read forward, not back."""
    if (
        value.anchor != "relative"
        or value.precision not in ("month", "season")
        or _YEAR.search(written)
    ):
        return None
    start, end = _next_year(value.earliest), _next_year(value.latest)
    if start is None or end is None or (dct.earliest and end < dct.earliest):
        return None
    edtf = (
        value.edtf.replace(str(value.earliest.year), str(start.year), 1)
        if value.edtf
        else value.edtf
    )
    return replace(
        value,
        earliest=start,
        latest=end,
        edtf=edtf,
        planned=True,
        explanation=f"{value.explanation}; read forward (future tense)",
    )


def _next_year(day):
    try:
        return day.replace(year=day.year + 1) if day else None
    except ValueError:  # 29 February
        return day.replace(year=day.year + 1, day=28)


def _until_now(found: DateMention, dct: PublicationDate, text: str) -> DateMention:
    """ "since the start of the year" runs until publication, not to the end of the year."""
    value = found.value
    since = (
        found.text.lower().startswith("since")
        or text[max(0, found.start - 6) : found.start].lower().strip() == "since"
    )
    if since and dct.latest and value.latest and value.latest > dct.latest:
        value = replace(
            value,
            latest=max(dct.latest, value.earliest),
            edtf=f"{value.earliest.isoformat()}/{dct.latest.isoformat()}",
        )
        return replace(found, value=value)
    return found


def _nearest(
    mention: Mention, dates: Sequence[DateMention], start: int, end: int
) -> DateMention | None:
    inside = [d for d in dates if d.start >= start and d.end <= end]
    if not inside:
        return None

    def distance(d: DateMention) -> tuple[int, int]:
        gap = d.start - mention.end if d.start >= mention.end else mention.start - d.end
        return max(gap, 0), _PRECISION_RANK.get(d.value.precision, 5)

    return min(inside, key=distance)


def _inherited(mention: Mention, dates: Sequence[DateMention]) -> DateMention | None:
    """A date told earlier in the same paragraph, for a past-tense sentence that carries none."""
    clause_text = mention.paragraph.text[mention.clause[0] : mention.clause[1]]
    if mention.background or mention.habitual or _PRESENT.search(clause_text):
        return None
    earlier = [d for d in dates if d.end <= mention.sentence[0]]
    return earlier[-1] if earlier else None


def _with_range_end(
    chosen: DateMention, dates: Sequence[DateMention], mention: Mention
) -> DateValue:
    """ "launched on Tuesday night and runs until May 26": one interval from both expressions."""
    text = mention.paragraph.text
    s0 = mention.sentence[0]
    # "Last summer a man was stabbed, and in October police ...": the next clause's date is its own
    s1 = max(scope_of(mention)[1], chosen.end)
    later = sorted(
        (d for d in dates if d.start >= chosen.end and d.end <= s1),
        key=lambda d: d.start,
    )
    for other in later[:1]:
        between = text[chosen.end : other.start]
        joined = (
            _RANGE_JOIN.search(between)
            and len(between) < 40
            or other.text.lower().startswith(("until", "till"))
        )
        if (
            joined
            and other.value.latest
            and chosen.value.earliest
            and other.value.latest >= chosen.value.earliest
        ):
            return _span(chosen.value, other.value)
    earlier = sorted(
        (d for d in dates if d.end <= chosen.start and d.start >= s0),
        key=lambda d: d.start,
    )
    if chosen.text.lower().startswith(("until", "till")) and earlier:
        first = earlier[-1]
        if (
            first.value.earliest
            and chosen.value.latest
            and first.value.earliest <= chosen.value.latest
        ):
            return _span(first.value, chosen.value)
    return chosen.value


def _span(first: DateValue, last: DateValue) -> DateValue:
    start, end = first.earliest, last.latest
    coarse = max(
        first.precision, last.precision, key=lambda p: _PRECISION_RANK.get(p, 5)
    )
    edtf = f"{start.isoformat()}/{end.isoformat()}" if start and end else first.edtf
    return DateValue(
        edtf=edtf,
        earliest=start,
        latest=end,
        precision=coarse,
        anchor=first.anchor,
        explanation=f"{RANGE_PREFIX}{first.explanation} until {last.explanation}",
        planned=first.planned,
    )


def _not_before_publication(value: DateValue, dct: PublicationDate) -> bool:
    if value.planned or dct.earliest is None or value.latest is None:
        return True
    return value.latest >= dct.earliest

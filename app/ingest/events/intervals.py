"""Intervals built from date words: ranges ("from Monday until Friday"), periods running until
publication ("since the start of the year"), and yearless months read forward for plans."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from app.ingest.events.mention import Mention
from app.ingest.events.scope import scope_of
from app.ingest.records import DateMention, DateValue, PublicationDate
from app.ingest.temporal.tally_words import tells_tally

_RANGE_JOIN = re.compile(
    r"(?:until|till|til|to|through|through to|and|and runs until|and run until|running until|runs until|"
    r"until at least|-|–|—)"
    # "from 6pm on Saturday until 6am on Monday": a clock time between the join and the day
    r"(?:\s+(?:\d{1,2}(?:[.:]\d\d)?\s*(?:am|pm)|midnight|midday|noon)(?:\s+on)?)?\s*$",
    re.IGNORECASE,
)


_COMMENCES = re.compile(
    r"\b(?:(?:takes?|took|taking)\s+effect|(?:comes?|came|coming)\s+into\s+(?:force|effect))\b",
    re.IGNORECASE,
)
# "... and will run until", "... and lasts until": the length of what came into force, not a new act
_RUNS_ON = re.compile(
    r"\band\s+(?:will\s+|is\s+due\s+to\s+)?(?:run|runs|last|lasts|remain|remains|stay|stays|continue|continues)\b",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b|\byear\b", re.IGNORECASE)


RANGE_PREFIX = "from "  # how a range joined from two expressions explains itself


PRECISION_RANK = {
    "day": 0,
    "week": 1,
    "month": 2,
    "season": 3,
    "year": 4,
    "unknown": 5,
}


def future_reading(
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


# "last autumn", "two years ago", "earlier this month": the words themselves say the past, so a
# future verb near them ("that is what we are delivering") never reads them forward
_LOOKS_BACK = re.compile(
    r"^(?:last|previous|yesterday|earlier|the\s+(?:previous|past)|in\s+the\s+past|during\s+the\s+past)\b|\bago$",
    re.IGNORECASE,
)


def looks_back(written: str) -> bool:
    """True when the date words are past by themselves ("last autumn", "three weeks ago")."""
    return _LOOKS_BACK.search(written.strip()) is not None


# "its announcement in January that it would recruit 200 officers over the next two years": a plan
# reported on a past date, whose only time words count a duration from now, is dated by the report
_REPORTING = re.compile(
    r"\b(?:announce(?:d|ment|s)?|pledged?|promised?|unveiled|revealed|confirmed|said|stated|agreed|decided"
    r"|decision|pledge|commitment|committed|vowed|plan|plans|proposals?|bid)\b[^.;]{0,40}$",
    re.IGNORECASE,
)
_COMPLEMENT = re.compile(
    r"^[\s,]*(?:that|to)\b[^.;]{0,80}$|^[\s,]*(?:it|they|he|she)\s+(?:would|will|was\s+to|were\s+to)\b[^.;]{0,60}$",
    re.IGNORECASE,
)
_DURATION_AHEAD = re.compile(
    r"^(?:over|in|during|within)\s+the\s+(?:next|coming|following)\b", re.IGNORECASE
)


def reported_when(
    mention: Mention, dates: Sequence[DateMention], chosen: DateMention
) -> DateMention | None:
    """The past date of the report a plan was told in, when the plan's own words give only a duration."""
    if not _DURATION_AHEAD.match(chosen.text):
        return None
    text = mention.paragraph.text
    for found in reversed(dates):
        if found.end > mention.start or found.start < mention.sentence[0]:
            continue
        if (
            not found.value.planned
            and _REPORTING.search(text, mention.sentence[0], found.start)
            and _COMPLEMENT.match(text[found.end : mention.start])
        ):
            return found
        return None
    return None


# "Residents can comment on the application until May 25": a consultation told only by its
# deadline is dated by that day, the one occurrence the text fixes
_DEADLINE = re.compile(
    r"\b(?:until|till|by)\s+(?:midnight\s+|noon\s+|5pm\s+)?(?:on\s+)?$", re.IGNORECASE
)


def deadline_day(
    value: DateValue, chosen: DateMention, mention: Mention, dct: PublicationDate
) -> DateValue:
    """A consultation's open-ended "until May 25" (from publication on) becomes the closing day."""
    text = mention.paragraph.text
    if (
        mention.type != "consultation"
        or value.explanation.startswith(RANGE_PREFIX)
        or not _DEADLINE.search(text, max(0, chosen.start - 30), chosen.start)
        or value.latest is None
        or dct.latest is None
        or value.latest <= dct.latest
        or value.earliest == value.latest
    ):
        return value
    day = value.latest
    return replace(
        value,
        earliest=day,
        latest=day,
        edtf=day.isoformat(),
        planned=True,
        explanation=f"{value.explanation}; the deadline is the day it closes",
    )


# "212 fines last year, up from 164 in 2016": the clause that is the comparison's baseline is an
# event of its own, and the baseline year is its date
_BASELINE = re.compile(
    r"\b(?:up|down|rising|falling|rose|fell)\s+from\b|\bcompared\s+(?:with|to)\b",
    re.IGNORECASE,
)
_YEAR_ONLY = re.compile(r"(?:in\s+)?((?:19|20)\d\d)", re.IGNORECASE)


def baseline_year(mention: Mention, found: DateMention) -> DateValue | None:
    """The written year of a comparison baseline, for the event that is that baseline."""
    text = mention.paragraph.text
    year = _YEAR_ONLY.fullmatch(found.text.strip())
    if (
        found.value.precision != "unknown"
        or year is None
        or not _BASELINE.search(text, mention.clause[0], found.start)
    ):
        return None
    number = int(year.group(1))
    return DateValue(
        edtf=str(number),
        earliest=date(number, 1, 1),
        latest=date(number, 12, 31),
        precision="year",
        anchor="explicit",
        explanation=f"{found.text} -> {number}: the year of the figure compared with",
    )


def _next_year(day):
    try:
        return day.replace(year=day.year + 1) if day else None
    except ValueError:  # 29 February
        return day.replace(year=day.year + 1, day=28)


def until_now(found: DateMention, dct: PublicationDate, text: str) -> DateMention:
    """ "since the start of the year" runs until publication, not to the end of the year; "since
    January" (prosecuted 38 people since January) likewise runs from January to publication: a
    tally, not a state ("has funded a team since April" dates from April)."""
    value = found.value
    since = (
        found.text.lower().startswith("since")
        or text[max(0, found.start - 6) : found.start].lower().strip() == "since"
    )
    if (
        since
        and dct.latest
        and value.earliest
        and value.latest
        and value.latest != dct.latest
        and value.earliest <= dct.latest
        and tells_tally(text, found.start, found.end)
    ):
        latest = max(dct.latest, value.earliest)
        value = replace(
            value,
            latest=latest,
            edtf=f"{value.earliest.isoformat()}/{latest.isoformat()}",
        )
        return replace(found, value=value)
    return found


def with_range_end(
    chosen: DateMention, dates: Sequence[DateMention], mention: Mention
) -> DateValue:
    """ "launched on Tuesday night and runs until May 26": one interval from both expressions."""
    if (start := _commencement(chosen, dates, mention)) is not None:
        return start
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


def _commencement(
    chosen: DateMention, dates: Sequence[DateMention], mention: Mention
) -> DateValue | None:
    """ "will take effect on 20 October and will run until October 2023": a law or order coming
    into force is dated to that day; how long it then runs is told by a later clause."""
    text = mention.paragraph.text
    verb = _COMMENCES.search(text, mention.sentence[0], mention.sentence[1])
    if verb is None:
        return None
    after = sorted(
        (d for d in dates if verb.end() <= d.start < mention.sentence[1]),
        key=lambda d: d.start,
    )
    if not after or after[0].start - verb.end() > 12 or not after[0].value.earliest:
        return None  # the day must follow the verb: "comes into force on 3 March"
    first = after[0]
    told_after = len(after) > 1 and chosen is after[1]
    if chosen is first or (
        told_after and _RUNS_ON.search(text, first.end, chosen.start)
    ):
        return first.value
    return None


def _span(first: DateValue, last: DateValue) -> DateValue:
    start, end = first.earliest, last.latest
    coarse = max(
        first.precision, last.precision, key=lambda p: PRECISION_RANK.get(p, 5)
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

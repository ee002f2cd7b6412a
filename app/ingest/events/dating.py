"""The date of a detected trigger: the date words attached to it, else the tense."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from app.ingest.events.date_lists import listed_days
from app.ingest.events.detect import FUTURE, INTENTION, REALIS, Mention
from app.ingest.events.intervals import (
    PRECISION_RANK,
    RANGE_PREFIX,
    baseline_year,
    deadline_day,
    future_reading,
    looks_back,
    reported_when,
    until_now,
    with_range_end,
)
from app.ingest.events.member_since import joined_when, member_since
from app.ingest.events.merge import within
from app.ingest.events.occasions import outside_occasions
from app.ingest.events.phrase_dates import belongs_to_phrase, names_trigger
from app.ingest.events.planned_starts import starts_after_publication
from app.ingest.events.scope import scope_of
from app.ingest.events.since_spans import since_span
from app.ingest.events.tellings import same_interval
from app.ingest.events.told_content import content_dates, outside_asides
from app.ingest.records import DateMention, DateValue, PublicationDate

_RELATIVE_START = re.compile(
    r"[\"“‘']?\s*(?:which|that|who|resulting in|leading to)\b", re.IGNORECASE
)
_PRESENT = re.compile(
    r"\b(?:is|are|am|has|have|now|currently|today|this week|this month)\b",
    re.IGNORECASE,
)


_SINCE = re.compile(r"\bsince\s*$", re.IGNORECASE)
_PERFECT = re.compile(r"\b(?:has|have)\b", re.IGNORECASE)
# "have used section 35 dispersal orders ... since 2018": a bare plural, a practice rather than an act
_BARE_PLURAL = re.compile(
    # "led to 46 arrests": a written count is no practice
    r"^(?!.*\b\d)\S+\s+(?!(?:a|an|the|its|their|this|that|\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|fifteen|twenty|thirty|forty|fifty|hundreds?|dozens?)\b)(?:\S+\s+){0,4}?\S+s$",
    re.IGNORECASE,
)


_IN_PLACE = re.compile(
    r"\b(?:has|have|had)\s+been\s+(?:deployed|based|stationed|in\s+place|operating|running|working|patrolling)\b",
    re.IGNORECASE,
)


def usable(mention: DateMention) -> bool:
    return mention.value.precision != "unknown" and mention.value.earliest is not None


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
        if scope[0] <= d.start < scope[1]
        and not _crosses(d, mention)
        and not belongs_to_phrase(mention, d)
    ]
    # "The next day of action": date words inside the trigger are part of its name
    # "has been deployed across the city since April": a team in place since then was launched
    # once, at the start, not over a period running until publication ("recruiting 180 officers
    # since April" is a count over the period, and keeps it)
    in_place = (
        mention.type == "team_launch"
        and _IN_PLACE.search(text, mention.sentence[0], mention.sentence[1])
    ) or member_since(mention)
    dates = [
        d if in_place or _when_of(d, mention) else until_now(d, dct, text)
        for d in dates
        if usable(d) and not _crosses(d, mention) and not belongs_to_phrase(mention, d)
    ]
    if not in_place and not _standing(mention) and (spanned := since_span(mention, dates, dct)):
        return spanned
    dates = outside_occasions(mention, outside_asides(mention, content_dates(mention, dates)))
    relative_clause = _RELATIVE_START.match(text, mention.clause[0]) is not None
    free = [
        d
        for d in dates
        if relative_clause
        or not any(c[0] <= d.start < c[1] for c in claimed if c[0] != scope[0])
    ]
    chosen = (
        _nearest(mention, dates, *scope)
        or _when_antecedent(mention, dates)
        or _nearest(mention, free, *mention.sentence)
        or _fronted(mention, dates)
        or _sentence_initial(mention, dates)
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
            # dated by the text, though not to a day we can find
            return baseline_year(mention, own_words[0]) or own_words[0].value
        planned_words = outside_asides(mention, own_words)
        if mention.mood in (FUTURE, INTENTION) and planned_words:
            # "will be held on Thursday, March 28" with no publication year: planned, date unknown
            value = planned_words[0].value
            return (
                replace(value, planned=True)
                if value.earliest
                else replace(
                    DateValue.unknown(f"planned: {value.explanation}"), planned=True
                )
            )
        if mention.mood != REALIS or mention.needs_date:
            return None
        if _BARE_PLURAL.match(mention.text) and mention.type == "order":
            return (
                None  # "officers are using dispersal orders": a practice, no one order
            )
        if mention.form != "act" or mention.background or mention.habitual:
            return DateValue.unknown("no date words; background or recurring")
        if own_words and dct_date.earliest is None:
            # its own date words name a day we cannot place in a year: say so, not "no date words"
            return own_words[0].value
        return dct_date
    if (
        _SINCE.search(text, 0, chosen.start) or chosen.text.lower().startswith("since")
    ) and _standing(mention):
        return None
    if mention.mood in (FUTURE, INTENTION) and (
        reported := reported_when(mention, dates, chosen)
    ):
        return reported.value
    value = deadline_day(
        listed_days(chosen, dates, mention)
        or (in_place and joined_when(chosen, mention))
        or with_range_end(chosen, dates, mention),
        chosen,
        mention,
        dct,
    )
    if mention.mood in (FUTURE, INTENTION) and not looks_back(chosen.text):
        if not _not_before_publication(value, dct):
            value = future_reading(value, chosen.text, dct)
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
        and starts_after_publication(value, dct)
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
    if (
        mention.type != "incident"
        or not _CAUSE.match(text, start)
        or not _VICTIM.search(text, start, end)
    ):
        return None
    before = [d for d in dates if mention.sentence[0] <= d.start and d.end <= start]
    if not before or before[-1].value.precision not in ("month", "season", "year"):
        return None
    return before[-1]


# "At the October derby, 12 people were arrested and two officers were injured": a time put
# before the sentence's first comma is the time of every clause after it
_FRONTED = re.compile(
    r"[\"“‘']?(?:in|on|at|during|by|over|last|this|earlier|later|after|before)\b[^,.;]{0,40},",
    re.IGNORECASE,
)


def _fronted(mention: Mention, dates: Sequence[DateMention]) -> DateMention | None:
    if mention.mood != REALIS:
        return None
    head = _FRONTED.match(mention.paragraph.text, mention.sentence[0])
    if head is None or head.end() > mention.clause[0]:
        return None
    text = mention.paragraph.text
    inside = [
        d
        for d in dates
        if mention.sentence[0] <= d.start
        and d.end <= head.end()
        # the words before the comma are the time phrase itself ("At the October derby,")
        and len(text[mention.sentence[0] : d.start].split()) <= 3
        and len(text[d.end : head.end()].split()) <= 2
    ]
    return inside[-1] if inside else None


def _sentence_initial(
    mention: Mention, dates: Sequence[DateMention]
) -> DateMention | None:
    """ "Last week officers served notices on three houses and seized a sound system": a time
    that opens the sentence dates every act of it, not only the first clause's."""
    if mention.mood != REALIS:
        return None
    text = mention.paragraph.text
    before = [
        d for d in dates if mention.sentence[0] <= d.start and d.end <= mention.start
    ]
    if not before or len(text[mention.sentence[0] : before[0].start].split()) > 1:
        return None  # at most an opening quote mark or "And" before the time words
    return before[0] if len(before) == 1 else None


# "... at Deepdale in October, when missiles were thrown and five fans were arrested"; "on
# Wednesday, November 15, where two men were arrested"; "met on Tuesday, February 20, and agreed"
_WHEN = re.compile(r"\s*,?\s*(?:when|where|and)\b", re.IGNORECASE)


def _when_antecedent(
    mention: Mention, dates: Sequence[DateMention]
) -> DateMention | None:
    """The time a clause hangs on: the date words just before the ", when", ", where" or ", and"
    that opens the clause holding the trigger."""
    text = mention.paragraph.text
    for found in sorted(dates, key=lambda d: d.end, reverse=True):
        if not (mention.sentence[0] <= found.start and found.end <= mention.start):
            continue
        joint = _WHEN.match(text, found.end)
        if joint is None:
            continue
        between = text[joint.end() : mention.start]
        # the trigger is in the "when" clause itself, not in a later clause or sentence
        if len(between) <= 80 and not re.search(r"[.;:]|\b(?:when|where)\b", between):
            return found
        return None
    return None


_WHEN_ONLY = re.compile(r"\s*,?\s*when\b", re.IGNORECASE)


def _when_of(found: DateMention, mention: Mention) -> bool:
    """ "the third stabbing since May, when a man was knifed": the clause that hangs on the time
    happened then, not over the period since."""
    joint = _WHEN_ONLY.match(mention.paragraph.text, found.end)
    return joint is not None and 0 <= mention.start - joint.end() <= 80


_COUNTED = re.compile(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\s", re.IGNORECASE
)


def _standing(mention: Mention) -> bool:
    """ "Police have used dispersal orders for big matches since 2018": a practice, not an occurrence
    (a count of staff a body "has paid for since January" are posts filled then: a launch)."""
    if mention.type == "team_launch" and _COUNTED.search(mention.text):
        return False
    clause = mention.paragraph.text[mention.clause[0] : mention.clause[1]]
    return bool(_PERFECT.search(clause) and _BARE_PLURAL.match(mention.text))


def _crosses(found: DateMention, mention: Mention) -> bool:
    """A date span cut by the trigger's edge ("The next day|of action") is the trigger misread;
    a possessive time opening it ("Thursday's meeting") is the trigger's own."""
    if names_trigger(found, mention):
        return False
    inside_start = mention.start < found.start < mention.end
    inside_end = mention.start < found.end <= mention.end
    return inside_start != inside_end or (found.start < mention.start < found.end)


def _nearest(
    mention: Mention, dates: Sequence[DateMention], start: int, end: int
) -> DateMention | None:
    inside = [d for d in dates if d.start >= start and d.end <= end]
    if not inside:
        return None

    def distance(d: DateMention) -> tuple[int, int, bool]:
        gap = d.start - mention.end if d.start >= mention.end else mention.start - d.end
        # at equal distance the time after the verb is its own ("charged the next day and
        # appeared at court on July 30")
        return max(gap, 0), PRECISION_RANK.get(d.value.precision, 5), d.start < mention.end

    best = min(inside, key=distance)
    # "Last year officers arrested 11 people over the Bonfire Night weekend": a finer date after
    # the verb, inside the nearest one, says which part of it ("figures released last month show
    # 41 fines were issued in 2023": one before it belongs to another verb)
    finer = [
        d
        for d in inside
        if d.start >= mention.end
        and within(d.value, best.value)
        and not same_interval(d.value, best.value)
        and PRECISION_RANK.get(d.value.precision, 5) < PRECISION_RANK.get(best.value.precision, 5)
    ]
    return min(finer, key=distance) if finer else best


def _inherited(mention: Mention, dates: Sequence[DateMention]) -> DateMention | None:
    """A date told earlier in the same paragraph, for a past-tense sentence that carries none."""
    clause_text = mention.paragraph.text[mention.clause[0] : mention.clause[1]]
    if mention.background or mention.habitual or _PRESENT.search(clause_text):
        return None
    earlier = [d for d in dates if d.end <= mention.sentence[0]]
    return earlier[-1] if earlier else None


def _not_before_publication(value: DateValue, dct: PublicationDate) -> bool:
    if value.planned or dct.earliest is None or value.latest is None:
        return True
    return value.latest >= dct.earliest


__all__ = ["RANGE_PREFIX", "attach_date", "scope_of", "usable"]

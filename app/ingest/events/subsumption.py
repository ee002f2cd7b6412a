"""Mentions that another mention of the same sentence already tells: the subsumed readings.

One sentence can read two ways: the order is the event, the ban it makes is not; a meeting is
where a decision was taken; the seizures of a day of action are a detail of it. And one
sentence can tell two counts for two periods ("..., falling to 37 in 2020").
"""

from __future__ import annotations

import re
from dataclasses import replace

from app.ingest.events.mention import Mention
from app.ingest.events.mood import FUTURE, INTENTION, REALIS
from app.ingest.events.sentences import Span

# one sentence, two readings of one act: the order is the event, the ban/closure it makes is not;
# what a statement or figures say is the statement's content, not another event
_SUBSUMED_BY = {
    # (type of the act that subsumes, words the subsumed trigger must have, words the act must have)
    "enforcement": (
        "order",
        re.compile(r"\b(?:ban\w*|closed|shut)\b", re.IGNORECASE),
        None,
    ),
    "incident": (
        "announcement",
        None,
        re.compile(
            r"statement|figures|statistics|stats|data|report|review|findings|audit",
            re.IGNORECASE,
        ),
    ),
}
# further rules of the same shape, several a type
_ALSO_SUBSUMED_BY = {
    "operation": (
        # "Peabody announced that it will pay for six new CCTV cameras", "secured £420,000 of
        # funding for new CCTV cameras": the kit or patrols paid for are what the announcement says
        # (unless told with a time of their own: _starts_apart)
        ("announcement", re.compile(r"^(?:fund|paid for|pay|bankroll|financ)", re.IGNORECASE), None),
    ),
    "team_launch": (
        # "set aside £3.5m to pay for extra officers": money promised for officers, no team yet
        ("announcement", None, re.compile("£")),
        # "Extra police patrols and a welfare hub will be in place as part of a crackdown": the
        # extra officers are the operation's
        (
            "operation",
            re.compile(
                r"^(?:extra|additional|more|\d+ (?:extra|more|additional))\b",
                re.IGNORECASE,
            ),
            None,
        ),
    ),
}


# "212 fines were issued in 2019, falling to 37 in 2020": a second count, a second occurrence
_CONTINUATION = re.compile(
    r"(?:falling|dropping|rising|climbing|increasing|decreasing|down|up) to [\d,]+\b",
    re.IGNORECASE,
)
# "212 fines were issued last year, up from 164 in 2016": the earlier count of the same act, another
# occurrence with its own year (counts of acts only: an offence count compared is one statistic)
_BASELINE = re.compile(
    r"(?:(?:falling|dropping|rising|climbing|increasing|decreasing|down|up) from|compared (?:with|to)|against)"
    r" [\d,]+(?= (?:in|during|for|over)\b)",
    re.IGNORECASE,
)
_CONTINUED_TYPES = ("enforcement", "incident")
# "... at Canada Water Library on Saturday and at Peckham Library on Wednesday": the second
# session of a kind told just before (meetings only: patrols in two streets are one operation)
_AND_AT = re.compile(r"and\s+(?:at|in)\b", re.IGNORECASE)
_AT_TYPES = ("meeting",)
_BASELINE_TYPES = ("enforcement",)

# "The consultation closes on May 20", "The operation runs until June 30": the end of a run, told
# after (or before) its start; "began on Monday and runs until Sunday" tells both ends at once
RUN_TYPES = frozenset({"consultation", "operation", "order"})
_CLOSING_WORDS = (
    r"(?:clos(?:es|ed|ing)|will close|ends|ended|will end|finish(?:es|ed)|expires|expired|will expire|"
    r"(?:runs|ran|will run|continues|continued|will continue|lasts|lasted|will last)\s+(?:until|till|to|through)|"
    r"(?:is|was|will be|remains|stays) open (?:until|till))\b"
)
CLOSING = re.compile(r"\b" + _CLOSING_WORDS, re.IGNORECASE)
# "A consultation opened on Monday, May 10, and closes on July 4": the end of the run just told
_AND_CLOSING = re.compile(
    r"and\s+(?:then\s+)?(?=" + _CLOSING_WORDS + ")", re.IGNORECASE
)


def continuations(
    text: str, clauses: tuple[Span, ...], mentions: list[Mention]
) -> list[Mention]:
    out = []
    for before, clause in zip(clauses, clauses[1:], strict=False):
        if (closed := _closing_of(text, before, clause, mentions)) is not None:
            out.append(closed)
            continue
        match = _CONTINUATION.match(text, clause[0])
        types, moods = _CONTINUED_TYPES, (REALIS,)
        if match is None:
            match, types = _BASELINE.match(text, clause[0]), _BASELINE_TYPES
        if match is None:
            match, types = _AND_AT.match(text, clause[0]), _AT_TYPES
            moods = (REALIS, FUTURE)
        # "compared with 131 during the same campaign the year before": the campaign named as the
        # count's period is no act of the clause; the count goes on
        if match is None or any(m.clause == clause and m.subtype != "context" for m in mentions):
            continue
        told = [
            m
            for m in mentions
            if m.clause == before and m.mood in moods and m.type in types
        ]
        if told:
            out.append(
                replace(
                    told[0],
                    start=match.start(),
                    end=match.end(),
                    clause=clause,
                    form="act",
                    needs_date=True,
                    distinct=True,
                    anaphoric=False,
                )
            )
    return out


def _closing_of(
    text: str, before: Span, clause: Span, mentions: list[Mention]
) -> Mention | None:
    if any(m.clause == clause for m in mentions):
        return None
    match = _AND_CLOSING.match(text, clause[0])
    told = [m for m in mentions if m.clause == before and m.type in RUN_TYPES]
    if match is None or not told:
        return None
    return replace(
        told[0],
        start=match.end(),
        end=match.end() + len(text[match.end() : clause[1]].split(" ")[0]),
        clause=clause,
        form="act",
        closing=True,
        distinct=False,
        anaphoric=True,
    )


_AT = re.compile(r"\bat\s+$", re.IGNORECASE)
_PARTICIPLE = re.compile(r",\s*$")


def _is_venue(m: Mention) -> bool:
    """ "voted to renew the order at a meeting": where another act was done, not an event of its own."""
    if m.type != "meeting":
        return False
    return m.subtype == "venue" or (
        m.form == "noun" and bool(_AT.search(m.paragraph.text, m.clause[0], m.start))
    )


# "Officers from the Operation Larkspur team executed warrants": the operation names who acted
_NAMES_TEAM = re.compile(
    r"\s+(?:team|unit|squad|officers|detectives|taskforce|task force)\b", re.IGNORECASE
)


def _names_actor(m: Mention, acts: list[Mention]) -> bool:
    return (
        m.type == "operation"
        and m.form == "noun"
        and bool(_NAMES_TEAM.match(m.paragraph.text, m.end))
        and any(a.clause == m.clause and a.type != "operation" for a in acts)
    )


def _consulted_on(m: Mention, acts: list[Mention]) -> bool:
    """ "opened a consultation on renewing the order": what is consulted on is the consultation's
    subject, no plan of its own."""
    return m.mood == INTENTION and any(
        a.type == "consultation" and a.clause == m.clause and a.end <= m.start
        for a in acts
    )


# "Police said on Sunday that a man had been arrested": the statement is how the arrest became
# known, not an act of its own; a promise in the that-clause ("said ... that the force would") stays
# the statement's content and the statement is the event
_REPORTING = re.compile(r"(?:said|stated|confirmed|revealed|disclosed|told|warned)\b", re.IGNORECASE)


def _says_before(a: Mention, m: Mention) -> bool:
    """The act is a reporting verb told before the mention: what it reports is another act."""
    return a.type == "announcement" and a.end <= m.start and _REPORTING.match(a.text) is not None


def _reports_act(m: Mention, acts: list[Mention]) -> bool:
    """A dated "said ... that" whose that-clause tells a past act of another type."""
    return (
        m.type == "announcement"
        and _REPORTING.match(m.text) is not None
        and any(a.type != "announcement" and a.sentence == m.sentence and a.start >= m.end for a in acts)
    )


# the staff a grant pays for, told with the month they start: a team of its own beside the grant
_STARTS_FROM = re.compile(
    r"[^.;!?]{0,60}?\bfrom\s+(?:(?:next|this)\s+(?:month|week|year|spring|summer|autumn|winter)|"
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december)\b)",
    re.IGNORECASE,
)


# patrols or kit paid for, told with the time they run: an operation of its own beside the grant
_RUNS_WHEN = re.compile(
    r"[^.;!?]{0,80}?\b(?:from|over|during|throughout|until|in|this|next)\s+(?:the\s+)?"
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december|"
    r"christmas|easter|summer|winter|spring|autumn|new year|half-term|weekend|festive)\b",
    re.IGNORECASE,
)


# a time told in the sentence: an announcement that needs a date will have one
_WHEN = re.compile(
    r"\b(?:(?:19|20)\d\d|january|february|march|april|may|june|july|august|september|october|"
    r"november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|"
    r"(?:last|this|next)\s+(?:week|weekend|month|year|summer|spring|autumn|winter))\b",
    re.IGNORECASE,
)


def _told_when(m: Mention) -> bool:
    """The mention's sentence tells a time."""
    return _WHEN.search(m.paragraph.text, *m.sentence) is not None


def _starts_apart(m: Mention) -> bool:
    """A team told with the month it starts ("£40,000 to pay for two extra marshals from November"),
    patrols paid for told with when they run ("funded extra patrols over Christmas")."""
    text = m.paragraph.text
    if m.type == "team_launch":
        return bool(_STARTS_FROM.match(text, m.end, m.clause[1]))
    return m.type == "operation" and bool(_RUNS_WHEN.match(text, m.end, m.clause[1]))


def _period_of_count(m: Mention, mentions: list[Mention]) -> bool:
    """ "..., compared with 131 during the same campaign the year before": the campaign names the
    period of the earlier count (a continuation of the clause before), not an operation told."""
    return m.subtype == "context" and any(
        a.clause == m.clause and a.type in _BASELINE_TYPES and a.distinct and a.needs_date
        for a in mentions
    )


def without_subsumed(mentions: list[Mention]) -> list[Mention]:
    acts = [m for m in mentions if m.form == "act" and m.mood == REALIS]
    out = []
    for m in mentions:
        if _names_actor(m, acts) or _consulted_on(m, acts) or _reports_act(m, acts):
            continue
        if _told_when(m) and any(
            _is_venue(v) and v.clause == m.clause and _says_before(m, v) for v in mentions
        ):
            # "said the force would review the orders at a meeting next week": the meeting is the
            # occurrence the saying tells
            continue
        if _period_of_count(m, mentions):
            continue
        if _is_venue(m) and any(
            a.clause == m.clause
            and a.type != "meeting"
            and a.form == "act"
            and a.mood in (REALIS, FUTURE)
            # "said the force would review the orders at a meeting next week": the saying is
            # not what is done at the meeting
            and not _says_before(a, m)
            # "approved the renewal of the PSPO at a meeting on Monday": the sitting that made a
            # rule is told as an occurrence of its own
            and not (a.type == "order" and m.subtype != "venue" and m.mood == REALIS)
            for a in mentions
        ):
            continue
        if (
            m.type == "enforcement"
            and m.text.lower().endswith("ing")
            and _PARTICIPLE.search(m.paragraph.text, m.clause[0], m.start)
            and any(a.type == "operation" and a.subtype != "context" for a in acts)
        ):
            continue  # "carried out a week of action ..., seizing 140 cans": a detail of the operation
        rules = (_SUBSUMED_BY[m.type],) if m.type in _SUBSUMED_BY else ()
        if not _starts_apart(m) and any(
            a.type == rule[0]
            and (rule[1] is None or rule[1].search(m.text))
            and (rule[2] is None or rule[2].search(a.text))
            # "pledged £40,000 for new CCTV cameras" with no date makes no announcement: the
            # cameras paid for then tell the pledge
            and not (m.type == "operation" and a.needs_date and not _told_when(a))
            for rule in rules + _ALSO_SUBSUMED_BY.get(m.type, ())
            for a in acts
        ):
            continue
        out.append(m)
    return out

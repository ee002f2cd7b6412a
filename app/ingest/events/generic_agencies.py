"""Unnamed police, council, fire and group words ("officers", "the council", "the charity") read as
the article's own agencies."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from app.ingest.events.lookup import Hit
from app.ingest.events.warden_bodies import street_wardens
from app.ingest.records import AgencyRef
from app.ingest.temporal.case_fold import paragraph_lower
from app.ingest.temporal.cues import literal_cues, may_match

if TYPE_CHECKING:
    from app.ingest.events.context import ArticleContext

# Words that mean "the police" or "the council" without naming which one: the article's own.
_COUNCIL_OFFICERS = re.compile(
    r"\b(?:(?:council|enforcement|community safety|licensing|trading standards|environmental health|parking|"
    r"civil enforcement|anti-social behaviour|asb)\s+(?:enforcement\s+)?(?:officers?|wardens?|teams?)|"
    r"(?:street|community|neighbourhood|council|town centre|seafront|park|dog)\s+wardens?|councillors)\b",
    re.IGNORECASE,
)
_COUNCIL_WORDS = re.compile(
    r"\b(?:the council|the councils|council(?=[’']s)|the local authority|local authority|the authority|town hall|"
    r"the borough council|the city council|the district council|"
    r"the (?:(?:overview and |council |licensing |planning )?scrutiny |licensing |council )?(?:committee|cabinet)"
    r"|the mayor and cabinet"
    # "Cabinet will receive a review", "before cabinet makes a decision": the council's cabinet
    r"|(?<!shadow )(?<!the )cabinet(?!\s+(?:minister|office|secretary|member|meeting|papers?)))\b",
    re.IGNORECASE,
)
_POLICE_WORDS = re.compile(
    r"\b(?:police(?!\s+(?:station|and crime|federation|share|precept|budget|funding|grant|inspectorate))|"
    r"(?<!for )(?<!of )(?<!on )(?<!about )(?<!in )(?<!towards )(?<!toward )policing|officers?|constables?|specials|"
    r"pcsos?|detectives?|cops|bobbies|the force|sergeants?|inspectors?|safer neighbourhoods?(?: teams?)?|snts?|"
    r"ward officers|neighbourhood officers|response teams?|ward panels?|safer neighbourhoods? panels?|"
    r"borough commander|police commander|chief constable|police chief)\b",
    re.IGNORECASE,
)
_FIRE_WORDS = re.compile(
    r"\b(?:the (?:fire (?:service|brigade)|fire and rescue service)"
    # "officers and firefighters visited schools", "fire crews attended 96 fires": the area's service
    r"|fire-?fighters?|fire crews?|fire officers)\b",
    re.IGNORECASE,
)
_GROUP_WORDS = re.compile(
    r"\b(?:a|the) (?:campaign group|charity|pressure group|campaigners|organisation|organization|"
    r"residents[’']? (?:group|association)|support group|group)\b",
    re.IGNORECASE,
)
_COUNCILLORS = re.compile(
    r"\b((?:[A-Z][\w’'-]+)(?:\s+(?:and\s+)?[A-Z][\w’'-]+)*)\s+councillors\b"
)
_THE_BODY = re.compile(
    r"\b[Tt]he\s+(panel|partnership|board|commission|forum|(?:residents['’]?\s+)?association|BID|community\s+council)\b"
    # "a meeting of BID members": the trader body the article has named
    r"|\b(BID)\b"
)
_OFFICERS_OF = re.compile(
    r"\b(?:officers?|police|detectives|constables|PCSOs|specials)\s+(?:from|of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# "street wardens funded by Wrexham BID": wardens a named body pays for are that body's, not the council's
_OWNED_BY = re.compile(
    r"\s+(?:funded|employed|paid\s+for|hired|provided|run|managed)\s+by\s+(?:the\s+)?", re.IGNORECASE
)


def _owned(text: str, end: int, named: list[Hit]) -> bool:
    """Whether council-like wardens are said to be funded or employed by a named non-public body."""
    by = _OWNED_BY.match(text, end)
    return by is not None and any(
        h.start == by.end()
        and h.agency is not None
        and h.agency.kind not in ("council", "police", "government")
        for h in named
    )


# "the council's Safer Maidstone Partnership agreed": the named body acts, the council only owns it
_POSSESSIVE_GAP = re.compile(r"[’']s\s+")


def owner_only(hit: Hit, text: str, named: list[Hit]) -> bool:
    """Whether an unnamed "the council's" is followed at once by a body named in its own right."""
    if not hit.generic or hit.agency is None or hit.agency.kind != "council":
        return False
    end = hit.end
    gap = _POSSESSIVE_GAP.match(text, end)
    return gap is not None and any(
        h.start == gap.end()
        and h.agency is not None
        and h.agency.kind not in ("council", "police")
        for h in named
    )


def _named_as(body: AgencyRef, noun: str) -> bool:
    """Whether "the <noun>" can stand for the body: its name closes with the noun ("the BID" for a
    Business Improvement District, "the residents' association" for one by name)."""
    name = body.name.lower().replace("’", "").replace("'", "")
    noun = noun.lower().replace("’", "").replace("'", "")
    if noun == "bid":
        return name.endswith((" bid", " business improvement district"))
    return name.endswith(noun)


# case-sensitive copies of the words above (all written in lower case) for the lower-cased text
# where case folding agrees: about twice as fast, and only their places are read
_LOWERED = {
    p: re.compile(p.pattern)
    for p in (_COUNCIL_OFFICERS, _COUNCIL_WORDS, _POLICE_WORDS, _FIRE_WORDS)
}


def _in_spans(pattern: re.Pattern, text: str, spans: list[tuple[int, int]]):
    for start, end in spans:
        yield from pattern.finditer(text, start, end)


@lru_cache(maxsize=16)
def _cues(pattern: re.Pattern) -> tuple[str, ...] | None:
    return literal_cues(pattern)


def generic_agencies(
    text: str,
    named: list[Hit],
    ctx: ArticleContext,
    number: int,
    spans: list[tuple[int, int]],
) -> list[Hit]:
    """Unnamed police and council words in the given sentences, read as the article's force and council."""
    out: list[Hit] = []
    if not spans:
        return out
    taken = [(h.start, h.end + 2) for h in named]
    # "officers from the Metropolitan Police": the officers are the named force's
    taken += [
        (m.start(), h.start)
        for h in named
        if h.agency is not None and h.agency.kind in ("police", "council")
        for m in [_OFFICERS_OF.search(text, max(0, h.start - 30), h.start)]
        if m is not None
    ]

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in taken)

    lowered = text.lower()
    plain = paragraph_lower(text)
    for match in (
        _in_spans(_COUNCILLORS, text, spans) if "councillors" in lowered else ()
    ):
        borough = ctx.lookup.borough_of(match.group(1)) if ctx.lookup else None
        council = ctx.lookup.council_for(borough) if borough else None
        if council is not None and free(*match.span()):
            taken.append(match.span())
            out.append(
                Hit(match.start(), match.end(), council.name, borough, agency=council)
            )
    for pattern, agency in (
        (_COUNCIL_OFFICERS, ctx.council),
        (_COUNCIL_WORDS, ctx.council),
        (_FIRE_WORDS, ctx.fire),  # before the police words: "fire officers" are no police
        (_POLICE_WORDS, ctx.force),
    ):
        if not may_match(_cues(pattern), lowered):
            continue  # a substring test rules out most scans of the council and fire words
        scanned = (
            _in_spans(_LOWERED[pattern], plain, spans)
            if plain is not None
            else _in_spans(pattern, text, spans)
        )
        for match in scanned:
            is_free = free(*match.span()) and not (
                pattern is _COUNCIL_OFFICERS and _owned(text, match.end(), named)
            )
            taken.append(
                match.span()
            )  # "Council enforcement officers" is never also "officers"
            if is_free:
                if (
                    pattern is _COUNCIL_OFFICERS
                    and ctx.warden_body is not None
                    and street_wardens(match.group())
                ):
                    # "Two extra street wardens", paid for by the BID the article names
                    out.append(Hit(match.start(), match.end(), ctx.warden_body.name, agency=ctx.warden_body))
                elif agency is not None:
                    out.append(
                        Hit(
                            match.start(),
                            match.end(),
                            agency.name,
                            None,
                            agency=agency,
                            generic=True,
                        )
                    )
    for m in _in_spans(_THE_BODY, text, spans) if ctx.bodies else ():
        # "The panel will meet again": the panel the article has named
        same = [(n, b) for n, b in ctx.bodies if _named_as(b, m.group(1) or m.group(2))]
        before = [b for n, b in same if n <= number]
        body_ref = before[-1] if before else (same[0][1] if same else None)
        if body_ref is not None and free(*m.span()):
            taken.append(m.span())
            out.append(Hit(m.start(), m.end(), body_ref.name, agency=body_ref))
    if ctx.groups:
        # "slammed by a campaign group" in the lead, named a paragraph later; "the charity Refuge" names itself
        later = [g for n, g in ctx.groups if n >= number]
        group = later[0] if later else ctx.groups[-1][1]
        for m in _in_spans(_GROUP_WORDS, text, spans):
            named_next = any(
                0 <= h.start - m.end() <= 3 and not text[m.end() : h.start].strip()
                for h in named
            )
            if free(*m.span()) and not named_next:
                out.append(Hit(m.start(), m.end(), group.name, agency=group))
    return out

"""Organisations read from their shape: a capitalised run closed by a team word or a suffix.

"Loxford SNT", "Redbridge Safer Neighbourhoods Team", "Romford police", "Redbridge and Barking and
Dagenham Councils", and unknown ones ("Clapton Community Trust") kept with a kind guessed from the suffix.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from app.ingest.records import AgencyRef

from .data import LONDON
from .mentions import AgencyMention, AreaContext
from .org_runs import (
    bid_name,
    listed_forces,
    named_after_the,
    names_a_programme,
    own_words,
    owner_of,
)
from .places import COMMON_PLACE_WORDS, STOP
from .text import slugify

if TYPE_CHECKING:
    from .agencies import AgencyFinder

_NAME = r"(?:[A-Z][\w'’]*(?:-[A-Z]?[\w'’]+)*|St\.?)"
_RUN = rf"{_NAME}(?:(?:,\s+|\s+(?:(?:and|&|of|upon|on|the|in|with)\s+)?){_NAME}){{0,5}}"
RUN_SUFFIX = re.compile(
    rf"(?=[A-Z])\b(?P<run>{_RUN})\s+(?:(?P<team>Safer\s+Neighbourhoods?(?:\s+(?:Policing\s+)?Teams?)?|SNTs?"
    r"|[Ss]afer\s+[Nn]eighbourhoods?\s+[Tt]eams?|[Nn]eighbourhood\s+[Pp]olicing\s+[Tt]eams?"
    r"|[Ww]ard\s+(?:officers|team|police|policing\s+team)|(?:[Cc]ommunity\s+)?[Pp]olicing\s+[Tt]eams?|CID)"
    r"|(?P<suffix>[Cc]ouncils?(?!\s+(?:House|Chamber|Offices|[Tt]ax|[Ee]states?|[Hh]ous\w*|[Ff]lats?|[Hh]omes?"
    r"|[Ll]eaders?|[Ee]lections?|[Ss]eats?|[Mm]eetings?|[Tt]enants?|[Cc]andidates?)\b)|[Pp]olice(?!\s+[Ss]tations?|\s+and\s+[Cc]rime|,\s*[Ff]ire\s+and\s+[Cc]rime)|[Cc]onstabulary|[Cc]ops|Trust|Charity|Foundation"
    r"|Business\s+Improvement\s+District|BID|Residents['’]?\s+Association|Tenants['’]?\s+Association"
    r"|Association|Forum|Students['’]?\s+Union|University|Partnership|Network|Board|Commission|Society|Group|Alliance|Collective"
    r"|Project|Coalition|Panel|Homes|Housing))(?![\w])"
)
# "Homelessness charity Streets Ahead Enfield": a name with no tell-tale suffix, introduced as one
INTRODUCED = re.compile(
    rf"\b(?:[Cc]harity|[Cc]ampaign\s+group|[Pp]ressure\s+group|[Cc]ommunity\s+group|[Rr]esidents['’]?\s+group"
    # "Civil liberties group Liberty", "human rights group Amnesty International"
    rf"|(?:[Cc]ivil\s+liberties|[Hh]uman\s+rights|[Pp]rivacy|[Ll]obby|[Aa]dvocacy|[Vv]ictims['’]?)\s+group"
    rf"|[Oo]rganisation|[Oo]rganization|[Ss]ocial\s+enterprise|[Pp]roject)\s+(?P<run>{_NAME}(?:(?:,\s+|\s+(?:(?:and|&|of|on|the|in|for|with)\s+){{0,2}}){_NAME}){{0,5}})(?![\w'’])"
)
# a word every introduction above holds, as written
_INTRODUCING = re.compile("harity|group|rganisation|rganization|nterprise|roject")
# "X Trust and Y Foundation": a run that lists two organisations is cut after the first one's suffix.
_AFTER_ORG = re.compile(
    r"\b(?P<word>Councils?|Police(?!\s+and\s+Crime)|Trust|Service|Standards|Teams?|SNT|Charity|Foundation|Office|Agency"
    r"|Constabulary|BID|District|Neighbourhoods|Society|Association|Forum|University|Partnership|Network"
    r"|Commission|Group|Alliance|Collective|Project|Coalition)(?:\s+(?:and|&|with)\s+|,\s+|['’]s\s+)"
)
# "run with the Cathedral Quarter and St Peters Quarter business improvement districts": each a BID
_LOWER_BIDS = re.compile(
    rf"(?=[A-Z])\b(?P<names>{_NAME}(?:\s+{_NAME}){{0,3}}(?:(?:,\s+|,?\s+and\s+){_NAME}(?:\s+{_NAME}){{0,3}}){{0,3}})"
    r"\s+business\s+improvement\s+districts?\b"
)
# "the Blackpool Central ward residents' association": a residents' body named in lower case
_LOWER_ASSOCIATION = re.compile(
    rf"(?=[A-Z])\b(?P<name>{_NAME}(?:\s+{_NAME}){{0,3}}(?:\s+ward)?)\s+(?P<kind>residents|tenants)['’]?\s+association\b"
)
# "staff from Belfast One, the city centre business improvement district": a body named, then said
# to be one in apposition
_APPOSED = re.compile(
    rf"(?=[A-Z])\b(?P<name>{_NAME}(?:\s+{_NAME}){{0,3}}),\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){{0,3}}?"
    r"(?P<kind>business\s+improvement\s+district|charity|community\s+group|campaign\s+group|residents['’]?\s+group)"
    r"(?=\s*[,.;)]|\s+(?:which|that|who|for|based|in|set\s+up|run|working)\b)"
)
_APPOSED_KIND = {"business": "business", "charity": "charity"}
_LIST_SPLIT = re.compile(r",\s+|,?\s+and\s+")
_LISTED = re.compile(r"\s*(?:(?:,|and|&)\s*)?")
_NOT_ORG_FIRST = frozenset(
    "Labour Conservative Conservatives Tory Tories Liberal Green Greens Reform Independent"
    " Security Muslim Sikh Hindu Jewish Christian Catholic".split()
)
_AREA_SUFFIXES = ("council", "councils", "police", "constabulary", "cops")
_SUFFIX_KIND = {"council": "council", "police": "police", "constabulary": "police", "trust": "charity",
                "charity": "charity", "foundation": "charity", "business improvement district": "business",
                "bid": "business", "university": "other", "commission": "government",
                "board": "government", "panel": "government", "homes": "other",
                "housing": "other"}  # fmt: skip
_SNT = "Safer Neighbourhoods Team"
_BOARD_OWNERS = (" Partnership", " Trust", " BID", " Business Improvement District", " Association")
_POSSESSIVE = re.compile(r"['’]s?$")
_CONNECTORS = ("and", "&", "of", "the", "on", "in", "with")
# "Neighbouring Westminster City Council", "Rival Hackney Council": words that describe the body
_DESCRIBING = frozenset(
    "Neighbouring Neighboring Nearby Adjoining Adjacent Surrounding Rival Fellow".split()
)


class OrganisationReader:
    """Reads teams and organisations from runs of capitalised words, using the finder's lookups."""

    def __init__(self, finder: AgencyFinder):
        self.finder = finder

    def read(
        self, text: str, pos: int, endpos: int, context: AreaContext | None
    ) -> list[tuple[int, AgencyMention]]:
        """(priority, mention) pairs for the runs in text[pos:endpos]; teams outrank organisations."""
        out: list[tuple[int, AgencyMention]] = []
        for m in RUN_SUFFIX.finditer(text, pos, endpos):
            run, run_start = m.group("run"), m.start("run")
            cuts = list(_AFTER_ORG.finditer(run))
            if cuts:
                last = cuts[-1]
                out += self.read(text, run_start, run_start + last.end("word"), context)
                if m.group("suffix") and last.group().rstrip()[-1] in "sS":
                    continue  # "Coventry City Council's Scrutiny Board": a part of the body just read
                run, run_start = run[last.end() :], run_start + last.end()
            comma = run.rfind(",")
            listed = m.group("suffix") and m.group("suffix").lower() in _AREA_SUFFIXES
            if (
                comma >= 0
                and " and " not in run[comma:]
                and (
                    not listed
                    or not self._listed_area(run[:comma])
                    # "In Truro, British Transport Police officers": a place, then a known body
                    or self._known_after(run[comma + 1 :], m)
                )
            ):  # "Sgt Taylor, Ilford Trust", "Tom Wheeler, Braintree District Council"
                run, run_start = run[comma + 1 :], run_start + comma + 1
            own = own_words(run, " ".join((m.group("team") or m.group("suffix")).split()), self.finder)
            run, run_start = own, run_start + len(run) - len(own)
            stripped = strip_run(run)
            if not stripped:
                continue
            start = run_start + run.index(stripped)
            if m.group("team"):
                out += [(1, x) for x in self._team(stripped, start, m, context)]
            else:
                out += [(2, x) for x in self._org(stripped, start, m, context)]
        # most texts hold none of the introducing words: skip the scan
        introducing = _INTRODUCING.search(text) is not None
        for m in INTRODUCED.finditer(text, pos, endpos) if introducing else ():
            out += [(2, x) for x in self._introduced(m)]
        if "business improvement district" in text:  # most texts name none: skip the scan
            for m in _LOWER_BIDS.finditer(text, pos, endpos):
                out += [(2, x) for x in _districts(m, self.finder.places)]
        if "business improvement district" in text or "group" in text or "charity" in text:
            for m in _APPOSED.finditer(text, pos, endpos):
                out += [(2, x) for x in self._apposed(m)]
        if "s association" in text or "s' association" in text or "s’ association" in text:
            for m in _LOWER_ASSOCIATION.finditer(text, pos, endpos):
                out += [(2, x) for x in _association(m)]
        return out

    def _apposed(self, m: re.Match) -> list[AgencyMention]:
        """The body an apposition says is a charity or BID, unless its name is a place."""
        name = strip_run(m.group("name"))
        if not name or name.split()[0] in _NOT_ORG_FIRST or self.finder.places.entries(name):
            return []
        start = m.start("name") + m.group("name").index(name)
        kind = _APPOSED_KIND.get(m.group("kind").split()[0], "community")
        ref = AgencyRef(name=name.replace("’", "'"), kind=kind, slug=slugify(name))
        return [AgencyMention(start, start + len(name), name, ref, "pattern")]

    def _known_after(self, after: str, m: re.Match) -> bool:
        """Whether the words after a comma and the suffix name a body the lists know."""
        return self.finder.ref(f"{after.strip()} {m.group('suffix')}") is not None

    def _listed_area(self, before: str) -> bool:
        """Whether the words before a comma end in a place ("Redbridge, Havering Councils"), not a person."""
        last = strip_run(before.rpartition(",")[2])
        return bool(last) and bool(self.finder.places.entries(last))

    def _introduced(self, m: re.Match) -> list[AgencyMention]:
        run = strip_run(m.group("run"))
        if m.group().startswith("Project"):
            return []  # "Project ADDER", "Project Medusa": a programme's name, not a body
        if not run or run.split()[0] in _NOT_ORG_FIRST:
            return []
        start = m.start("run") + m.group("run").index(run)
        kind = "charity" if m.group().lower().startswith("charity") else "community"
        ref = AgencyRef(name=run.replace("’", "'"), kind=kind, slug=slugify(run))
        return [AgencyMention(start, start + len(run), run, ref, "pattern")]

    def _team(
        self, run: str, start: int, m: re.Match, context: AreaContext | None
    ) -> list[AgencyMention]:
        finder = self.finder
        area = finder.area_of(run, context)
        region = (
            finder.data.areas[area].region
            if area
            else (context.region if context else None)
        )
        force = finder.force_for(area) or (context.force if context else None)
        words = m.group("team")
        if run.endswith(
            (" Community", " Neighbourhood")
        ):  # "Southend Community Policing Team"
            run, _, first = run.rpartition(" ")
            words = f"{first} {words}"
        team = _team_name(words)
        if region not in (None, LONDON) and force is not None:
            unit = f"{run} {team if team != _SNT else 'Neighbourhood Policing Team'}"
        else:  # Safer Neighbourhoods Teams are the Met's
            force, unit = finder.london_force, f"{run} {team}"
        return [
            AgencyMention(
                start,
                m.end(),
                m.string[start : m.end()],
                finder.unit(force, unit),
                "pattern",
                area,
            )
        ]

    def _org(
        self, run: str, start: int, m: re.Match, context: AreaContext | None
    ) -> list[AgencyMention]:
        suffix = " ".join(m.group("suffix").split())
        low, tokens, text = suffix.lower(), run.split(), m.string
        if low in ("police", "constabulary") and (forces := listed_forces(run, self.finder)):
            # "Wiltshire and Thames Valley police", "Surrey and Sussex Police": each force named
            return [self._listed(text, start + a, start + b, name) for a, b, name in forces]
        if low in _AREA_SUFFIXES:
            for i in range(
                len(tokens)
            ):  # the longest known area closing the run: "Neighbouring Havering"
                tail = " ".join(tokens[i:])
                known = self._areas(tail, start + len(run) - len(tail), low, context)
                if known and (i == 0 or len(known) == 1):
                    if len(known) > 1:
                        return known
                    k = known[0]
                    return [
                        AgencyMention(
                            k.start,
                            m.end(),
                            text[k.start : m.end()],
                            k.ref,
                            "pattern",
                            k.borough,
                        )
                    ]
        if (
            suffix[0].islower()
            or tokens[0] in _NOT_ORG_FIRST
            or low in ("cops", "councils")
            or (low == "project" and names_a_programme(text, m.end()))
            or owner_of(text[start : m.start("suffix")], self.finder)
        ):
            return []  # "the Home Office's Project ADDER": the owner is the body, read on its own
        kind = "government" if "NHS" in tokens else _SUFFIX_KIND.get(low, "community")
        run = self._place_possessive(run)
        written = text[start : m.start("suffix")].rstrip()
        if written.startswith(run) and _POSSESSIVE.fullmatch(written[len(run) :]):
            run = written  # "Clifton Residents' Association", "the Prince's Trust": the name's own apostrophe
        # "Angel BID" keeps the short form it is written in: the name readers and traders use
        name = f"{run} {suffix}"
        if low == "board" and run.endswith(_BOARD_OWNERS):
            name = run  # "the Safer Sutton Partnership Board": the partnership, meeting as its board
        ref = AgencyRef(name=name.replace("’", "'"), kind=kind, slug=slugify(name))
        return [AgencyMention(start, m.end(), text[start : m.end()], ref, "pattern")]

    def _listed(self, text: str, start: int, end: int, name: str) -> AgencyMention:
        return AgencyMention(start, end, text[start:end], self.finder.refs[name], "pattern")

    def _place_possessive(self, run: str) -> str:
        """ "Merton's Community Safety" -> "Merton Community Safety": the place names the body."""
        first, _, rest = run.partition(" ")
        base = _POSSESSIVE.sub("", first)
        if rest and base != first and self.finder.places.entries(base):
            return f"{base} {rest}"
        return run

    def _areas(
        self, run: str, offset: int, low: str, context
    ) -> list[AgencyMention] | None:
        """The areas a run names, alone or listed ('Redbridge and Barking and Dagenham'), else None."""
        finder, out, pos = self.finder, [], 0
        for m in finder.places.regex.finditer(run):
            gap = run[pos : m.start()]
            if not _LISTED.fullmatch(gap) or (pos and not gap.strip()):
                return None
            area = finder.area_of(m.group(), context)
            ref = (
                (
                    finder.council_for(area)
                    if low.startswith("council")
                    else finder.force_for(area)
                )
                if area
                else None
            )
            if ref is None:
                return None
            out.append(
                AgencyMention(
                    offset + m.start(),
                    offset + m.end(),
                    m.group(),
                    ref,
                    "pattern",
                    area,
                )
            )
            pos = m.end()
        return out if out and not run[pos:].strip() else None


def _districts(m: re.Match, places) -> list[AgencyMention]:
    """The BIDs a lower-case "business improvement district(s)" follows, one per listed name."""
    out, names, offset = [], m.group("names"), m.start("names")
    pos = 0
    for part in [*_LIST_SPLIT.finditer(names), None]:
        end = part.start() if part else len(names)
        chunk = names[pos:end]
        name = named_after_the(m.string, offset + pos, chunk, strip_run(chunk))
        if name and name.split()[0] not in _NOT_ORG_FIRST:
            start = offset + pos + chunk.index(name)
            full = bid_name(name, _place_like(name, places)).replace("’", "'")
            ref = AgencyRef(name=full, kind="business", slug=slugify(full))
            out.append(AgencyMention(start, start + len(name), name, ref, "pattern"))
        if part:
            pos = part.end()
    return out


def _place_like(name: str, places) -> bool:
    """Whether a BID's name is its district's ("Norwich", "Castle Quarter", "Riverside"), which
    alone names no body, rather than a brand ("Belfast One", "InExeter", "Bedford Central")."""
    words = name.split()
    if len(words) == 1:
        return name[1:].islower()
    return words[-1] in COMMON_PLACE_WORDS or bool(places.entries(name))


def _association(m: re.Match) -> list[AgencyMention]:
    """A residents' or tenants' association named in lower case after its place, as written."""
    place = strip_run(m.group("name"))
    if not place or place.split()[0] in _NOT_ORG_FIRST:
        return []
    start = m.start("name") + m.group("name").index(place)
    name = f"{place} {m.group('kind').title()}' Association"
    ref = AgencyRef(name=name, kind="community", slug=slugify(name))
    return [AgencyMention(start, m.end(), m.string[start : m.end()], ref, "pattern")]


def _team_name(words: str) -> str:
    low = " ".join(words.lower().split())
    if low == "cid":
        return "CID"
    if "policing team" in low and "ward" not in low:
        return (
            "Community Policing Team"
            if low.startswith("community")
            else "Neighbourhood Policing Team"
        )
    return _SNT


def strip_run(run: str) -> str:
    """A run without the sentence words before it or a possessive ('Yesterday Newham's' -> 'Newham')."""
    tokens = _POSSESSIVE.sub("", run).split()
    while tokens and (
        tokens[0].rstrip(".,;:") in STOP
        or tokens[0] in _CONNECTORS
        or tokens[0] in _DESCRIBING
    ):
        tokens.pop(0)
    while tokens and tokens[-1] in _CONNECTORS:
        tokens.pop()
    return " ".join(tokens)

"""The article's area: the local authority, force and council an article is about, read from the
strongest evidence it gives (headline and dateline, the lead, forces and councils named, towns).

A name found in several areas ("Kirkdale": Liverpool and Lewisham) is read in the area of the
force the article names; a place outside that force's area counts for less, and a London name
needs London context. A story told across a county ("across Norfolk") is the force's, not one
district's.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from typing import TYPE_CHECKING

from .data import LONDON, Data
from .mentions import AreaContext
from .named_force import sole_named_force
from .place_roles import HOME_TOWN, compared_place
from .places import STREET_WORDS
from .text import capital_words_pattern, key

if TYPE_CHECKING:
    from .agencies import AgencyFinder
    from .places import PlaceFinder

# "London" first (the boundary before it checked behind): the engine jumps from one "London" to the next
_LONDON = re.compile(
    r"London(?<!\wLondon)\b(?!\s+(?:Road|Lane|Street|Borough|Bridge|Fields|Wall|Councils|Marathon|Stadium|Underground)\b)"
)
# "across Norfolk", "county-wide": the story is the force's area, not one district
_WIDE = re.compile(
    r"\b(?:(?:across|throughout|all over)\s+(?:the\s+)?(?:county|force(?:['’]s)?\s+area|region|city region)\b"
    r"|county-?wide|force-?wide|region-?wide|the\s+county['’]s\s+(?:police|residents|households|taxpayers))",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s")
# "coordinated by the National County Lines Coordination Centre", "supported by British Transport
# Police": a body that helped does not lead the story, so bare "officers" stay the area's force
_HELPER_BEFORE = re.compile(
    r"\b(?:co-?ordinated|supported|assisted|backed|helped|joined|funded|organi[sz]ed)\s+by\s+(?:the\s+)?$"
    r"|\b(?:with|alongside|in\s+partnership\s+with)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "(Image: British Transport Police)": a photo credit names who took the picture, not who leads the story
_CREDIT = re.compile(r"(?:\(|\b)(?:Images?|Pictures?|Photos?|Pic|Credit)\s*:\s*(?:the\s+)?$", re.IGNORECASE)
# weights: the headline and a dateline say most, the lead more than the body
TITLE, DATELINE, LEAD, BODY = 3, 3, 2, 1
# a place outside the area of the force the article names counts for this share of a vote
FOREIGN = 0.5
# a county-wide story keeps a district only when that district holds this share of the place votes
DOMINANT = 0.6


class AreaReader:
    """Reads an article's area from its places, councils and forces."""

    def __init__(self, data: Data, places: PlaceFinder, agencies: AgencyFinder):
        self.data, self.places, self.agencies = data, places, agencies
        self.force_areas: dict[str, set[str]] = {}
        for area in data.areas.values():
            self.force_areas.setdefault(area.force, set()).add(area.name)
        self.london_force = agencies.london_force.name
        self.counties = {key(name): force for name, force in data.counties.items()}
        names = "|".join(
            re.escape(n) for n in sorted(data.counties, key=len, reverse=True)
        )
        self.county_re = (
            re.compile(
                capital_words_pattern(data.counties)
                + rf"(?!\s+(?:{STREET_WORDS})\b)"
            )
            if names
            else None
        )
        # "across Norfolk", "Essex residents are being asked": the county is the story's subject
        self.across_re = (
            re.compile(
                rf"\b(?:across|throughout|all\s+over)\s+(?:{names})\b"
                rf"|\b(?:{names})\s+(?:residents|households|taxpayers|motorists|people)\b"
            )
            if names
            else None
        )

    def read(self, text: str, title: str | None = None) -> AreaContext:
        """The article's area context: borough (or none for a county-wide story), force, council, region."""
        lead_end = text.find("\n\n")
        lead_end = len(text) if lead_end < 0 else lead_end
        parts = [(title or "", TITLE, 0), (text, BODY, lead_end)]
        found = self._agencies(parts)
        context = self._read(text, title, lead_end, parts, found)
        london = context.london or any(n == self.london_force for _, n, _ in found[1])
        for part, _weight, _lead in parts:
            for m in _LONDON.finditer(part):
                # "two men from London" live there; the story does not name London
                home = HOME_TOWN.search(part, max(0, m.start() - 40), m.start())
                london = london or home is None
        return replace(context, london_named=london)

    def _read(self, text, title, lead_end, parts, found) -> AreaContext:
        forces, named, spans, councils = found
        home = (
            max(forces, key=lambda f: (forces[f], f == self.london_force))
            if forces
            else None
        )
        london = (
            home == self.london_force
            or bool(_LONDON.search(text))
            or bool(title and _LONDON.search(title))
        )
        votes: Counter[str] = Counter()
        first: dict[str, int] = {}
        in_head: set[str] = set()  # areas named in the headline or lead
        home_areas = self.force_areas.get(home or "", set())
        for i, (part, weight, lead) in enumerate(parts):
            found = list(
                self._place_votes(part, weight, lead, home_areas, london, spans[i])
            )
            for pos, area, w in councils[
                i
            ]:  # "Plymouth City Council" says more than a town
                found.append(
                    (
                        pos,
                        area,
                        w * (FOREIGN if home_areas and area not in home_areas else 1),
                    )
                )
            for pos, borough, w in sorted(found):
                votes[borough] += w
                first.setdefault(borough, len(first) * 10_000 + pos)
                if i == 0 or pos < lead_end:
                    in_head.add(borough)
        wide = bool(
            home
            and home != self.london_force
            and self._wide(title or "", text, lead_end)
        )
        if votes:
            best = max(votes, key=lambda b: (votes[b], -first[b]))
            # a county-wide story keeps a district that dominates it and is named in its lead
            if not wide or (
                votes[best] >= DOMINANT * sum(votes.values()) and best in in_head
            ):
                return self._acting(self._context(best), named, text, lead_end)
        if home is None and _LONDON.search(text):
            home = self.london_force  # "in east London": the Met, no borough
        if home is None:
            return AreaContext()
        force = self.agencies.ref(home)
        regions = {self.data.areas[a].region for a in self.force_areas.get(home, ())}
        region = regions.pop() if len(regions) == 1 else None
        return self._acting(
            AreaContext(force=force, region=region), named, text, lead_end
        )

    def _acting(
        self,
        context: AreaContext,
        named: list[tuple[str, str, int]],
        parts_text: str,
        lead_end: int,
    ) -> AreaContext:
        """The context with the force the story leads with (in its headline or first paragraph, and
        named more than the area's own force, which the lead does not name with it):
        "British Transport Police officers screened passengers" makes "officers" BTP's."""
        if not named or context.force is None:
            return context
        if (sole := sole_named_force(named, context.force.name)) is not None:
            return replace(context, acting=self.agencies.ref(sole))
        part, first, pos = named[0]
        stop = _SENTENCE_END.search(part, pos)
        end = stop.start() if stop else len(part)
        lead = {n for p, n, at in named if p is part and pos <= at < end}
        counts = Counter(n for _, n, _ in named)
        in_lead = part is not parts_text or pos < lead_end
        if (
            context.force.name in lead
            or counts[first] <= counts[context.force.name]
            or not in_lead
        ):
            return context
        return replace(context, acting=self.agencies.ref(first))

    def _context(self, borough: str) -> AreaContext:
        area = self.data.areas[borough]
        return AreaContext(
            area.name,
            self.agencies.force_for(area.name),
            self.agencies.council_for(area.name),
            area.region,
        )

    def _agencies(self, parts):
        """One pass over the agencies each part names: territorial forces (and county names, which
        stand for theirs), every police body in order, the spans of police names (the places inside
        them name no area), and the councils with their areas and weights."""
        forces: Counter[str] = Counter()
        named: list[
            tuple[str, str, int]
        ] = []  # every police body named: (part, name, position)
        spans: list[list[tuple[int, int]]] = []
        councils: list[list[tuple[int, str, float]]] = []
        for part, weight, lead in parts:
            spans.append([])
            councils.append([])
            # the body's matches are kept for its paragraphs, read next with the same pattern
            scan = self.agencies.alias_scan
            for m in scan.scan(part) if weight == BODY else scan.pattern.finditer(part):
                hit = self.agencies.alias_of.get(key(m.group()))
                entry = self.data.agencies.get(hit[0]) if hit else None
                if entry is None:
                    continue
                if entry.area and not self.agencies.venue_after(part, m.end()):
                    councils[-1].append(
                        (m.start(), entry.area, 2 * (weight + (m.start() < lead)))
                    )
                if entry.kind != "police":
                    continue
                spans[-1].append(m.span())
                name = entry.parent or entry.name
                if not _HELPER_BEFORE.search(
                    part, max(0, m.start() - 40), m.start()
                ) and not _CREDIT.search(part, max(0, m.start() - 20), m.start()):
                    named.append((part, name, m.start()))
                if name in self.force_areas and entry.parent is None:
                    # a unit ("Town Centre Team") is any force's: only a force's name says which
                    forces[name] += weight + (m.start() < lead)
            if self.county_re is not None:
                for m in self.county_re.finditer(part):
                    forces[self.counties[key(m.group())]] += weight
            if _LONDON.search(part):
                forces[self.london_force] += weight
        return forces, named, spans, councils

    def _place_votes(self, text, weight, lead, home_areas, london, police_spans):
        scan = self.places.scan
        for m in scan.scan(text) if weight == BODY else scan.pattern.finditer(text):
            if any(s <= m.start() < e for s, e in police_spans):
                continue  # "Devon and Cornwall Police" names no district
            if HOME_TOWN.search(text, max(0, m.start() - 40), m.start()):
                continue  # "two men from Enfield" live there; the story is elsewhere
            if compared_place(text, m.start(), m.end()):
                continue  # "more arrests than in Brent": a yardstick, not the story's area
            readings = self.places.readings(text, m)
            readings = [p for p in readings if not p.weak and p.kind != "street"]
            if not readings:
                continue
            if not london:  # a London ward or venue name needs London context
                readings = [
                    p
                    for p in readings
                    if p.kind not in ("ward", "venue")
                    or self.data.areas[p.borough].region != LONDON
                ] or []
                if not readings:
                    continue
            local = [p for p in readings if p.borough in home_areas]
            boroughs = list(dict.fromkeys(p.borough for p in local or readings))
            w = weight + (m.start() < lead)
            if m.start() == 0 and m.group().isupper() and len(m.group()) > 2:
                w = DATELINE  # "NORWICH: ..."
            if home_areas and not local:
                w *= FOREIGN
            for borough in boroughs:
                # "Sighthill" (Glasgow and Edinburgh) says less than "Edinburgh" does
                yield m.start(), borough, w / len(boroughs)

    def _wide(self, title: str, text: str, lead_end: int) -> bool:
        """Whether the headline or lead tells a story across the whole county or force area."""
        head = f"{title}\n{text[:lead_end]}"
        return bool(
            _WIDE.search(head) or (self.across_re and self.across_re.search(head))
        )

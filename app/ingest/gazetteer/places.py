"""Finding places: known towns, wards, streets and venues, plus streets and venues by their shape."""

from __future__ import annotations

import re
from dataclasses import replace

from .data import Data, Place
from .mentions import AreaContext, PlaceMention
from .shared_scan import SharedScan
from .text import capital_trie_pattern, capital_words_pattern, key

_STREET_SUFFIX = (
    r"Road|Lane|Street|Avenue|Way|Close|Drive|Square|Broadway|Parade|Hill|Green|Gardens|Grove"
    r"|Crescent|Terrace|Place|Row|Walk|Mews|Rise|Park\s+Road|High\s+Street|High\s+Road"
)
_VENUE_SUFFIX = (
    r"[Pp]olice\s+[Ss]tation|[Mm]osque|[Cc]hurch|[Gg]urdwara|[Tt]emple|[Ss]ynagogue|[Ee]state"
    r"|[Ss]tation|Park|Hospital|School|Academy|College|Library|Market|Shopping\s+Centre|Centre"
    r"|Stadium|Tower|Mall|Crown\s+Court|Magistrates['’]?\s+Court|Town\s+Hall|Community\s+Centre"
)
_TOKEN = r"(?:[A-Z][a-z'’]+(?:-[A-Z]?[a-z]+)*|[A-Z]{2,}|St\.?|Al|El)"
_SHAPE = re.compile(
    rf"(?=[A-Z])\b(?P<body>{_TOKEN}(?:\s+{_TOKEN}){{0,3}})\s+(?:(?P<street>{_STREET_SUFFIX})|(?P<venue>{_VENUE_SUFFIX}))\b"
)
# Words that start sentences or name things other than places: never the first word of a street.
STOP = frozenset(
    "The A An In On At Of By For From To Into Onto Near Outside Inside Off Along Around Across Behind Beyond And But Or"
    " So As If When While Where After Before Since Until During Between Last This That These Those Next Every Each"
    " Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August"
    " September October November December Yesterday Today Tonight Tomorrow Police Council Met Officers Residents"
    " He She They We It His Her Their Our Its Mr Mrs Ms Miss Dr Sgt Insp Cllr PC DC DS Supt Inspector Sergeant"
    " Councillor Dame Sir Lord Lady Both Many Some All New Local Several Two Three Four Five Neither Either Also"
    " Meanwhile However Although Despite Following Including Like Unlike Over Under Up Down Via With Without"
    " Said Says Told Asked Added Commenting Responding Speaking Addressing Joined Led".split()
)
# The last word of a street name: a town right before it names the street, not the town
# ("Westminster Road" in Liverpool is no part of Westminster).
STREET_WORDS = (
    r"Road|Lane|Street|Avenue|Way|Close|Drive|Gardens|Grove|Crescent|Terrace|Place|Row|Walk|Mews|Rise"
    r"|Square|Quays?|Court|Boulevard|Embankment|Yard"
)
# "Greater Manchester", "Greater London": a metropolitan county or region, not the city in its name
_GREATER_BEFORE = re.compile(r"\bGreater\s+$")
_STREET_AFTER = re.compile(rf"[ \t]+(?:{STREET_WORDS})\b")
# "Devon and Cornwall police and crime panel", "Essex Police and Crime Commissioner": an office's name
_OFFICE_AFTER = re.compile(r"(?:['’]s)?\s+(?:[Pp]olice(?:,\s*[Ff]ire)?\s+(?:and|&)\s+[Cc]rime|PCC|PFCC)\b")
# "Romford High Street", "Ilford Broadway": the town's own high street (unlike "Romford Road").
_TOWN_STREET = re.compile(r"(?P<town>.+?)\s+(?:High\s+(?:Street|Road)|Broadway)")
# "Finsbury Park Mosque in north London": the text itself puts the place in London
_IN_LONDON_AFTER = re.compile(
    r"(?:\s*,\s*|\s+in\s+)(?:(?:north|south|east|west|central|inner|outer)[\s-]*)*London\b",
    re.IGNORECASE,
)
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|around|across|near|throughout)\s+$")
_COUNCIL_KINDS = ("district", "borough")
_WARD_AFTER = re.compile(r"\s+ward\b")
# last words of neighbourhood names that many towns share ("Cathedral Quarter", "Castle Market")
_COMMON_PLACE_WORDS = frozenset(
    "Quarter Square Market Street Village Centre Harbourside Waterfront Marina Quay Quays Docks Gardens"
    " Park Green".split()
)
COMMON_PLACE_WORDS = _COMMON_PLACE_WORDS  # (a BID named after its district: organisations.py)
_ALLOW_BEFORE = STOP | {
    "North",
    "South",
    "East",
    "West",
    "Central",
    "Greater",
    "Upper",
    "Lower",
    "Old",
    "Little",
    "Great",
    "Royal",
    "Inner",
    "Outer",
    "Northern",
    "Southern",
    "Eastern",
    "Western",
}


class PlaceFinder:
    """Known places from the data, and street/venue shapes with their borough from the text around them."""

    def __init__(self, data: Data):
        self.by_key: dict[str, list[Place]] = {}
        for place in data.places:
            entries = self.by_key.setdefault(key(place.name), [])
            if all(p.borough != place.borough for p in entries):
                entries.append(place)
        for entries in self.by_key.values():
            entries.sort(key=lambda p: p.weak)  # strong readings first
        # "Kingston Road, Ilford" listed for Redbridge: a Redbridge story's "Kingston Road" is that one
        for place in data.places:
            name, comma, _town = place.name.partition(", ")
            entries = self.by_key.get(key(name)) if comma and place.kind == "street" else None
            if entries and all(p.borough != place.borough for p in entries):
                entries.append(replace(place, name=name))
        self.generic = {key(s) for s in data.generic_streets}
        self.areas = data.areas
        self.regex = re.compile(capital_words_pattern(p.name for p in data.places))
        self.scan = SharedScan(self.regex)  # the area reader's whole-text scan, reused
        self.town_after = re.compile(
            r"\s*,\s*("
            + capital_trie_pattern(p.name for p in data.places if p.kind != "street")
            + r")(?![\w])"
        )
        # "St Mark's Church in Dalston": the town a street or venue is said to be in
        self.town_in = re.compile(
            r"\s*(?:,|,?\s+in)\s+("
            + capital_trie_pattern(p.name for p in data.places if p.kind in ("town", "district", "borough"))
            + rf")(?![\w])(?!\s+(?:{STREET_WORDS})\b)"
        )

    def entries(self, name: str) -> list[Place]:
        """Every reading of a place name, strong ones first."""
        return self.by_key.get(key(name), [])

    def readings(self, text: str, m: re.Match) -> list[Place]:
        """The readings of a name matched in `text`; none when the words around it make it no place.

        "John Preston" is a person, "Westminster Road" a street, "Devon and Cornwall police and
        crime panel" an office, "a man from Enfield" a home town.
        """
        surface = m.group()
        if not surface[0].isupper() or _after_name(text, m.start(), surface):
            return []
        entries = self.entries(surface)
        if _OFFICE_AFTER.match(text, m.end()) or _GREATER_BEFORE.search(
            text, max(0, m.start() - 12), m.start()
        ):
            return []
        if _STREET_AFTER.match(text, m.end()) and all(
            p.kind not in ("street", "venue") for p in entries
        ):
            return []
        if _LOCATIVE_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            # "arrested in Reading", "patrols in Bury": a council area whose name is also a common
            # word is the place once the text puts something in it
            return [
                replace(p, weak=False) if p.weak and p.kind in _COUNCIL_KINDS else p
                for p in entries
            ]
        return entries

    def choose(
        self,
        entries: list[Place],
        context: AreaContext | None,
        text: str = "",
        end: int = 0,
    ) -> Place | None:
        """The reading of a name in the article's area: its borough, then its force's area, then strong
        names elsewhere; weak names need "ward"; a London ward needs a London article."""
        if context and context.borough:
            for p in entries:
                if p.borough == context.borough:
                    return p
        if context and context.force:
            for p in entries:
                area = self.areas.get(p.borough)
                if not p.weak and area and area.force == context.force.name:
                    return p
        for p in entries:
            if p.weak:
                continue
            if self._elsewhere(p, context) and not (
                self.areas[p.borough].region == "London" and _IN_LONDON_AFTER.match(text, end)
            ):
                # "Prince of Wales Road" in a Norwich story is Norwich's, not Camden's
                return Place(p.name, p.kind, context.borough, p.weak)
            if p.kind == "ward" and self._outside_london(p, context):
                continue  # "St Ann's" in a Nottingham story is no Haringey ward
            if (
                p.kind in ("town", "venue")
                and self._outside_london(p, context)
                and not context.london_named
            ):
                continue  # "Somers Town" in a Portsmouth story that never names London
            if self._far_and_shared(p, entries, context):
                return None  # "Haymarket" in a Newcastle story: neither London's nor Edinburgh's
            if self._far_common(p, context):
                return None  # "the Cathedral Quarter" in a Derby story is Derby's, not Belfast's
            return p
        if _WARD_AFTER.match(text, end):
            return entries[0]
        return None

    def _elsewhere(self, place: Place, context: AreaContext | None) -> bool:
        """A street or venue of another region than the article's: the name is the local one."""
        if place.kind not in ("street", "venue") or not context or not context.borough:
            return False
        home = self.areas.get(context.borough)
        there = self.areas.get(place.borough)
        return bool(home and there and home.region != there.region)

    def _far_and_shared(
        self, place: Place, entries: list[Place], context: AreaContext | None
    ) -> bool:
        """A name found in several areas, none of them in the article's region: no telling which."""
        if not context or not (context.borough or context.force) or len(entries) < 2:
            return False
        home = self.areas.get(context.borough or "")
        region = home.region if home else context.region
        there = self.areas.get(place.borough)
        return bool(region and there and there.region != region)

    def _far_common(self, place: Place, context: AreaContext | None) -> bool:
        """A neighbourhood named with a common noun ("Cathedral Quarter", "Market Square") of
        another force's area than the article's: many towns have one, so it is not that one."""
        if place.kind not in ("town", "ward") or not context or not context.force:
            return False
        if place.name.rsplit(" ", 1)[-1] not in _COMMON_PLACE_WORDS or " " not in place.name:
            return False
        there = self.areas.get(place.borough)
        return bool(there and there.force != context.force.name)

    def _far(self, borough: str, context: AreaContext | None) -> bool:
        """Whether a borough lies in another region than the article's known area."""
        home = self.areas.get(context.borough or "") if context else None
        there = self.areas.get(borough)
        return bool(home and there and home.region != there.region)

    def _outside_london(self, place: Place, context: AreaContext | None) -> bool:
        """A London place read in an article whose area is known and is not London."""
        there = self.areas.get(place.borough)
        return bool(
            context
            and (context.borough or context.force)
            and not context.london
            and there
            and there.region == "London"
        )

    def _town_borough(
        self, text: str, end: int, context: AreaContext | None
    ) -> str | None:
        m = self.town_after.match(text, end)
        if m and m.group(1)[0].isupper():
            chosen = self.choose(self.entries(m.group(1)), context, text, m.end())
            return chosen.borough if chosen else None
        return None

    def _town_in(self, text: str, end: int, context: AreaContext | None) -> str | None:
        """The borough of the town a street or venue is said to be in ("St Mark's Church in Dalston")."""
        m = self.town_in.match(text, end)
        if m is None or not m.group(1)[0].isupper():
            return None
        chosen = self.choose(self.entries(m.group(1)), context, text, m.end())
        return chosen.borough if chosen and not chosen.weak else None

    def find(
        self,
        text: str,
        context: AreaContext | None = None,
        exclude: list[tuple[int, int]] = (),
    ) -> list[PlaceMention]:
        """Places in `text`, longest first, skipping spans in `exclude` (people's names)."""
        found: list[PlaceMention] = []
        for m in self.scan.finditer(text):
            entries = self.readings(text, m)
            if not entries:
                continue
            chosen = self.choose(entries, context, text, m.end())
            if chosen is None:
                continue
            borough = chosen.borough
            if chosen.kind == "street" and key(chosen.name) in self.generic:
                borough = self._town_borough(text, m.end(), context)
            elif chosen.kind in ("street", "venue"):
                borough = self._town_in(text, m.end(), context) or borough
            found.append(
                PlaceMention(m.start(), m.end(), m.group(), chosen.kind, borough)
            )
        for m in _SHAPE.finditer(text):
            found.extend(self._shape(m, text, context))
        return _resolve(found, exclude)

    def _shape(
        self, m: re.Match, text: str, context: AreaContext | None
    ) -> list[PlaceMention]:
        tokens = m.group("body").split()
        while tokens and tokens[0].rstrip(".") in STOP:
            tokens.pop(0)
        if not tokens:
            return []
        start = m.start("body") + m.group("body").index(tokens[0])
        surface = text[start : m.end()]
        kind = "venue" if m.group("venue") else "street"
        if (
            kind == "venue"
            and m.group("venue")[0].islower()
            and not self.entries(" ".join(tokens))
        ):
            # "a Barking mosque" names a place only when the words before it are a known place or a proper name
            if len(tokens) < 2:
                return []
        borough = self._town_borough(text, m.end(), context) or self._town_in(
            text, m.end(), context
        )
        town = _TOWN_STREET.fullmatch(surface) if kind == "street" else None
        if borough is None and (kind == "venue" or town):
            inner = self.entries(town.group("town") if town else " ".join(tokens))
            london = {p.borough for p in inner if self.areas[p.borough].region == "London"}
            if london and _IN_LONDON_AFTER.match(text, m.end()):
                # "Finsbury Park Mosque in north London" is London's, even in an Oxford story
                one = london.pop() if len(london) == 1 else None
                return [PlaceMention(start, m.end(), surface, kind, one)]
            chosen = (
                self.choose(inner, context) if inner else None
            )  # "Waverley station" in Edinburgh
            borough = chosen.borough if chosen else None
            if kind == "venue" and borough and self._far(borough, context):
                borough = None  # "the Lincoln Estate in Bow": named after a far town, not in it
        if borough is None and key(surface) not in self.generic and context is not None:
            borough = context.borough
        return [PlaceMention(start, m.end(), surface, kind, borough)]


_LAST_CAPITALISED = re.compile(r"([A-Z][a-z]+)$")


def _after_name(text: str, start: int, surface: str) -> bool:
    """A one-word place right after a capitalised word is a surname ('John Preston'), not the place."""
    if " " in surface.strip() or start < 2 or text[start - 1] != " ":
        return False
    prev = _LAST_CAPITALISED.search(text[max(0, start - 20) : start - 1])
    return bool(prev) and prev.group(1) not in _ALLOW_BEFORE


def _resolve(found: list[PlaceMention], exclude) -> list[PlaceMention]:
    found.sort(
        key=lambda p: (p.start, -(p.end - p.start), p.kind in ("street", "venue"))
    )
    out: list[PlaceMention] = []
    last_end = -1
    for p in found:
        if p.start < last_end or any(s < p.end and p.start < e for s, e in exclude):
            continue
        out.append(p)
        last_end = p.end
    return out

"""Finding agencies: known names and aliases, foreign forces by nationality, organisations by
their shape (organisations.py), and bare 'police' / 'the council' given the article's area."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from app.ingest.records import AgencyRef

from .chapters import local_chapter
from .data import LONDON, Data
from .institutions import read_institutions
from .landlords import read_landlords
from .mentions import AgencyMention, AreaContext
from .organisations import OrganisationReader
from .panels import PanelReader
from .places import PlaceFinder
from .shared_scan import SharedScan
from .text import bounded, capital_trie_pattern, key, slugify

_BARE_POLICE = re.compile(
    r"(?=[VvSsPpOoDdCcNn])\b(?P<w>(?:[Vv]olunteer\s+)?[Ss]pecial\s+[Cc]onstables|[Ss]pecials"
    r"|[Pp]olice(?:\s+(?:officers?|constables?|force|community\s+support\s+officers))?|[Oo]fficers|[Dd]etectives"
    r"|PCSOs?|[Cc]ops|[Nn]eighbourhood\s+[Pp]olicing\s+[Tt]eams?|[Nn]eighbourhood\s+[Tt]eams?)\b"
    r"(?!,\s*[Ff]ire\s+and\s+[Cc]rime|\s+(?:[Ss]tations?|and\s+[Cc]rime|[Pp]recept|[Ff]ederation|[Bb]udget|[Ff]unding|[Gg]rant|[Ii]nspectorate|[Aa]uthority))"
)
_BARE_COUNCIL = re.compile(
    r"(?=[TtCc])\b(?:[Tt]he\s+(?:local\s+)?(?:council|authority)(?!\s+(?i:tax|house|chamber|offices)\b)"
    # ("the community council", "the parish council": no local authority)
    r"|(?<![Cc]ommunity\s)(?<![Pp]arish\s)[Cc]ouncil(?!\s+(?i:tax|estates?|hous\w*|flats?|homes?|leaders?|elections?|seats?|candidates?|chamber"
    r"|wards?|properties|tenants?|meetings?|offices)\b))\b"
)
_CRIME_COMMISSIONER = re.compile(r"(?:,\s*[Ff]ire)?\s+and\s+[Cc]rime\b")
# a council's full style, written with capitals: "Luton Borough Council", "Leeds City Council"
_FULL_COUNCIL = re.compile(
    r"(?:[A-Z][\w'’-]*(?:\s+(?:and|upon|on|with|the|in|under)\b|\s+[A-Z][\w'’-]*)*)\s+"
    r"(?:Metropolitan\s+Borough|County\s+Borough|Borough|City|District|County)\s+Council"
)
# "at Plymouth City Council's offices", "outside the council's headquarters": a building, not the body
_VENUE_AFTER = re.compile(
    r"['’]s?\s+(?:(?:main|new|old|civic|former)\s+)?(?:offices|office\s+building|headquarters|HQ|building"
    r"|chamber|chambers|car\s+park|civic\s+centre|depot|premises|town\s+hall|council\s+house)\b"
    # "outside Derby Council House": the building named after the council
    r"|\s+(?:House|Offices|Chamber|Buildings?)\b",
    re.IGNORECASE,
)
# services that only a council runs, named after its area: "Kent Trading Standards"
_COUNCIL_SERVICE = re.compile(
    r"(?=[A-Z])\b(?P<run>[A-Z][\w'’-]*(?:\s+(?:and\s+|upon\s+|on\s+)?[A-Z][\w'’-]*){0,3})\s+"
    r"(?P<service>Trading\s+Standards|Youth\s+Offending\s+(?:Team|Service)|Environmental\s+Health)\b"
)
_SERVICE_WORDS = ("Trading Standards", "Youth Offending", "Environmental Health")
# "council officers", "enforcement officers": officers who are not police.
_NOT_POLICE_BEFORE = frozenset(
    "council enforcement outreach probation licensing housing prison immigration border customs health environmental"
    " planning parking youth fire civil welfare press medical commanding army military wardens liaison support"
    " community trading standards safeguarding education security transport rail station tfl"
    # "community safety officers", "anti-social behaviour officers", "noise officers": council staff
    " safety behaviour asb noise compliance regulatory tenancy".split()
)
# Met terms that other forces' articles also use: outside London they name a unit of the local force.
_GENERIC_UNITS = frozenset(
    ("Safer Neighbourhoods Team", "Town Centre Team", "Dedicated Ward Officers")
)


class AgencyFinder:
    """Agency mentions in text, resolved to canonical organisations (and units of them)."""

    def __init__(self, data: Data, places: PlaceFinder):
        self.data, self.places = data, places
        self.refs: dict[str, AgencyRef] = {}
        self.alias_of: dict[
            str, tuple[str, str | None]
        ] = {}  # key -> (entry name, exact surface)
        for entry in data.agencies.values():
            top = data.agencies[entry.parent] if entry.parent else entry
            unit = entry.name if entry.parent else None
            self.refs[entry.name] = AgencyRef(
                top.name, top.kind, unit, entry.parent, slugify(top.name)
            )
            for alias in (entry.name, *entry.aliases):
                exact = (
                    alias if " " not in alias.strip() else None
                )  # one-word aliases keep their case: "Met"
                self.alias_of.setdefault(key(alias), (entry.name, exact))
        # a slug asked for by ref(): the first top-level body with it, without a pass over them all
        self._by_slug: dict[str, AgencyRef] = {}
        for r in self.refs.values():
            if r.unit is None:
                self._by_slug.setdefault(r.slug, r)
        self.lowercase_ok = {
            key(a)
            for e in data.agencies.values()
            for a in (e.name, *e.aliases)
            if a[0].islower()
        }
        self.council_of = {e.area: e.name for e in data.agencies.values() if e.area}
        self.london_force = next(
            self.refs[a.force] for a in data.areas.values() if a.region == LONDON
        )
        surfaces = [a for e in data.agencies.values() for a in (e.name, *e.aliases)]
        self.alias_re = re.compile(
            bounded(capital_trie_pattern(surfaces), capital=False)
        )
        # the area reader's whole-text scan, reused for the paragraphs
        self.alias_scan = SharedScan(self.alias_re)
        self.foreign = {key(n): force for n, force in data.foreign.items()}
        self.foreign_re = re.compile(
            rf"(?=[A-Z])\b(?P<nat>{capital_trie_pattern(data.foreign)})\s+(?:[Nn]ational\s+)?(?:[Pp]olice(?:\s+"
            r"(?:[Ff]orce|[Oo]fficers?|[Ss]ervice|[Dd]etectives))?|[Dd]etectives|[Oo]fficers|[Cc]ops"
            r"|[Ll]aw\s+[Ee]nforcement)\b"
        )
        self.organisations = OrganisationReader(self)
        self.former = {
            key(name): (name, now, until) for name, now, until in data.former_councils
        }
        self.panels = PanelReader(data)

    # -- lookups -------------------------------------------------------------------------------
    def ref(self, name: str) -> AgencyRef | None:
        """The agency named by a canonical name, unit name, alias or slug."""
        hit = self.alias_of.get(key(name))
        if hit:
            return self.refs[hit[0]]
        return self._by_slug.get(name)

    def force_for(self, borough: str | None) -> AgencyRef | None:
        """The territorial force of an area, or None."""
        area = self.data.areas.get(borough or "")
        return self.refs.get(area.force) if area else None

    def council_for(self, borough: str | None) -> AgencyRef | None:
        """The council of an area, or None."""
        name = self.council_of.get(borough or "")
        return self.refs.get(name) if name else None

    def named_on(self, ref: AgencyRef, day: date | None) -> AgencyRef:
        """The agency under the name it had on `day` (a council renamed since keeps its old name)."""
        if day is None:
            return ref
        for name, now, until in self.former.values():
            if ref.name == now and day < until:
                return replace(ref, name=name)
        return ref

    def unit(self, top: AgencyRef, unit: str) -> AgencyRef:
        """A unit of an organisation: same name, kind and slug, with the unit named."""
        return AgencyRef(
            name=top.name, kind=top.kind, unit=unit, parent=top.name, slug=top.slug
        )

    def area_of(self, words: str, context: AreaContext | None) -> str | None:
        """The area a place name points to, read in the article's context."""
        chosen = self.places.choose(self.places.entries(words), context)
        return chosen.borough if chosen else None

    @staticmethod
    def venue_after(text: str, end: int) -> bool:
        """Whether the agency named just before `end` is only the owner of a building there."""
        return bool(_VENUE_AFTER.match(text, end))

    # -- finding -------------------------------------------------------------------------------
    def find(
        self, text: str, context: AreaContext | None = None
    ) -> list[AgencyMention]:
        """Agency mentions in `text`, non-overlapping, longest first; bare words need `context`."""
        cands: list[tuple[int, AgencyMention]] = []
        for m in self.alias_scan.finditer(text):
            mention = self._alias(m, context)
            if mention is not None:
                cands.append((0, local_chapter(text, mention, self.places)))
        for m in self.foreign_re.finditer(text):
            name = self.foreign[key(m.group("nat"))]
            ref = self.refs.get(name) or AgencyRef(
                name=name, kind="foreign_police", slug=slugify(name)
            )
            cands.append(
                (1, AgencyMention(m.start(), m.end(), m.group(), ref, "pattern"))
            )
        cands += [(0, x) for x in self._council_services(text, context)]
        cands += [(0, x) for x in self.panels.read(text, context)]
        cands += self.organisations.read(text, 0, len(text), context)
        london = context is not None and (context.london or context.police == self.london_force)
        cands += [(0, x) for x in read_institutions(text, london)]
        cands += [(2, x) for x in read_landlords(text, self)]
        if context is not None:
            cands += [(3, x) for x in self._bare(text, context)]
        cands.sort(key=lambda c: (c[1].start, -(c[1].end - c[1].start), c[0]))
        out: list[AgencyMention] = []
        for _, mention in cands:
            if not out or mention.start >= out[-1].end:
                out.append(mention)
        return _named_officers(text, out)

    def _alias(self, m: re.Match, context: AreaContext | None) -> AgencyMention | None:
        surface = m.group()
        if (
            surface[:4].lower() == "the "
        ):  # "the Met Office" is not "the Met" + "Office"
            inner = self.alias_re.match(m.string, m.start() + 4)
            if inner and inner.end() > m.end():
                return self._alias(inner, context)
        k = key(surface)
        name, exact = self.alias_of[k]
        if exact is not None and surface.replace("’", "'") != exact.replace("’", "'"):
            return None
        if surface[0].islower() and k not in self.lowercase_ok:
            return None
        if _CRIME_COMMISSIONER.match(m.string, m.end()) and k.endswith("police"):
            return None  # "Essex Police and Crime Commissioner" is a person's office
        ref = self.refs[name]
        if (
            k in self.former
        ):  # "Southend-on-Sea Borough Council" in a 2019 article: as written
            ref = replace(ref, name=self.former[k][0])
        elif (
            ref.kind == "council"
            and ref.name != surface
            and _FULL_COUNCIL.fullmatch(surface)
        ):
            # "Luton Borough Council" as the article writes it, not the shorter "Luton Council"
            ref = replace(ref, name=" ".join(surface.replace("’", "'").split()))
        if (
            ref.unit in _GENERIC_UNITS
            and context is not None
            and context.force
            and not context.london
        ):
            ref = self.unit(context.force, ref.unit)
        return AgencyMention(
            m.start(), m.end(), surface, ref, "alias", self.data.agencies[name].area
        )

    def _council_services(
        self, text: str, context: AreaContext | None
    ) -> list[AgencyMention]:
        """ "Derbyshire Trading Standards", "Leeds Youth Offending Service": a council's unit."""
        out = []
        if not any(word in text for word in _SERVICE_WORDS):
            return out  # most texts name none: skip the scan
        for m in _COUNCIL_SERVICE.finditer(text):
            run = m.group("run")
            council = self.ref(f"{run} County Council")
            if council is None or council.kind != "council":
                council = self.council_for(self.area_of(run, context))
            if council is not None:
                unit = " ".join(m.group("service").split()).title()
                out.append(
                    AgencyMention(
                        m.start(), m.end(), m.group(), self.unit(council, unit), "pattern"
                    )
                )
        return out

    def _bare(self, text: str, context: AreaContext) -> list[AgencyMention]:
        out = []
        if context.police is not None:
            for m in _BARE_POLICE.finditer(text):
                prev = text[max(0, m.start() - 25) : m.start()].rsplit(None, 1)
                if prev and prev[-1].lower() in _NOT_POLICE_BEFORE:
                    continue
                word, ref = m.group("w").lower(), context.police
                if "special" in word:
                    ref = self.unit(ref, "Special Constabulary")
                elif "neighbourhood" in word:
                    team = (
                        "Safer Neighbourhoods Team"
                        if context.london
                        else "Neighbourhood Policing Team"
                    )
                    ref = self.unit(ref, team)
                out.append(AgencyMention(m.start(), m.end(), m.group(), ref, "context"))
        # every bare council word holds "ouncil" or "authority" as written: most texts hold neither
        if context.council is not None and ("ouncil" in text or "authority" in text):
            for m in _BARE_COUNCIL.finditer(text):
                out.append(
                    AgencyMention(
                        m.start(), m.end(), m.group(), context.council, "context"
                    )
                )
        return out


# "officers from the Metropolitan Police", "BTP officers": the officers are the named force's
_OF_FORCE = re.compile(r"\s+(?:from|of)\s+(?:the\s+)?$")


def _named_officers(text: str, mentions: list[AgencyMention]) -> list[AgencyMention]:
    """Bare police words that stand beside a named police body belong to it: drop them."""
    out = []
    for i, m in enumerate(mentions):
        if m.how == "context" and m.ref.kind == "police":
            before = mentions[i - 1] if i else None
            after = mentions[i + 1] if i + 1 < len(mentions) else None
            if (
                before is not None
                and before.ref.kind == "police"
                and before.how != "context"
                and not text[before.end : m.start].strip()
            ):
                continue
            if (
                after is not None
                and after.ref.kind in ("police", "council")
                and (after.how != "context" or after.ref.kind == "council")
                and _OF_FORCE.fullmatch(text, m.end, after.start)
            ):
                continue  # "officers from the Met", "officers from the council"
        out.append(m)
    return out

"""What the whole article says about who and where: its area, force, council, speakers, names."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date

from app.ingest.events.lookup import Hit, Lookup
from app.ingest.records import BODY, AgencyRef, Article, Paragraph, PersonRef

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
    r"the (?:(?:overview and |council |licensing |planning )?scrutiny |licensing |council )?(?:committee|cabinet))\b",
    re.IGNORECASE,
)
_POLICE_WORDS = re.compile(
    r"\b(?:police(?!\s+(?:station|and crime commissioner|federation))|policing|officers?|constables?|specials|"
    r"pcsos?|detectives?|cops|bobbies|the force|sergeants?|inspectors?|safer neighbourhoods?(?: teams?)?|snts?|"
    r"ward officers|neighbourhood officers|response teams?|ward panels?|safer neighbourhoods? panels?|"
    r"borough commander|police commander|chief constable|police chief)\b",
    re.IGNORECASE,
)
_GROUP_WORDS = re.compile(
    r"\b(?:a|the) (?:campaign group|charity|pressure group|campaigners|organisation|organization|"
    r"residents[’']? (?:group|association)|support group|group)\b",
    re.IGNORECASE,
)
_WE = re.compile(r"\b(?:we|our|us)\b", re.IGNORECASE)
_SPEECH = re.compile(
    r"\b(?:said|says|added|adds|explained|continued|commented|told|stated|warned|insisted|revealed|urged|"
    r"admitted|pledged|explains)\b",
    re.IGNORECASE,
)
_PRONOUN_SPEECH = re.compile(
    r"\b(?:he|she|they)\s+(?:said|added|explained|continued|commented|told|says|adds)\b",
    re.IGNORECASE,
)
_COUNCILLORS = re.compile(
    r"\b((?:[A-Z][\w’'-]+)(?:\s+(?:and\s+)?[A-Z][\w’'-]+)*)\s+councillors\b"
)
_VENUE_REF = re.compile(
    r"\bthe (mosque|church|temple|gurdwara|synagogue|library|estate|station|market|park|centre|flat|property|"
    r"school|hall|pub|club|shop|premises)\b",
    re.IGNORECASE,
)
POLICE_TITLES = frozenset(
    """pc dc ds di dci dsi dcs sgt insp inspector sergeant constable supt superintendent ch det detective
    commander cmdr commissioner pcso acc sc""".split()
)
COUNCIL_TITLES = frozenset("cllr councillor coun mayor leader".split())
_LOCAL_CUES = re.compile(
    r"\b(?:the borough|the area|the town|the town centre|the city centre|the district|locally|local|our streets|"
    r"the streets|residents|our borough|our town)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class ParagraphNames:
    """Every agency, place and person named in one paragraph, with their spans."""

    agencies: tuple[Hit, ...]
    places: tuple[Hit, ...]
    people: tuple[Hit, ...]
    local_cues: tuple[tuple[int, int], ...]


@dataclass
class ArticleContext:
    """The article-wide facts the per-event rules fall back on."""

    boroughs: tuple[str, ...] = ()  # the article's area, most named first
    force: AgencyRef | None = None
    council: AgencyRef | None = None
    transport: AgencyRef | None = None  # British Transport Police, when the article names it
    on: date | None = None  # the publication day, when known
    names: dict[int, ParagraphNames] = field(default_factory=dict)
    speakers: dict[int, PersonRef] = field(default_factory=dict)
    groups: tuple[
        tuple[int, AgencyRef], ...
    ] = ()  # (paragraph, charity or group), in order of mention
    lookup: Lookup | None = None  # the lookup bound to this article's area

    @property
    def borough(self) -> str | None:
        return self.boroughs[0] if self.boroughs else None


def build_context(
    article: Article,
    lookup: Lookup,
    active: set[int] | None = None,
    on: date | None = None,
) -> ArticleContext:
    """The article's area, its force and council, names per paragraph, and who speaks where.

    ``active`` are the paragraphs that hold triggers: only they need unnamed police and council
    words. ``on`` is the publication day: a council renamed since is named as it was then.
    """
    if hasattr(lookup, "for_article"):
        lookup = lookup.for_article(article)
    body = [p for p in article.paragraphs if p.kind == BODY]
    texts = {p.number: p.text for p in body}
    raw = {
        p.number: (
            lookup.agencies(p.text),
            lookup.places(p.text),
            lookup.people(p.text),
        )
        for p in body
    }
    if hasattr(lookup, "resolve"):
        raw = _resolved_people(raw, article, lookup)
    raw = {
        n: (agencies, _event_places(texts[n], places), people)
        for n, (agencies, places, people) in raw.items()
    }
    streets = _street_towns(article, raw, lookup)
    counts: Counter[str] = Counter()
    for number, (_agencies, places, _people) in raw.items():
        for hit in places:
            borough = hit.borough or streets.get(hit.name)
            if borough and not hit.weak:
                counts[borough] += 2 if number <= 3 else 1
    if article.title:
        for hit in lookup.places(article.title):
            if hit.borough:
                counts[hit.borough] += 3
    if not counts:
        for agencies, _places, _people in raw.values():
            counts.update(h.borough for h in agencies if h.borough)
    boroughs = tuple(b for b, _ in counts.most_common())
    area = getattr(lookup, "area_borough", None)
    if area:
        boroughs = (area, *(b for b in boroughs if b != area))
    ctx = ArticleContext(boroughs=boroughs, lookup=lookup, on=on)
    if ctx.borough:
        ctx.force = lookup.force_for(ctx.borough)
        ctx.council = lookup.council_for(ctx.borough)
    if ctx.council is not None:
        ctx.council = _council_as_named(ctx.council, raw, lookup, on)
        raw = {
            n: ([_renamed(h, ctx.council) for h in agencies], places, people)
            for n, (agencies, places, people) in raw.items()
        }
    ctx.transport = next(
        (
            h.agency
            for agencies, _places, _people in raw.values()
            for h in agencies
            if h.agency and "transport police" in h.agency.name.lower()
        ),
        None,
    )
    ctx.groups = tuple(
        (p.number, h.agency)
        for p in body
        for h in raw[p.number][0]
        if h.agency and h.agency.kind in ("charity", "community")
    )
    seen_places: list[Hit] = []
    for p in body:
        agencies, places, people = raw[p.number]
        places = [
            Hit(h.start, h.end, h.name, h.borough or streets.get(h.name), weak=h.weak)
            for h in places
            if not any(
                a.start <= h.start < a.end for a in agencies
            )  # "Barking and Dagenham Councils"
        ]
        places += _venue_refs(p.text, places, seen_places)
        seen_places.extend(places)
        named = list(agencies)
        generic = (
            _generic(p.text, named, ctx, p.number)
            if active is None or p.number in active
            else []
        )
        ctx.names[p.number] = ParagraphNames(
            agencies=tuple(sorted(named + generic, key=lambda h: h.start)),
            places=tuple(sorted(places, key=lambda h: h.start)),
            people=tuple(people),
            local_cues=tuple(m.span() for m in _LOCAL_CUES.finditer(p.text)),
        )
    ctx.speakers = _speakers(body, ctx)
    return ctx


# "an 18-year-old man from Edmonton", "a woman, of Romford,": where a person lives, not where
# the event happened
_HOME_TOWN = re.compile(
    r"\b(?:man|woman|boy|girl|teenager|youth|person|men|women|boys|girls|teenagers|youths|"
    r"pensioner|mother|father|driver|\d+-year-old|aged \d+)[,\s]+(?:(?:who\s+is\s+)?from|of)\s+$",
    re.IGNORECASE,
)
_COURT = re.compile(r"\b(?:court|tribunal|old bailey)\b", re.IGNORECASE)
_COURT_AFTER = re.compile(
    r"\s+(?:(?:and\s+\w+\s+)?(?:magistrates|crown|county|youth|family|coroner)['’]?s?['’]?\s+)?court\b",
    re.IGNORECASE,
)


def _council_as_named(council: AgencyRef, raw: dict, lookup: Lookup, on: date | None) -> AgencyRef:
    """The council under the name the article writes, else the name it had on the day."""
    for agencies, _places, _people in raw.values():
        for hit in agencies:
            if council.slug and hit.agency and hit.agency.slug == council.slug and not hit.generic:
                return replace(council, name=hit.agency.name)
    named_on = getattr(lookup, "named_on", None)
    return named_on(council, on) if named_on and on else council


def _renamed(hit: Hit, council: AgencyRef) -> Hit:
    if council.slug and hit.agency and hit.agency.slug == council.slug and hit.agency.name != council.name:
        return replace(hit, agency=replace(hit.agency, name=council.name), name=council.name)
    return hit


def _event_places(text: str, places: list[Hit]) -> list[Hit]:
    """The places that can say where an event happened: no home towns; courts marked weak."""
    out = []
    for hit in places:
        if _HOME_TOWN.search(text, max(0, hit.start - 40), hit.start):
            continue
        if _COURT.search(hit.name) or _COURT_AFTER.match(text, hit.end):
            hit = replace(hit, weak=True)
        out.append(hit)
    return out


def _resolved_people(raw: dict, article: Article, lookup) -> dict:
    """People per paragraph with short references ("Sgt Taylor") resolved across the article."""
    order = sorted(raw)
    flat = [hit for number in order for hit in raw[number][2]]
    resolved = iter(lookup.resolve(flat, article.text))
    return {
        n: (raw[n][0], raw[n][1], [next(resolved) for _ in raw[n][2]]) for n in order
    }


def _street_towns(article: Article, raw: dict, lookup: Lookup) -> dict[str, str]:
    """Streets placed by the article itself: "Victoria Road, Barking" puts Victoria Road in Barking."""
    out: dict[str, str] = {}
    for p in article.paragraphs:
        if p.number not in raw:
            continue
        places = sorted(raw[p.number][1], key=lambda h: h.start)
        for street, town in zip(places, places[1:], strict=False):
            between = p.text[street.end : town.start]
            if town.borough and re.fullmatch(r"\s*(?:,|in|,\s*in)\s*", between):
                out.setdefault(street.name, town.borough)
    return out


def _venue_refs(text: str, places: list[Hit], earlier: list[Hit]) -> list[Hit]:
    """ "the mosque" after "Al Madina mosque": the venue the article has already named."""
    out = []
    for match in _VENUE_REF.finditer(text):
        if any(h.start <= match.start() < h.end for h in places):
            continue
        noun = match.group(1).lower()
        named = [h for h in earlier if h.name.split()[-1].lower() == noun]
        if named:
            out.append(
                Hit(match.start(), match.end(), named[-1].name, named[-1].borough)
            )
    return out


def _generic(
    text: str, named: list[Hit], ctx: ArticleContext, number: int
) -> list[Hit]:
    """Unnamed police and council words, read as the article's force and council."""
    out: list[Hit] = []
    taken = [(h.start, h.end + 2) for h in named]

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in taken)

    for match in _COUNCILLORS.finditer(text):
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
        (_POLICE_WORDS, ctx.force),
    ):
        for match in pattern.finditer(text):
            is_free = free(*match.span())
            taken.append(
                match.span()
            )  # "Council enforcement officers" is never also "officers"
            if is_free:
                if agency is not None:
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
    if ctx.groups:
        # "slammed by a campaign group" in the lead, named a paragraph later; "the charity Refuge" names itself
        later = [g for n, g in ctx.groups if n >= number]
        group = later[0] if later else ctx.groups[-1][1]
        for m in _GROUP_WORDS.finditer(text):
            named_next = any(
                0 <= h.start - m.end() <= 3 and not text[m.end() : h.start].strip()
                for h in named
            )
            if free(*m.span()) and not named_next:
                out.append(Hit(m.start(), m.end(), group.name, agency=group))
    return out


def _speakers(body: list[Paragraph], ctx: ArticleContext) -> dict[int, PersonRef]:
    """The person speaking in each paragraph (a quote carries on from the paragraph before)."""
    speakers: dict[int, PersonRef] = {}
    last_person: PersonRef | None = None
    for p in body:
        people = ctx.names[p.number].people
        speaker = None
        for hit in people:
            window = p.text[max(0, hit.start - 30) : hit.end + 40]
            if _SPEECH.search(window):
                speaker = hit.person
                break
        if speaker is None and (
            _PRONOUN_SPEECH.search(p.text) or p.text[:1] in "\"“‘'"
        ):
            speaker = last_person
        if speaker is not None:
            speakers[p.number] = speaker
        if people:
            last_person = people[-1].person
        elif speaker is not None:
            last_person = speaker
    return speakers


def speaker_agency(
    person: PersonRef | None, ctx: ArticleContext, lookup: Lookup
) -> AgencyRef | None:
    """The organisation a speaker's "we" stands for: their stated affiliation, else their title's."""
    if person is None:
        return None
    if person.affiliation:
        hits = lookup.agencies(person.affiliation)
        if hits and hits[0].agency:
            return hits[0].agency
    words = set((person.title or "").lower().replace(".", "").split())
    if words & POLICE_TITLES:
        return ctx.force
    if words & COUNCIL_TITLES:
        return ctx.council
    return None


def is_we(text: str, start: int, end: int) -> bool:
    return bool(_WE.search(text, start, end))

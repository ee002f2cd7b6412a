"""The synthetic corpus: Markdown articles with front matter, and the answer key of their events.

Article i of seed s depends on (s, i) alone, so a corpus is the same on every machine and any slice
of it can be made without the rest. Each article is about one area, has two to six events (four on
average, as the seeds), and paragraphs without events: quotes, background, an appeal, a caption.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from app.bench import dates, vocabulary
from app.bench.answers import gold_article_yaml
from app.bench.templates import (
    APPEAL,
    BACKGROUND,
    DCT,
    HEADLINES,
    NUMBERS,
    OFFENCES,
    PAST,
    PLANNED,
    QUOTES,
    TEMPLATES,
    Template,
)

SHARD = 1000  # articles per folder and per answer file
FIRST_DCT, LAST_DCT = date(2015, 1, 5), date(2024, 12, 20)
EVENT_COUNTS = ((2, 1), (3, 3), (4, 4), (5, 3), (6, 1))


@dataclass(frozen=True)
class GeneratedArticle:
    name: str  # file name; its stem is the slug the ingest gives it
    shard: str
    markdown: str
    gold: dict  # one entry of the answer key (gold YAML format)

    @property
    def events(self) -> int:
        return len(self.gold["events"])


@dataclass(frozen=True)
class _Actor:
    text: str  # as written at the start of a sentence
    agencies: tuple[str, ...]
    plural: bool
    proper: bool  # a name, which may follow a fronted date phrase


def _police(rng: random.Random, area: vocabulary.Area) -> _Actor:
    force = area.force
    if force == "Metropolitan Police Service":
        forms = (
            ("Police", True, False),
            ("The Metropolitan Police", False, False),
            ("Met Police officers", True, False),
            ("Officers from the Met", True, False),
        )
    else:
        forms = (
            (force, False, True),
            (f"Officers from {force}", True, False),
            ("Police", True, False),
        )
    text, plural, proper = rng.choice(forms)
    return _Actor(text, (force,), plural, proper)


def _council(rng: random.Random, area: vocabulary.Area) -> _Actor:
    if area.london and area.council.endswith(" Council") and rng.random() < 0.3:
        return _Actor(
            f"The London Borough of {area.name}", (area.council,), False, False
        )
    return _Actor(area.council, (area.council,), False, True)


def _actor(rng, template: Template, area) -> tuple[_Actor | None, str, tuple[str, ...]]:
    """(subject, the partner named in the clause, every agency that acts)."""
    kind = (
        template.actor
        if template.actor != "either"
        else rng.choice(("police", "council"))
    )
    if kind == "nobody":
        return None, "", ()
    if kind == "council":
        subject = _council(rng, area)
        return subject, "", subject.agencies
    subject = _police(rng, area)
    if kind == "joint":
        if rng.random() < 0.7:
            return subject, area.council, (*subject.agencies, area.council)
        charity = rng.choice(vocabulary.CHARITIES)
        return subject, f"the charity {charity}", (*subject.agencies, charity)
    return subject, "", subject.agencies


def _place(rng: random.Random, area: vocabulary.Area) -> tuple[str, list[str]]:
    town = rng.choice(area.towns)
    if area.streets and rng.random() < 0.4:
        street = rng.choice(area.streets)
        if rng.random() < 0.5:
            return f"{street}, {town}", [street, town]
        return street, [street]
    return town, [town]


def _pick_template(
    rng: random.Random, when: dates.When, used: set[Template]
) -> Template | None:
    # one event of a type per article: two launches would read as one occurrence told twice, and the
    # extractor rightly merges them, so the answer key would not say what a careful reader would
    taken = {t.type for t in used}
    fits = [
        t
        for t in TEMPLATES
        if t.type not in taken
        and (t.spans if "runs until" in when.phrase else when.tense in t.tenses)
    ]
    if (
        not fits
    ):  # every type that reads well with this date is taken: draw another date
        return None
    return rng.choice(fits)


def _event_sentence(
    rng, area, dct: date, core: bool, used: set[Template]
) -> tuple[str, dict]:
    template = None
    while template is None:
        when = dates.draw(rng, dct)
        template = _pick_template(rng, when, used)
    used.add(template)
    subject, other, agencies = _actor(rng, template, area)
    place, places = _place(rng, area)
    rest = template.rest.format(
        problem=rng.choice(vocabulary.PROBLEMS),
        place=place,
        n=rng.choice(NUMBERS),
        premises=rng.choice(vocabulary.PREMISES),
        offence=rng.choice(OFFENCES),
        other=other,
    )
    if subject is None:
        verb = template.verb[0].format(problem=rng.choice(vocabulary.PROBLEMS))
        clause, fronted = f"{verb} {rest}", False
    else:
        past, participle, base = template.verb
        verb = {
            PAST: past,
            DCT: f"{'have' if subject.plural else 'has'} {participle}",
            PLANNED: f"will {base}",
        }[when.tense]
        fronted = (
            subject.proper
            and when.phrase.startswith(("in ", "on "))
            and "until" not in when.phrase
            and rng.random() < 0.3
        )
        clause = f"{subject.text} {verb} {rest}"
    if fronted:
        sentence = f"{when.phrase[0].upper()}{when.phrase[1:]}, {clause}."
    else:
        sentence = f"{clause}{' ' + when.phrase if when.phrase else ''}."
    event = {
        "quote": " ".join(sentence.rstrip(".").split()[:25]),
        "type": template.type,
        "start": when.start,
        "end": when.end,
        "precision": when.precision,
        "anchor": when.anchor,
        "planned": when.planned,
        "agencies": list(dict.fromkeys(agencies)),
        "boroughs": [area.name],
        "places": places,
        "people": [],
        "core": core,
        "date_kind": when.kind,
    }
    return sentence, event


def _person(rng: random.Random) -> str:
    return f"{rng.choice(vocabulary.POLICE_TITLES)} {rng.choice(vocabulary.FIRST_NAMES)} {rng.choice(vocabulary.LAST_NAMES)}"


def _fillers(rng: random.Random, area: vocabulary.Area, town: str) -> list[str]:
    """Paragraphs with no event: a quote, background, sometimes a councillor's quote."""
    quote = rng.choice(QUOTES).format(town=town)
    force = (
        "the Metropolitan Police"
        if area.force == "Metropolitan Police Service"
        else area.force
    )
    said = f"\u201c{quote},\u201d said {_person(rng)}, of {force}."
    out = [said, rng.choice(BACKGROUND).format(town=town)]
    if rng.random() < 0.5:
        out.append(rng.choice(BACKGROUND).format(town=town))
    if rng.random() < 0.5:
        out.append(
            f"\u201c{rng.choice(QUOTES).format(town=town)},\u201d said {rng.choice(vocabulary.COUNCIL_TITLES)} "
            f"{rng.choice(vocabulary.FIRST_NAMES)} {rng.choice(vocabulary.LAST_NAMES)}."
        )
    return out


def make_article(seed: int, index: int) -> GeneratedArticle:
    """Article ``index`` of the corpus of ``seed``, with its answer-key entry."""
    rng = random.Random(f"timeline-bench-{seed}-{index}")
    london = [a for a in vocabulary.areas() if a.london]
    # half the articles are London's, as for a London newsroom; the rest spread over England
    area = rng.choice(
        london if rng.random() < 0.5 else vocabulary.areas()[len(london) :]
    )
    dct = FIRST_DCT + timedelta(days=rng.randrange((LAST_DCT - FIRST_DCT).days))
    n = rng.choices([c for c, _ in EVENT_COUNTS], [w for _, w in EVENT_COUNTS])[0]
    used: set[Template] = set()
    sentences, events = zip(
        *(_event_sentence(rng, area, dct, core=i == 0, used=used) for i in range(n)),
        strict=True,
    )
    town = rng.choice(area.towns)
    fillers = _fillers(rng, area, town)
    # the lead is the core event; a quote follows it; the rest mix events and fillers
    body: list[tuple[str, int | None]] = [(sentences[0], 0), (fillers[0], None)]
    rest = [(s, i) for i, s in enumerate(sentences[1:], start=1)] + [
        (f, None) for f in fillers[1:]
    ]
    rng.shuffle(rest)
    body += rest + [(rng.choice(APPEAL), None)]
    if rng.random() < 0.3:
        body.insert(1, (f"Picture: {area.publisher}", None))
    gold_events = []
    for number, (_, i) in enumerate(body, start=1):
        if i is not None:
            gold_events.append({"id": f"e{i + 1}", "para": number, **events[i]})
    gold_events.sort(key=lambda e: int(e["id"][1:]))
    name = f"gen-{seed}-{index:06d}.md"
    problem = rng.choice(vocabulary.PROBLEMS)
    title = HEADLINES[events[0]["type"]].format(problem=problem, town=town)
    slug = name[:-3]
    front = (
        f'---\ntitle: "{title}"\nurl: "https://news.example.org/{area.publisher.lower().replace(" ", "-")}/{slug}"\n'
        f'publisher: "{area.publisher}"\npublished: {dct.isoformat()}\n---\n'
    )
    markdown = front + "\n\n".join(text for text, _ in body) + "\n"
    gold = {
        "file": name,
        "published": dct,
        "published_estimate": f"{dct}/{dct}",
        "dct_basis": "page",
        "events": gold_events,
    }
    return GeneratedArticle(name, f"{index // SHARD:03d}", markdown, gold)


def iter_articles(count: int, seed: int, start: int = 0) -> Iterator[GeneratedArticle]:
    """Articles start .. start+count-1 of the corpus of ``seed``."""
    for index in range(start, start + count):
        yield make_article(seed, index)


@dataclass(frozen=True)
class CorpusSummary:
    articles: int
    events: int
    bytes: int
    folder: Path


def write_corpus(count: int, out_dir: Path, *, seed: int = 1) -> CorpusSummary:
    """Write OUT_DIR/articles/NNN/*.md and OUT_DIR/answers/NNN.yaml (the answer key, by shard)."""
    out_dir = Path(out_dir)
    (out_dir / "answers").mkdir(parents=True, exist_ok=True)
    events = size = 0
    shard, lines = None, []

    def flush() -> None:
        if shard is not None:
            (out_dir / "answers" / f"{shard}.yaml").write_text(
                "".join(lines), encoding="utf-8"
            )

    for article in iter_articles(count, seed):
        if article.shard != shard:
            flush()
            shard, lines = (
                article.shard,
                [
                    f"# answer key of generated articles, seed {seed}, shard {article.shard}\n"
                ],
            )
            (out_dir / "articles" / shard).mkdir(parents=True, exist_ok=True)
        data = article.markdown.encode("utf-8")
        (out_dir / "articles" / shard / article.name).write_bytes(data)
        lines.append(gold_article_yaml(article.gold))
        events += article.events
        size += len(data)
    flush()
    return CorpusSummary(count, events, size, out_dir)

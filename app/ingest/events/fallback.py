"""Acts told in words no trigger knows: a dated clause of a body paragraph where detection found nothing.

The trigger lexicon is a long tail: on articles nobody had read, most missed events sat in
paragraphs where no trigger fired at all, and nearly all of them were dated ("In the summer of 2022
the force doubled the town centre team", "Mowatt controlled the line between May and October").
A paragraph with a date, a finite verb and words of one event type is then read as that type's
act, at the weakest weight, so that any trigger the lexicon does know always wins.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.ingest.events.mention import Mention
from app.ingest.events.mood import HYPOTHETICAL, NEGATED, mood_of
from app.ingest.events.sentences import split_clauses, split_sentences
from app.ingest.records import BODY, DateMention, Paragraph

WEIGHT = 0.5

# a paragraph that opens with a quote mark is somebody's words: no act is read into them
_QUOTE_OPEN = re.compile(r"^\s*[\"“‘']")
# an appeal for information closes most police stories: its incident number is no new event
_APPEAL = re.compile(
    r"\b(?:anyone with information|call (?:police on )?101|crimestoppers|quot(?:e|ing) (?:the )?"
    r"(?:incident|crime|reference|log)|0800 ?555 ?111)\b",
    re.IGNORECASE,
)
_QUOTED = re.compile(r"[\"“][^\"”]*[\"”]")
# the clause's verb: an auxiliary, a past participle or a common irregular past
_FINITE = re.compile(
    r"\b(?:was|were|has|have|had|will|is|are|did|took|began|ran|held|met|made|gave|set|put|won|"
    r"brought|caught|found|told|led|came|went|sent|saw|got|spent|paid|left|kept|rose|fell|"
    r"[a-z]{2,}ed)\b"
)
# words of each type, most specific first: the first type with the most words wins
_TYPE_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(words, re.IGNORECASE))
    for kind, words in (
        (
            "meeting",
            r"\b(?:meeting|meets|(?:committee|cabinet|panel)(?!\s+(?:member|chair|lead))|forum|hustings|q&a|surgery|drop-in|"
            r"packed into|councillors heard|briefed)\b",
        ),
        (
            "consultation",
            r"\b(?:consultation|consulted|survey|questionnaire|views of)\b",
        ),
        (
            "enforcement",
            r"\b(?:arrest\w*|charged|jailed|sentenced|convicted|fined|penalty|penalties|seiz\w+|"
            r"confiscat\w+|warrants?|searched|stopped|prosecut\w+|custody|summonsed|detained|"
            r"caught|dispersed|cautioned|raid\w*|banned|banning)\b",
        ),
        (
            "order",
            r"\b(?:orders?|pspos?|byelaws?|licen[cs]\w*|legislation|limit|designat\w+|"
            r"in force|renew\w*|agreed to spend)\b",
        ),
        (
            "operation",
            r"\b(?:patrol\w*|operation|crackdown|campaign|week of action|initiative|scheme|"
            r"wardens?|deploy\w*|clampdown|sweep|safe space|hub|project|programme|outreach|"
            r"visits?|visited)\b",
        ),
        (
            "team_launch",
            r"\b(?:team|unit|squad|taskforce|task force|recruit\w*|pcsos?|new officers)\b",
        ),
        (
            "incident",
            r"\b(?:attack\w*|stabb\w+|robber\w*|burglar\w*|thefts?|stolen|stole|assault\w*|fights?|"
            r"brawl|disorder|crash\w*|shot|shooting|murder\w*|killed|died|injur\w+|vandal\w*|blaze|"
            r"damage\w*|offences|offending|anti-?social|complaints|reports of|incidents?|"
            r"(?:drugs?|county|deal(?:ing)?) lines?)\b",
        ),
        (
            "announcement",
            r"\b(?:announc\w+|revealed|report|figures|statistics|published|statement|funding|"
            r"grant|pledg\w+|promis\w+|unveil\w+|letter|wrote|called for|criticis\w+|"
            r"praised|warned|appointed|took over|retir\w+|resign\w+)\b|£\d[\d.,]*\w*",
        ),
    )
)


def act_type(text: str) -> str | None:
    """The event type whose words the sentence uses most (ties: the more specific type)."""
    best, most = None, 0
    for kind, words in _TYPE_WORDS:
        count = len(words.findall(text))
        if count > most:
            best, most = kind, count
    return best


def fallback_mentions(
    paragraph: Paragraph, dates: Sequence[DateMention]
) -> list[Mention]:
    """The one act of a body paragraph that no trigger found: its first dated sentence outside
    quotes with a finite verb and words of an event type (none if there is no such sentence)."""
    text = paragraph.text
    if (
        paragraph.kind != BODY
        or not dates
        or _QUOTE_OPEN.match(text)
        or _APPEAL.search(text)
    ):
        return []
    quoted = [m.span() for m in _QUOTED.finditer(text)]
    for sentence in split_sentences(text):
        own = [
            d
            for d in dates
            if sentence[0] <= d.start < sentence[1]
            and not any(s <= d.start < e for s, e in quoted)
        ]
        if not own:
            continue
        clauses = tuple(split_clauses(text, sentence))
        clause = next((c for c in clauses if c[0] <= own[0].start < c[1]), sentence)
        verb = _FINITE.search(text, clause[0], clause[1]) or _FINITE.search(
            text, *sentence
        )
        kind = act_type(text[sentence[0] : sentence[1]])
        if verb is None or kind is None:
            continue
        if not clause[0] <= verb.start() < clause[1]:
            clause = next((c for c in clauses if c[0] <= verb.start() < c[1]), sentence)
        mood = mood_of(text[clause[0] : verb.start()], text[clause[0] : verb.end()])
        if mood in (HYPOTHETICAL, NEGATED):
            continue
        return [
            Mention(
                paragraph=paragraph,
                type=kind,
                form="act",
                weight=WEIGHT,
                start=verb.start(),
                end=verb.end(),
                sentence=sentence,
                clause=clause,
                clauses=clauses,
                mood=mood,
                needs_date=True,
                subtype="fallback",
            )
        ]
    return []

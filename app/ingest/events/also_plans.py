"""Acts a story announces with "will also": one more planned part of the work it tells.

"Trading standards will also test-purchase knives at shops during the week", "The help point will
also open until 4am": in a story about a week of action or a summer operation, a future act told
with "also" is one more element of the programme, planned, even when its verb is one no trigger
knows (run, open, test-purchase). Its type is the one its words name, else an operation: the
work of the campaign the story is about.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.ingest.events.fallback import WEIGHT, act_type, quoted_spans, readable
from app.ingest.events.mention import Mention
from app.ingest.events.mood import FUTURE
from app.ingest.events.sentences import split_clauses, split_sentences
from app.ingest.records import Paragraph

SUBTYPE = "also_plan"

# "will also run", "would also be moved", "is also due to open", "are also set to visit"
_ALSO_AHEAD = re.compile(
    r"\b(?:(?:will|would)\s+also|(?:is|are)\s+also\s+(?:due\s+|set\s+|planned\s+|scheduled\s+)?to)"
    r"\s+(?:be\s+)?(?P<verb>[a-z][a-z-]+)\b"
)
# verbs that say who takes part in, or what comes of, an act told elsewhere, not an act of their
# own ("will also attend", "will also be able to", "will also face prosecution", "will also see
# officers ...": the operation itself)
_NOT_AN_ACT = frozenset(
    """able asked told given invited attend attending join joining speak speaking talk talking
    there present on available welcome encouraged urged expected required need needed have
    having see include including involve feature continue remain stay keep help helping support
    supported cover receive get face benefit hope want like look looking consider considering
    pressing press work working allowed responsible""".split()
)


def also_plans(paragraph: Paragraph, found: Sequence[Mention]) -> list[Mention]:
    """One planned act for each sentence outside quotes that tells a future act with "also" and
    that no found mention touches."""
    text = paragraph.text
    if " also " not in text or not readable(paragraph):
        return []
    quoted = quoted_spans(text)
    acts: list[Mention] = []
    for sentence in split_sentences(text):
        if any(sentence[0] <= m.start < sentence[1] for m in found):
            continue
        match = next(
            (
                m
                for m in _ALSO_AHEAD.finditer(text, *sentence)
                if not any(s <= m.start() < e for s, e in quoted)
            ),
            None,
        )
        if match is None or match.group("verb") in _NOT_AN_ACT:
            continue
        clauses = tuple(split_clauses(text, sentence))
        clause = next((c for c in clauses if c[0] <= match.start() < c[1]), sentence)
        # the type its own words name, past the verb ("will also be deployed" is an operation;
        # "the trading standards team" only says whose test purchases they are)
        kind = act_type(text[match.start("verb") : clause[1]]) or "operation"
        acts.append(
            Mention(
                paragraph=paragraph,
                type=kind,
                form="act",
                weight=WEIGHT,
                start=match.start(),
                end=match.end(),
                sentence=sentence,
                clause=clause,
                clauses=clauses,
                mood=FUTURE,
                subtype=SUBTYPE,
            )
        )
    return acts

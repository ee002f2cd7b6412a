"""Trigger detection in body sentences, with negation, modality, tense and aspect."""

from __future__ import annotations

import re
from bisect import bisect_left

from app.ingest.events.anchor_check import may_match
from app.ingest.events.coordinated import coordinated_acts
from app.ingest.events.dated_pairs import with_dated_pairs
from app.ingest.events.detail_acts import as_details
from app.ingest.events.determiners import opens_clause
from app.ingest.events.distinct_words import CO_ACCUSED, DISTINCT, near_trigger
from app.ingest.events.incident_frames import GOAL, GROUNDS, WHO_WERE
from app.ingest.events.lexicon import Lexicon, Trigger, load_lexicon
from app.ingest.events.listed_acts import with_listed_fines
from app.ingest.events.mention import Mention
from app.ingest.events.mood import (
    FUTURE,
    HYPOTHETICAL,
    INTENTION,
    NEGATED,
    REALIS,
    is_irrealis,
    mood_of,
)
from app.ingest.events.operation_doers import without_operation_doers
from app.ingest.events.order_steps import order_steps
from app.ingest.events.pleas import without_told_pleas
from app.ingest.events.ref_forms import (
    ANAPHORIC,
    DEFINITE,
    PLURAL_GENERIC,
    TOLD_NOUN,
    names_whom,
)
from app.ingest.events.relative_makings import relative_makings
from app.ingest.events.sentence_frames import APART, COUNTED, LINK, SUMMARY
from app.ingest.events.sentences import Span, split_clauses, split_sentences
from app.ingest.events.sequels import is_first_making, is_sequel
from app.ingest.events.spoken_of import is_topic
from app.ingest.events.subsumption import (
    CLOSING,
    RUN_TYPES,
    continuations,
    without_subsumed,
)
from app.ingest.events.tense_aspect import BACKGROUND, HABITUAL, after_mood
from app.ingest.events.warrants import with_arrests
from app.ingest.events.years_running import without_years_running
from app.ingest.records import BODY, Paragraph
from app.ingest.temporal.case_fold import plain_lower

__all__ = [
    "FUTURE",
    "HYPOTHETICAL",
    "INTENTION",
    "NEGATED",
    "REALIS",
    "Mention",
    "detect_mentions",
    "is_irrealis",
    "mood_of",
]


_OPENING = re.compile(
    r"\b(?:launch\w*|open(?:s|ed|ing)?|beg[ai]n\w*|start\w*|introduc\w*|authori[sz]ed|granted|made|"
    r"came into|comes into|set up|rolled out|kicked off)\b",
    re.IGNORECASE,
)
_CLOSING_REACH = 25  # characters after the trigger where its closing verb may stand


def _closing(text: str, event_type: str, start: int, end: int, clause: Span) -> bool:
    if event_type not in RUN_TYPES:
        return False
    window = text[start : min(clause[1], end + _CLOSING_REACH)]
    found = CLOSING.search(window)
    return found is not None and not _OPENING.search(window, 0, found.start())


def _sequel(
    text: str, told: tuple[Trigger, int, int], hit: tuple[Trigger, int, int]
) -> bool:
    return is_sequel(text, told[1:], hit[1:], (told[0].subtype, hit[0].subtype))


def detect_mentions(
    paragraph: Paragraph, lexicon: Lexicon | None = None
) -> list[Mention]:
    """Every trigger in a body paragraph, one per type and clause (captions/boilerplate give none)."""
    if paragraph.kind != BODY:
        return []
    lexicon = lexicon or load_lexicon()
    text = paragraph.text
    keys = lexicon.keys(text.lower())
    if not keys and not lexicon.always:
        return []
    found: list[Mention] = []
    offsets = [offset for offset, _ in keys]
    for sentence in split_sentences(text):
        first = bisect_left(offsets, sentence[0])
        if not lexicon.always and (
            first == len(offsets) or offsets[first] >= sentence[1]
        ):
            continue  # no trigger word in this sentence
        if SUMMARY.match(text, sentence[0]) or LINK.match(text, sentence[0]):
            continue
        in_sentence = []
        clauses = tuple(split_clauses(text, sentence))
        for clause in clauses:
            inside: set[str] = set()
            for i in range(
                bisect_left(offsets, clause[0]), bisect_left(offsets, clause[1])
            ):
                inside |= keys[i][1]
            triggers = lexicon.select(inside)
            if triggers:
                in_sentence.extend(
                    _clause_mentions(paragraph, sentence, clause, triggers, clauses)
                )
        in_sentence += continuations(text, clauses, in_sentence)
        in_sentence += relative_makings(paragraph, sentence, clauses, in_sentence)
        in_sentence += coordinated_acts(text, in_sentence)
        in_sentence = order_steps(paragraph, sentence, clauses, in_sentence)
        in_sentence = with_listed_fines(with_dated_pairs(text, in_sentence))
        in_sentence = without_years_running(text, without_operation_doers(text, in_sentence))
        found.extend(as_details(text, without_told_pleas(without_subsumed(with_arrests(in_sentence)))))
    return found


def _clause_mentions(
    paragraph: Paragraph,
    sentence: Span,
    clause: Span,
    triggers: tuple[Trigger, ...],
    clauses: tuple[Span, ...],
) -> list[Mention]:
    text = paragraph.text
    clause_text = text[clause[0] : clause[1]]
    hits: list[tuple[Trigger, int, int]] = []
    lowered = plain_lower(clause_text)
    for trigger in triggers:
        if trigger.phrases and not may_match(trigger, lowered):
            continue
        for match in trigger.regex.finditer(clause_text):
            start, end = match.span()
            if end > start:
                hits.append((trigger, clause[0] + start, clause[0] + end))
    # strongest, then longest, wins; a weaker trigger overlapping it is the same words read twice
    hits.sort(key=lambda h: (-h[0].weight, -(h[2] - h[1]), h[1]))
    kept: list[tuple[Trigger, int, int]] = []
    for hit in hits:
        if all(hit[2] <= k[1] or hit[1] >= k[2] for k in kept):
            kept.append(hit)
    by_type: dict[tuple, tuple[Trigger, int, int]] = {}
    subtypes: dict[str, set[str]] = {}
    sequels: set[int] = set()
    for trigger, start, end in kept:
        if trigger.type == "incident" and (
            GROUNDS.search(text, max(clause[0], start - 80), start)
            or GOAL.search(text, max(clause[0], start - 60), start)
            or WHO_WERE.search(text, max(clause[0], start - 80), start)
            or is_topic(text, max(clause[0], start - 80), start)
        ):
            continue
        form = (
            "ref"
            if trigger.np
            and DEFINITE.search(text, max(0, start - 40), start)
            and not names_whom(text, start, end)
            and not opens_clause(text, start)
            else trigger.form
        )
        key = (trigger.type, form == "ref")
        if (
            key in by_type
            and form != "ref"
            and _sequel(text, by_type[key], (trigger, start, end))
        ):
            # "arrested on May 2 and later charged": two occurrences
            key = (*key, start)
            sequels.add(start)
        by_type.setdefault(key, (trigger, start, end))
        subtypes.setdefault(trigger.type, set()).add(trigger.subtype)
    has_act = any(not key[1] for key in by_type)
    mentions = []
    # background, habitual: the clause's own, read once for all its mentions
    clause_flags: tuple[bool, bool] | None = None
    for (event_type, is_ref, *_), (trigger, start, end) in by_type.items():
        if is_ref and has_act:
            continue  # the clause states an act of its own; its "the operation" only points at context
        before = text[clause[0] : start]
        upto = text[clause[0] : end]
        if clause_flags is None:
            clause_flags = (
                bool(BACKGROUND.search(clause_text)),
                bool(HABITUAL.search(clause_text)),
            )
        mentions.append(
            Mention(
                paragraph=paragraph,
                type=event_type,
                form="ref" if is_ref else trigger.form,
                weight=trigger.weight,
                start=start,
                end=end,
                sentence=sentence,
                clause=clause,
                clauses=clauses,
                mood=after_mood(
                    mood_of(before, upto, context=trigger.subtype == "context"),
                    text,
                    start,
                    end,
                ),
                background=clause_flags[0],
                habitual=clause_flags[1],
                distinct=bool(DISTINCT.search(near_trigger(upto, start - clause[0])))
                or bool(DISTINCT.search(text[end : clause[1]][:40]))
                or bool(APART.match(text, sentence[0]))
                or (
                    trigger.subtype == "court"
                    and bool(CO_ACCUSED.search(text, clause[0], start))
                )
                or start in sequels
                or is_first_making(event_type, text, start, end)
                or bool(COUNTED.match(text, sentence[0])),
                needs_date=trigger.needs_date
                or bool(PLURAL_GENERIC.search(before[-60:])),
                subtype=_subtype(trigger, before, subtypes[event_type]),
                closing=_closing(text, event_type, start, end, clause),
                anaphoric=bool(
                    ANAPHORIC.match(text, start)
                    or (
                        TOLD_NOUN.match(text, start)
                        and DEFINITE.search(text, max(0, start - 40), start)
                    )
                ),
            )
        )
    return sorted(mentions, key=lambda m: m.start)


_DOCUMENT = re.compile(
    r"\b(?:report|review|inspection|audit|study|survey|figures|statistics|data|findings)\b",
    re.IGNORECASE,
)


def _subtype(trigger: Trigger, before: str, in_clause: set[str]) -> str:
    """ "a damning inspection report criticised ...": a document's verdict is its publication;
    "stopped 140 riders, issued 36 reports and carried out warrants": fines among other
    actions are part of the action."""
    if trigger.subtype == "reaction" and _DOCUMENT.search(before):
        return "publication"
    if trigger.subtype == "penalty" and "action" in in_clause:
        return "action"
    return trigger.subtype

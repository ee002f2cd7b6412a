"""Trigger detection in body sentences, with negation, modality, tense and aspect."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace

from app.ingest.events.lexicon import Lexicon, Trigger, load_lexicon
from app.ingest.events.sentences import Span, split_clauses, split_sentences
from app.ingest.records import BODY, Paragraph

# Moods: realis (it happened / is happening), future (will, would, set to, due to),
# intention (pledged to, hopes to, plans to), hypothetical (could, might, if), negated.
REALIS, FUTURE, INTENTION, HYPOTHETICAL, NEGATED = (
    "realis",
    "future",
    "intention",
    "hypothetical",
    "negated",
)

_NEGATION = re.compile(
    r"\b(?:not|never|no|n[’']t|cannot|without|fail(?:s|ed)? to|refus(?:e|es|ed) to|den(?:y|ies|ied))\s+(?:\S+\s+){0,3}$",
    re.IGNORECASE,
)
_HYPOTHETICAL = re.compile(
    r"\b(?:could|might|(?-i:may)|should|must|can|if|unless|whether|would like|would be able)\b(?:\s+\S+){0,7}\s*$",
    re.IGNORECASE,
)
_INTENTION = re.compile(
    r"(?:\b(?:hop(?:e|es|ed|ing)|want(?:s|ed|ing)?|aim(?:s|ed|ing)?|pledg(?:e|es|ed|ing)|vow(?:s|ed|ing)?|"
    r"promis(?:e|es|ed|ing)|intend(?:s|ed|ing)?|seek(?:s|ing)?|sought|plan(?:s|ned|ning)?|bid|"
    r"committed|determined|keen|looking|ready|prepared|wish(?:es|ed)?|expect(?:s|ed)?|"
    r"try(?:ing)?|tries|tried|attempt(?:s|ed|ing)?)\s+(?:\S+\s+){0,1}(?:to|for|at|on)\b"
    r"|\b(?:call(?:s|ed|ing)? for|urg(?:e|es|ed|ing)|propos(?:e|es|ed|ing|als?)|consider(?:s|ed|ing)?|"
    r"need(?:s|ed)?|want(?:s|ed)?|demand(?:s|ed|ing)?|consult(?:ation|ations|s|ed|ing)? on|views on|"
    r"plans? (?:to|for)|in a bid to|would like|asking for|ask(?:s|ed)? for))(?:\s+\S+){0,8}\s*$",
    re.IGNORECASE,
)
_FUTURE = re.compile(
    r"(?:\b(?:will|shall|would|going to|set to|due to|is to|are to|to be|scheduled to)|[’']ll|"
    r"\b(?:planned|scheduled|set|due|expected|pencilled in|arranged) (?:for|to|in|on|at))\b"
    r"(?:\s+\S+){0,6}\s*$",
    re.IGNORECASE,
)
_BACKGROUND = re.compile(
    r"\b(?:already|previously|in the past|have long|has long|for years|once again|historically)\b",
    re.IGNORECASE,
)
_HABITUAL = re.compile(
    r"\b(?:every|each) (?:day|night|week|weekend|month|year|morning|evening|friday|saturday|sunday|time)\b|"
    r"\b(?:regularly|routinely|usually|always|weekly|monthly|nightly|often)\b",
    re.IGNORECASE,
)
_DISTINCT = re.compile(
    r"\b(?:other|(?:another|further)(?!\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|few|"
    r"couple|years?|months?|weeks?|days?|hours?)\b)|similar|previous|separate|earlier|second|different|since|later|"
    r"subsequently|afterwards)\b",
    re.IGNORECASE,
)
# ", which can lead to fines if breached," : a relative clause says nothing of the main verb's mood
_PARENTHETICAL = re.compile(r",\s*(?:which|who)\b(?:[^,]|,(?=\d))*,\s*", re.IGNORECASE)
# one sentence, two readings of one act: the order is the event, the ban/closure it makes is not;
# what a statement or figures say is the statement's content, not another event
_SUBSUMED_BY = {
    # (type of the act that subsumes, words the subsumed trigger must have, words the act must have)
    "enforcement": (
        "order",
        re.compile(r"\b(?:ban\w*|closed|shut)\b", re.IGNORECASE),
        None,
    ),
    "incident": (
        "announcement",
        None,
        re.compile(
            r"statement|figures|statistics|stats|data|report|review|findings|audit",
            re.IGNORECASE,
        ),
    ),
}
_ANAPHORIC = re.compile(
    r"(?:the|this|that)\s+(?:order|ban|zone|operation|crackdown|campaign|meeting|team|consultation)\b",
    re.IGNORECASE,
)
_DEFINITE = re.compile(
    r"\b(?:the|this|these|those|that)\s+(?:(?:first|second|third|fourth|fifth|latest|last|previous|recent|same)\s+)?$",
    re.IGNORECASE,
)
# "It is the third stabbing in Peckham since May", "It is the second time this summer that ...":
# a count of occurrences told elsewhere, not an occurrence
_SUMMARY = re.compile(
    r"[\"“‘']?(?:it|this|that)\s+(?:is|was|marks)\s+the\s+(?:first|second|third|fourth|fifth|sixth|\w+th|latest|umpteenth)\b",
    re.IGNORECASE,
)
# "The operation starts on Friday": a trigger that opens on a told event's noun after "the"
_TOLD_NOUN = re.compile(
    r"(?:order|ban|zone|operation|crackdown|campaign|meeting|team|consultation|survey|unit|taskforce|task force)\b",
    re.IGNORECASE,
)
# "Police did not make any arrests during a day of action": the negation is the arrests', and
# "will decide whether to renew the order at its meeting": the condition is the renewal's
_ADJUNCT = re.compile(
    r"\b(?:at|during|ahead of)\s+(?:(?:its|their|the|a|an|his|her|next)\s+(?:\S+\s+){0,3})?$",
    re.IGNORECASE,
)
_OF = re.compile(r"\s+of\b", re.IGNORECASE)


def _names_whom(text: str, start: int, end: int) -> bool:
    """ "the murder of Taye Grant", "the stabbing of a teenager": a definite that names, not refers."""
    return text[start:end].lower().endswith(" of") or bool(_OF.match(text, end))


_CONDITION = re.compile(r"\b(?:whether|if)\b", re.IGNORECASE)
# "The PSPO lasts for three years and must be renewed": a modal inside a noun-first trigger
_MODAL_VERB = re.compile(
    r"\b(?:must|could|might|should|(?-i:may)|can)\s+(?:not\s+)?(?:be\s+|have\s+been\s+)?\S+$",
    re.IGNORECASE,
)
_PLURAL_GENERIC = re.compile(
    r"\b(?:a number of|several|many|numerous|regular|a series of|various)\s+\S*\s*$",
    re.IGNORECASE,
)
_IRREALIS_CLAUSE = re.compile(
    r"\b(?:will|would|could|might|should|shall|(?-i:may)|can|going to|hopes?|wants?|plans?|intends?|aims?|"
    r"continue to|pledged?|vowed?)\b|[’']ll\b",
    re.IGNORECASE,
)


def is_irrealis(clause_text: str) -> bool:
    """True for a clause that only states intentions or possibilities."""
    return bool(_IRREALIS_CLAUSE.search(clause_text))


@dataclass(frozen=True)
class Mention:
    """A trigger found in a body sentence, with its context and mood."""

    paragraph: Paragraph
    type: str
    form: str  # act | noun | ref
    weight: float
    start: int  # the trigger span, as offsets in the paragraph text
    end: int
    sentence: Span
    clause: Span
    clauses: tuple[Span, ...] = ()  # every clause of the sentence
    mood: str = REALIS
    background: bool = (
        False  # "have already launched": happened at an unknown earlier time
    )
    habitual: bool = False  # "every weekend": a recurring activity, no single date
    distinct: bool = (
        False  # "a similar operation", "other parts": not the event told before
    )
    needs_date: bool = False
    subtype: str = ""
    anaphoric: bool = False  # "The order was in place until Sunday": tells more of an event told before

    @property
    def number(self) -> int:
        return self.paragraph.number

    @property
    def text(self) -> str:
        return self.paragraph.text[self.start : self.end]


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
        if not lexicon.always and (first == len(offsets) or offsets[first] >= sentence[1]):
            continue  # no trigger word in this sentence
        if _SUMMARY.match(text, sentence[0]):
            continue
        in_sentence = []
        clauses = tuple(split_clauses(text, sentence))
        for clause in clauses:
            inside: set[str] = set()
            for i in range(bisect_left(offsets, clause[0]), bisect_left(offsets, clause[1])):
                inside |= keys[i][1]
            triggers = lexicon.select(inside)
            if triggers:
                in_sentence.extend(
                    _clause_mentions(paragraph, sentence, clause, triggers, clauses)
                )
        in_sentence += _continuations(text, clauses, in_sentence)
        found.extend(_without_subsumed(in_sentence))
    return found


# "212 fines were issued in 2019, falling to 37 in 2020": a second count, a second occurrence
_CONTINUATION = re.compile(
    r"(?:falling|dropping|rising|climbing|increasing|decreasing|down|up) to [\d,]+\b",
    re.IGNORECASE,
)
_CONTINUED_TYPES = ("enforcement", "incident")


def _continuations(
    text: str, clauses: tuple[Span, ...], mentions: list[Mention]
) -> list[Mention]:
    out = []
    for before, clause in zip(clauses, clauses[1:], strict=False):
        match = _CONTINUATION.match(text, clause[0])
        if match is None or any(m.clause == clause for m in mentions):
            continue
        told = [
            m
            for m in mentions
            if m.clause == before and m.mood == REALIS and m.type in _CONTINUED_TYPES
        ]
        if told:
            out.append(
                replace(
                    told[0],
                    start=match.start(),
                    end=match.end(),
                    clause=clause,
                    form="act",
                    needs_date=True,
                    distinct=True,
                    anaphoric=False,
                )
            )
    return out


_AT = re.compile(r"\bat\s+$", re.IGNORECASE)
_PARTICIPLE = re.compile(r",\s*$")


def _is_venue(m: Mention) -> bool:
    """ "voted to renew the order at a meeting": where another act was done, not an event of its own."""
    if m.type != "meeting":
        return False
    return m.subtype == "venue" or (
        m.form == "noun" and bool(_AT.search(m.paragraph.text, m.clause[0], m.start))
    )


def _without_subsumed(mentions: list[Mention]) -> list[Mention]:
    acts = [m for m in mentions if m.form == "act" and m.mood == REALIS]
    out = []
    for m in mentions:
        if _is_venue(m) and any(
            a.clause == m.clause
            and a.type != "meeting"
            and a.form == "act"
            and a.mood in (REALIS, FUTURE)
            for a in mentions
        ):
            continue
        if (
            m.type == "enforcement"
            and m.text.lower().endswith("ing")
            and _PARTICIPLE.search(m.paragraph.text, m.clause[0], m.start)
            and any(a.type == "operation" and a.subtype != "context" for a in acts)
        ):
            continue  # "carried out a week of action ..., seizing 140 cans": a detail of the operation
        rule = _SUBSUMED_BY.get(m.type)
        if rule and any(
            a.type == rule[0]
            and (rule[1] is None or rule[1].search(m.text))
            and (rule[2] is None or rule[2].search(a.text))
            for a in acts
        ):
            continue
        out.append(m)
    return out


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
    for trigger in triggers:
        for match in trigger.regex.finditer(clause_text):
            if match.end() > match.start():
                hits.append(
                    (trigger, clause[0] + match.start(), clause[0] + match.end())
                )
    # strongest, then longest, wins; a weaker trigger overlapping it is the same words read twice
    hits.sort(key=lambda h: (-h[0].weight, -(h[2] - h[1]), h[1]))
    kept: list[tuple[Trigger, int, int]] = []
    for hit in hits:
        if all(hit[2] <= k[1] or hit[1] >= k[2] for k in kept):
            kept.append(hit)
    by_type: dict[tuple[str, bool], tuple[Trigger, int, int]] = {}
    subtypes: dict[str, set[str]] = {}
    for trigger, start, end in kept:
        form = (
            "ref"
            if trigger.np
            and _DEFINITE.search(text, 0, start)
            and not _names_whom(text, start, end)
            else trigger.form
        )
        key = (trigger.type, form == "ref")
        by_type.setdefault(key, (trigger, start, end))
        subtypes.setdefault(trigger.type, set()).add(trigger.subtype)
    has_act = any(not is_ref for _, is_ref in by_type)
    mentions = []
    for (event_type, is_ref), (trigger, start, end) in by_type.items():
        if is_ref and has_act:
            continue  # the clause states an act of its own; its "the operation" only points at context
        before = text[clause[0] : start]
        upto = text[clause[0] : end]
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
                mood=mood_of(before, upto, context=trigger.subtype == "context"),
                background=bool(_BACKGROUND.search(clause_text)),
                habitual=bool(_HABITUAL.search(clause_text)),
                distinct=bool(_DISTINCT.search(upto))
                or bool(_DISTINCT.search(text[end : clause[1]][:40])),
                needs_date=trigger.needs_date or bool(_PLURAL_GENERIC.search(before)),
                subtype=_subtype(trigger, before, subtypes[event_type]),
                anaphoric=bool(
                    _ANAPHORIC.match(text, start)
                    or (_TOLD_NOUN.match(text, start) and _DEFINITE.search(text, 0, start))
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


def mood_of(before: str, upto: str, *, context: bool = False) -> str:
    """The mood of a trigger from the clause words before it (``upto`` includes the trigger).

    ``context`` triggers ("during a day of action") name the setting of the clause's act: a
    negated act still happened in a real setting.
    """
    # the markers that matter sit a few words before the trigger
    before = _PARENTHETICAL.sub(" ", before)[-160:]
    upto = upto[-200:]
    condition = _CONDITION.search(before)
    if condition and _ADJUNCT.search(before, condition.end()):
        # "will decide whether to renew the order at its meeting in September": the meeting
        # is the main verb's, whatever is decided at it
        before = before[: condition.start()]
        upto = before
    if not context and (
        _NEGATION.search(before)
        or re.search(r"\bno\s+\S+$", before.strip(), re.IGNORECASE)
    ):
        return NEGATED
    if _HYPOTHETICAL.search(before) or _MODAL_VERB.search(upto):
        return HYPOTHETICAL
    if _INTENTION.search(before):
        return INTENTION
    if _FUTURE.search(before) or _FUTURE.search(upto):
        return FUTURE
    return REALIS

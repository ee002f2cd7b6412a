"""Trigger detection in body sentences, with negation, modality, tense and aspect."""

from __future__ import annotations

import re
from bisect import bisect_left

from app.ingest.events.anchor_check import may_match
from app.ingest.events.coordinated import coordinated_acts
from app.ingest.events.dated_pairs import with_dated_pairs
from app.ingest.events.detail_acts import as_details
from app.ingest.events.determiners import opens_clause
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
from app.ingest.events.relative_makings import relative_makings
from app.ingest.events.sentences import Span, split_clauses, split_sentences
from app.ingest.events.sequels import is_first_making, is_sequel
from app.ingest.events.spoken_of import is_topic, wanted_mood
from app.ingest.events.standing_since import standing_since
from app.ingest.events.subsumption import (
    CLOSING,
    RUN_TYPES,
    continuations,
    without_subsumed,
)
from app.ingest.events.unrealised import never_happened
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

_BACKGROUND = re.compile(
    r"\b(?:already|previously|in the past|have long|has long|for years|once again|historically)\b",
    re.IGNORECASE,
)
_HABITUAL = re.compile(
    r"\b(?:every|each) (?:day|night|week|weekend|month|year|morning|evening|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|time)\b|"
    r"\b(?:regularly|routinely|usually|always|weekly|monthly|nightly|often)\b",
    re.IGNORECASE,
)
_DISTINCT = re.compile(
    r"\b(?:other|(?:another|further)(?!\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|few|"
    r"couple|years?|months?|weeks?|days?|hours?)\b)|similar|previous|separate|earlier|second|different|since|later|"
    # "will hold a follow-up meeting in June": the sitting after the one told
    r"follow-?up|"
    r"subsequently|afterwards)\b",
    re.IGNORECASE,
)
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
    r"[\"“‘']?(?:it|this|that)\s+(?:is|was|marks)\s+the\s+(?:first|second|third|fourth|fifth|sixth|\w+th|latest|umpteenth)\b"
    # ... unless it counts an agency's orders: "It is the fourth closure order obtained since January"
    r"(?!\s+(?:[\w-]+\s+){0,3}?(?:orders?|injunctions?|notices?|authori[sz]ations?)\s+(?:to be\s+)?"
    r"(?:authori[sz]ed|obtained|granted|issued|imposed|made|secured|served|approved|put in place))",
    re.IGNORECASE,
)
# "It is the fourth closure order obtained since January" (the count _SUMMARY lets through): the
# latest of several, an occurrence apart from the story's order told before
_COUNTED = re.compile(
    r"[\"“‘']?(?:it|this|that)\s+(?:is|was|marks)\s+the\s+(?:second|third|fourth|fifth|sixth|\w+th)\b",
    re.IGNORECASE,
)
# "Separately, a boy was hurt", "In a separate incident, ...": the sentence tells another occurrence
_APART = re.compile(
    r"[\"“‘']?(?:separately|in (?:a|another) separate (?:incident|case|attack|development)|"
    r"in (?:an|another) unrelated (?:incident|case|attack))\b",
    re.IGNORECASE,
)
# "... could be arrested. Read more: Teenager arrested after firework thrown": a link to another
# story left inline by the page's flattening; its headline tells no event of this article
_LINK = re.compile(
    r"(?:read more|related|also read|read next|more on this|see also|watch)\s*:", re.IGNORECASE
)
# "arrested on suspicion of affray", "made 214 arrests, most of them for disorder": the offence named
# as the grounds of an arrest or charge is the act's reason, not an incident told
_GROUNDS = re.compile(
    r"\b(?:on suspicion of|charged with|accused of|convicted of|guilty of|(?:arrests?|arrested),? "
    r"(?:most|many|some|all) of them for|(?:mostly|mainly) for|"
    # "made 74 arrests, many linked to alcohol and disorder"
    r"(?:most|many|some|all|several|half)\s+(?:of them\s+)?(?:linked|related|connected)\s+to)"
    r"\s+(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
# "said tackling youth disorder was a priority", "a pledge to reduce violence": the problem named as
# a goal is no occurrence of it
_GOAL = re.compile(
    r"\b(?:tackl(?:e|es|ed|ing)|combat(?:s|ed|ing|ting)?|reduc(?:e|es|ed|ing)|prevent(?:s|ed|ing)?|"
    r"cut(?:ting)?|curb(?:s|ed|ing)?|crack(?:s|ed|ing)? down on|clamp(?:s|ed|ing)? down on|"
    # (a bare problem: "officers tackled a man" or "prevented the attack" tell an occurrence)
    r"stamp(?:s|ed|ing)? out|"
    # "the force's summer operation against alcohol-fuelled disorder": the target of the work
    r"against|target(?:s|ed|ing)|targett(?:ed|ing))\s+(?:(?!(?:a|an|the|this|that|these|those|his|her|their|its)\b)[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# "a haven for people who were drunk, injured or vulnerable": the people cared for, no injury told
_WHO_WERE = re.compile(
    r"\b(?:people|those|anyone|women|men|young people|youngsters|visitors|revellers|customers|"
    r"victims)\s+who\s+(?:were|are|had been|have been|get|got|become)\s+(?:[\w-]+,?\s+(?:or\s+|and\s+)?){0,3}$",
    re.IGNORECASE,
)
# "The operation starts on Friday": a trigger that opens on a told event's noun after "the"
_TOLD_NOUN = re.compile(
    r"(?:order|ban|zone|operation|crackdown|campaign|meeting|team|consultation|survey|unit|taskforce|task force|patrols)\b",
    re.IGNORECASE,
)
# "his co-defendant, 22, was jailed for four years": another person's sentence, another occurrence
_CO_ACCUSED = re.compile(
    r"\b(?:co-?defendants?|co-?accused|accomplices?|fellow (?:defendants?|gang members?))\b",
    re.IGNORECASE,
)
# "other", "similar", "since" speak of the trigger when they come right before it ("a similar
# operation"); further back they speak of something else ("three other pubs passed the test")
_DISTINCT_WORDS = 1
_OF = re.compile(r"\s+of\b", re.IGNORECASE)


# "30 extra officers would be on duty on Saturday": the verb after a noun trigger gives its tense
_FUTURE_AFTER = re.compile(
    r"\s*(?:,[^,]{0,60},\s*)?(?:will|would|are to|is to|are due to|is due to|are set to|is set to|is expected to|are expected to|"
    # "results are expected later this month", "with a report expected in the autumn"
    r"(?:(?:is|are) )?(?:expected|due) (?:later|next|in|on|by|at|before|this))\b",
    re.IGNORECASE,
)


# "the commissioner, who retires in February": a departure told in the present is one scheduled
_SCHEDULED = re.compile(r"(?:retires|(?:is|are)\s+retiring)\b", re.IGNORECASE)


def _after_mood(mood: str, text: str, start: int, end: int) -> str:
    if mood in (FUTURE, INTENTION) and standing_since(text, start, end):
        return REALIS  # "will keep using the PSPO, in force since 2017": in force already
    if mood != REALIS:
        return mood
    if wanted := wanted_mood(
        text[max(0, start - 160) : start],
        text[start:end],
        INTENTION,
        HYPOTHETICAL,
        FUTURE,
    ):
        return wanted
    if never_happened(text, end):
        return NEGATED
    if _FUTURE_AFTER.match(text, end) or _SCHEDULED.match(text, start, end):
        return FUTURE
    return mood


def _near(upto: str, trigger_start: int) -> str:
    """The trigger and the few words before it: "a similar operation", not "Three other shops ... passed
    the test purchase"."""
    head = upto[:trigger_start]
    cut = len(head.rstrip())
    for _ in range(_DISTINCT_WORDS):
        cut = head.rfind(" ", 0, cut)
        if cut < 0:
            return upto
    return upto[cut:]


def _names_whom(text: str, start: int, end: int) -> bool:
    """ "the murder of Taye Grant", "the stabbing of a teenager": a definite that names, not refers."""
    return text[start:end].lower().endswith(" of") or bool(_OF.match(text, end))


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


_PLURAL_GENERIC = re.compile(
    r"\b(?:a number of|several|many|numerous|regular|a series of|various)\s+\S*\s*$",
    re.IGNORECASE,
)


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
        if _SUMMARY.match(text, sentence[0]) or _LINK.match(text, sentence[0]):
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
            _GROUNDS.search(text, max(clause[0], start - 80), start)
            or _GOAL.search(text, max(clause[0], start - 60), start)
            or _WHO_WERE.search(text, max(clause[0], start - 80), start)
            or is_topic(text, max(clause[0], start - 80), start)
        ):
            continue
        form = (
            "ref"
            if trigger.np
            and _DEFINITE.search(text, max(0, start - 40), start)
            and not _names_whom(text, start, end)
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
                bool(_BACKGROUND.search(clause_text)),
                bool(_HABITUAL.search(clause_text)),
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
                mood=_after_mood(
                    mood_of(before, upto, context=trigger.subtype == "context"),
                    text,
                    start,
                    end,
                ),
                background=clause_flags[0],
                habitual=clause_flags[1],
                distinct=bool(_DISTINCT.search(_near(upto, start - clause[0])))
                or bool(_DISTINCT.search(text[end : clause[1]][:40]))
                or bool(_APART.match(text, sentence[0]))
                or (
                    trigger.subtype == "court"
                    and bool(_CO_ACCUSED.search(text, clause[0], start))
                )
                or start in sequels
                or is_first_making(event_type, text, start, end)
                or bool(_COUNTED.match(text, sentence[0])),
                needs_date=trigger.needs_date
                or bool(_PLURAL_GENERIC.search(before[-60:])),
                subtype=_subtype(trigger, before, subtypes[event_type]),
                closing=_closing(text, event_type, start, end, clause),
                anaphoric=bool(
                    _ANAPHORIC.match(text, start)
                    or (
                        _TOLD_NOUN.match(text, start)
                        and _DEFINITE.search(text, max(0, start - 40), start)
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

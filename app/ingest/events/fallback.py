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

from app.ingest.events.fallback_asides import in_aside
from app.ingest.events.mention import Mention
from app.ingest.events.mood import FUTURE, HYPOTHETICAL, NEGATED, REALIS, mood_of
from app.ingest.events.sentences import Span, split_clauses, split_sentences
from app.ingest.events.spoken_of import counts_times
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
    # a scheduled act in the present: "the council opens its hub on Monday"
    r"prepares?|launch(?:es)?|opens|starts|begins|returns|"
    r"[a-z]{2,}ed)\b"
)
# an undated act told as one more done act of the story: "Officers also seized", "was also made"
_DONE = re.compile(
    r"\b(?:(?:has|have|had|was|were) also [a-z]{2,}(?:ed|en|ught|ot|id|ade|eld|ent|ound|un)|"
    r"also (?:took|began|ran|held|met|made|gave|won|brought|caught|found|led|sent|spent|paid|"
    r"[a-z]{3,}ed))\b"
)
# "Sgt Lee said: ..." : the act is in the quote that follows
_COLON_QUOTE = re.compile(r"\b(?:said|says|added|told \w+):\s")
# standing states and habits are no occurrence
_STANDING = re.compile(
    r"\b(?:for (?:years|decades|months|some time)|long been|always|often|regularly|usually|"
    r"routinely|every (?:day|week|month|year|weekend))\b",
    re.IGNORECASE,
)
_SCHEDULED = re.compile(r"prepares?|launch(?:es)?|opens|starts|begins|returns")
# "the force did not bring in a unit": the denial follows the auxiliary
_DENIED = re.compile(r"(?:n't|\s+(?:not|never)\b)", re.IGNORECASE)
# words of each type, most specific first: the first type with the most words wins
_TYPE_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(words, re.IGNORECASE))
    for kind, words in (
        (
            "meeting",
            r"\b(?:meeting|meets|(?:committee|cabinet|panel)(?!\s+(?:member|chair|lead))|forum|hustings|q&a|surgery|drop-in|"
            r"packed into|councillors heard|briefed|vigils?|rall(?:y|ies)|marched|"
            # "Further sessions will be held every fortnight" (sport sessions are a diversion)
            r"(?<!football )(?<!boxing )(?<!sports )(?<!sport )sessions?)\b",
        ),
        (
            "consultation",
            r"\b(?:consultation|consulted|survey|questionnaire|views of)\b",
        ),
        (
            "enforcement",
            r"\b(?:arrest\w*|charged|jailed|sentenced|convicted|fined|penalty|penalties|seiz\w+|"
            r"confiscat\w+|warrants?|searched|stopped|prosecut(?!ors?\b)\w+|custody|summonsed|detained|"
            r"caught|dispersed|cautioned|raid\w*|banned|banning|forced entry|forced their way)\b",
        ),
        (
            "order",
            # "the licensing team" names who acted, not an order; nor is "a public order operation"
            r"\b(?:(?<!public\s)orders?|pspos?|byelaws?|legislation|limit|designat\w+|"
            r"licen[cs]\w*(?!\s+(?:team|officers?|staff|manager|department|authority|"
            r"(?:sub-)?committee|panel|hearing))|"
            r"in force|renew\w*|agreed to spend)\b",
        ),
        (
            "operation",
            r"\b(?:patrol\w*|operation|crackdown|campaign|week of action|intensification|initiative|scheme|"
            r"wardens?|deploy\w*|clampdown|sweep|safe space|hub|project|programme|outreach|"
            r"visits?|visited|safeguard\w*|surrender bins?|handed in|"
            # "will join council officers for a week of roadside checks": checks are the work
            r"(?:roadside|spot|licensing|compliance|joint|vehicle|premises)\s+checks|week of checks|"
            # "removed 68 tonnes of bonfire material from its estates": a clear-up is the work
            r"clear-?ups?|clean-?ups?|cleared (?:away|up)|remov(?:ed|ing)\s+(?:[\w,]+\s+){0,4}?"
            r"(?:material|rubbish|waste|debris|graffiti|litter|fly-?tips?|bonfires?))\b",
        ),
        (
            "team_launch",
            # (a capitalised "Basic Command Unit" names who acted, not a new team)
            r"\b(?:(?-i:team|unit|squad|taskforce|task force)|recruit\w*|pcsos?|new officers)\b",
        ),
        (
            "incident",
            r"\b(?:attack\w*|stabb\w+|robber\w*|burglar\w*|thefts?|stolen|stole|assault\w*|fights?|"
            r"brawl|disorder|crash\w*|shot|shooting|murder\w*|killed|died|injur\w+|vandal\w*|blaze|"
            r"damage\w*|offences|offending|anti-?social|complaints|reports of|incidents?|"
            r"(?:drugs?|county|deal(?:ing)?) lines?|drugs?|dealing|dealt|supplying|"
            # "dealers who took over his home": cuckooing, not a post taken
            r"cuckoo\w*|took over (?:his|her|their|the|a) (?:home|flat|house|property))\b",
        ),
        (
            "announcement",
            r"\b(?:announc\w+|revealed|report|figures|statistics|published|statement|funding|"
            r"grant|audit|inspection|pledg\w+|promis\w+|unveil\w+|letter|wrote|called for|criticis\w+|"
            r"praised|warned|appointed|took over as|retir\w+|resign\w+)\b|£\d[\d.,]*\w*",
        ),
    )
)


# "working with Middlesbrough Council's environment team": a body's own team names who acted
_OWNED_TEAM = re.compile(r"[\w-]+['’]s\s+(?:[\w-]+\s+){0,2}?(?-i:team|unit)\b")


def act_type(text: str) -> str | None:
    """The event type whose words the sentence uses most (ties: the more specific type)."""
    best, most = None, 0
    text = _OWNED_TEAM.sub(" ", text)
    for kind, words in _TYPE_WORDS:
        count = len(words.findall(text))
        if count > most:
            best, most = kind, count
    return best


def fallback_mentions(
    paragraph: Paragraph, dates: Sequence[DateMention]
) -> list[Mention]:
    """The one act of a body paragraph that no trigger found: its first dated sentence outside
    quotes with a finite verb and words of an event type, else its first undated sentence told
    as a done act (none if there is no such sentence)."""
    text = paragraph.text
    also = " also " in text  # the undated act below is told with "also"
    if not (dates or also) or not readable(paragraph):
        return []
    quoted = quoted_spans(text)
    sentences = split_sentences(text)
    for sentence in sentences:
        own = own_dates(sentence, dates, quoted)
        if own and (act := sentence_act(paragraph, sentence, own, quoted)):
            return [act]
    if not also:
        return []
    for sentence in sentences:
        if not own_dates(sentence, dates, quoted) and (
            act := undated_act(paragraph, sentence, quoted)
        ):
            return [act]
    return []


def readable(paragraph: Paragraph) -> bool:
    """A body paragraph that is not somebody's quoted words nor an appeal for information."""
    return (
        paragraph.kind == BODY
        and not _QUOTE_OPEN.match(paragraph.text)
        and not _APPEAL.search(paragraph.text)
    )


def quoted_spans(text: str) -> list[Span]:
    """The spans of the text inside quote marks."""
    return [m.span() for m in _QUOTED.finditer(text)]


def own_dates(
    sentence: Span, dates: Sequence[DateMention], quoted: Sequence[Span]
) -> list[DateMention]:
    """The dates told in the sentence, outside quotes."""
    return [
        d
        for d in dates
        if sentence[0] <= d.start < sentence[1]
        and not any(s <= d.start < e for s, e in quoted)
    ]


def sentence_act(
    paragraph: Paragraph,
    sentence: Span,
    own: Sequence[DateMention],
    quoted: Sequence[Span],
    *,
    kind: str | None = None,
) -> Mention | None:
    """The act of a dated sentence: its clause's finite verb outside quotes, typed by the
    sentence's words or else as ``kind`` (none if hypothetical, denied, or with no verb or type)."""
    text = paragraph.text
    if counts_times(text, sentence[0]):
        return None  # "It is the first licence revoked since May": a count, no act
    own = [d for d in own if not in_aside(text, d, sentence)]
    if not own:
        return None  # its dates are a speaker's career, an election, a standing state
    clauses = tuple(split_clauses(text, sentence))
    clause = next((c for c in clauses if c[0] <= own[0].start < c[1]), sentence)
    verb = _outside(_FINITE, text, clause, quoted) or _outside(
        _FINITE, text, sentence, quoted
    )
    kind = act_type(_unquoted(text, sentence, quoted)) or kind
    if verb is None or kind is None:
        return None
    return _act(paragraph, kind, verb, sentence, clause, clauses)


def undated_act(
    paragraph: Paragraph, sentence: Span, quoted: Sequence[Span]
) -> Mention | None:
    """ "Officers also seized 40 wraps of cocaine": an undated sentence told as a done act,
    which happened at the publication date; talk of standing states gives none."""
    text = paragraph.text
    verb = _outside(_DONE, text, sentence, quoted)
    if verb is None:
        return None
    words = text[sentence[0] : sentence[1]]
    if _COLON_QUOTE.search(words) or _STANDING.search(words):
        return None
    kind = act_type(_unquoted(text, sentence, quoted))
    if kind is None:
        return None
    clauses = tuple(split_clauses(text, sentence))
    act = _act(paragraph, kind, verb, sentence, sentence, clauses, dated=False)
    return act if act is not None and act.mood == REALIS else None


def _act(
    paragraph: Paragraph,
    kind: str,
    verb: re.Match[str],
    sentence: Span,
    clause: Span,
    clauses: tuple[Span, ...],
    *,
    dated: bool = True,
) -> Mention | None:
    text = paragraph.text
    if not clause[0] <= verb.start() < clause[1]:
        clause = next((c for c in clauses if c[0] <= verb.start() < c[1]), sentence)
    mood = mood_of(text[clause[0] : verb.start()], text[clause[0] : verb.end()])
    if mood in (HYPOTHETICAL, NEGATED) or _DENIED.match(text, verb.end()):
        return None
    if mood == REALIS and _SCHEDULED.fullmatch(verb.group()):
        mood = FUTURE  # "the hub opens on Monday": news tells a scheduled act in the present
    return Mention(
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
        needs_date=dated,
        subtype="fallback",
    )


def _outside(
    pattern: re.Pattern[str], text: str, span: Span, quoted: Sequence[Span]
) -> re.Match[str] | None:
    """The first match of the pattern in the span that is not inside quotes."""
    return next(
        (
            m
            for m in pattern.finditer(text, span[0], span[1])
            if not any(s <= m.start() < e for s, e in quoted)
        ),
        None,
    )


def _unquoted(text: str, span: Span, quoted: Sequence[Span]) -> str:
    """The span's words with quoted words blanked out."""
    chars = list(text[span[0] : span[1]])
    for s, e in quoted:
        for i in range(max(s, span[0]), min(e, span[1])):
            chars[i - span[0]] = " "
    return "".join(chars)

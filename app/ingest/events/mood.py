"""The mood of a trigger: realis, future, intention, hypothetical or negated, from the words before it."""

from __future__ import annotations

import re
from functools import lru_cache

from app.ingest.temporal.case_fold import plain_lower

# Moods: realis (it happened / is happening), future (will, would, set to, due to),
# intention (pledged to, hopes to, plans to), hypothetical (could, might, if), negated.
REALIS, FUTURE, INTENTION, HYPOTHETICAL, NEGATED = (
    "realis",
    "future",
    "intention",
    "hypothetical",
    "negated",
)

# (not across a comma: "Reed, of no fixed address, was jailed" is no negation of the jailing)
_NEGATION = re.compile(
    r"\b(?:not|never|no|n[’']t|cannot|without|fail(?:s|ed)? to|refus(?:e|es|ed) to|den(?:y|ies|ied))\s+(?:[^\s,]+\s+){0,3}$",
    re.IGNORECASE,
)
# a negative subject denies its verb: "Nobody has yet been charged", "None of the men were arrested"
_NEGATIVE_SUBJECT = re.compile(
    r"\b(?:nobody|no-one|no one|none)\b(?:\s+[^\s,]+){0,6}\s*$", re.IGNORECASE
)
_BID_NAME = re.compile(r"\bBIDs?\b")
# "Karl Webb, of no fixed abode, was jailed": a description of the person, no negation of the act
_NO_ADDRESS = re.compile(r"\bof no fixed (?:address|abode)\b", re.IGNORECASE)
# "warned shops that selling fireworks to under-18s will be prosecuted", "men caught kerb crawling
# were arrested rather than cautioned": an act on whoever does something, no act on anyone yet
_WHOEVER = re.compile(
    r"(?:^|[,;:]\s*|\b(?:that|while|and|but|warned|said|says|warns)\s+)[\"“‘']?(?:anyone|whoever|those|people|"
    r"drivers|motorists|shops|retailers|businesses|landlords|offenders|men|women|youths)\s+(?:who|that|caught|"
    r"found|seen|selling|breaching|breaking)\b(?:\s+\S+){0,10}\s*$",
    re.IGNORECASE,
)
# "We will keep coming back until these lines are shut down": a state still awaited
_UNTIL = re.compile(
    r"\buntil\s+(?:[\w'’-]+\s+){0,4}(?:is|are)\s+(?:\S+\s+){0,1}$", re.IGNORECASE
)
_HYPOTHETICAL = re.compile(
    # ("had assumed every commissioner would raise the precept": a supposition, no act)
    r"\b(?:could|might|(?-i:may)|should|must|can|if|unless|whether|would like|would be able|"
    r"assum(?:e|es|ed|ing)|suppos(?:e|es|ed|ing))\b(?:\s+\S+){0,7}\s*$",
    re.IGNORECASE,
)
_INTENTION = re.compile(
    r"(?:\b(?:hop(?:e|es|ed|ing)|want(?:s|ed|ing)?|aim(?:s|ed|ing)?|pledg(?:e|es|ed|ing)|vow(?:s|ed|ing)?|"
    r"promis(?:e|es|ed|ing)|intend(?:s|ed|ing)?|seek(?:s|ing)?|sought|plan(?:s|ned|ning)?|bid|"
    r"committed|determined|keen|looking|ready|prepared|wish(?:es|ed)?|expect(?:s|ed)?|"
    r"try(?:ing)?|tries|tried|attempt(?:s|ed|ing)?)\s+(?:\S+\s+){0,1}(?:to|for|at|on)\b"
    r"|\b(?:call(?:s|ed|ing)? for|urg(?:e|es|ed|ing)|propos(?:e|es|ed|ing|als?)|consider(?:s|ed|ing)?|"
    r"need(?:s|ed)?|want(?:s|ed)?|demand(?:s|ed|ing)?|consult(?:ation|ations|s|ed|ing)? on|views on|"
    # "Have your say on renewing the PSPO": the renewal asked about, not made
    r"(?:have|had|give|gave)\s+(?:your|their|our|his|her)\s+say\s+on|"
    r"plans? (?:to|for)|in a bid to|would like|asking for|ask(?:s|ed)? for))(?:\s+\S+){0,8}\s*$",
    re.IGNORECASE,
)
# "was found to be three times the limit", "is thought to be the third attack": a finding, not a plan
_FOUND_TO_BE = r"(?<!found )(?<!said )(?<!thought )(?<!believed )(?<!known )(?<!understood )(?<!seemed )(?<!appeared )(?<!proved )"
_FUTURE = re.compile(
    r"(?:\b(?:will|shall|would|going to|set to|due to|is to|are to|" + _FOUND_TO_BE + r"to be|scheduled to)|[’']ll|"
    r"\b(?:planned|scheduled|set|due|expected|pencilled in|arranged) (?:for|to|in|on|at))\b"
    r"(?:\s+\S+){0,6}\s*$",
    re.IGNORECASE,
)
# ", which can lead to fines if breached," : a relative clause says nothing of the main verb's mood
_PARENTHETICAL = re.compile(r",\s*(?:which|who)\b(?:[^,]|,(?=\d))*,\s*", re.IGNORECASE)
# "Police did not make any arrests during a day of action": the negation is the arrests', and
# "will decide whether to renew the order at its meeting": the condition is the renewal's
# ("looking at introducing an order" is an intention: there "at" is the verb's, no adjunct)
_ADJUNCT = re.compile(
    r"\b(?<!look )(?<!looks )(?<!looking )(?<!looked )(?<!aim )(?<!aims )(?<!aiming )(?<!aimed )"
    r"(?:at|during|ahead of)\s+(?:(?:its|their|the|a|an|his|her|next)\s+(?:\S+\s+){0,3})?$",
    re.IGNORECASE,
)
_CONDITION = re.compile(r"\b(?:whether|if)\b", re.IGNORECASE)
# "The PSPO lasts for three years and must be renewed": a modal inside a noun-first trigger
_MODAL_VERB = re.compile(
    r"\b(?:must|could|might|should|(?-i:may)|can)\s+(?:not\s+)?(?:be\s+|have\s+been\s+)?\S+$",
    re.IGNORECASE,
)
# "the decision on the order will not be made until September": a denial inside a noun-first trigger
_DENIED_VERB = re.compile(
    r"\b(?:not|never)\s+(?:yet\s+)?(?:be|been|have been|has been)\s+\S+$", re.IGNORECASE
)
_IRREALIS_CLAUSE = re.compile(
    r"\b(?:will|would|could|might|should|shall|(?-i:may)|can|going to|hopes?|wants?|plans?|intends?|aims?|"
    r"continue to|pledged?|vowed?)\b|[’']ll\b",
    re.IGNORECASE,
)


def is_irrealis(clause_text: str) -> bool:
    """True for a clause that only states intentions or possibilities."""
    return bool(_IRREALIS_CLAUSE.search(clause_text))


# case-sensitive copies of the markers written all in lower case, for lower-cased words (about
# twice as fast; "(?-i:may)" keeps the others on the words as written)
_LOWERED = {
    pattern: re.compile(pattern.pattern)
    for pattern in (_NEGATION, _NEGATIVE_SUBJECT, _INTENTION, _FUTURE)
}


# the same words are tested for up to four markers: lower-case them once
_lower = lru_cache(maxsize=4)(plain_lower)


def _found(pattern: re.Pattern[str], text: str) -> bool:
    lowered = _lower(text)
    if lowered is None:
        return bool(pattern.search(text))
    return bool(_LOWERED[pattern].search(lowered))


_NO_THING = re.compile(r"\bno\s+\S+$", re.IGNORECASE)
# "the force's announcement in January that it would recruit 200 officers": the content clause of a
# noun of saying has its own tense; the announcement itself was made
_CONTENT_CLAUSE = re.compile(
    r"\b(announcement|statement|news|claims?|pledge|promise|warning|confirmation|revelation|assurance)"
    r"\b(?:\s+\S+){0,3}?\s+that\b",
    re.IGNORECASE,
)
# the longest marker ("hope to" and eight words after it) spans fewer words than this
_REACH_WORDS = 13


def mood_of(before: str, upto: str, *, context: bool = False) -> str:
    """The mood of a trigger from the clause words before it (``upto`` includes the trigger).

    ``context`` triggers ("during a day of action") name the setting of the clause's act: a
    negated act still happened in a real setting.
    """
    # the markers that matter sit a few words before the trigger
    if "fixed" in before:
        before = _NO_ADDRESS.sub("of", before)
    if "BID" in upto:
        # "worked with Chelmsford BID to run a safe space": the business improvement district,
        # not a bid to do something
        before = _BID_NAME.sub("District", before)
        upto = _BID_NAME.sub("District", upto)
    content = _CONTENT_CLAUSE.search(upto, len(before))
    if content:
        upto = upto[: content.end(1)]
    before = before[-400:]
    if "," in before:
        before = _PARENTHETICAL.sub(" ", before)
    before = before[-160:]
    upto = upto[-200:]
    condition = _CONDITION.search(before)
    if condition and _ADJUNCT.search(before, condition.end()):
        # "will decide whether to renew the order at its meeting in September": the meeting
        # is the main verb's, whatever is decided at it
        before = before[: condition.start()]
        upto = before
    # every marker allows at most a dozen words after it: look no further back than that
    before, upto = _tail(before, _REACH_WORDS), _tail(upto, _REACH_WORDS)
    if (cause := _last(_CAUSE_LINK, before)) is not None:
        # "the new proposal follows a spike in complaints": what a plan follows has happened
        before, upto = before[cause:], upto[cause:]
    future = _found(_FUTURE, before) or _found(_FUTURE, upto)
    if (adjunct := _ADJUNCT.search(before)) and adjunct.start() > 0:
        # "residents can give their views at drop-in sessions on Saturday": the modal is the
        # residents' act; the sessions in the adjunct are held whatever they do
        before = upto = before[adjunct.start() :]
    if not context and (
        _found(_NEGATION, before)
        or _NO_THING.search(before.strip())
        or _found(_NEGATIVE_SUBJECT, before)
        or _DENIED_VERB.search(upto)
    ):
        return NEGATED
    if (
        _HYPOTHETICAL.search(before)
        or _MODAL_VERB.search(upto)
        or _WHOEVER.search(before)
        or _UNTIL.search(before)
    ):
        return HYPOTHETICAL
    if _found(_INTENTION, before):
        return INTENTION
    if future:
        return FUTURE
    return REALIS


# "follows a spike in complaints", "in the wake of a stabbing": the cause of what the clause tells
_CAUSE_LINK = re.compile(
    r"\b(?:follows|followed|following|comes\s+after|came\s+after|in\s+the\s+wake\s+of|prompted\s+by"
    r"|sparked\s+by|triggered\s+by"
    # "the team would build on a two-week crackdown over the summer": what a plan builds on was done
    r"|build(?:s|ing)?\s+on|built\s+on)\s+",
    re.IGNORECASE,
)


def _last(pattern: re.Pattern[str], text: str) -> int | None:
    """Where the words after the last match of the pattern start (None without one)."""
    ends = [m.end() for m in pattern.finditer(text)]
    return ends[-1] if ends else None


def _tail(text: str, words: int) -> str:
    """The last ``words`` words of a text (with what follows them), cut at a space."""
    pos = len(text.rstrip())
    if text.count(" ", 0, pos) < words:
        return text  # most clauses: fewer words than that before the trigger
    for _ in range(words):
        pos = text.rfind(" ", 0, pos)
        if pos < 0:
            return text
    return text[pos:]

"""Sentences and clauses of a paragraph, as character spans of its text."""

from __future__ import annotations

import re

from app.ingest.temporal.case_fold import plain_lower
from app.ingest.temporal.lowered_copies import lowered_copy

Span = tuple[int, int]

# Words that end in a full stop without ending the sentence: titles, ranks, initials, months.
_ABBREVIATIONS = frozenset(
    """sgt insp supt ch det cllr coun mr mrs ms dr st no nos rd ave pc dc ds di dci dsi dcs pcso cmdr
    prof rev lt col gen capt gov co ltd inc jr sr vs etc approx dept est fig jan feb mar apr jun jul aug
    sep sept oct nov dec mon tue tues wed thu thurs fri sat sun e.g i.e a.m p.m""".split()
)
# a sentence end: . ! or ? (with closing quotes/brackets), whitespace, then a capital, digit or quote
_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*(?=\s+[\"“‘'(\[]?[A-Z0-9£])")
_WORD_BEFORE = re.compile(r"([\w.]+)$")

# Clause boundaries. Hard breaks always split; comma + connective splits; a bare connective
# that starts a subordinate or coordinate clause splits before the connective.
_HARD = re.compile(r"\s*[;:]\s+|\s+[–—-]\s+")
_HARD_MARK = re.compile("[;:–—-]")  # a sentence without any of these has no hard break
_COMMA_CONNECTIVE = re.compile(
    # (", and was in force from ...": the order's own verb, no subject of its own, stays with it)
    r",\s+(?=(?:and(?!\s+(?:was|were|is|are|will be)\s+(?:in force|in place|in effect|valid)\b)|but|while|whilst|which|who|whom|where|as|although|though|after|before|following|"
    r"when|resulting in|leading to|prompting|because|since|so|with|using|saying|adding|claiming|warning|"
    # ("was sentenced on Friday, having been found guilty by a jury in January": an earlier act)
    r"having been|"
    r"according to|(?:council |police |official |new |latest )?(?:figures|statistics|data) (?:released|published|show)|"
    r"(?:falling|dropping|rising|climbing|increasing|decreasing|down|up) (?:to|from) [\d,]+|"
    r"(?:compared (?:with|to)|against) [\d,]+ (?:in|during|for|over)\b|"
    r"(?:he|she|they|it|we) (?:said|says|added|explained|told))\b)",
    re.IGNORECASE,
)
_BARE_CONNECTIVE = re.compile(
    # ("charged the following day", "applied for a review the following Monday": a time, not a
    # clause opening on "following")
    r"\s+(?=(?:but|whilst|while|although|after|before|(?<!the )following(?!\s+(?:day|morning|afternoon|evening|night|week|weekend|month|year)\b)|resulting in|leading to|because|"
    r"which|during a period|as part of)\b)",
    re.IGNORECASE,
)
# "will go before full council": "before" as a preposition after a verb of motion, not a clause
_BEFORE_BODY = re.compile(
    r"\b(?:go|goes|going|went|gone|come|comes|came|put|presented|referred|taken|appear(?:s|ed|ing)?|brought)\s+before$",
    re.IGNORECASE,
)
# "... every weekend and Redbridge police will continue ...": "and" opening a clause with its own verb
_AND_CLAUSE = re.compile(
    r"\s+(?=and\s+(?:[^\s,;:]+\s+){0,6}?(?:will|would|could|can|has|have|had|is|are|was|were|said|says)\b)",
    re.IGNORECASE,
)
# "The panel agreed to act and will meet again in July": "and" straight before a modal or an
# auxiliary joins a second verb phrase of the same subject, a clause with its own tense
_AND_MODAL = re.compile(
    r"and\s+(?:will|would|has|have|had|is|are|was|were)\b", re.IGNORECASE
)
# "drop-in sessions at Canada Water Library on Saturday 19 August and at Peckham Library on
# Wednesday 30 August": a second place and day of the same kind of event, a clause of its own
_AND_AT = re.compile(
    r"\s+(?=and\s+(?:at|in)\s+(?:the\s+)?[A-Z][^,;.]{0,60}?\bon\s+(?:[A-Z]|\d))"
)
_VERB = re.compile(
    r"\b(?:has|have|had|is|are|was|were|will|would|been|said|says)\b", re.IGNORECASE
)
_ASIDE = re.compile(r",\s+(?:which|who)\b(?:[^,;:]|,(?=\d))*,\s+(?=[a-z]+\b)")
_AFTER_ASIDE = re.compile(
    r"(?:when|before|after|until|unless|while|whilst|although|because)\b", re.IGNORECASE
)
_INITIAL_SUBORDINATE = re.compile(
    r"^[\"“‘']?(?:after|following|before|when|while|whilst|as|although|though|despite|since|if|unless|once|"
    # ("When the pubs reopened on July 4, 2020, the team ...": the year's comma is the date's)
    r"commenting on|responding to|speaking|in response to|in the wake of|amid|ahead of)\b(?:[^,]|,\s*(?=\d{4}\b))*,",
    re.IGNORECASE,
)


def split_sentences(text: str) -> list[Span]:
    """Sentence spans of a paragraph (stripped of surrounding spaces)."""
    spans: list[Span] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        before = _WORD_BEFORE.search(text, 0, match.start())
        word = before.group(1).lower().rstrip(".") if before else ""
        if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
            continue
        spans.append((start, match.end()))
        start = match.end()
    spans.append((start, len(text)))
    return [_strip(text, s, e) for s, e in spans if text[s:e].strip()]


# the (?i) patterns below, as case-sensitive copies for the lower-cased sentence (lowered_copies.py):
# only their spans are read, and the lower-cased sentence keeps every offset
_FOLDED = (
    _BARE_CONNECTIVE,
    _COMMA_CONNECTIVE,
    _BEFORE_BODY,
    _AND_CLAUSE,
    _VERB,
    _AND_MODAL,
    _INITIAL_SUBORDINATE,
    _AFTER_ASIDE,
)
_LOWERED = tuple(lowered_copy(pattern) for pattern in _FOLDED)


def split_clauses(text: str, span: Span) -> list[Span]:
    """Clause spans (paragraph offsets) of the sentence at ``span``."""
    start, end = span
    sentence = text[start:end]
    lowered = plain_lower(sentence)
    if lowered is None:
        lowered, folded = sentence, _FOLDED
    else:
        folded = _LOWERED
    bare, comma, before_body, and_clause, verb, and_modal, initial_sub, after_aside = folded
    cuts: set[int] = set()
    scans = [(bare, lowered)]
    if "," in sentence:
        scans.append((comma, lowered))
    if _HARD_MARK.search(sentence):
        scans.append((_HARD, sentence))
    if " and at " in sentence or " and in " in sentence:
        scans.append((_AND_AT, sentence))
    for pattern, words in scans:
        cuts.update(
            m.end()
            for m in pattern.finditer(words)
            if 0 < m.start()
            and not (
                sentence.startswith("before", m.end())
                and before_body.search(lowered, 0, m.end() + 6)
            )
        )
    last_and = -100
    for match in and_clause.finditer(lowered) if " and " in sentence.lower() else ():
        # only the first "and" of a run ("Redbridge and Barking and Dagenham police" stays whole), and
        # only after a verb: "Sgt Taylor and his team have compiled" is one subject, not two clauses
        if match.start() - last_and > 40 and (
            verb.search(lowered, 0, match.start())
            or and_modal.match(lowered, match.end())
        ):
            cuts.add(match.end())
        last_and = match.start()
    if initial := initial_sub.match(lowered):
        cuts.add(initial.end())
    for aside in _ASIDE.finditer(sentence) if "," in sentence else ():
        # "A Section 60 order, which allows ..., was authorised": the main clause goes on after the
        # aside; "..., which bans drinking, when it expires in October" opens a clause after it
        cuts = {
            c
            for c in cuts
            if not aside.start() <= c <= aside.end()
            or (c == aside.end() and after_aside.match(lowered, c))
        }
    bounds = [0, *sorted(c for c in cuts if 0 < c < len(sentence)), len(sentence)]
    clauses = [
        _strip(text, start + a, start + b)
        for a, b in zip(bounds, bounds[1:], strict=False)
    ]
    return [c for c in clauses if c[1] > c[0]]


def _strip(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end

"""Definite and anaphoric forms of a noun trigger: "the operation" points at an event told,
"the murder of Taye Grant" names one; "several patrols" wants a date of its own."""

from __future__ import annotations

import re

ANAPHORIC = re.compile(
    r"(?:the|this|that)\s+(?:order|ban|zone|operation|crackdown|campaign|meeting|team|consultation)\b",
    re.IGNORECASE,
)
DEFINITE = re.compile(
    r"\b(?:the|this|these|those|that)\s+(?:(?:first|second|third|fourth|fifth|latest|last|previous|recent|same)\s+)?$",
    re.IGNORECASE,
)

# "The operation starts on Friday": a trigger that opens on a told event's noun after "the"
TOLD_NOUN = re.compile(
    r"(?:order|ban|zone|operation|crackdown|campaign|meeting|team|consultation|survey|unit|taskforce|task force|patrols)\b",
    re.IGNORECASE,
)

_OF = re.compile(r"\s+of\b", re.IGNORECASE)


def names_whom(text: str, start: int, end: int) -> bool:
    """ "the murder of Taye Grant", "the stabbing of a teenager": a definite that names, not refers."""
    return text[start:end].lower().endswith(" of") or bool(_OF.match(text, end))


PLURAL_GENERIC = re.compile(
    r"\b(?:a number of|several|many|numerous|regular|a series of|various)\s+\S*\s*$",
    re.IGNORECASE,
)

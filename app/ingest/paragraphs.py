"""Splitting article text into numbered paragraphs, and telling body text from captions and boilerplate."""

from __future__ import annotations

import hashlib
import re
import unicodedata

from app.ingest.records import BODY, BOILERPLATE, CAPTION, Paragraph

_BLANK_LINE = re.compile(r"\n[ \t\u00a0]*\n")

# A photo caption or credit standing as its own paragraph: "... Picture: Ellena Cruse (Image: Archant)".
_CAPTION_PATTERNS = [
    (re.compile(r"\((?:Image|Picture|Photo|Pic|Credit)s?:\s*[^)]{1,80}\)\s*$", re.I), "image credit"),
    (re.compile(r"\b(?:Picture|Photo|Pic|Image)s?:\s*[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,4}\s*$"), "photo credit"),
    (re.compile(r"^(?:Picture|Photo|Image|Credit)s?:\s", re.I), "photo credit"),
    (re.compile(r"^(?:Pictured|Above|Below|Left|Right|Inset)\s*:", re.I), "photo caption"),
]

# Site furniture: calls to action, comment rules, subscription appeals. Anchored at the start of
# the paragraph so that a quote which merely mentions "subscribe" stays body text.
_BOILERPLATE_PATTERNS = [
    (re.compile(r"^(?:to\s+)?(?:take|complete|fill in)\s+the\s+survey\b.*\bclick\b", re.I), "call to action"),
    (re.compile(r"^(?:click|tap)\s+here\b", re.I), "call to action"),
    (re.compile(r"^comments?\s*:\s*our rules\b", re.I), "comment rules"),
    (re.compile(r"^we want our comments\b", re.I), "comment rules"),
    (re.compile(r"^please report any comments\b", re.I), "comment rules"),
    (re.compile(r"^read the rules\b", re.I), "comment rules"),
    (re.compile(r"^(?:sign up|subscribe)\b.*\b(?:newsletter|updates|email|today|free)\b", re.I), "subscription appeal"),
    (re.compile(r"^(?:support|help) (?:local|quality|independent) journalism\b", re.I), "subscription appeal"),
    (re.compile(r"^(?:read more|related|more stories|share this|follow us)\s*:?", re.I), "site navigation"),
    (re.compile(r"^(?:email the team|to receive regular email updates)\b", re.I), "call to action"),
    (re.compile(r"^(?:do you have a story|got a story|have you got a story)\b", re.I), "call to action"),
    (re.compile(r"^(?:©|copyright\b)", re.I), "copyright notice"),
    (re.compile(r"^(?:published|updated|last updated)\s*:", re.I), "dateline"),
    (re.compile(r"^(?:get|want) (?:the|all the|more) (?:latest|biggest|top)\b.*\b(?:news|stories|updates|inbox)\b", re.I), "subscription appeal"),
    (re.compile(r"^(?:join|follow|like) (?:us|our)\b.*\b(?:whatsapp|facebook|twitter|x|instagram|community|page|channel)\b", re.I), "site navigation"),
    (re.compile(r"^(?:most read|trending|don't miss|don\u2019t miss|you may also like|more on this story|also read)\b", re.I), "site navigation"),
    (re.compile(r"^(?:advertisement|story continues below|article continues below)\b", re.I), "advertisement"),
    (re.compile(r"^(?:this website and associated newspapers adhere to|we use cookies)\b", re.I), "site notice"),
]


def normalise_text(text: str) -> str:
    """NFC, Unix newlines, no byte-order mark, no trailing spaces: the form every hash is taken of."""
    text = unicodedata.normalize("NFC", text.replace("\ufeff", ""))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(line.rstrip() for line in text.split("\n")).strip("\n")


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def split_blocks(text: str) -> list[str]:
    """Blank lines separate paragraphs; a text with no blank line has one paragraph per line."""
    text = normalise_text(text)
    if _BLANK_LINE.search(text):
        blocks = [" ".join(b.split("\n")) for b in _BLANK_LINE.split(text)]
    else:
        blocks = text.split("\n")
    return [b.strip() for b in blocks if b.strip()]


def classify(text: str) -> tuple[str, str | None]:
    """(kind, reason): body text, or a caption or boilerplate with the rule that said so."""
    stripped = text.strip()
    for pattern, reason in _CAPTION_PATTERNS:
        if pattern.search(stripped):
            return CAPTION, reason
    if stripped[:1] not in "\"“‘'":
        for pattern, reason in _BOILERPLATE_PATTERNS:
            if pattern.search(stripped):
                return BOILERPLATE, reason
    return BODY, None


def split_paragraphs(text: str) -> tuple[Paragraph, ...]:
    """Numbered paragraphs (from 1) with their kind and hash."""
    out = []
    for number, block in enumerate(split_blocks(text), start=1):
        kind, reason = classify(block)
        out.append(Paragraph(number, block, kind, reason, text_hash(block)))
    return tuple(out)

"""Citations: the exact words of a paragraph that state an event, findable again later."""

from __future__ import annotations

import hashlib
import re

from app.ingest.records import Citation, Paragraph

CONTEXT_CHARS = 32
MAX_QUOTE_WORDS = 30
_WORD = re.compile(r"\S+")
_OPEN_MARKS = "\"“‘'(“"
_CLOSE_MARKS = "\"”’')”"


def paragraph_hash(paragraph: Paragraph) -> str:
    """The loader's hash of the paragraph text (computed the same way when absent)."""
    return (
        paragraph.text_hash
        or hashlib.sha256(paragraph.text.encode("utf-8")).hexdigest()[:16]
    )


def quote_span(
    text: str,
    sentence: tuple[int, int],
    trigger: tuple[int, int],
    max_words: int = MAX_QUOTE_WORDS,
) -> tuple[int, int]:
    """The sentence around the trigger, cut to about ``max_words`` words keeping the trigger inside."""
    words = [
        (m.start(), m.end()) for m in _WORD.finditer(text, sentence[0], sentence[1])
    ]
    if not words:
        return trigger
    if len(words) > max_words:
        first = next((i for i, w in enumerate(words) if w[1] > trigger[0]), 0)
        last = next(
            (i for i, w in enumerate(words) if w[1] >= trigger[1]), len(words) - 1
        )
        spare = max(max_words - (last - first + 1), 0)
        lo = max(0, first - spare // 3)
        hi = min(len(words) - 1, max(last, lo + max_words - 1))
        lo = max(0, min(lo, hi - max_words + 1))
        words = words[lo : hi + 1]
    start, end = words[0][0], words[-1][1]
    # the quote marks around a sentence belong to the speaker, not to the event
    while start < end and text[start] in _OPEN_MARKS:
        start += 1
    while end > start and text[end - 1] in _CLOSE_MARKS + ",;:":
        end -= 1
    return start, end


def cite(paragraph: Paragraph, start: int, end: int) -> Citation:
    """A citation of paragraph.text[start:end] with ~32 characters of context either side."""
    text = paragraph.text
    return Citation(
        paragraph=paragraph.number,
        quote=text[start:end],
        start=start,
        end=end,
        prefix=text[max(0, start - CONTEXT_CHARS) : start],
        suffix=text[end : end + CONTEXT_CHARS],
        paragraph_hash=paragraph_hash(paragraph),
    )


def event_id(slug: str, event_type: str, paragraph_digest: str, key: str) -> str:
    """A stable event id: the same article text gives the same id on every ingest."""
    normalised = " ".join(key.lower().split())
    raw = "\x1f".join((slug, event_type, paragraph_digest, normalised))
    return "ev-" + hashlib.sha256(raw.encode("utf-8")).hexdigest()[:16]

"""Carrying citations from an article's previous version to its new text, by quote and context.

When an article changes, its old paragraphs stay stored (old permalinks still resolve), but the
citations of its events must point into the new text. Each old citation is looked for as the exact
quote in the paragraph with the same number, then anywhere, then approximately (difflib) with its
prefix and suffix as context. The result is recorded on the new source_version, and those that
could not be found are reported by ingest, never silently dropped.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass
from difflib import SequenceMatcher

from app.ingest.records import EventDraft, Paragraph

EXACT, MOVED, FUZZY, LOST = "exact", "moved", "fuzzy", "lost"
MIN_FUZZY = 0.75  # below this similarity a passage is a different passage, not an edited one


@dataclass(frozen=True)
class OldCitation:
    mention_id: str
    event_id: str
    paragraph: int
    quote: str
    start: int
    end: int
    prefix: str = ""
    suffix: str = ""


@dataclass(frozen=True)
class Anchor:
    mention_id: str
    event_id: str
    quote: str
    old: tuple[int, int, int]  # paragraph number, start, end in the previous version
    new: tuple[int, int, int] | None  # the same in the new version; None when lost
    method: str  # exact | moved | fuzzy | lost
    score: float  # 1.0 for an exact quote in its context; the similarity for fuzzy ones


def locate(cite: OldCitation, paragraphs: Sequence[Paragraph]) -> Anchor:
    """Where an old citation's passage is in the new paragraphs (or that it is lost)."""
    old = (cite.paragraph, cite.start, cite.end)
    if not cite.quote.strip():
        return Anchor(cite.mention_id, cite.event_id, cite.quote, old, None, LOST, 0.0)
    same = [p for p in paragraphs if p.number == cite.paragraph]
    for method, pool in ((EXACT, same), (MOVED, paragraphs)):
        hits = [(p.number, i) for p in pool for i in _occurrences(p.text, cite.quote)]
        if hits:
            texts = {p.number: p.text for p in pool}
            number, start = max(hits, key=lambda h: (_context(cite, texts[h[0]], h[1], h[1] + len(cite.quote)), -abs(h[0] - cite.paragraph)))
            score = round(0.5 + 0.5 * _context(cite, texts[number], start, start + len(cite.quote)), 3)
            return Anchor(cite.mention_id, cite.event_id, cite.quote, old, (number, start, start + len(cite.quote)), method, score)
    best = None
    for p in sorted(paragraphs, key=lambda p: abs(p.number - cite.paragraph)):
        found = _fuzzy(cite, p.text)
        if found and (best is None or found[2] > best[3]):
            best = (p.number, found[0], found[1], found[2])
    if best is None:
        return Anchor(cite.mention_id, cite.event_id, cite.quote, old, None, LOST, 0.0)
    number, start, end, score = best
    return Anchor(cite.mention_id, cite.event_id, cite.quote, old, (number, start, end), FUZZY, round(score, 3))


def reanchor(citations: Sequence[OldCitation], paragraphs: Sequence[Paragraph]) -> list[Anchor]:
    """Every old citation located in the new paragraphs, in the order given."""
    return [locate(c, paragraphs) for c in citations]


def successors(anchors: Sequence[Anchor], drafts: Sequence[EventDraft], keep: set[str]) -> dict[str, str]:
    """{new mention id: old event id} for new mentions that cite where an old one's quote went.

    Mention ids hash their paragraph, so editing a paragraph renames its mentions; following the
    re-anchored quote keeps them in their event, and so keeps the curator corrections made to it.
    Old mentions whose id is still extracted (``keep``) continue as themselves.
    """
    claims: list[tuple[int, str, str, str]] = []  # (overlap, draft id, old mention id, event id)
    for anchor in anchors:
        if anchor.new is None or anchor.mention_id in keep:
            continue
        number, start, end = anchor.new
        for draft in drafts:
            if draft.id in keep:
                continue
            for c in draft.citations:
                overlap = min(end, c.end) - max(start, c.start)
                if c.paragraph == number and overlap > 0:
                    claims.append((overlap, draft.id, anchor.mention_id, anchor.event_id))
    out: dict[str, str] = {}
    taken: set[str] = set()
    for _, draft_id, mention_id, event_id in sorted(claims, key=lambda c: (-c[0], c[1], c[2])):
        if draft_id not in out and mention_id not in taken:
            out[draft_id] = event_id
            taken.add(mention_id)
    return out


def record(anchors: Sequence[Anchor], from_version: int) -> dict:
    """The JSON stored on the new source_version: which citations went where, which were lost."""
    return {
        "from_version": from_version,
        "citations": [{**asdict(a), "old": list(a.old), "new": list(a.new) if a.new else None} for a in anchors],
        "lost": sum(1 for a in anchors if a.method == LOST),
    }


def describe_lost(anchors: Sequence[Anchor]) -> list[str]:
    """One line for each citation that could not be found in the new text."""
    return [
        f"citation of paragraph {a.old[0]} could not be re-anchored in the new version "
        f"(event {a.event_id}): \u201c{_short(a.quote)}\u201d"
        for a in anchors
        if a.method == LOST
    ]


def _occurrences(text: str, quote: str) -> list[int]:
    out, i = [], text.find(quote)
    while i >= 0:
        out.append(i)
        i = text.find(quote, i + 1)
    return out


def _context(cite: OldCitation, text: str, start: int, end: int) -> float:
    """How well the text around [start, end) matches the citation's prefix and suffix (0..1)."""
    scores = []
    if cite.prefix:
        scores.append(SequenceMatcher(None, cite.prefix, text[max(0, start - len(cite.prefix)) : start], autojunk=False).ratio())
    if cite.suffix:
        scores.append(SequenceMatcher(None, cite.suffix, text[end : end + len(cite.suffix)], autojunk=False).ratio())
    return sum(scores) / len(scores) if scores else 1.0


def _fuzzy(cite: OldCitation, text: str) -> tuple[int, int, float] | None:
    """(start, end, score) of the passage of text most like the quote, or None below MIN_FUZZY."""
    quote = cite.quote
    matcher = SequenceMatcher(None, quote, text, autojunk=False)
    if matcher.real_quick_ratio() * len(text) < MIN_FUZZY * len(quote) * 0.5:
        return None
    blocks = [b for b in matcher.get_matching_blocks() if b.size >= 4]
    if not blocks or sum(b.size for b in blocks) < MIN_FUZZY * len(quote) * 0.8:
        return None
    # the passage spans the matched blocks, widened by the quote's unmatched ends
    start = max(0, blocks[0].b - blocks[0].a)
    end = min(len(text), blocks[-1].b + blocks[-1].size + (len(quote) - blocks[-1].a - blocks[-1].size))
    start, end = _snap(text, start, end)
    similarity = SequenceMatcher(None, quote, text[start:end], autojunk=False).ratio()
    if similarity < MIN_FUZZY:
        return None
    return start, end, 0.8 * similarity + 0.2 * _context(cite, text, start, end)


def _snap(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen [start, end) to whole words and trim surrounding spaces."""
    while start > 0 and text[start - 1].isalnum() and text[start].isalnum():
        start -= 1
    while end < len(text) and end > 0 and text[end - 1].isalnum() and text[end].isalnum():
        end += 1
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _short(quote: str, limit: int = 80) -> str:
    quote = " ".join(quote.split())
    return quote if len(quote) <= limit else quote[: limit - 1] + "\u2026"

"""Bodies read from their shape once, named again bare: "the InExeter business improvement
district" in one paragraph makes "InExeter's street rangers" in another InExeter's; "Orpington 1st,
the town's business improvement district" makes a later "Orpington 1st" the same body. Only a
name written in full as the body's name is looked for again (a "Castle Quarter BID" read from
"the Castle Quarter business improvement district" is not: "Castle Quarter" alone is a place)."""

from __future__ import annotations

from app.ingest.events.lookup import Hit

# bodies read from their shape, not from the gazetteer's lists or an area's council and force
_KINDS = frozenset({"business", "charity", "community", "other"})


def named_again(texts: dict[int, str], raw: dict) -> dict:
    """The paragraphs' hits, with each bare repeat of a body's full name elsewhere in the article added."""
    bodies = {}
    for number, (agencies, _places, _people) in raw.items():
        for h in agencies:
            ref = h.agency
            if (
                ref is not None
                and not h.generic
                and ref.kind in _KINDS
                and texts[number][h.start : h.end] == ref.name
                and any(c.isupper() for c in ref.name)
            ):
                bodies.setdefault(ref.name, ref)
    if not bodies:
        return raw
    longest = sorted(bodies, key=len, reverse=True)
    out = {}
    for number, (agencies, places, people) in raw.items():
        text = texts[number]
        added: list[Hit] = []
        for name in longest:  # "Kettering Trust Fund" before "Kettering Trust"
            for start in _found(text, name):
                end = start + len(name)
                if not any(h.start < end and start < h.end for h in (*agencies, *added)):
                    added.append(Hit(start, end, name, agency=bodies[name]))
        out[number] = (sorted([*agencies, *added], key=lambda h: h.start), places, people) if added else (
            agencies, places, people
        )
    return out


def _found(text: str, name: str) -> list[int]:
    """Where the name stands as whole words in the text (a plain search: the names differ by article)."""
    out, start = [], text.find(name)
    while start >= 0:
        end = start + len(name)
        if (start == 0 or not text[start - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            out.append(start)
        start = text.find(name, end)
    return out

"""Stored mentions as the clusterer reads them, remembered for an ingest run.

Every new mention is compared with up to 200 stored ones; rebuilding each from its row (JSON actors,
dates) grew to most of an article's storing time as the database grew. A mention's row does not
change while it is stored (an edited article writes its mentions again, and they replace their entries
here), so its draft is kept by id, and only ids the database returns are ever looked up.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from sqlmodel import Session

from app.ingest.records import AgencyRef, DateValue, EventDraft, PersonRef


def actors_json(draft: EventDraft) -> dict:
    """The draft's agencies, boroughs, places and people as stored on its mention (JSON)."""
    return {
        "agencies": [{"name": a.name, "kind": a.kind, "unit": a.unit, "parent": a.parent, "slug": a.slug} for a in draft.agencies],
        "boroughs": list(draft.boroughs),
        "places": list(draft.places),
        "people": [{"name": p.name, "title": p.title, "affiliation": p.affiliation} for p in draft.people],
    }


def draft_from_mention(m) -> EventDraft:
    """Rebuild the extractor's record from a stored mention (a row or model), for clustering."""
    a = m.actors or {}
    return EventDraft(
        id=m.id,
        type=m.type,
        title=m.title,
        date=DateValue(m.edtf, m.earliest, m.latest, m.precision, m.anchor, m.explanation, m.planned),
        citations=(),
        agencies=tuple(AgencyRef(x["name"], x.get("kind") or "other", x.get("unit"), x.get("parent"), x.get("slug") or "") for x in a.get("agencies", [])),
        boroughs=tuple(a.get("boroughs", [])),
        places=tuple(a.get("places", [])),
        people=tuple(PersonRef(x["name"], x.get("title"), x.get("affiliation")) for x in a.get("people", [])),
        core=m.core,
    )


# about 1.5 kB each: a 100k-article run keeps the most recent 200k
LIMIT = 200_000


def match_keys(draft: EventDraft) -> tuple[frozenset[str], frozenset[tuple[str, str]]]:
    """(boroughs, agency and place names): two events can be one occurrence (clusters.pair_score)
    only if their boroughs do not contradict and they share an agency or a place, which two set
    operations tell before the full score is worked out."""
    names = {("a", a.name) for a in draft.agencies} | {("p", p) for p in draft.places}
    return frozenset(draft.boroughs), frozenset(names)


def may_match(a: tuple[frozenset, frozenset], b: tuple[frozenset, frozenset]) -> bool:
    """False when match_keys rule the pair out; True when only pair_score can tell."""
    if a[0] and b[0] and a[0].isdisjoint(b[0]):
        return False
    return not a[1].isdisjoint(b[1])


class DraftCache:
    """{mention id: its draft without citations}; the oldest half is dropped when full."""

    def __init__(self, limit: int = LIMIT) -> None:
        self.limit = limit
        self.drafts: dict[str, EventDraft] = {}
        self.keys: dict[str, tuple[frozenset, frozenset]] = {}

    def get(self, mention_id: str) -> EventDraft | None:
        """The remembered draft of a stored mention (None: read its row)."""
        return self.drafts.get(mention_id)

    def keys_of(self, draft: EventDraft) -> tuple[frozenset, frozenset]:
        """The draft's match_keys, worked out once for a remembered draft."""
        if self.drafts.get(draft.id) is not draft:
            return match_keys(draft)
        found = self.keys.get(draft.id)
        if found is None:
            found = self.keys[draft.id] = match_keys(draft)
        return found

    def put(self, draft: EventDraft) -> None:
        """Remember a stored mention (replacing what an earlier version of it said)."""
        if len(self.drafts) >= self.limit:
            for key in list(self.drafts)[: self.limit // 2]:
                del self.drafts[key]
                self.keys.pop(key, None)
        self.drafts.pop(draft.id, None)
        self.keys.pop(draft.id, None)
        self.drafts[draft.id] = replace(draft, citations=()) if draft.citations else draft

    def forget(self, mention_ids: Iterable[str]) -> None:
        """Drop mentions whose writing was rolled back: the database still has what it had."""
        for mention_id in mention_ids:
            self.drafts.pop(mention_id, None)
            self.keys.pop(mention_id, None)

    def clear(self) -> None:
        """Forget everything (the batch's transaction was rolled back)."""
        self.drafts.clear()
        self.keys.clear()


def draft_cache(session: Session) -> DraftCache:
    """The session's remembered drafts (made on first use)."""
    found = session.info.get("draft_cache")
    if found is None:
        found = session.info["draft_cache"] = DraftCache()
    return found

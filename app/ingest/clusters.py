"""Cross-article clustering: one timeline entry for one occurrence reported by several articles.

Two events may join when they are of the same type, from different articles, their date
intervals overlap and their boroughs do not contradict. Then they need evidence that they are
one occurrence, not two of a kind in one borough: a shared specific agency (a charity, a foreign
force: not the area's own police or council, which every local event has) or a shared place; or,
failing that, dates that pin both to the same short period (a month, not a year), in the same
borough, with a shared agency. A day inside a year-wide interval that only the publication
tense gave is weak evidence: the year says little about which day. The score weighs the date
fit, shared boroughs, agencies and places; clusters grow by best-scoring pairs first (single
link) and never take two events of one article: the extractor already judged those distinct.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass

from app.ingest.records import Cluster, ClusterMember, DateValue, EventDraft

MERGE_THRESHOLD = 0.6
WEIGHTS = {"dates": 0.3, "boroughs": 0.2, "agencies": 0.35, "places": 0.15}
# the share of the two intervals' union that they have in common, from which two dates are as
# good as the same (June 14..July 20 against June: 17 of 50 days)
SAME_PERIOD = 0.3
# two intervals wider than this together are only "around then"
SHORT_PERIOD_DAYS = 62
# agencies every event of an area may name: they say little about which occurrence it is
GENERIC_KINDS = ("police", "council")


@dataclass(frozen=True)
class PairScore:
    score: float
    reason: str


def date_fit(a: DateValue, b: DateValue) -> float:
    """How much two intervals say the same period: their overlap over their union, scaled so
    that SAME_PERIOD and more is a full fit (0.0 when they do not overlap)."""
    start, end = max(a.earliest, b.earliest), min(a.latest, b.latest)
    if start > end:
        return 0.0
    union = (max(a.latest, b.latest) - min(a.earliest, b.earliest)).days + 1
    return min(1.0, ((end - start).days + 1) / union / SAME_PERIOD)


def pair_score(a: EventDraft, b: EventDraft) -> PairScore | None:
    """How well two events from different articles fit one occurrence (None: they cannot)."""
    if a.type != b.type:
        return None
    da, db = a.date, b.date
    if None in (da.earliest, da.latest, db.earliest, db.latest):
        return None
    start, end = max(da.earliest, db.earliest), min(da.latest, db.latest)
    if start > end:
        return None
    boroughs_a, boroughs_b = set(a.boroughs), set(b.boroughs)
    if boroughs_a and boroughs_b and not boroughs_a & boroughs_b:
        return None
    fit = date_fit(da, db)
    union = (max(da.latest, db.latest) - min(da.earliest, db.earliest)).days + 1
    same_period = fit >= 1.0 and union <= SHORT_PERIOD_DAYS
    shared_boroughs = sorted(boroughs_a & boroughs_b)
    kinds = {x.name: x.kind for x in (*a.agencies, *b.agencies)}
    shared_agencies = sorted(
        {x.name for x in a.agencies} & {x.name for x in b.agencies}
    )
    specific = [n for n in shared_agencies if kinds[n] not in GENERIC_KINDS]
    shared_places = sorted(set(a.places) & set(b.places))
    if not (
        specific
        or shared_places
        or (same_period and shared_boroughs and shared_agencies)
    ):
        return None  # same kind of event in the same area and year: not evidence of one occurrence
    agency_fit = 1.0 if specific else 0.4 if shared_agencies else 0.0
    score = (
        WEIGHTS["dates"] * fit
        + WEIGHTS["boroughs"] * bool(shared_boroughs)
        + WEIGHTS["agencies"] * agency_fit
        + WEIGHTS["places"] * bool(shared_places)
    )
    parts = [
        f"same type ({a.type})",
        f"overlapping dates ({start.isoformat()}..{end.isoformat()}, fit {fit:.2f})",
    ]
    for label, shared in (
        ("boroughs", shared_boroughs),
        ("agencies", shared_agencies),
        ("places", shared_places),
    ):
        if shared:
            parts.append(f"shared {label} ({', '.join(shared)})")
    return PairScore(round(score, 3), "; ".join(parts))


def cluster_id(members: Sequence[ClusterMember]) -> str:
    """Stable: the same members give the same id, whatever their order."""
    raw = "\n".join(sorted(f"{m.source_slug}\x1f{m.event_id}" for m in members))
    return "cl-" + hashlib.sha256(raw.encode("utf-8")).hexdigest()[:16]


def cluster_events(items: Sequence[tuple[str, EventDraft]]) -> list[Cluster]:
    """Every event in exactly one cluster; deterministic for the same input set."""
    ordered = sorted(dict.fromkeys((slug, event.id) for slug, event in items))
    events = {(slug, event.id): event for slug, event in items}
    index = {key: i for i, key in enumerate(ordered)}
    pairs = []
    for i, key_a in enumerate(ordered):
        for key_b in ordered[i + 1 :]:
            if key_a[0] == key_b[0]:
                continue
            found = pair_score(events[key_a], events[key_b])
            if found is not None and found.score >= MERGE_THRESHOLD:
                pairs.append((-found.score, index[key_a], index[key_b], found))
    pairs.sort(key=lambda p: p[:3])
    owner = list(range(len(ordered)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(ordered))}
    links: dict[int, list[PairScore]] = {i: [] for i in range(len(ordered))}
    for _, i, j, found in pairs:
        ri, rj = owner[i], owner[j]
        if ri == rj:
            continue
        slugs_i = {ordered[k][0] for k in members[ri]}
        if any(ordered[k][0] in slugs_i for k in members[rj]):
            continue  # never two events of one article in one cluster
        keep, gone = min(ri, rj), max(ri, rj)
        for k in members[gone]:
            owner[k] = keep
        members[keep].extend(members.pop(gone))
        links[keep].extend([*links.pop(gone), found])
    clusters = []
    for root in sorted(members):
        keys = sorted(ordered[k] for k in members[root])
        cluster_members = tuple(
            ClusterMember(slug, event_id) for slug, event_id in keys
        )
        if len(keys) == 1:
            score, reason = 1.0, "single report"
        else:
            score = min(link.score for link in links[root])
            reason = " | ".join(link.reason for link in links[root])
        clusters.append(
            Cluster(cluster_id(cluster_members), cluster_members, score, reason)
        )
    return clusters

"""A movement's bare name standing for the town branch the article names: after "volunteers from
Wakefield Street Pastors began walking Westgate", a later "with Street Pastors" is that branch,
not the national movement. Only one branch of the movement may be named in the article."""

from __future__ import annotations

from dataclasses import replace

from app.ingest.events.lookup import Hit
from app.ingest.gazetteer.chapters import CHAPTERS

_ENDINGS = tuple(f" {m}" for m in CHAPTERS)


def branch_refs(raw: dict) -> dict:
    """The paragraphs' hits with each bare movement name replaced by the article's one named branch."""
    branches: dict[str, set] = {}
    for agencies, _places, _people in raw.values():
        for h in agencies:
            ref = h.agency
            if ref is None or ref.name in CHAPTERS:
                continue
            if not ref.name.endswith(_ENDINGS):
                continue
            movement = next(m for m in CHAPTERS if ref.name.endswith(f" {m}"))
            if movement is not None:
                branches.setdefault(movement, set()).add(ref)
    only = {m: next(iter(refs)) for m, refs in branches.items() if len(refs) == 1}
    if not only:
        return raw
    return {
        n: ([_branch(h, only) for h in agencies], places, people)
        for n, (agencies, places, people) in raw.items()
    }


def _branch(hit: Hit, only: dict) -> Hit:
    ref = hit.agency
    if ref is None or ref.name not in only:
        return hit
    branch = only[ref.name]
    return replace(hit, name=branch.name, agency=branch)

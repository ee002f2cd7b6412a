"""Scoring extraction against the generated answer key with the project's own scorer.

The scorer is ../shared/tools/score_events.py (the one the held-out evaluation uses); it sits beside
the repository, not in it, so it is imported from there by path.
"""

from __future__ import annotations

import importlib.util
from collections import Counter
from functools import lru_cache
from pathlib import Path

import yaml

from app.config import PROJECT_ROOT
from app.ingest.extract_json import result_json
from app.ingest.records import ArticleResult

SCORER = PROJECT_ROOT.parent / "shared" / "tools" / "score_events.py"


@lru_cache(maxsize=1)
def scorer():
    """The score_events module, or None when ../shared is not beside the repository."""
    if not SCORER.is_file():
        return None
    spec = importlib.util.spec_from_file_location("score_events", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def load_answer_key(corpus: Path) -> dict[str, dict]:
    """{article stem: gold entry} from CORPUS/answers/*.yaml."""
    gold = {}
    for path in sorted((Path(corpus) / "answers").glob("*.yaml")):
        for entry in (
            yaml.load(
                path.read_text(encoding="utf-8"),
                Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader),
            )
            or []
        ):
            gold[Path(entry["file"]).stem] = entry
    return gold


def score_results(results: list[ArticleResult], gold: dict[str, dict]) -> dict | None:
    """The scorer's metrics for these results against the answer key (None without the scorer)."""
    module = scorer()
    if module is None:
        return None
    pred = {"articles": [result_json(r) for r in results]}
    wanted = {Path(r.article.path).stem for r in results}
    return module.score({k: v for k, v in gold.items() if k in wanted}, pred)


def misses_by_kind(results: list[ArticleResult], gold: dict[str, dict]) -> Counter:
    """Gold events with no predicted event citing their paragraph, counted by date kind and type."""
    cited = {
        (Path(r.article.path).stem, c.paragraph)
        for r in results
        for e in r.events
        for c in e.citations
    }
    out: Counter = Counter()
    for stem, entry in gold.items():
        for e in entry["events"]:
            if (stem, e["para"]) not in cited:
                out[(e.get("date_kind", "?"), e["type"])] += 1
    return out

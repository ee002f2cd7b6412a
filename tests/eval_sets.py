"""One evaluation set (tests/eval*/) extracted and scored exactly as the private set is scored.

Shared by the sets' test modules, which keep only their own floors, ceilings and history.
"""

from __future__ import annotations

import importlib.util
import json
from collections.abc import Callable
from functools import cache
from pathlib import Path

import pytest

from app.config import PROJECT_ROOT, get_settings
from app.ingest.extract_json import extract_json

SCORER = PROJECT_ROOT.parent / "shared" / "tools" / "score_events.py"


@cache
def scorer():
    """../shared/tools/score_events.py, loaded as a module."""
    spec = importlib.util.spec_from_file_location("score_events", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def articles(folder: Path) -> list[Path]:
    return sorted((folder / "articles").glob("*.txt"))


def true_dates(folder: Path) -> dict[str, str]:
    """Each article's publication date as its evaluator had it in mind (index.jsonl), by file stem."""
    rows = [
        json.loads(line)
        for line in (folder / "index.jsonl").read_text().splitlines()
        if line.strip()
    ]
    return {Path(r["file"]).stem: r["published"] for r in rows}


def gold_files(folder: Path, gold: str) -> list[str]:
    return sorted(a["file"] for a in scorer().load_gold(folder, gold).values())


def score_set(folder: Path, gold: str) -> dict:
    """Every article of the set extracted in one call (as `timeline extract` does), then scored."""
    predicted, errors = extract_json(
        [str(p) for p in articles(folder)], published=None, settings=get_settings()
    )
    assert errors == []
    found = scorer().score(scorer().load_gold(folder, gold), predicted)
    found.update(scorer().score_dct(true_dates(folder), predicted))
    print(f"\n{folder.name} metrics:", json.dumps(found))
    return found


def set_checks(
    folder: Path, gold: str, count: int, floors: dict, ceilings: dict
) -> tuple[Callable, ...]:
    """The checks every set makes, for its module to bind under test names: the metrics fixture,
    the article count with gold and a true date for each, every floor and every ceiling."""

    @pytest.fixture(scope="module")
    def metrics() -> dict:
        return score_set(folder, gold)

    def test_every_article_has_gold_and_a_true_date():
        files = [p.name for p in articles(folder)]
        dated = sorted(f"{stem}.txt" for stem in true_dates(folder))
        assert (len(files), gold_files(folder, gold), dated) == (count, files, files)

    @pytest.mark.parametrize("name", sorted(floors))
    def test_metric_stays_above_its_floor(metrics, name):
        assert metrics[name] >= floors[name], (
            f"{name}={metrics[name]} < {floors[name]}; all: {metrics}"
        )

    @pytest.mark.parametrize("name", sorted(ceilings))
    def test_count_stays_below_its_ceiling(metrics, name):
        assert metrics[name] <= ceilings[name], (
            f"{name}={metrics[name]} > {ceilings[name]}; all: {metrics}"
        )

    return (
        metrics,
        test_every_article_has_gold_and_a_true_date,
        test_metric_stays_above_its_floor,
        test_count_stays_below_its_ceiling,
    )

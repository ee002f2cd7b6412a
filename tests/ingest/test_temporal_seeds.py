"""The seed articles against the gold file: publication dates, and every dated gold event's date.

A gold event's date counts as found when a date expression of its paragraph (or, for events dated
by tense alone, the publication date) gets the scorer's verdict "correct" at the gold precision.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
import yaml

from app.ingest.loader import load_article, load_sources_meta
from app.ingest.temporal import dct_value, find_article_dates, infer_publication_date

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"
GOLD = yaml.safe_load((SHARED / "gold" / "seeds.yaml").read_text(encoding="utf-8"))


def _scorer():
    spec = importlib.util.spec_from_file_location(
        "score_events", SHARED / "tools" / "score_events.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SCORER = _scorer()


def _load_seeds():
    meta = load_sources_meta(SEEDS)
    return [
        load_article(path, meta=meta.get(path.name))
        for path in sorted(SEEDS.glob("*.txt"))
    ]


ARTICLES = {Path(a.path).name: a for a in _load_seeds()}
COLLECTION = list(ARTICLES.values())


def _dated_gold_events():
    return [
        pytest.param(entry["file"], event, id=f"{entry['file'][:3]}-{event['id']}")
        for entry in GOLD
        for event in entry["events"]
        if event.get("start") is not None and event.get("precision") != "unknown"
    ]


def _as_prediction(value):
    return {
        "date": {
            "earliest": value.earliest,
            "latest": value.latest,
            "precision": value.precision,
        }
    }


@pytest.mark.parametrize(
    "name,expected",
    [
        ("000_68f85b36c601844d.txt", "2017-06-14/2017-07-20"),
        ("001_7707c438e8081df2.txt", "2018-05-22/2018-05-25"),
        ("002_8847ddc95d16ff56.txt", "2017-07-21?/2017-07-29?"),
        ("003_b55fad0100abc301.txt", "2022-02-14/2022-02-20"),
        ("004_b70c8c2c48ac1558.txt", "2018"),
    ],
)
def test_seed_publication_dates_are_inferred_from_their_evidence(name, expected):
    dct = infer_publication_date(ARTICLES[name], collection=COLLECTION)
    assert (dct_value(dct).edtf, dct.method) == (expected, "inferred")


@pytest.mark.parametrize("entry", GOLD, ids=lambda e: e["file"][:3])
def test_seed_publication_dates_contain_the_gold_estimate_or_overlap_it(entry):
    dct = infer_publication_date(ARTICLES[entry["file"]], collection=COLLECTION)
    start, _, end = entry["published_estimate"].partition("/")
    assert dct.earliest <= SCORER.d(end) and SCORER.d(start) <= dct.latest


def test_seed_002_alone_lists_its_candidate_years_and_stays_unknown():
    # council leader Jas Athwal (2014-2024) rules out 2006; 2017 and 2023 remain
    dct = infer_publication_date(ARTICLES["002_8847ddc95d16ff56.txt"])
    assert (dct.known, dct.evidence[-1]) == (
        False,
        "the text allows 2017-07-21/2017-07-29, 2023-07-21/2023-07-29: not enough to date it",
    )


def test_seed_002_with_its_collection_says_the_collection_chose_the_year():
    dct = infer_publication_date(
        ARTICLES["002_8847ddc95d16ff56.txt"], collection=COLLECTION
    )
    assert dct.evidence[-1] == (
        "collection: the text alone allows 2017-07-21/2017-07-29, 2023-07-21/2023-07-29; "
        "the 3 other articles of the collection dated by their own strong evidence date from 2017-06-14 "
        "to 2022-02-20, within which lies only 2017-07-21/2017-07-29"
    )


@pytest.mark.parametrize("name,event", _dated_gold_events())
def test_every_dated_gold_event_resolves_to_its_interval_and_precision(name, event):
    article = ARTICLES[name]
    dct = infer_publication_date(article, collection=COLLECTION)
    if event["anchor"] == "dct":
        verdict = SCORER.date_verdict(
            event, _as_prediction(dct_value(dct)), "text", True
        )
        assert verdict in (
            "correct",
            "vague",
        )  # the publication interval itself: as wide as the text leaves it
        return
    paras = {event["para"], *(event.get("also_paras") or [])}
    mentions = [m for m in find_article_dates(article, dct) if m.paragraph in paras]
    verdicts = {
        (
            m.text,
            SCORER.date_verdict(event, _as_prediction(m.value), "text", True),
            m.value.precision,
        )
        for m in mentions
    }
    assert any(v == "correct" and p == event["precision"] for _, v, p in verdicts), (
        verdicts
    )


@pytest.mark.parametrize("name,event", _dated_gold_events())
def test_planned_gold_events_are_planned(name, event):
    article = ARTICLES[name]
    dct = infer_publication_date(article, collection=COLLECTION)
    paras = {event["para"], *(event.get("also_paras") or [])}
    mentions = [m for m in find_article_dates(article, dct) if m.paragraph in paras]
    if event["anchor"] == "dct":
        assert dct_value(dct).planned is False
    else:
        assert any(m.value.planned == event["planned"] for m in mentions)

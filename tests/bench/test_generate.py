"""The corpus generator: deterministic, readable as gold YAML, and matched by the extractor."""

from __future__ import annotations

import random
from datetime import date

import pytest
import yaml

from app.bench import dates
from app.bench.accuracy import load_answer_key, scorer
from app.bench.generate import make_article, write_corpus
from app.ingest.gazetteer_access import get_gazetteer
from app.ingest.pipeline import extract, load_inputs

THURSDAY = date(2019, 3, 14)


@pytest.mark.parametrize(
    "writer,dct,expected",
    [
        (
            dates.last_week,
            THURSDAY,
            ("last week", date(2019, 3, 4), date(2019, 3, 10), "week", "relative"),
        ),
        (
            dates.last_month,
            THURSDAY,
            ("last month", date(2019, 2, 1), date(2019, 2, 28), "month", "relative"),
        ),
        (
            dates.last_month,
            date(2020, 1, 9),
            ("last month", date(2019, 12, 1), date(2019, 12, 31), "month", "relative"),
        ),
        (
            dates.yesterday,
            THURSDAY,
            ("yesterday", date(2019, 3, 13), date(2019, 3, 13), "day", "relative"),
        ),
        (
            dates.weekend,
            THURSDAY,
            ("at the weekend", date(2019, 3, 9), date(2019, 3, 10), "day", "relative"),
        ),
        (
            dates.weekend,
            date(2019, 3, 16),
            ("yesterday", date(2019, 3, 15), date(2019, 3, 15), "day", "relative"),
        ),
        (dates.at_dct, THURSDAY, ("", THURSDAY, THURSDAY, "day", "dct")),
    ],
)
def test_date_writers_give_the_interval_annotation_md_gives(writer, dct, expected):
    when = writer(random.Random(0), dct)
    assert (when.phrase, when.start, when.end, when.precision, when.anchor) == expected


def test_the_same_seed_writes_the_same_article_and_another_seed_another():
    assert make_article(5, 3) == make_article(5, 3)
    assert make_article(5, 3).markdown != make_article(6, 3).markdown


def test_the_answer_key_reads_back_as_the_gold_entries(tmp_path):
    summary = write_corpus(3, tmp_path, seed=2)
    read = yaml.safe_load((tmp_path / "answers" / "000.yaml").read_text())
    assert read == [make_article(2, i).gold for i in range(3)]
    assert summary.events == sum(len(entry["events"]) for entry in read)
    assert sorted(p.name for p in (tmp_path / "articles" / "000").iterdir()) == [
        "gen-2-000000.md",
        "gen-2-000001.md",
        "gen-2-000002.md",
    ]


def test_the_extractor_finds_the_generated_events_as_the_answer_key_says(tmp_path):
    write_corpus(20, tmp_path, seed=11)
    articles = list(load_inputs([str(tmp_path / "articles")], max_bytes=10**6))
    results = extract(articles, get_gazetteer())
    from app.ingest.extract_json import result_json

    metrics = scorer().score(
        load_answer_key(tmp_path), {"articles": [result_json(r) for r in results]}
    )
    exact = {
        k: metrics[k]
        for k in (
            "core_recall",
            "event_recall",
            "date_accuracy",
            "type_accuracy",
            "borough_f1",
            "planned_recall",
            "articles_missing",
        )
    }
    assert exact == {
        "core_recall": 1.0,
        "event_recall": 1.0,
        "date_accuracy": 1.0,
        "type_accuracy": 1.0,
        "borough_f1": 1.0,
        "planned_recall": 1.0,
        "articles_missing": 0,
    }
    assert metrics["agency_f1"] >= 0.95

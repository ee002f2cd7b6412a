"""The benchmark runner end to end on a tiny size, and the load generator's bounds."""

from __future__ import annotations

import pytest

from app.bench.load import percentile, run_load
from app.bench.run import BenchConfig, parse_size, run_bench


@pytest.mark.parametrize(
    "text,expected",
    [("10k", 10_000), ("1M", 1_000_000), ("2500", 2_500), ("1.5k", 1_500)],
)
def test_sizes_read_as_people_write_them(text, expected):
    assert parse_size(text) == expected


@pytest.mark.parametrize(
    "values,p,expected",
    [
        ([], 50, 0.0),
        ([5.0], 99, 5.0),
        ([1.0, 2.0, 3.0, 4.0], 50, 2.0),
        (list(map(float, range(1, 101))), 99, 99.0),
    ],
)
def test_percentiles_are_nearest_rank(values, p, expected):
    assert percentile(values, p) == expected


@pytest.mark.parametrize(
    "base", ["http://10.0.0.1:8000", "http://example.org", "http://192.168.1.5"]
)
def test_the_load_generator_only_targets_loopback(base):
    with pytest.raises(ValueError, match="loopback"):
        run_load(base, ["/"], max_requests=1, max_seconds=1)


@pytest.mark.postgres
def test_the_benchmark_runs_end_to_end_in_quick_mode(tmp_path, postgres_url):
    config = BenchConfig.quick(
        sizes=(300,),
        articles=6,
        max_requests=4,
        max_seconds=1.0,
        workdir=tmp_path,
        postgres_url=postgres_url,
    )
    results = run_bench(config, say=lambda line: None)
    assert [
        (s["name"], s["articles"], s["failed"] if "failed" in s else 0)
        for s in results["ingest"]
    ] == [("extract", 6, 0), ("ingest SQLite", 6, 0), ("ingest PostgreSQL", 6, 0)]
    assert results["ingest"][0]["accuracy"]["event_recall"] == 1.0
    (size,) = results["pages"]
    assert size["events"] >= 300
    figures = {(f["page"], f["case"]): f for f in size["figures"]}
    assert sorted(figures) == sorted(
        (page, case)
        for page in ("api", "timeline")
        for case in ("0 filters", "1 filter", "3 filters", "full text")
    )
    assert all(
        f["ours"]["requests"] > 0 and f["ours"]["errors"] == 0 for f in figures.values()
    )
    assert all(
        f["datasette"]["requests"] > 0 and f["datasette"]["errors"] == 0
        for f in figures.values()
    )
    assert all(
        f["cold"]["errors"] == 0 and f["raw_sql_ms"] > 0 for f in figures.values()
    )
    assert (
        "### Pages at" in results["markdown"] and (tmp_path / "results.json").is_file()
    )

"""The `timeline dates FILE` text: each expression with its resolution, and the publication date."""

from __future__ import annotations

from app.ingest.temporal import find_article_dates, infer_publication_date
from app.ingest.temporal.report import describe
from tests.ingest.temporal_helpers import article


def test_describe_lists_the_publication_date_evidence_and_every_expression():
    item = article(
        "PUBLISHED: 09:00 6 February 2019\n\nOfficers closed the lane on Friday 1 February.",
        path="lane.txt",
    )
    dct = infer_publication_date(item)
    assert describe(item, dct, find_article_dates(item, dct)).splitlines() == [
        "lane.txt: lane",
        "Publication date: 2019-02-06 (method: dateline)",
        "  - dateline 'PUBLISHED ... 6 February 2019'",
        "",
        "Date expressions (2):",
        "  p1   '6 February 2019'                2019-02-06               day      explicit ",
        "        6 February 2019 -> 2019-02-06: the year is written",
        "  p2   'Friday 1 February'              2019-02-01               day      weekday  ",
        "        Friday 1 February -> 2019-02-01: February 1 fell on a Friday in 2019, the year the article dates from (2019-02-06)",
    ]


def test_describe_says_when_there_is_nothing_to_show():
    item = article("Officers patrol the high street.", path="x.txt")
    dct = infer_publication_date(item)
    assert describe(item, dct, []).splitlines()[-1] == "No date expressions found."

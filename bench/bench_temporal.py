"""Throughput of the temporal engine on the seed articles replicated to N articles (one core).

usage: uv run python bench/bench_temporal.py [N]   (default 1000)

Prints expressions/s and articles/s (CPU time, so one core) for find_dates over every paragraph (the grammar runs afresh
for each article: no cache sits in front of it), and articles/s for publication-date inference
with its caches emptied before each article.
"""

from __future__ import annotations

import sys
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.ingest.loader import load_article, load_sources_meta  # noqa: E402
from app.ingest.temporal import find_dates, infer_publication_date  # noqa: E402
from app.ingest.temporal.dct import infer_alone, text_evidence  # noqa: E402
from app.ingest.temporal.finder import cached_expressions  # noqa: E402


def load_seeds() -> list:
    folder = ROOT / "seeds"
    meta = load_sources_meta(folder)
    return [
        load_article(p, meta=meta.get(p.name)) for p in sorted(folder.glob("*.txt"))
    ]


def main(count: int) -> None:
    seeds = load_seeds()
    articles = [
        replace(seeds[i % len(seeds)], path=f"copy-{i}", content_hash=f"{i}")
        for i in range(count)
    ]
    dcts = {a.slug: infer_publication_date(a, collection=seeds) for a in seeds}

    started = time.perf_counter()
    expressions = 0
    for article in articles:
        dct = dcts[article.slug]
        for paragraph in article.paragraphs:
            expressions += len(
                find_dates(paragraph.text, dct, paragraph=paragraph.number)
            )
    elapsed = time.perf_counter() - started
    print(f"find_dates: {count} articles, {expressions} expressions in {elapsed:.3f}s")
    print(
        f"  {expressions / elapsed:,.0f} expressions/s, {count / elapsed:,.0f} articles/s"
    )

    started = time.perf_counter()
    for article in articles:
        cached_expressions.cache_clear()
        text_evidence.cache_clear()
        infer_alone.cache_clear()
        infer_publication_date(article)
    elapsed = time.perf_counter() - started
    print(f"infer_publication_date (cold caches): {count / elapsed:,.0f} articles/s")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)

"""Throughput of the full pure extract pipeline (publication date + events) on one core.

usage: uv run python bench/bench_extract.py [N] [--profile [tottime|cumulative]]   (default N = 1200)

The seed articles and the extractor's own test articles (tests/ingest/articles) are replicated to N
articles, each copy with small wording variations (synonyms, counts, a reporter's sign-off) so that
no two copies share their text. Prints articles/s (CPU time of this process, so one core) for
infer_publication_date + extract_events, and the same with every per-text cache (of the temporal
engine, of trigger detection and of the names found) emptied before each article, so that no
paragraph read before is answered from memory. Each figure is the best of three passes (the
slowest is shown too): other work on a shared machine slows a pass down. With --profile, prints the hottest functions of one cold pass (cProfile).
"""

from __future__ import annotations

import re
import sys
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.ingest.events import extract_events  # noqa: E402
from app.ingest.gazetteer import Gazetteer  # noqa: E402
from app.ingest.loader import iter_article_paths, load_article, load_sources_meta  # noqa: E402
from app.ingest.paragraphs import split_paragraphs  # noqa: E402
from app.ingest.temporal import infer_publication_date  # noqa: E402

FOLDERS = (ROOT / "seeds", ROOT / "tests" / "ingest" / "articles")
REPEATS = 3
# meaning-preserving swaps; copy k applies those whose bit is set in k
SWAPS = (
    (r"\bsaid\b", "says"),
    (r"\bresidents\b", "locals"),
    (r"\bpeople\b", "individuals"),
    (r"\bthe area\b", "the neighbourhood"),
    (r"\bofficers\b", "police officers"),
    (r"\bcommunity\b", "local community"),
    (r"\bproblem\b", "issue"),
    (r"\bhelp\b", "assist"),
)
_COUNT = re.compile(
    r"\b(\d{1,3})(?= (?:people|men|women|arrests|fines|officers|teenagers|responses|complaints)\b)"
)
REPORTERS = ("Sam Patel", "Jo Clarke", "Alex Reid", "Kim Osei", "Lee Hart", "Ruth Kay")


def load_originals() -> list:
    articles = []
    for folder in FOLDERS:
        meta = load_sources_meta(folder)
        articles += [
            load_article(p, meta=meta.get(p.name)) for p in iter_article_paths([folder])
        ]
    return articles


def vary(article, k: int):
    """A copy of the article with small wording changes chosen by k (paragraph numbering kept)."""
    text = article.text
    for bit, (pattern, word) in enumerate(SWAPS):
        if k >> bit & 1:
            text = re.sub(pattern, word, text)
    shift = k // (1 << len(SWAPS)) + 1
    text = _COUNT.sub(lambda m: str(int(m.group(1)) + shift), text)
    # the last paragraph gets a sign-off of its own, so that every copy's text differs
    text += f" Reporting by {REPORTERS[k % len(REPORTERS)]} ({k})."
    paragraphs = split_paragraphs(text)
    if len(paragraphs) != len(article.paragraphs):
        return replace(
            article, path=f"{article.path}#{k}"
        )  # a swap that moved paragraphs
    return replace(
        article,
        path=f"{article.path}#{k}",
        text=text,
        paragraphs=paragraphs,
        content_hash=f"{article.content_hash}-{k}",
    )


def clear_caches() -> None:
    from app.ingest.events import name_memo, remembered
    from app.ingest.events.retold_acts import phrases_of
    from app.ingest.temporal.case_fold import paragraph_lower
    from app.ingest.temporal.dct import infer_alone, text_evidence
    from app.ingest.temporal.finder import cached_expressions
    from app.ingest.temporal.same_day import acts_named
    from app.ingest.temporal.tense import sentence_bounds

    for cached in (
        cached_expressions,
        text_evidence,
        infer_alone,
        paragraph_lower,
        phrases_of,
        acts_named,
        sentence_bounds,
    ):
        cached.cache_clear()
    remembered.clear()
    name_memo.clear()


def run(articles, gazetteer, cold: bool) -> tuple[float, int]:
    """CPU seconds for publication dates and events of every article, and the events found."""
    events = 0
    clear_caches()  # a pass never reads what an earlier pass remembered
    started = time.process_time()
    for article in articles:
        if cold:
            clear_caches()
        published = infer_publication_date(article)
        events += len(extract_events(article, published, gazetteer))
    return time.process_time() - started, events


def main(count: int, profile: str | None) -> None:
    gazetteer = Gazetteer.load()
    originals = load_originals()
    articles = [
        vary(originals[i % len(originals)], i // len(originals)) for i in range(count)
    ]
    distinct = len({a.text for a in articles})
    run(
        originals, gazetteer, cold=False
    )  # compile lexicons and patterns once, outside the timing
    if profile:
        import cProfile
        import pstats

        profiler = cProfile.Profile()
        profiler.enable()
        run(articles, gazetteer, cold=True)
        profiler.disable()
        pstats.Stats(profiler).sort_stats(profile).print_stats(40)
        return
    warm = [run(articles, gazetteer, cold=False) for _ in range(REPEATS)]
    cold = [run(articles, gazetteer, cold=True)[0] for _ in range(REPEATS)]
    print(
        f"{count} articles ({distinct} distinct texts), {warm[0][1]} events; "
        f"best of {REPEATS} passes (slowest in brackets)"
    )
    times = [t for t, _ in warm]
    print(
        f"  full extract: {count / min(times):,.0f} articles/s ({count / max(times):,.0f})"
    )
    print(
        f"  full extract, per-text caches emptied per article: {count / min(cold):,.0f}"
        f" articles/s ({count / max(cold):,.0f})"
    )


if __name__ == "__main__":
    numbers = [a for a in sys.argv[1:] if a.isdigit()]
    chosen = None
    if "--profile" in sys.argv:
        chosen = "tottime" if "tottime" in sys.argv else "cumulative"
    main(int(numbers[0]) if numbers else 1200, chosen)

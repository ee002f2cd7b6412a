"""Extraction on several cores: worker processes run the pure stages while the caller stores.

Workers are forked after the articles and the gazetteer are loaded, so they inherit both instead of
receiving them pickled; each returns only what it computed (publication date, events, or the
error), in the articles' order, so results and error lines are the same as on one core.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterator, Sequence

from app.ingest.records import Article, ArticleResult

# below this many articles starting processes costs more than it saves
MIN_ARTICLES = 64
CHUNK = 8

_job: tuple[Sequence[Article], object, frozenset[str]] | None = None  # what forked workers inherit


def default_workers(articles: int) -> int:
    """Extraction processes worth starting for this many articles (0: extract in this process)."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    if cores < 2 or articles < MIN_ARTICLES or "fork" not in multiprocessing.get_all_start_methods():
        return 0
    # the storing process needs a core too: with two cores, one worker and the writer overlap
    return max(1, min(cores - 1, 4))


def extract_one(article: Article, collection: Sequence[Article], gazetteer, skip: bool) -> ArticleResult:
    """One article's publication date (read with its collection) and events. Pure."""
    from app.ingest.events import extract_events
    from app.ingest.temporal import infer_publication_date

    published = infer_publication_date(article, collection=collection)
    events = () if skip else tuple(extract_events(article, published, gazetteer))
    return ArticleResult(article, published, events)


def _work(index: int):
    articles, gazetteer, skip = _job
    article = articles[index]
    try:
        result = extract_one(article, articles, gazetteer, article.slug in skip)
    except Exception as exc:  # noqa: BLE001  - sent back and reported against the article
        return index, None, exc if _picklable(exc) else (type(exc).__name__, str(exc))
    return index, (result.published, result.events), None


def _picklable(exc: Exception) -> bool:
    import pickle

    try:
        pickle.loads(pickle.dumps(exc))
    except Exception:  # noqa: BLE001
        return False
    return True


def _stand_in(error: Exception | tuple[str, str]) -> Exception:
    """The worker's exception, or one of the same class name and message when pickle could not
    carry it back."""
    if isinstance(error, Exception):
        return error
    name, message = error
    return type(name, (Exception,), {"__module__": __name__})(message)


def _load_remote(job: tuple[object, int]):
    from app.ingest.decoding import ArticleError
    from app.ingest.pipeline import load_file

    item = load_file(*job)
    # ArticleError takes two arguments, which pickle does not pass back: send its parts
    return ("error", item.path, item.problem) if isinstance(item, ArticleError) else item


def load_ordered(jobs: Sequence, *, max_bytes: int, workers: int) -> Iterator:
    """Each load job's article or error (app.ingest.pipeline.load_file), in order, on ``workers``
    processes (0: this one)."""
    from app.ingest.decoding import ArticleError
    from app.ingest.pipeline import load_file

    if workers <= 0:
        for job in jobs:
            yield load_file(job, max_bytes)
        return
    files = [(job, max_bytes) for job in jobs if isinstance(job, tuple)]
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        loaded = pool.imap(_load_remote, files, chunksize=CHUNK)
        for job in jobs:
            if not isinstance(job, tuple):  # an article or error already
                yield job
                continue
            item = next(loaded)
            yield ArticleError(item[1], item[2]) if isinstance(item, tuple) else item


def iter_extract(
    articles: Sequence[Article],
    gazetteer,
    *,
    skip: Callable[[Article], bool],
    workers: int,
) -> Iterator[tuple[Article, ArticleResult | None, Exception | None]]:
    """(article, result, None) or (article, None, error) for every article, in order."""
    global _job
    if workers <= 0:
        for article in articles:
            try:
                yield article, extract_one(article, articles, gazetteer, skip(article)), None
            except Exception as exc:  # noqa: BLE001
                yield article, None, exc
        return
    _job = (articles, gazetteer, frozenset(a.slug for a in articles if skip(a)))
    try:
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            for index, computed, error in pool.imap(_work, range(len(articles)), chunksize=CHUNK):
                article = articles[index]
                if computed is None:
                    yield article, None, _stand_in(error)
                else:
                    yield article, ArticleResult(article, *computed), None
    finally:
        _job = None

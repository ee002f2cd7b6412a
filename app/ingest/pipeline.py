"""The ingest pipeline: load articles, extract their events (pure, on several cores), store each whole."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from app.ingest.decoding import ArticleError
from app.ingest.loader import iter_article_paths, load_article, load_sources_meta
from app.ingest.records import Article, ArticleResult


@dataclass(frozen=True)
class FileOutcome:
    path: str
    status: str  # new | updated | unchanged | failed
    paragraphs: int = 0
    events: int = 0
    error: str | None = None
    notices: tuple[str, ...] = ()  # things a person should know: citations that could not be re-anchored


def is_url(text: str) -> bool:
    return text.startswith(("http://", "https://"))


def load_inputs(
    inputs: Sequence[str], *, max_bytes: int, timeout: float = 20.0, workers: int | None = 0
) -> Iterator[Article | ArticleError]:
    """Articles from files, folders and URLs, or the error each one gave; never raises for one input.

    Files are read and parsed on ``workers`` processes (None: as many as are worth it for the
    number of files, 0: this process), in order either way.
    """
    from app.ingest.parallel import default_workers, load_ordered

    jobs = list(_load_jobs(inputs, max_bytes=max_bytes, timeout=timeout))
    if workers is None:
        workers = default_workers(len(jobs)) + 1 if default_workers(len(jobs)) else 0
    yield from load_ordered(jobs, max_bytes=max_bytes, workers=workers)


def _load_jobs(inputs: Sequence[str], *, max_bytes: int, timeout: float) -> Iterator[Article | ArticleError | tuple[Path, dict | None]]:
    """What each input gives: an article or error already (URLs, missing paths), or a file to load
    with its sources.toml entry."""
    meta_cache: dict[Path, dict] = {}
    for item in inputs:
        if is_url(item):
            from app.ingest.fetch import fetch_article

            try:
                yield fetch_article(item, timeout=timeout, max_bytes=max_bytes)
            except ArticleError as exc:
                yield exc
            continue
        root = Path(item)
        if not root.exists() and not root.is_symlink():
            yield ArticleError(item, "no such file or folder")
            continue
        for path in iter_article_paths([root]):
            folder = path.parent
            try:
                if folder not in meta_cache:
                    meta_cache[folder] = load_sources_meta(folder)
                yield path, meta_cache[folder].get(path.name)
            except ArticleError as exc:
                yield exc
            except Exception as exc:  # noqa: BLE001  - one broken file must not stop the others
                yield ArticleError(str(path), one_line(exc))


def load_file(job: Article | ArticleError | tuple[Path, dict | None], max_bytes: int) -> Article | ArticleError:
    """The article of one load job, or the error it gave."""
    if isinstance(job, Article | ArticleError):
        return job
    path, meta = job
    try:
        return load_article(path, meta=meta, max_bytes=max_bytes)
    except ArticleError as exc:
        return exc
    except Exception as exc:  # noqa: BLE001  - one broken file must not stop the others
        return ArticleError(str(path), one_line(exc))


def extract(
    articles: Sequence[Article],
    gazetteer,
    *,
    skip: Callable[[Article], bool] = lambda a: False,
    on_error: Callable[[Article, Exception], None] | None = None,
) -> list[ArticleResult]:
    """Publication dates (each article read with the others as its collection) and events. Pure.

    With ``on_error``, an article the extractor fails on is handed to it and left out, so that one
    odd text cannot stop a long ingest; without it the exception propagates.
    """
    from app.ingest.parallel import iter_extract

    results = []
    for article, result, error in iter_extract(articles, gazetteer, skip=skip, workers=0):
        if error is not None:
            if on_error is None:
                raise error
            on_error(article, error)
            continue
        results.append(result)
    return results


def ingest(
    inputs: Sequence[str],
    engine: Engine,
    *,
    gazetteer,
    max_bytes: int,
    timeout: float = 20.0,
    on_file: Callable[[FileOutcome], None] | None = None,
    on_notice: Callable[[str], None] | None = None,
    workers: int | None = None,
) -> list[FileOutcome]:
    """Load, extract and store; each article is stored whole or not at all, failures are reported.

    Extraction runs in ``workers`` processes (default: one core less than there are, for larger
    runs) while this process stores; articles are stored in order, several per transaction, each in
    its own savepoint, so a file that cannot be stored is reported by name and loses nothing else.
    Afterwards the corrections file is applied again (so hand edits take effect) and the entries
    that no longer apply are passed to ``on_notice``, as are citations lost in a new version.
    """
    from app.ingest.corrections import (
        CorrectionError,
        corrections_path,
        load_corrections,
    )
    from app.ingest.parallel import default_workers, iter_extract

    outcomes: list[FileOutcome] = []
    try:
        load_corrections()
    except CorrectionError as exc:
        # storing without the curator's corrections would publish what they had fixed: store nothing
        path = str(corrections_path())
        outcome = FileOutcome(path, "failed", error=f"not a valid corrections file, so nothing was ingested: {str(exc).removeprefix(path + ': ')}")
        if on_file:
            on_file(outcome)
        return [outcome]

    def report(outcome: FileOutcome) -> None:
        outcomes.append(outcome)
        if on_file:
            on_file(outcome)
        for line in outcome.notices:
            if on_notice:
                on_notice(line)

    articles: list[Article] = []
    for item in load_inputs(inputs, max_bytes=max_bytes, timeout=timeout, workers=None if workers is None else workers + bool(workers)):
        if isinstance(item, ArticleError):
            report(FileOutcome(item.path, "failed", error=item.problem))
        else:
            articles.append(item)
    _check_duplicate_slugs(articles)
    unchanged = _unchanged(engine, articles)
    workers = default_workers(len(articles)) if workers is None else workers
    from app.ingest.batches import Batches

    with Batches(engine, report) as batches:
        for article, result, error in iter_extract(articles, gazetteer, skip=lambda a: a.slug in unchanged, workers=workers):
            if error is not None:
                batches.add(FileOutcome(article.path, "failed", error=f"extraction failed: {one_line(error)}"))
            elif article.slug in unchanged:
                batches.add(FileOutcome(article.path, "unchanged", len(article.paragraphs), unchanged[article.slug]))
            else:
                batches.store(result)
    for line in _reapply_corrections(engine):
        if on_notice:
            on_notice(line)
    return outcomes


def one_line(exc: Exception) -> str:
    """An exception as one line: database errors carry their SQL on later lines, which users need not see."""
    detail = str(getattr(exc, "orig", None) or exc).strip().split("\n")[0]
    return f"{type(exc).__name__}: {detail[:300]}"


def _reapply_corrections(engine: Engine) -> list[str]:
    """Apply the corrections file to the stored events in one transaction; lines for stale entries."""
    from app.db.corrections import reapply_corrections

    with Session(engine) as session:
        stale = reapply_corrections(session)
        session.commit()
    return [f"correction no longer applies: {line}" for line in stale]


def _check_duplicate_slugs(articles: list[Article]) -> None:
    seen: dict[str, str] = {}
    for i, article in enumerate(articles):
        if article.slug in seen and seen[article.slug] != article.path:
            # two files with the same name in different folders: keep both, distinctly
            from dataclasses import replace

            articles[i] = replace(article, slug=f"{article.slug}-{i}")
        seen.setdefault(article.slug, article.path)


def _unchanged(engine: Engine, articles: Iterable[Article]) -> dict[str, int]:
    """{slug: stored mention count} for articles whose current stored version has the same content."""
    from sqlalchemy import func

    from app.db.models import Mention, Source, SourceVersion

    hashes = {a.slug: a.content_hash for a in articles}
    if not hashes:
        return {}
    slugs, same = list(hashes), {}
    with Session(engine) as session:
        for i in range(0, len(slugs), 900):  # bounded IN lists: SQLite allows 32766 variables
            rows = session.exec(
                select(Source.slug, Source.id, SourceVersion.content_hash)
                .join(SourceVersion, (SourceVersion.source_id == Source.id) & (SourceVersion.version == Source.current_version))
                .where(Source.slug.in_(slugs[i : i + 900]))
            ).all()
            same.update({source_id: slug for slug, source_id, content_hash in rows if hashes[slug] == content_hash})
        counts = dict.fromkeys(same.values(), 0)
        ids = list(same)
        for i in range(0, len(ids), 900):
            grouped = session.exec(
                select(Mention.source_id, func.count()).where(Mention.source_id.in_(ids[i : i + 900])).group_by(Mention.source_id)
            ).all()
            counts.update({same[source_id]: count for source_id, count in grouped})
    return counts

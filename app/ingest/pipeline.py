"""The ingest pipeline: load articles, extract their events (pure), store each in its own transaction."""

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


def load_inputs(inputs: Sequence[str], *, max_bytes: int, timeout: float = 20.0) -> Iterator[Article | ArticleError]:
    """Articles from files, folders and URLs, or the error each one gave; never raises for one input."""
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
                yield load_article(path, meta=meta_cache[folder].get(path.name), max_bytes=max_bytes)
            except ArticleError as exc:
                yield exc
            except Exception as exc:  # noqa: BLE001  - one broken file must not stop the others
                yield ArticleError(str(path), _one_line(exc))


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
    from app.ingest.events import extract_events
    from app.ingest.temporal import infer_publication_date

    results = []
    for article in articles:
        try:
            published = infer_publication_date(article, collection=articles)
            events = () if skip(article) else tuple(extract_events(article, published, gazetteer))
        except Exception as exc:
            if on_error is None:
                raise
            on_error(article, exc)
            continue
        results.append(ArticleResult(article, published, events))
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
) -> list[FileOutcome]:
    """Load, extract and store; each article is its own transaction, failures are reported, not raised.

    Afterwards the corrections file is applied again (so hand edits take effect) and the entries
    that no longer apply are passed to ``on_notice``, as are citations lost in a new version.
    """
    from app.db.store import save_article
    from app.ingest.corrections import (
        CorrectionError,
        corrections_path,
        load_corrections,
    )

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

    articles: list[Article] = []
    for item in load_inputs(inputs, max_bytes=max_bytes, timeout=timeout):
        if isinstance(item, ArticleError):
            report(FileOutcome(item.path, "failed", error=item.problem))
        else:
            articles.append(item)
    _check_duplicate_slugs(articles)
    unchanged = _unchanged(engine, articles)
    def failed_extraction(article: Article, exc: Exception) -> None:
        report(FileOutcome(article.path, "failed", error=f"extraction failed: {_one_line(exc)}"))

    for result in extract(articles, gazetteer, skip=lambda a: a.slug in unchanged, on_error=failed_extraction):
        article = result.article
        if article.slug in unchanged:
            report(FileOutcome(article.path, "unchanged", len(article.paragraphs), unchanged[article.slug]))
            continue
        try:
            with Session(engine) as session:
                saved = save_article(session, result)
                session.commit()
            notices = tuple(f"{article.path}: {line}" for line in saved.lost_citations)
            report(FileOutcome(article.path, saved.status, saved.paragraphs, saved.events, notices=notices))
            for line in notices:
                if on_notice:
                    on_notice(line)
        except Exception as exc:  # noqa: BLE001  - the transaction rolled back; nothing of it is stored
            report(FileOutcome(article.path, "failed", error=f"could not store: {_one_line(exc)}"))
    for line in _reapply_corrections(engine):
        if on_notice:
            on_notice(line)
    return outcomes


def _one_line(exc: Exception) -> str:
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
    out = {}
    with Session(engine) as session:
        rows = session.exec(
            select(Source.slug, Source.id, SourceVersion.content_hash)
            .join(SourceVersion, (SourceVersion.source_id == Source.id) & (SourceVersion.version == Source.current_version))
            .where(Source.slug.in_(list(hashes)))
        ).all()
        for slug, source_id, content_hash in rows:
            if hashes.get(slug) == content_hash:
                count = session.exec(select(func.count()).select_from(Mention).where(Mention.source_id == source_id)).one()
                out[slug] = count
    return out

"""The `timeline` command: thin wrappers over the library functions."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from app.config import get_settings
from app.ingest.records import EVENT_TYPES


def _engine():
    from app.db.session import make_engine

    return make_engine(get_settings().database_url)


@click.group()
@click.version_option(package_name="policing-timeline")
def cli():
    """Policing Timeline: local news articles turned into a citable timeline.

    Every command honours DATABASE_URL (default: a SQLite file under data/).
    """


@cli.group()
def db():
    """Database schema commands."""


@db.command("upgrade")
@click.option("--revision", default="head", show_default=True)
def db_upgrade(revision):
    """Migrate the database to the latest schema.

    Example: timeline db upgrade
    """
    from app.db.migrate import upgrade

    upgrade(_engine(), revision)
    click.echo(f"database at {revision}")


@db.command("check")
def db_check():
    """Fail if the models and the migrations disagree (alembic check).

    Example: timeline db check
    """
    from app.db.migrate import check

    check(_engine())
    click.echo("models and migrations agree")


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--quiet", is_flag=True, help="No progress bar, only errors and the summary.")
@click.option("--workers", type=click.IntRange(min=0), default=None, help="Extraction processes beside the one that stores (default: cores - 1, at most 4, for larger runs; 0: all in one process).")
def ingest(paths, quiet, workers):
    """Ingest articles: files (.txt, .md, .html), folders of them, or URLs.

    The same content again changes nothing; a changed article becomes a new version. Each
    file is stored whole or not at all: a bad file is reported and the others are still
    stored; the exit code is 1 when any file failed.

    Example: timeline ingest seeds/ my-articles/ https://example.org/news/story
    """
    from app.db.migrate import upgrade
    from app.ingest.report import run_ingest

    settings = get_settings()
    engine = _engine()
    upgrade(engine)
    failed = run_ingest(list(paths), engine, settings=settings, quiet=quiet, workers=workers)
    sys.exit(1 if failed else 0)


@cli.command()
@click.option("--host", default=None, help="Address to bind (default: HOST or 127.0.0.1).")
@click.option("--port", default=None, type=int, help="Port (default: PORT or 8000).")
@click.option("--no-seeds", is_flag=True, help="Do not load seeds/ into an empty database.")
def serve(host, port, no_seeds):
    """Migrate, load seeds/ into an empty database, and serve the timeline.

    Example: timeline serve --port 8000
    """
    import uvicorn

    from app.db.migrate import is_empty, upgrade
    from app.ingest.report import run_ingest

    settings = get_settings()
    engine = _engine()
    upgrade(engine)
    if not no_seeds and settings.load_seeds and is_empty(engine) and settings.seeds_dir.is_dir():
        click.echo(f"empty database: loading {settings.seeds_dir}")
        run_ingest([str(settings.seeds_dir)], engine, settings=settings, quiet=True)
    engine.dispose()
    # the app writes its own JSON line per request (app.web.logs): uvicorn's access log would repeat it
    uvicorn.run("app.main:create_app", factory=True, host=host or settings.host, port=port or settings.port, proxy_headers=False, access_log=False)


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["json"]), default="json", show_default=True)
@click.option("--published", type=click.DateTime(["%Y-%m-%d"]), default=None, help="Publication date to use for every article.")
def extract(paths, fmt, published):
    """Run the whole pipeline without the database and print the events as JSON.

    Example: timeline extract seeds/*.txt --format json > events.json
    """
    from app.ingest.extract_json import extract_json

    data, errors = extract_json(list(paths), published=published.date() if published else None, settings=get_settings())
    json.dump(data, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")
    for err in errors:
        click.echo(f"error: {err}", err=True)
    sys.exit(1 if errors else 0)


@cli.command()
@click.argument("path")
@click.option("--published", type=click.DateTime(["%Y-%m-%d"]), default=None)
def dates(path, published):
    """Print every date expression of an article, its resolution and why; and the publication date.

    Example: timeline dates seeds/001_7707c438e8081df2.txt
    """
    from app.ingest.extract_json import describe_dates

    try:
        click.echo(describe_dates(path, published=published.date() if published else None, settings=get_settings()))
    except ValueError as exc:
        raise click.ClickException(str(exc)) from None


# --- curation and backups (issue 8) ---------------------------------------------------------


@cli.command()
@click.argument("event_id")
@click.option("--date", "date_", metavar="EDTF", help="The right date: 2017, 2017-06, 2017-06-22 or 2018-05-22/2018-05-26.")
@click.option("--type", "type_", type=click.Choice(EVENT_TYPES), help="The right event type.")
@click.option("--title", help="A better title (words from the source).")
@click.option("--agency", "agencies", multiple=True, help="An agency that acts in the event (repeat for several; replaces the extracted list).")
@click.option("--borough", "boroughs", multiple=True, help="A borough where it happens (repeat for several; replaces the extracted list).")
@click.option("--hide/--show", "hidden", default=None, help="Hide the event from the timeline (or show it again).")
@click.option("--merge-with", "merge_with", multiple=True, metavar="ID", help="Another event that is the same occurrence: make them one entry.")
@click.option("--split", is_flag=True, help="EVENT_ID is a mention id: take it out of its event into one of its own.")
@click.option("--note", help="Why: shown on the event page beside what the extractor had said.")
def correct(event_id, date_, type_, title, agencies, boroughs, hidden, merge_with, split, note):
    """Correct an event: write the entry to the corrections file and apply it to the database at once.

    EVENT_ID is an event id (or a mention id) as shown on the event page. The corrections file
    (CORRECTIONS_FILE, default corrections.toml at the project root) keeps its comments and other
    entries; every later ingest applies it again, so the correction survives re-ingests.

    Example: timeline correct ev-1a2b3c4d5e6f7a8b --date 2017-06 --type operation --note "launched in June 2017"
    """
    from app.db.corrections import correct as apply_correction
    from app.ingest.corrections import CorrectionError

    changes = {"date": date_, "type": type_, "title": title, "agencies": list(agencies) or None, "boroughs": list(boroughs) or None, "hidden": hidden}
    changes = {k: v for k, v in changes.items() if v is not None}
    if date_ is not None:
        from app.ingest.edtf import parse_edtf

        try:
            parse_edtf(date_)
        except ValueError as exc:
            raise click.BadParameter(str(exc), param_hint="--date") from None
    try:
        event, stale = apply_correction(_engine(), event_id, changes=changes, note=note, merge_with=tuple(merge_with), split=split)
    except CorrectionError as exc:
        raise click.ClickException(str(exc)) from None
    if event is not None:
        state = "hidden" if event.hidden else "shown"
        click.echo(f"{event.id}: {event.type}, {event.edtf or 'date unknown'}, {state}: {event.title}")
    click.echo(f"written to {get_settings().corrections_file}")
    for line in stale:
        click.echo(f"no longer applies: {line}", err=True)


@cli.command()
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--force", is_flag=True, help="Overwrite PATH if it exists.")
def backup(path, force):
    """Copy the SQLite database to PATH with SQLite's online backup API (safe while serving and ingesting).

    PostgreSQL databases are backed up with pg_dump instead, e.g.
    `pg_dump -Fc -d DBNAME -f timeline.dump`; this command says so and exits.

    Example: timeline backup backups/timeline-2024-05-01.db
    """
    from app.db.backup import BackupError, backup_database

    try:
        info = backup_database(_engine(), path, overwrite=force)
    except BackupError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"backed up {info.sources} sources and {info.events} events to {info.path} ({info.bytes:,} bytes)")


@cli.command()
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--yes", is_flag=True, help="Do not ask before replacing the database's contents.")
def restore(path, yes):
    """Replace the SQLite database's contents with a backup made by `timeline backup`, then migrate.

    PostgreSQL databases are restored with pg_restore instead, e.g.
    `pg_restore --clean --if-exists -d DBNAME timeline.dump`; this command says so and exits.

    Example: timeline restore backups/timeline-2024-05-01.db --yes
    """
    from app.db.backup import BackupError, describe_backup, restore_database

    engine = _engine()
    try:
        info = describe_backup(path)
        if not yes:
            click.confirm(f"replace {engine.url.database} with {path} ({info.sources} sources, {info.events} events)?", abort=True)
        info = restore_database(engine, path)
    except BackupError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"restored {info.sources} sources and {info.events} events from {path}")


@cli.command("export")
@click.option("--format", "fmt", type=click.Choice(["csv", "json", "ics", "timelinejs", "csl", "bibtex"]), required=True, help="What to write.")
@click.option("--agency", multiple=True, help="Agency slug (repeatable), as agency= on the timeline.")
@click.option("--borough", multiple=True, help="Borough slug (repeatable).")
@click.option("--place", multiple=True, help="Place slug (repeatable), e.g. ilford-lane-redbridge.")
@click.option("--type", "types", multiple=True, help="Event type (repeatable).")
@click.option("--from", "date_from", default="", help="2017, 2017-06, June 2017 or 2017-06-22: events overlapping from..to.")
@click.option("--to", "date_to", default="", help="End of the date range (2017 means to the end of 2017).")
@click.option("--precision", multiple=True, help="Date precision (repeatable): day, week, month, season, year, unknown.")
@click.option("--planned", default="", help="true (planned when reported) or false (past).")
@click.option("--q", default="", help="Full-text search words.")
@click.option("--order", default="", help="newest (default) or oldest first.")
@click.option("--output", type=click.Path(dir_okay=False, writable=True), default=None, help="File to write (default: standard output).")
@click.option("--base-url", default=None, help="Site address for permalinks (default: http://HOST:PORT/).")
def export(fmt, agency, borough, place, types, date_from, date_to, precision, planned, q, order, output, base_url):
    """Write the timeline view these filters select, as /events.<ext>?... would serve it.

    The filters are the timeline's query string; a malformed one is an error naming it.

    Example: timeline export --format csv --borough redbridge --from 2017 --output redbridge.csv
    """
    from datetime import UTC, datetime

    from sqlmodel import Session

    from app.db.export_queries import export_events
    from app.exports.context import view_context
    from app.exports.formats import render
    from app.exports.links import Links
    from app.query import parse_timeline_params, query_pairs

    params = {"agency": agency, "borough": borough, "place": place, "type": types, "precision": precision}
    params |= {"from": [date_from], "to": [date_to], "planned": [planned], "q": [q], "order": [order]}
    query = parse_timeline_params({k: list(v) for k, v in params.items()})
    if query.errors:
        raise click.UsageError("; ".join(f"--{e.param} {e.value}: {e.message}" for e in query.errors))
    settings = get_settings()
    links = Links(base_url or f"http://{settings.host}:{settings.port}/")
    with Session(_engine()) as session:
        events = export_events(session, filters=query.filters)
    text = render(fmt, events, view_context(query_pairs(query), links, datetime.now(UTC)))
    if output:
        # newline="" keeps CSV's and iCalendar's CRLF line ends as they are
        with open(output, "w", encoding="utf-8", newline="") as f:
            f.write(text)
        click.echo(f"wrote {len(events)} events as {fmt} to {output}", err=True)
    else:
        click.echo(text, nl=False)


# --- speed and scale (issue 7) ---------------------------------------------------------------


@cli.command()
@click.option("--articles", "count", type=int, required=True, help="How many articles to write.")
@click.argument("out_dir", type=click.Path(file_okay=False, path_type=Path))
@click.option("--seed", type=int, default=1, show_default=True, help="The same seed writes the same corpus.")
def generate(count, out_dir, seed):
    """Write a synthetic corpus: Markdown articles and the answer key of their events.

    Articles go to OUT_DIR/articles/NNN/*.md (front matter: title, url, publisher, published),
    the answer key to OUT_DIR/answers/NNN.yaml in the gold format of ../shared/gold, ready for
    `timeline ingest OUT_DIR/articles` and for score_events.py.

    Example: timeline generate --articles 10000 /tmp/corpus --seed 1
    """
    from app.bench.generate import write_corpus

    summary = write_corpus(count, out_dir, seed=seed)
    click.echo(f"wrote {summary.articles:,} articles with {summary.events:,} events ({summary.bytes / 2**20:.1f} MiB) to {out_dir}")


@cli.command()
@click.option("--sizes", default="10k,100k,1M", show_default=True, help="Event counts for the page benchmarks (comma-separated).")
@click.option("--articles", type=int, default=10_000, show_default=True, help="Corpus size for extract and ingest (0: skip them).")
@click.option("--quick", is_flag=True, help="Tiny sizes and short loads: the whole path in about a minute.")
@click.option("--postgres-url", default=None, help="A PostgreSQL server to ingest into (default: a private cluster, if installed).")
@click.option("--no-postgres", is_flag=True, help="Skip the ingest into PostgreSQL.")
@click.option("--no-datasette", is_flag=True, help="Skip the Datasette comparison.")
@click.option("--pages-postgres", default="", help="Sizes whose pages are also served from PostgreSQL (e.g. 100k).")
@click.option("--concurrency", type=int, default=None, help="Concurrent clients of the load generator (default 4).")
@click.option("--seconds", type=float, default=None, help="Longest load per URL in seconds (default 12).")
@click.option("--workdir", type=click.Path(file_okay=False, path_type=Path), default=None, help="Keep corpora, databases and results.json here.")
@click.option("--seed", type=int, default=1, show_default=True)
def bench(sizes, articles, quick, postgres_url, no_postgres, no_datasette, pages_postgres, concurrency, seconds, workdir, seed):
    """Measure extract and ingest rates, and the timeline page and /api/events under load.

    Prints Markdown tables: articles/s and events/s for extract, ingest into SQLite and into
    PostgreSQL with peak memory; p50/p99 server latency and requests/s for 0, 1 and 3 filters and a
    full-text query at each size, with the query cache on and off, as ratios to Datasette over the
    same SQLite file and to the raw SQL of our own queries. Servers listen on 127.0.0.1 only.

    Example: timeline bench --sizes 10k,100k --articles 10000 --workdir /tmp/bench
    """
    from app.bench.run import BenchConfig, parse_size, run_bench

    options = {"seed": seed, "postgres_url": postgres_url, "postgres": not no_postgres, "datasette": not no_datasette,
               "workdir": workdir, "command": "timeline " + " ".join(sys.argv[1:]),
               "pages_postgres": tuple(parse_size(s) for s in pages_postgres.split(",") if s.strip())}
    if concurrency:
        options["concurrency"] = concurrency
    if seconds:
        options["max_seconds"] = seconds
    if quick:
        config = BenchConfig.quick(**options)
    else:
        config = BenchConfig(sizes=tuple(parse_size(s) for s in sizes.split(",") if s.strip()), articles=articles, **options)
    results = run_bench(config, say=lambda line: click.echo(f"... {line}", err=True))
    click.echo(results["markdown"])


def main() -> None:  # pragma: no cover
    cli()


if __name__ == "__main__":  # pragma: no cover
    main()

"""The `timeline` command: thin wrappers over the library functions."""

from __future__ import annotations

import json
import sys

import click

from app.config import get_settings


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
def ingest(paths, quiet):
    """Ingest articles: files (.txt, .md, .html), folders of them, or URLs.

    The same content again changes nothing; a changed article becomes a new version. Each
    file is its own transaction: a bad file is reported and the others are still stored; the
    exit code is 1 when any file failed.

    Example: timeline ingest seeds/ my-articles/ https://example.org/news/story
    """
    from app.db.migrate import upgrade
    from app.ingest.report import run_ingest

    settings = get_settings()
    engine = _engine()
    upgrade(engine)
    failed = run_ingest(list(paths), engine, settings=settings, quiet=quiet)
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
    uvicorn.run("app.main:create_app", factory=True, host=host or settings.host, port=port or settings.port, proxy_headers=False)


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


def main() -> None:  # pragma: no cover
    cli()


if __name__ == "__main__":  # pragma: no cover
    main()

"""Running ingest for people: a progress bar, one line per error, and a summary table."""

from __future__ import annotations

from collections import Counter

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table

from app.ingest.pipeline import FileOutcome, ingest


def run_ingest(
    inputs: list[str], engine, *, settings, quiet: bool = False, console: Console | None = None, workers: int | None = None
) -> int:
    """Ingest and print what happened; return the number of files that failed."""
    from app.ingest.gazetteer_access import get_gazetteer

    console = console or Console(stderr=True)
    errors: list[FileOutcome] = []
    notices: list[str] = []  # lost citations of new versions, corrections that no longer apply
    with Progress(
        TextColumn("[bold]ingest"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[last]}"),
        TimeElapsedColumn(),
        console=console,
        disable=quiet or not console.is_terminal,
        transient=True,
    ) as progress:
        task = progress.add_task("ingest", total=None, last="")

        def on_file(outcome: FileOutcome) -> None:
            progress.update(task, advance=1, last=outcome.path[-50:])
            if outcome.status == "failed":
                errors.append(outcome)
                console.print(f"[red]error[/red]: {outcome.path}: {outcome.error}", highlight=False, soft_wrap=True)

        outcomes = ingest(
            inputs,
            engine,
            gazetteer=get_gazetteer(),
            max_bytes=settings.max_file_bytes,
            timeout=settings.fetch_timeout,
            on_file=on_file,
            on_notice=notices.append,
            workers=workers,
        )
    counts = Counter(o.status for o in outcomes)
    table = Table(title="ingest summary")
    for column in ("files", "new", "updated", "unchanged", "failed", "paragraphs", "events"):
        table.add_column(column, justify="right")
    table.add_row(
        str(len(outcomes)),
        *(str(counts.get(k, 0)) for k in ("new", "updated", "unchanged", "failed")),
        str(sum(o.paragraphs for o in outcomes)),
        str(sum(o.events for o in outcomes)),
    )
    console.print(table)
    for line in notices:
        console.print(f"[yellow]notice[/yellow]: {line}", highlight=False, soft_wrap=True)
    if not quiet:
        for o in outcomes:
            if o.status in ("unchanged", "updated", "new") and len(outcomes) <= 50:
                console.print(f"{o.status:>9}  {o.path}", highlight=False)
    return len(errors)

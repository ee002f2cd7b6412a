"""The same filtered and faceted question asked of Datasette, over the same SQLite file.

What a fair equivalent is: Datasette facets one table's columns, and an event's agencies and
boroughs live in link tables. A Datasette user would materialise one row per event with its
agencies and boroughs as JSON arrays (what `sqlite-utils` recipes do), index it, and use the table
page with `_facet_array` on those arrays and `_facet` on type, precision and planned, filtered with
`__arraycontains` and `type=`, sorted by date, 50 rows. That is `event_flat` below, built once,
untimed. Our page computes more (each facet under the other filters, a month histogram, undated
events, citations); Datasette computes the filtered count and its facets. Datasette gets its fast
settings: immutable file, no facet suggestions, time limits raised so it finishes the same work.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from urllib.parse import urlencode

FLAT = "event_flat"


def build_flat_table(sqlite_path: Path) -> None:
    """event_flat: one row per visible event with JSON arrays of agency and borough names (idempotent)."""
    conn = sqlite3.connect(sqlite_path)
    conn.executescript(f"""
        DROP TABLE IF EXISTS {FLAT};
        CREATE TABLE {FLAT} AS
        SELECT e.id, e.type, e.title, e.edtf, e.earliest, e.latest, e.precision, e.planned, e.source_count,
          (SELECT json_group_array(a.name) FROM event_agency ea JOIN agency a ON a.id = ea.agency_id
            WHERE ea.event_id = e.id) AS agencies,
          (SELECT json_group_array(b.name) FROM event_borough eb JOIN borough b ON b.id = eb.borough_id
            WHERE eb.event_id = e.id) AS boroughs
        FROM event e WHERE e.hidden = 0;
        CREATE INDEX ix_{FLAT}_earliest ON {FLAT} (earliest);
        CREATE INDEX ix_{FLAT}_type ON {FLAT} (type, earliest);
        DROP TABLE IF EXISTS {FLAT}_fts;
        CREATE VIRTUAL TABLE {FLAT}_fts USING fts5(body, tokenize = 'porter unicode61 remove_diacritics 2');
        INSERT INTO {FLAT}_fts (rowid, body) SELECT f.rowid, e.search_text FROM {FLAT} f JOIN event e ON e.id = f.id;
        ANALYZE;
    """)
    conn.commit()
    conn.close()


def metadata(sqlite_path: Path, folder: Path) -> Path:
    """A metadata file telling Datasette which FTS table searches event_flat (the same text as ours)."""
    import json

    path = folder / f"{sqlite_path.stem}-datasette.json"
    tables = {FLAT: {"fts_table": f"{FLAT}_fts", "fts_pk": "rowid"}}
    path.write_text(json.dumps({"databases": {sqlite_path.stem: {"tables": tables}}}))
    return path


def datasette_path(
    sqlite_path: Path,
    *,
    agency: str | None,
    borough: str | None,
    type_: str | None,
    q: str | None,
    fmt: str = "",
) -> str:
    """The Datasette table URL for the same filters (names, as Datasette shows them), with facets."""
    params: list[tuple[str, str]] = []
    if agency:
        params.append(("agencies__arraycontains", agency))
    if borough:
        params.append(("boroughs__arraycontains", borough))
    if type_:
        params.append(("type", type_))
    if q:
        params.append(("_search", q))
    params += [
        ("_facet_array", "agencies"),
        ("_facet_array", "boroughs"),
        ("_facet", "type"),
        ("_facet", "precision"),
        ("_facet", "planned"),
        ("_sort_desc", "earliest"),
        ("_size", "50"),
    ]
    return f"/{sqlite_path.stem}/{FLAT}{fmt}?{urlencode(params)}"

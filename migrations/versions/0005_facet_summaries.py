"""Facet, co-occurrence and month counts kept by triggers, so no page counts every event

Revision ID: 0005
Revises: 0004

``facet_sums`` counts visible events per (agency, borough, type, precision, planned, dated) and
``month_sums`` counts visible dated events per (agency, borough, first month, last month, type,
precision, planned). Agency or borough 0 means "any": every event adds to its (0, 0) cell, to
(a, 0) for each of its agencies, (0, b) for each of its boroughs and (a, b) for each pair. So the
unfiltered page, one agency, one borough, or one of each (with any types, precisions, planned) are
answered by summing a bounded number of cells, and a facet's counts under the other filters are a
GROUP BY over the cells of the pinned pair (app.db.summary_queries).

Triggers on event, event_agency and event_borough keep them right for every writer, on SQLite and
PostgreSQL alike. A cell's count may fall to 0; readers skip such cells.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Rendered timeline pages are cached on the data version too (app.db.cache.cached_page): what else
# an entry shows (its places, its citations and their sources) must change the version as well.
ALSO_WATCHED = ("event_place", "place", "mention", "citation", "source", "source_version")

# event columns whose change moves an event between cells
EVENT_COLUMNS = ("type", "precision", "planned", "earliest", "latest", "hidden")
SUM_KEY = "agency_id, borough_id, type, precision, planned, dated"
MONTH_KEY = "agency_id, borough_id, m0, m1, type, precision, planned"
LINK_KEY = "kind, link_id, earliest, latest, event_id"


def _links(table: str, column: str, event_id: str) -> str:
    """The event's link ids plus 0 (the "any" cell)."""
    return f"(SELECT 0 AS id UNION ALL SELECT {column} FROM {table} WHERE event_id = {event_id})"


def _changes(e: str, source: str, where: str, sign: int, month) -> list[str]:
    """The two upserts adding sign to every cell the event's row e falls in.

    source: the FROM list giving a.id (agency) and b.id (borough); where: its condition.
    """
    dated = f"({e}.earliest IS NOT NULL AND {e}.latest IS NOT NULL)"
    return [
        f"INSERT INTO facet_sums ({SUM_KEY}, n) "
        f"SELECT a.id, b.id, {e}.type, {e}.precision, {e}.planned, {dated}, {sign} "
        f"FROM {source} WHERE {where} AND NOT {e}.hidden "
        f"ON CONFLICT ({SUM_KEY}) DO UPDATE SET n = facet_sums.n + excluded.n",
        f"INSERT INTO month_sums ({MONTH_KEY}, n) "
        f"SELECT a.id, b.id, {month(e + '.earliest')}, {month(e + '.latest')}, {e}.type, {e}.precision, "
        f"{e}.planned, {sign} "
        f"FROM {source} WHERE {where} AND NOT {e}.hidden AND {dated} "
        f"ON CONFLICT ({MONTH_KEY}) DO UPDATE SET n = month_sums.n + excluded.n",
    ]


def _dated(e: str) -> str:
    return f"NOT {e}.hidden AND {e}.earliest IS NOT NULL AND {e}.latest IS NOT NULL"


def _link_dates_for_event(row: str, sign: int) -> list[str]:
    """The event's rows in link_dates: one per agency ('a') and borough ('b') while visible and dated."""
    out = []
    for kind, table, column in (("a", "event_agency", "agency_id"), ("b", "event_borough", "borough_id")):
        if sign > 0:
            out.append(
                f"INSERT INTO link_dates ({LINK_KEY}) SELECT '{kind}', {column}, {row}.earliest, {row}.latest, {row}.id "
                f"FROM {table} WHERE event_id = {row}.id AND {_dated(row)} ON CONFLICT DO NOTHING"
            )
        else:
            out.append(
                f"DELETE FROM link_dates WHERE kind = '{kind}' AND link_id IN (SELECT {column} FROM {table} "
                f"WHERE event_id = {row}.id) AND earliest = {row}.earliest AND latest = {row}.latest AND event_id = {row}.id"
            )
    return out


def _link_dates_for_link(row: str, sign: int, kind: str, column: str) -> list[str]:
    if sign > 0:
        return [
            f"INSERT INTO link_dates ({LINK_KEY}) SELECT '{kind}', {row}.{column}, e.earliest, e.latest, e.id "
            f"FROM event e WHERE e.id = {row}.event_id AND {_dated('e')} ON CONFLICT DO NOTHING"
        ]
    return [
        f"DELETE FROM link_dates WHERE kind = '{kind}' AND link_id = {row}.{column} AND event_id = {row}.event_id "
        f"AND earliest = (SELECT earliest FROM event WHERE id = {row}.event_id) "
        f"AND latest = (SELECT latest FROM event WHERE id = {row}.event_id)"
    ]


def _for_event(row: str, sign: int, month) -> list[str]:
    source = f"{_links('event_agency', 'agency_id', row + '.id')} a, {_links('event_borough', 'borough_id', row + '.id')} b"
    return _changes(row, source, "1 = 1", sign, month) + _link_dates_for_event(row, sign)


def _for_agency_link(row: str, sign: int, month) -> list[str]:
    source = f"event e, (SELECT {row}.agency_id AS id) a, {_links('event_borough', 'borough_id', row + '.event_id')} b"
    return _changes("e", source, f"e.id = {row}.event_id", sign, month) + _link_dates_for_link(row, sign, "a", "agency_id")


def _for_borough_link(row: str, sign: int, month) -> list[str]:
    source = f"event e, {_links('event_agency', 'agency_id', row + '.event_id')} a, (SELECT {row}.borough_id AS id) b"
    return _changes("e", source, f"e.id = {row}.event_id", sign, month) + _link_dates_for_link(row, sign, "b", "borough_id")


# table -> (statements for a row, the columns whose update matters)
TRIGGERS = {
    "event": (_for_event, EVENT_COLUMNS),
    "event_agency": (_for_agency_link, ("event_id", "agency_id")),
    "event_borough": (_for_borough_link, ("event_id", "borough_id")),
}


def _sqlite_month(column: str) -> str:
    return f"substr({column}, 1, 7)"


def _pg_month(column: str) -> str:
    return f"to_char({column}, 'YYYY-MM')"


def _create_tables(sqlite: bool) -> None:
    tail = " WITHOUT ROWID" if sqlite else ""
    op.execute(
        "CREATE TABLE facet_sums (agency_id INTEGER NOT NULL, borough_id INTEGER NOT NULL, "
        "type VARCHAR(20) NOT NULL, precision VARCHAR(10) NOT NULL, planned BOOLEAN NOT NULL, "
        f"dated BOOLEAN NOT NULL, n INTEGER NOT NULL, PRIMARY KEY ({SUM_KEY})){tail}"
    )
    # a facet of agencies under a chosen borough (or none: borough 0) reads this index alone
    op.execute("CREATE INDEX ix_facet_sums_borough ON facet_sums (borough_id, agency_id, type, precision, planned, dated, n)")
    op.execute(
        "CREATE TABLE month_sums (agency_id INTEGER NOT NULL, borough_id INTEGER NOT NULL, "
        "m0 VARCHAR(7) NOT NULL, m1 VARCHAR(7) NOT NULL, type VARCHAR(20) NOT NULL, "
        "precision VARCHAR(10) NOT NULL, planned BOOLEAN NOT NULL, n INTEGER NOT NULL, "
        f"PRIMARY KEY ({MONTH_KEY})){tail}"
    )


def _create_link_dates(sqlite: bool) -> None:
    # one agency's or borough's visible dated events in timeline order: its first page is the first
    # rows of its range, however many events it has (app.db.queries.timeline_events)
    op.execute(
        "CREATE TABLE link_dates (kind CHAR(1) NOT NULL, link_id INTEGER NOT NULL, earliest DATE NOT NULL, "
        f"latest DATE NOT NULL, event_id VARCHAR(40) NOT NULL, PRIMARY KEY ({LINK_KEY})){' WITHOUT ROWID' if sqlite else ''}"
    )
    for kind, table, column in (("a", "event_agency", "agency_id"), ("b", "event_borough", "borough_id")):
        op.execute(
            f"INSERT INTO link_dates ({LINK_KEY}) SELECT '{kind}', l.{column}, e.earliest, e.latest, e.id "
            f"FROM {table} l JOIN event e ON e.id = l.event_id WHERE {_dated('e')}"
        )


def _backfill(month) -> None:
    every = (
        "event e JOIN (SELECT id AS event_id, 0 AS id FROM event UNION ALL "
        "SELECT event_id, agency_id FROM event_agency) a ON a.event_id = e.id "
        "JOIN (SELECT id AS event_id, 0 AS id FROM event UNION ALL "
        "SELECT event_id, borough_id FROM event_borough) b ON b.event_id = e.id"
    )
    dated = "(e.earliest IS NOT NULL AND e.latest IS NOT NULL)"
    op.execute(
        f"INSERT INTO facet_sums ({SUM_KEY}, n) "
        f"SELECT a.id, b.id, e.type, e.precision, e.planned, {dated}, count(*) FROM {every} "
        f"WHERE NOT e.hidden GROUP BY a.id, b.id, e.type, e.precision, e.planned, {dated}"
    )
    op.execute(
        f"INSERT INTO month_sums ({MONTH_KEY}, n) "
        f"SELECT a.id, b.id, {month('e.earliest')}, {month('e.latest')}, e.type, e.precision, e.planned, count(*) "
        f"FROM {every} WHERE NOT e.hidden AND {dated} "
        f"GROUP BY a.id, b.id, {month('e.earliest')}, {month('e.latest')}, e.type, e.precision, e.planned"
    )


def _sqlite_triggers() -> None:
    month = _sqlite_month
    for table, (statements, columns) in TRIGGERS.items():
        changed = " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in columns)
        bodies = {
            "insert": ("AFTER INSERT", statements("NEW", 1, month)),
            "delete": ("AFTER DELETE", statements("OLD", -1, month)),
            "update": (
                f"AFTER UPDATE OF {', '.join(columns)}",
                statements("OLD", -1, month) + statements("NEW", 1, month),
            ),
        }
        for action, (when, body) in bodies.items():
            guard = f" WHEN {changed}" if action == "update" else ""
            op.execute(
                f"CREATE TRIGGER tr_{table}_{action}_sums {when} ON {table} FOR EACH ROW{guard} "
                f"BEGIN {'; '.join(body)}; END"
            )


def _pg_triggers() -> None:
    month = _pg_month
    for table, (statements, columns) in TRIGGERS.items():
        old = "; ".join(statements("OLD", -1, month))
        new = "; ".join(statements("NEW", 1, month))
        op.execute(
            f"CREATE FUNCTION {table}_sums() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            f"IF TG_OP IN ('UPDATE', 'DELETE') THEN {old}; END IF; "
            f"IF TG_OP IN ('UPDATE', 'INSERT') THEN {new}; END IF; "
            "RETURN NULL; END $$"
        )
        changed = " OR ".join(f"OLD.{c} IS DISTINCT FROM NEW.{c}" for c in columns)
        op.execute(
            f"CREATE TRIGGER tr_{table}_sums AFTER INSERT OR DELETE ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION {table}_sums()"
        )
        op.execute(
            f"CREATE TRIGGER tr_{table}_update_sums AFTER UPDATE OF {', '.join(columns)} ON {table} "
            f"FOR EACH ROW WHEN ({changed}) EXECUTE FUNCTION {table}_sums()"
        )


def _watch_more(sqlite: bool) -> None:
    """Migration 0004's data-version triggers on the tables a timeline entry also shows."""
    for table in ALSO_WATCHED:
        if sqlite:
            for action in ("INSERT", "UPDATE", "DELETE"):
                op.execute(
                    f"CREATE TRIGGER tr_{table}_{action.lower()}_version AFTER {action} ON {table} "
                    "BEGIN UPDATE data_version SET value = abs(random()) WHERE id = 1; END"
                )
        else:
            op.execute(
                f"CREATE TRIGGER tr_{table}_version AFTER INSERT OR UPDATE OR DELETE ON {table} "
                "FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version()"
            )


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    # app.db.models.Event: a filter's event ids are checked in this index without reading the rows
    op.create_index(
        "ix_event_id_filters", "event", ["id", "hidden", "type", "precision", "planned", "earliest", "latest"], unique=False
    )
    _create_tables(sqlite)
    _backfill(_sqlite_month if sqlite else _pg_month)
    _create_link_dates(sqlite)
    if sqlite:
        _sqlite_triggers()
    else:
        _pg_triggers()
    _watch_more(sqlite)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for table in TRIGGERS:
            for action in ("insert", "delete", "update"):
                op.execute(f"DROP TRIGGER IF EXISTS tr_{table}_{action}_sums")
        for table in ALSO_WATCHED:
            for action in ("insert", "update", "delete"):
                op.execute(f"DROP TRIGGER IF EXISTS tr_{table}_{action}_version")
    else:
        for table in ALSO_WATCHED:
            op.execute(f"DROP TRIGGER IF EXISTS tr_{table}_version ON {table}")
        for table in TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS tr_{table}_sums ON {table}")
            op.execute(f"DROP TRIGGER IF EXISTS tr_{table}_update_sums ON {table}")
            op.execute(f"DROP FUNCTION IF EXISTS {table}_sums()")
    op.execute("DROP TABLE IF EXISTS link_dates")
    op.execute("DROP TABLE month_sums")
    op.execute("DROP TABLE facet_sums")
    op.drop_index("ix_event_id_filters", table_name="event")

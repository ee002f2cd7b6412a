"""Ids of the agencies, boroughs, places and people events link to, looked up once per ingest run.

A run links the same forces, councils and boroughs to thousands of events: each slug is read (or
inserted) once and its id remembered for the session. Ids made inside a savepoint that is rolled
back are forgotten again (``mark``/``undo``), so a failed article leaves no id that points nowhere.
"""

from __future__ import annotations

from sqlalchemy import insert, select
from sqlalchemy.engine import Connection
from sqlmodel import Session

from app.db.models import Agency, Borough, Person, Place


class NameIds:
    """{(table, slug): id} for the rows of one session's transactions, with an undo journal."""

    def __init__(self) -> None:
        self.ids: dict[tuple[str, str], int] = {}
        self.journal: list[tuple[str, str]] = []

    def mark(self) -> int:
        """A point to undo to: the ids learnt after it are forgotten by ``undo``."""
        return len(self.journal)

    def undo(self, mark: int) -> None:
        """Forget the ids learnt since ``mark`` (their savepoint was rolled back)."""
        for key in self.journal[mark:]:
            self.ids.pop(key, None)
        del self.journal[mark:]

    def clear(self) -> None:
        """Forget every id (the batch's transaction was rolled back)."""
        self.ids.clear()
        self.journal.clear()

    def get(self, conn: Connection, model, slug: str, **fields) -> int:
        """The row's id, inserting it with ``fields`` when no row has this slug."""
        table = model.__table__
        key = (table.name, slug)
        found = self.ids.get(key)
        if found is not None:
            return found
        found = conn.execute(select(table.c.id).where(table.c.slug == slug)).scalar()
        if found is None:
            found = conn.execute(insert(table).values(slug=slug, **fields).returning(table.c.id)).scalar_one()
        self.ids[key] = found
        self.journal.append(key)
        return found

    def agency(self, conn: Connection, slug: str, name: str, kind: str, parent: str | None) -> int:
        """The agency's id (made when new)."""
        return self.get(conn, Agency, slug, name=name, kind=kind, parent=parent)

    def borough(self, conn: Connection, slug: str, name: str) -> int:
        """The borough's id (made when new, with its region from the gazetteer)."""
        from app.ingest.gazetteer_access import borough_region

        key = (Borough.__table__.name, slug)
        if key in self.ids:
            return self.ids[key]
        return self.get(conn, Borough, slug, name=name, region=borough_region(name))

    def place(self, conn: Connection, slug: str, name: str, borough_id: int | None) -> int:
        """The place's id (made when new)."""
        return self.get(conn, Place, slug, name=name, borough_id=borough_id)

    def person(self, conn: Connection, slug: str, name: str, title: str | None, affiliation: str | None) -> int:
        """The person's id (made when new)."""
        return self.get(conn, Person, slug, name=name, title=title, affiliation=affiliation)


def name_ids(session: Session) -> NameIds:
    """The session's remembered ids (made on first use)."""
    found = session.info.get("name_ids")
    if found is None:
        found = session.info["name_ids"] = NameIds()
    return found

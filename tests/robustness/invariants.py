"""What a reader must never see: a half-stored article, in one query (so one consistent snapshot)."""

from __future__ import annotations

from sqlalchemy import text

# Each branch names a kind of partial state; a consistent database returns no row at all.
PARTIAL = """
SELECT 'source without its current version' AS problem, s.slug AS item FROM source s
  LEFT JOIN source_version v ON v.source_id = s.id AND v.version = s.current_version WHERE v.id IS NULL
UNION ALL
SELECT 'version without paragraphs', CAST(v.id AS TEXT) FROM source_version v
  WHERE NOT EXISTS (SELECT 1 FROM paragraph p WHERE p.version_id = v.id)
UNION ALL
SELECT 'paragraph numbers with gaps', CAST(p.version_id AS TEXT) FROM paragraph p
  GROUP BY p.version_id HAVING MAX(p.number) <> COUNT(*) OR MIN(p.number) <> 1
UNION ALL
SELECT 'event without mentions', e.id FROM event e
  WHERE NOT EXISTS (SELECT 1 FROM mention m WHERE m.event_id = e.id)
UNION ALL
SELECT 'mention without its event', m.id FROM mention m
  WHERE NOT EXISTS (SELECT 1 FROM event e WHERE e.id = m.event_id)
UNION ALL
SELECT 'mention of an old version', m.id FROM mention m
  JOIN source s ON s.id = m.source_id JOIN source_version v ON v.id = m.version_id WHERE v.version <> s.current_version
UNION ALL
SELECT 'mention without citations', m.id FROM mention m
  WHERE NOT EXISTS (SELECT 1 FROM citation c WHERE c.mention_id = m.id)
UNION ALL
SELECT 'citation outside its mention''s version', CAST(c.id AS TEXT) FROM citation c
  JOIN mention m ON m.id = c.mention_id JOIN paragraph p ON p.id = c.paragraph_id WHERE p.version_id <> m.version_id
UNION ALL
SELECT 'event count of sources wrong', e.id FROM event e
  WHERE e.source_count <> (SELECT COUNT(DISTINCT m.source_id) FROM mention m WHERE m.event_id = e.id)
"""


def partial_state(conn) -> list[tuple[str, str]]:
    """(problem, item) rows of half-stored articles; [] when every article is whole."""
    return [tuple(row) for row in conn.execute(text(PARTIAL)).all()]


def sqlite_integrity(conn) -> str:
    return conn.exec_driver_sql("PRAGMA integrity_check").scalar()

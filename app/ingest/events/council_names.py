"""Councils outside London go under the name the article writes: "Doncaster Council" stays
"Doncaster Council" though the body now styles itself "City of Doncaster Council".

London borough councils keep their one canonical "<Borough> Council"; elsewhere a council has many
everyday names ("Salford Council", "Salford City Council") and the reader's is the one printed.
"""

from __future__ import annotations

import re
from dataclasses import replace

from app.ingest.records import AgencyRef

LONDON = "London"

# "Walsall Council", "Crawley Borough Council", "City of York Council", "Doncaster council"
_WRITTEN = re.compile(
    r"(?:City\s+of\s+)?[A-Z][\w'’-]*(?:(?:\s+|-)(?:and|upon|on|under|in|with|by|the|[A-Z][\w'’-]*))*"
    r"(?:\s+(?:Metropolitan\s+Borough|County\s+Borough|Borough|City|District|County))?\s+[Cc]ouncil"
)
_SPACES = re.compile(r"\s+")


_CITY_OF = re.compile(r"\bCity\s+of\s+$")


def written_council(
    ref: AgencyRef, surface: str, region: str | None, before: str = ""
) -> AgencyRef:
    """The council named as the text writes it, when that is one of its everyday names outside London.

    ``before`` is the text just before the name: "the City of Edinburgh Council" is its full style.
    """
    if (
        ref.kind != "council"
        or ref.unit
        or region in (None, LONDON)
        or _CITY_OF.search(before)
    ):
        return ref
    written = _SPACES.sub(" ", surface.strip())
    if not _WRITTEN.fullmatch(written):
        return ref
    written = written[: -len("council")] + "Council"
    if written == ref.name:
        return ref
    return replace(ref, name=written)

"""The police and crime commissioner's office told without its area ("the PCC's office", "the
commissioner's office"), read as the office of the article's force area. The commissioner is a
politician and stays a person; the office is the body that funds and commissions."""

from __future__ import annotations

import re

from app.ingest.events.lookup import Hit
from app.ingest.gazetteer.text import slugify
from app.ingest.records import AgencyRef

_OFFICE = re.compile(
    r"\b(?:the\s+)?(?:(?:police\s+and\s+crime\s+|police,\s+fire\s+and\s+crime\s+)?commissioner|PCC)['’]s\s+office"
    r"|\bthe\s+office\s+of\s+the\s+(?:police\s+and\s+crime\s+commissioner|PCC)(?!\s+for\b)\b|\bthe\s+OPCC\b",
    re.IGNORECASE,
)
_FORCE_WORDS = re.compile(r"\s+(?:Police(?:\s+Service)?|Constabulary)$")
# forces with no police and crime commissioner (a mayor or an authority holds the office)
_NO_PCC = frozenset({"Metropolitan Police Service", "City of London Police", "Police Scotland",
                     "Police Service of Northern Ireland", "Greater Manchester Police",
                     "West Yorkshire Police", "British Transport Police"})  # fmt: skip


def office_of(force: AgencyRef) -> AgencyRef | None:
    """The office of the police and crime commissioner of a force's area."""
    if force.kind != "police" or force.name in _NO_PCC or not _FORCE_WORDS.search(force.name):
        return None
    area = _FORCE_WORDS.sub("", force.name)
    name = f"Office of the {area} Police and Crime Commissioner"
    return AgencyRef(name=name, kind="government", slug=slugify(name))


def pcc_offices(text: str, force: AgencyRef | None, spans: list[tuple[int, int]]) -> list[Hit]:
    """Hits for the unnamed commissioner's office in the given sentences, as the force area's office."""
    office = office_of(force) if force is not None else None
    if office is None or ("office" not in text and "OPCC" not in text):
        return []
    return [
        Hit(m.start(), m.end(), office.name, agency=office)
        for start, end in spans
        for m in _OFFICE.finditer(text, start, end)
    ]

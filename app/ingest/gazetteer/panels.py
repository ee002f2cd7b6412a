"""Police and crime panels: the councillors who scrutinise a police and crime commissioner.

"The Devon and Cornwall police and crime panel" is the panel, never the force; "the police and
crime panel" in an article about a force's area is that area's panel.
"""

from __future__ import annotations

import re

from app.ingest.records import AgencyRef

from .data import Data
from .mentions import AgencyMention, AreaContext
from .text import key, slugify

_PANEL = re.compile(
    r"(?=[A-Za-z])\b(?:(?P<area>[A-Z][\w'’-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w'’-]*){0,3})(?:['’]s)?\s+|[Tt]he\s+)"
    r"[Pp]olice,?\s+(?:(?P<fire>[Ff]ire),?\s+)?(?:and|&)\s+[Cc]rime\s+[Pp]anel\b"
)
_POSSESSIVE_END = re.compile(r"['’]s$")
_FORCE_SUFFIX = re.compile(r"\s+(?:Police(?:\s+Service)?|Constabulary)$")


class PanelReader:
    """Finds police and crime panels, named for their force's area words or the article's force."""

    def __init__(self, data: Data):
        # the area words of each territorial force ("Devon and Cornwall"), and county names
        self.area_words = {
            key(_FORCE_SUFFIX.sub("", a.force)): _FORCE_SUFFIX.sub("", a.force)
            for a in data.areas.values()
            if _FORCE_SUFFIX.search(a.force)
        }
        for county, force in data.counties.items():
            self.area_words.setdefault(key(county), _FORCE_SUFFIX.sub("", force))

    def read(self, text: str, context: AreaContext | None) -> list[AgencyMention]:
        """Police and crime panels named in `text`."""
        out: list[AgencyMention] = []
        if (
            "anel" not in text or "rime" not in text
        ):  # no "police and crime panel": skip the scan
            return out
        for m in _PANEL.finditer(text):
            words, start = m.group("area"), m.start()
            area = None
            if words:
                tokens = _POSSESSIVE_END.sub("", words).split()
                for i in range(
                    len(tokens)
                ):  # "The Devon and Cornwall", "Yesterday Norfolk"
                    area = self.area_words.get(key(" ".join(tokens[i:])))
                    if area:
                        start = m.start("area") + words.index(" ".join(tokens[i:]))
                        break
            if area is None and context is not None and context.force is not None:
                area = _FORCE_SUFFIX.sub("", context.force.name)
                if area == context.force.name or context.london:
                    continue  # the Met's commissioner answers to the London Assembly
                start = (
                    m.start() if not words else text.lower().index("police", m.start())
                )
            if area is None:
                continue
            # "Essex Police, Fire and Crime Panel" also scrutinises the fire service
            office = "Police, Fire and Crime" if m.group("fire") else "Police and Crime"
            name = f"{area} {office} Panel"
            ref = AgencyRef(name=name, kind="government", slug=slugify(name))
            out.append(
                AgencyMention(start, m.end(), text[start : m.end()], ref, "pattern")
            )
        return out

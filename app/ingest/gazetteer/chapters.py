"""Local branches of national volunteer movements: "Cardiff Street Pastors", "North Ormesby
Neighbourhood Watch". The branch is named with its town, as local news and its readers name it,
and the town word is part of the name, not a street ("Cardiff Street")."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from app.ingest.records import AgencyRef

from .mentions import AgencyMention
from .text import slugify

if TYPE_CHECKING:
    from .places import PlaceFinder

# movements organised as town branches
CHAPTERS = frozenset({"Street Pastors", "Neighbourhood Watch", "Street Angels", "Street Marshals",
                      # licensees' and traders' schemes are run town by town: "Exeter Pubwatch"
                      "Pubwatch", "Shopwatch", "Speedwatch"})
# up to three capitalised words right before the movement's name, with the small words of place
# names between them ("Brighton and Hove Street Pastors", "Newcastle upon Tyne Street Pastors")
_TOWN_BEFORE = re.compile(r"(?:\b(?:[A-Z][\w'’-]+|and|&|upon|on|of)\s+){1,5}$")


def local_chapter(
    text: str, mention: AgencyMention, places: PlaceFinder
) -> AgencyMention:
    """The mention widened to its town when a known place stands right before a movement's name."""
    if mention.ref.name not in CHAPTERS:
        return mention
    before = _TOWN_BEFORE.search(text, max(0, mention.start - 60), mention.start)
    if before is None:
        return mention
    words = before.group().split()
    # where each word starts ("Cardiff Council and Cardiff Street Pastors" holds the town twice)
    offsets = [before.start() + w.start() for w in re.finditer(r"\S+", before.group())]
    for i in range(len(words)):  # the longest place name that ends right before the movement
        town = " ".join(words[i:])
        if places.entries(town) and words[i][0].isupper():
            start = offsets[i]
            name = f"{town} {mention.ref.name}"
            ref = AgencyRef(name=name, kind=mention.ref.kind, slug=slugify(name))
            return replace(mention, start=start, surface=text[start : mention.end], ref=ref)
    return mention

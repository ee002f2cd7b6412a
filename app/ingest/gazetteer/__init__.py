"""The gazetteer: agencies, places and people of UK local news, kept as data beside this package.

gaz = Gazetteer.load(extra=None)
ctx = gaz.infer_context(article_text)
gaz.find_agencies(text, ctx); gaz.find_places(text, ctx); gaz.find_people(text)

The article's area (area.py) is read from its strongest evidence: headline, dateline and lead,
the forces and councils it names, then its towns, each read in the area of the named force.
"""

from .index import Gazetteer
from .mentions import (
    AgencyMention,
    AreaContext,
    BoroughInfo,
    PersonMention,
    PlaceMention,
)

__all__ = [
    "AgencyMention",
    "AreaContext",
    "BoroughInfo",
    "Gazetteer",
    "PersonMention",
    "PlaceMention",
]

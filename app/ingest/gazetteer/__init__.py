"""The gazetteer: agencies, places and people of UK local news, kept as data beside this package.

gaz = Gazetteer.load(extra=None)
ctx = gaz.infer_context(article_text)
gaz.find_agencies(text, ctx); gaz.find_places(text, ctx); gaz.find_people(text)
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

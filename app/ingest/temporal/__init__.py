"""The temporal engine: find date expressions, resolve them to intervals, infer publication dates."""

from app.ingest.temporal.dct import dct_value, infer_publication_date
from app.ingest.temporal.finder import (
    find_article_dates,
    find_dates,
    resolve_expression,
)

__all__ = [
    "dct_value",
    "find_article_dates",
    "find_dates",
    "infer_publication_date",
    "resolve_expression",
]

"""YAML front matter of Markdown articles, read safely and checked field by field."""

from __future__ import annotations

import re
from datetime import date, datetime

import yaml

from app.ingest.decoding import ArticleError

_FENCE = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_FIELDS = ("title", "url", "publisher", "author", "published")
_MAX_FRONT_MATTER = 64 * 1024
_MAX_VALUE = 2000


def parse_front_matter(text: str, path: str) -> tuple[dict, str]:
    """(metadata, body). No front matter gives ({}, text); a broken one raises ArticleError."""
    if not text.startswith("---"):
        return {}, text
    match = _FENCE.match(text)
    if not match:
        raise ArticleError(path, "front matter starts with '---' but is never closed")
    block = match.group(1)
    if len(block) > _MAX_FRONT_MATTER:
        raise ArticleError(path, f"front matter is over {_MAX_FRONT_MATTER // 1024} KiB")
    try:
        # safe_load refuses YAML tags such as !!python/object; anchors are bounded by the size check
        data = yaml.safe_load(block)
    except yaml.YAMLError as exc:
        where = getattr(exc, "problem_mark", None)
        line = f" (line {where.line + 2})" if where else ""
        problem = getattr(exc, "problem", None) or exc.__class__.__name__
        raise ArticleError(path, f"malformed front matter{line}: {problem}") from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ArticleError(path, "front matter must be a mapping of field: value")
    meta: dict = {}
    for key in _FIELDS:
        value = data.get(key)
        if value is None:
            continue
        if key == "published":
            if not isinstance(value, date | datetime | str):
                raise ArticleError(path, "front matter 'published' must be a date (YYYY-MM-DD)")
        elif not isinstance(value, str | int | float):
            raise ArticleError(path, f"front matter '{key}' must be text, not {type(value).__name__}")
        if len(str(value)) > _MAX_VALUE:
            raise ArticleError(path, f"front matter '{key}' is longer than {_MAX_VALUE} characters")
        meta[key] = value
    return meta, text[match.end():]

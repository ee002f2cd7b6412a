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


class _StrictLoader(yaml.SafeLoader):
    """SafeLoader without anchors and aliases: front matter never needs them, and they are how
    'billion laughs' documents grow from a few lines to gigabytes once walked."""

    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent) or getattr(self.peek_event(), "anchor", None):
            event = self.peek_event()
            raise yaml.composer.ComposerError(None, None, "YAML anchors and aliases are not allowed", event.start_mark)
        return super().compose_node(parent, index)


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
        # the safe loader refuses YAML tags such as !!python/object; ours refuses anchors too
        data = yaml.load(block, Loader=_StrictLoader)  # noqa: S506 - a SafeLoader subclass
    except RecursionError:
        raise ArticleError(path, "malformed front matter: nested too deeply") from None
    except ValueError as exc:
        # the constructors' own checks: a date like 2019-02-30, an integer of 5,000 digits
        raise ArticleError(path, f"malformed front matter: {str(exc).split(';')[0][:120]}") from None
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
        if key == "url" and not is_web_address(str(value)):
            # the source page links to it: a javascript: or data: address would be a live link
            raise ArticleError(path, "front matter 'url' must be an http:// or https:// address")
        meta[key] = value
    return meta, text[match.end():]


def is_web_address(value: str) -> bool:
    """True for an absolute http(s) address with a host: the only kind of link a source may carry."""
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(value.strip())
    except ValueError:
        return False
    return parts.scheme.lower() in ("http", "https") and bool(parts.netloc) and not any(c in value for c in "\n\r\t<>\"")

"""The answer key in the gold YAML format of ../shared/gold/seeds.yaml, written fast.

yaml.dump takes minutes for 100k articles; these entries are one flow mapping per event, and JSON
strings are valid YAML scalars, so the lines are formatted directly (yaml.safe_load reads them back).
"""

from __future__ import annotations

import json
from datetime import date

EVENT_KEYS = (
    "id",
    "para",
    "quote",
    "type",
    "start",
    "end",
    "precision",
    "anchor",
    "planned",
    "agencies",
    "boroughs",
    "places",
    "people",
    "core",
    "date_kind",
)


def _scalar(value) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | date):
        return str(value)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_scalar(v) for v in value) + "]"
    return json.dumps(str(value), ensure_ascii=False)


def gold_article_yaml(article: dict) -> str:
    """One list item of the gold file: the article's fields and its events, one per line."""
    lines = [f"- file: {_scalar(article['file'])}"]
    for key in ("published", "published_estimate", "dct_basis"):
        lines.append(f"  {key}: {_scalar(article[key])}")
    lines.append("  events:")
    for event in article["events"]:
        body = ", ".join(f"{k}: {_scalar(event[k])}" for k in EVENT_KEYS if k in event)
        lines.append(f"    - {{{body}}}")
    return "\n".join(lines) + "\n"

"""An appeal for information names the occurrence it is about: a reference, no occurrence of its own.

"Anyone with information about Saturday's disorder is asked to contact Police Scotland on 101" closes
a story that told the disorder before; the appeal only points back at it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from app.ingest.events.mention import Mention

_APPEAL = re.compile(
    r"[\"“‘']?(?:anyone|witnesses|people|those|residents)\s+(?:who\s+(?:saw|witnessed|has|have|heard|was|were)|"
    r"with\s+(?:any\s+)?(?:information|footage|details|knowledge)|that\s+saw)\b",
    re.IGNORECASE,
)


def appeal_reference(mention: Mention) -> Mention:
    """The mention as a reference when its sentence is an appeal for information."""
    if mention.form == "ref" or not _APPEAL.match(
        mention.paragraph.text, mention.sentence[0]
    ):
        return mention
    return replace(mention, form="ref")


__all__ = ["appeal_reference"]

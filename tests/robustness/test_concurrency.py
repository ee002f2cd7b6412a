"""Re-ingest every seed, version after version, while a live server answers readers in a loop.

Readers must never get an error and never see a half-stored article: a page whose paragraphs are
missing, a source whose version has no paragraphs, an event without citations. SQLite (WAL) and
PostgreSQL.
"""

from __future__ import annotations

import re
import shutil
import threading
import time

import httpx
import pytest

from app.ingest.gazetteer_access import get_gazetteer
from app.ingest.loader import load_article
from app.ingest.pipeline import ingest
from tests.conftest import SEEDS, ingest_seeds, start_server
from tests.robustness.invariants import partial_state

ROUNDS = 3
ANCHOR = re.compile(r'<p[^>]* id="p(\d+)"|id="p(\d+)"')


def edited_seeds(folder, round_: int):
    """The seeds with a paragraph added near the top and a sentence appended to the last one."""
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SEEDS / "sources.toml", folder / "sources.toml")
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8").rstrip("\n")
        sep = "\n\n" if "\n\n" in text else "\n"
        first, rest = text.split(sep, 1)
        note = f"Update {round_}: the council said a review of the scheme would be published later this year."
        (folder / path.name).write_text(f"{first}{sep}{note}{sep}{rest} Correction {round_} was added.\n", encoding="utf-8")
    return folder


class Readers:
    """Threads that request pages and API answers in a loop, recording anything wrong."""

    def __init__(self, base: str, slugs: list[str], paragraph_counts: dict[str, set[int]], engine):
        self.base, self.slugs, self.counts, self.engine = base, slugs, paragraph_counts, engine
        self.problems: list[str] = []
        self.requests = 0
        self.stop = threading.Event()
        self.threads = [threading.Thread(target=self._http, daemon=True) for _ in range(2)]
        self.threads.append(threading.Thread(target=self._database, daemon=True))

    def __enter__(self):
        for t in self.threads:
            t.start()
        return self

    def __exit__(self, *exc):
        self.stop.set()
        for t in self.threads:
            t.join(timeout=60)

    def _http(self) -> None:
        with httpx.Client(base_url=self.base, timeout=30) as client:
            while not self.stop.is_set():
                for slug in self.slugs:
                    self._check(client, "/", None)
                    self._check(client, "/events?type=operation&type=enforcement&from=2017", None)
                    page = self._check(client, f"/sources/{slug}", None)
                    if page is not None:
                        seen = len({a or b for a, b in ANCHOR.findall(page.text)})
                        if seen not in self.counts[slug]:
                            self.problems.append(f"/sources/{slug} showed {seen} paragraphs, not one of {sorted(self.counts[slug])}")
                    data = self._check(client, f"/api/sources/{slug}", None)
                    if data is not None:
                        body = data.json()
                        if len(body["paragraphs"]) not in self.counts[slug]:
                            self.problems.append(f"/api/sources/{slug} v{body['version']} had {len(body['paragraphs'])} paragraphs")
                    events = self._check(client, "/api/events?limit=100", None)
                    if events is not None:
                        for event in events.json()["events"]:
                            if not event["citations"]:
                                self.problems.append(f"event {event['id']} listed without citations")

    def _check(self, client: httpx.Client, url: str, _):
        self.requests += 1
        try:
            response = client.get(url)
        except httpx.HTTPError as exc:
            self.problems.append(f"{url}: {type(exc).__name__}: {exc}")
            return None
        if response.status_code != 200:
            self.problems.append(f"{url}: HTTP {response.status_code}")
            return None
        return response

    def _database(self) -> None:
        while not self.stop.is_set():
            with self.engine.connect() as conn:
                if found := partial_state(conn):
                    self.problems.append(f"database: {found[:3]}")
            time.sleep(0.005)


@pytest.mark.timeout(600)
def test_readers_never_see_half_an_article_while_every_seed_is_reingested(engine, tmp_path):
    assert [o.status for o in ingest_seeds(engine)] == ["new"] * 5
    versions = [SEEDS] + [edited_seeds(tmp_path / f"round{r}", r) for r in range(1, ROUNDS + 1)]
    counts: dict[str, set[int]] = {}
    for folder in versions:
        for path in folder.glob("*.txt"):
            counts.setdefault(path.stem.replace("_", "-"), set()).add(len(load_article(path).paragraphs))
    proc, base = start_server(engine.url.render_as_string(hide_password=False), tmp_path)
    try:
        with Readers(base, sorted(counts), counts, engine) as readers:
            time.sleep(1)  # readers running before the first write
            for folder in versions[1:]:
                outcomes = ingest([str(folder)], engine, gazetteer=get_gazetteer(), max_bytes=50 * 1024 * 1024)
                assert [o.status for o in outcomes] == ["updated"] * 5, outcomes
            time.sleep(1)
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    assert readers.problems == []
    assert readers.requests > 50
    with engine.connect() as conn:
        assert partial_state(conn) == []

"""Keyset paging stays exact while articles are re-ingested: each event once, none lost."""

import shutil
import threading

from tests.conftest import SEEDS, ingest_seeds

# a new version of each text that tells the same events (a credit line such as "Local Democracy
# Reporting Service" would not do: it is evidence of the publication date)
CHANGE = "\n\nDo you have a story? Email newsdesk@example.co.uk\n"


def page_through(client, limit: int = 1) -> list[str]:
    ids, url = [], f"/api/events?limit={limit}"
    while url:
        data = client.get(url).json()
        ids += [e["id"] for e in data["events"]] + [e["id"] for e in data["undated"]]
        url = data["next"]
    return ids


def test_paging_one_at_a_time_while_changed_seeds_are_re_ingested_returns_each_event_exactly_once(
    client, seeded_engine, tmp_path
):
    changed = tmp_path / "changed"
    shutil.copytree(SEEDS, changed)
    for path in changed.glob("*.txt"):
        path.write_text(path.read_text(encoding="utf-8") + CHANGE, encoding="utf-8")
    expected = sorted(page_through(client, limit=500))

    stop, rounds = threading.Event(), []

    def reingest():
        # alternate the changed and the original texts: every round stores a new version of each seed
        while not stop.is_set():
            rounds.append(
                [
                    o.status
                    for o in ingest_seeds(
                        seeded_engine, [changed if len(rounds) % 2 == 0 else SEEDS]
                    )
                ]
            )

    worker = threading.Thread(target=reingest)
    worker.start()
    passes, overlapped = [], 0
    try:
        while (
            len(rounds) < 3 or not overlapped
        ):  # keep paging until re-ingests have landed mid-pass
            started = len(rounds)
            passes.append(page_through(client))
            overlapped += len(rounds) != started
    finally:
        stop.set()
        worker.join()
    assert all(statuses == ["updated"] * 5 for statuses in rounds)
    for ids in passes:
        assert sorted(ids) == expected
    assert sorted(page_through(client)) == expected

"""`timeline ingest` over the seeds mixed with hostile files: one line per bad file, seeds intact."""

from __future__ import annotations

import os
import shutil

import pytest
from click.testing import CliRunner

from app.cli import cli
from app.config import get_settings
from tests.conftest import SEEDS
from tests.robustness.builders import content_rows
from tests.robustness.http_server import misbehaving_server
from tests.robustness.test_hostile_files import PNG, billion_laughs

BAD_FILES = {
    "empty.txt": (b"", "empty file"),
    "blank.txt": (b"\n \n\t\n", "file holds only whitespace"),
    "photo.txt": (PNG, "binary file (PNG image), not an article"),
    "noise.txt": (bytes(range(256)) * 40, "binary file (contains NUL bytes), not an article"),
    "broken.md": (b"---\ntitle: [unclosed\n---\nBody text.\n", "malformed front matter (line 2): expected ',' or ']', but got '<stream end>'"),
    "laughs.md": (billion_laughs().encode(), "malformed front matter (line 2): YAML anchors and aliases are not allowed"),
    "python.md": (b"---\ntitle: !!python/object/apply:os.system ['true']\n---\nBody.\n",
                  "malformed front matter (line 2): could not determine a constructor for the tag 'tag:yaml.org,2002:python/object/apply:os.system'"),
    "huge.txt": (b"Police patrolled the estate again. " * 10_000, "file is 350,000 bytes, over the 100,000-byte limit"),
}


@pytest.fixture
def run(engine, monkeypatch):
    """`timeline ...` against the test's database (SQLite and PostgreSQL), files over 100 kB refused."""
    monkeypatch.setenv("DATABASE_URL", engine.url.render_as_string(hide_password=False))
    monkeypatch.setenv("MAX_FILE_BYTES", "100000")
    monkeypatch.setenv("FETCH_TIMEOUT", "1")
    get_settings.cache_clear()
    yield lambda *args: CliRunner().invoke(cli, ["ingest", "--quiet", *args], catch_exceptions=False)
    get_settings.cache_clear()


def hostile_corpus(folder):
    corpus = folder / "corpus"
    shutil.copytree(SEEDS, corpus)
    for name, (data, _) in BAD_FILES.items():
        (corpus / name).write_bytes(data)
    (corpus / "gone.txt").symlink_to(folder / "deleted.txt")
    (corpus / "parent").symlink_to(folder)  # a folder loop, if links were followed
    os.mkfifo(corpus / "pipe.txt")
    return corpus


def test_seeds_and_hostile_files_together_store_the_seeds_and_name_every_bad_file(run, engine, tmp_path):
    corpus = hostile_corpus(tmp_path)
    with misbehaving_server() as server:
        done = run(str(corpus), f"{server}/missing", f"{server}/slow")
    expected = {str(corpus / name): problem for name, (_, problem) in BAD_FILES.items()}
    expected[str(corpus / "gone.txt")] = "broken link (its target is missing, or links back to itself)"
    expected[str(corpus / "pipe.txt")] = "not a regular file (a device, pipe or socket)"
    expected[f"{server}/missing"] = "HTTP 404 Not Found"
    expected[f"{server}/slow"] = "timed out after 1 s"
    assert done.exit_code == 1
    assert sorted(line for line in done.stderr.splitlines() if line.startswith("error: ")) == sorted(f"error: {path}: {problem}" for path, problem in expected.items())
    slugs = [row[0] for row in content_rows(engine)["source"]]
    assert slugs == sorted(p.stem.replace("_", "-") for p in SEEDS.glob("*.txt"))


def test_bad_files_change_nothing_already_stored(run, engine, tmp_path):
    assert run(str(SEEDS)).exit_code == 0
    before = content_rows(engine)
    corpus = hostile_corpus(tmp_path)
    for path in sorted(corpus.iterdir()):
        if path.name not in os.listdir(SEEDS):
            done = run(str(path))
            assert (done.exit_code, done.stderr.count("error: ")) == (1, 1), (path, done.stderr)
    done = run(str(SEEDS))
    assert (done.exit_code, done.stderr.count("error: ")) == (0, 0)
    assert content_rows(engine) == before


def test_a_clean_ingest_and_an_ingest_among_bad_files_store_the_same_rows(run, engine, tmp_path, sqlite_engine, monkeypatch):
    done = run(str(hostile_corpus(tmp_path)))
    assert done.exit_code == 1
    mixed = content_rows(engine)
    monkeypatch.setenv("DATABASE_URL", sqlite_engine.url.render_as_string(hide_password=False))
    get_settings.cache_clear()
    assert run(str(SEEDS)).exit_code == 0
    assert content_rows(sqlite_engine) == mixed


def test_a_broken_corrections_file_stops_ingest_before_anything_is_stored(run, engine, corrections_file):
    corrections_file.write_text('[[correction]]\nevent = "ev-1"\ntype = "party"\n')
    done = run(str(SEEDS))
    assert done.exit_code == 1
    assert [line for line in done.stderr.splitlines() if line.startswith("error: ")] == [
        f"error: {corrections_file}: not a valid corrections file, so nothing was ingested: correction 1: type must be one of "
        "operation, enforcement, team_launch, consultation, order, meeting, announcement, incident"
    ]
    assert content_rows(engine)["source"] == []

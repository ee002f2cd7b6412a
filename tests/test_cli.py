import shutil

import pytest
from click.testing import CliRunner
from sqlalchemy import func
from sqlmodel import Session, select

from app.cli import cli
from app.config import get_settings
from app.db.models import Citation, Event, Mention, Paragraph, Source, SourceVersion
from tests.conftest import SEEDS

TABLES = (Source, SourceVersion, Paragraph, Mention, Citation, Event)


def counts(engine) -> dict[str, int]:
    with Session(engine) as s:
        return {t.__name__: s.exec(select(func.count()).select_from(t)).one() for t in TABLES}


@pytest.fixture
def run(engine, monkeypatch, tmp_path):
    """Invoke `timeline ...` against the test's database (SQLite and PostgreSQL)."""
    monkeypatch.setenv("DATABASE_URL", engine.url.render_as_string(hide_password=False))
    monkeypatch.setenv("CORRECTIONS_FILE", str(tmp_path / "corrections.toml"))
    get_settings.cache_clear()
    yield lambda *args: CliRunner().invoke(cli, list(args), catch_exceptions=False)
    get_settings.cache_clear()


def test_every_command_has_help_with_an_example():
    def walk(group, prefix=()):
        for name, command in group.commands.items():
            if hasattr(command, "commands"):
                yield from walk(command, (*prefix, name))
            else:
                yield (*prefix, name), command

    for path, command in walk(cli):
        result = CliRunner().invoke(cli, [*path, "--help"])
        assert result.exit_code == 0, path
        assert "Example:" in (command.help or ""), f"`timeline {' '.join(path)}` help has no Example:"


def test_ingesting_the_seeds_twice_changes_nothing_the_second_time(run, engine, tmp_path):
    first = run("ingest", str(SEEDS), "--quiet")
    assert first.exit_code == 0, first.output
    after_first = counts(engine)
    assert after_first["Source"] == 5 and after_first["Paragraph"] == 30 + 14 + 16 + 17 + 22
    second = run("ingest", str(SEEDS), "--quiet")
    assert second.exit_code == 0
    assert "│     5 │   0 │       0 │         5 │      0 │" in second.output
    assert counts(engine) == after_first


def test_ingest_on_a_worker_process_stores_what_one_process_stores(run, engine, tmp_path):
    one = run("ingest", str(SEEDS), "--quiet", "--workers", "0")
    assert one.exit_code == 0, one.output
    alone = counts(engine)
    again = run("ingest", str(SEEDS), "--quiet", "--workers", "1")
    assert again.exit_code == 0, again.output
    assert "│     5 │   0 │       0 │         5 │      0 │" in again.output
    assert counts(engine) == alone


def test_an_edited_article_becomes_a_new_version_and_old_paragraphs_stay(run, engine, tmp_path):
    folder = tmp_path / "articles"
    shutil.copytree(SEEDS, folder)
    assert run("ingest", str(folder), "--quiet").exit_code == 0
    path = folder / "001_7707c438e8081df2.txt"
    path.write_text(path.read_text(encoding="utf-8").replace("eight Recorder readers", "nine Recorder readers"), encoding="utf-8")
    result = run("ingest", str(folder), "--quiet")
    assert result.exit_code == 0
    assert "│     5 │   0 │       1 │         4 │      0 │" in result.output
    with Session(engine) as s:
        source = s.exec(select(Source).where(Source.slug == "001-7707c438e8081df2")).one()
        versions = s.exec(select(SourceVersion.version).where(SourceVersion.source_id == source.id).order_by(SourceVersion.version)).all()
        assert (source.current_version, versions) == (2, [1, 2])
        texts = s.exec(
            select(SourceVersion.version, Paragraph.text)
            .join(Paragraph, Paragraph.version_id == SourceVersion.id)
            .where(SourceVersion.source_id == source.id, Paragraph.number == 13)
            .order_by(SourceVersion.version)
        ).all()
        assert [(v, t[:40]) for v, t in texts] == [
            (1, "Responding to this news on Facebook, eig"),
            (2, "Responding to this news on Facebook, nin"),
        ]
        # the new version's events cite the new version's paragraphs only
        cited_versions = s.exec(
            select(SourceVersion.version)
            .join(Paragraph, Paragraph.version_id == SourceVersion.id)
            .join(Citation, Citation.paragraph_id == Paragraph.id)
            .join(Mention, Mention.id == Citation.mention_id)
            .where(Mention.source_id == source.id)
            .distinct()
        ).all()
        assert cited_versions == [2]


def test_bad_files_are_reported_and_the_seeds_are_still_stored(run, engine, tmp_path):
    folder = tmp_path / "mixed"
    shutil.copytree(SEEDS, folder)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "picture.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (folder / "broken.md").write_text("---\ntitle: [oops\n---\nBody text.\n", encoding="utf-8")
    (folder / "cp1252.txt").write_bytes("Police issued \u201cfines\u201d of \u00a3100 in Romford on Tuesday.".encode("cp1252"))
    result = run("ingest", str(folder), "--quiet")
    assert result.exit_code == 1
    errors = sorted(line for line in result.output.splitlines() if line.startswith("error: "))
    assert errors == [
        f"error: {folder / 'broken.md'}: malformed front matter (line 2): expected ',' or ']', but got '<stream end>'",
        f"error: {folder / 'empty.txt'}: empty file",
        f"error: {folder / 'picture.txt'}: binary file (PNG image), not an article",
    ]
    with Session(engine) as s:
        slugs = s.exec(select(Source.slug).order_by(Source.slug)).all()
        assert slugs == ["000-68f85b36c601844d", "001-7707c438e8081df2", "002-8847ddc95d16ff56", "003-b55fad0100abc301", "004-b70c8c2c48ac1558", "cp1252"]
        text = s.exec(select(Paragraph.text).join(SourceVersion).join(Source).where(Source.slug == "cp1252")).one()
        assert text == "Police issued \u201cfines\u201d of \u00a3100 in Romford on Tuesday."

"""A curator's correction of seed 000's operation survives re-ingests and shows on the event page."""

from __future__ import annotations

import shutil

import pytest
from bs4 import BeautifulSoup
from click.testing import CliRunner
from fastapi.testclient import TestClient
from sqlmodel import Session, select

from app.cli import cli
from app.config import get_settings
from app.db.models import Event, Mention, Source
from app.main import create_app
from tests.conftest import SEEDS

SEED = "000_68f85b36c601844d.txt"


@pytest.fixture
def timeline(engine, monkeypatch):
    monkeypatch.setenv("DATABASE_URL", engine.url.render_as_string(hide_password=False))
    get_settings.cache_clear()
    runner = CliRunner()
    return lambda *args: runner.invoke(cli, list(args), catch_exceptions=False)


def operation_event(engine) -> Event:
    """The event holding seed 000's operation (the launch of the campaign, cited in paragraph 2)."""
    with Session(engine) as session:
        ids = session.exec(
            select(Mention.event_id).join(Source, Source.id == Mention.source_id).where(Source.slug == "000-68f85b36c601844d", Mention.type == "operation")
        ).all()
        assert len(set(ids)) == 1, ids
        event = session.get(Event, ids[0])
        session.expunge(event)
        return event


def test_a_correction_of_seed_000s_operation_survives_reingests_and_is_on_the_event_page(timeline, engine, tmp_path, corrections_file):
    corpus = tmp_path / "seeds"
    shutil.copytree(SEEDS, corpus)
    assert timeline("ingest", "--quiet", str(corpus)).exit_code == 0
    extracted = operation_event(engine)

    done = timeline("correct", extracted.id, "--date", "2017-06-20", "--type", "team_launch", "--note", "Later coverage dates the launch to 20 June 2017.")
    assert done.exit_code == 0, done.output
    assert done.output.startswith(f"{extracted.id}: team_launch, 2017-06-20, shown: ")

    # a re-ingest of the same seeds, then a new version of seed 000 that rewrites the cited paragraph
    assert timeline("ingest", "--quiet", str(corpus)).exit_code == 0
    path = corpus / SEED
    path.write_text(path.read_text(encoding="utf-8").replace("officers are launching the new campaign", "officers have launched the new campaign"), encoding="utf-8")
    assert timeline("ingest", "--quiet", str(corpus)).exit_code == 0
    with Session(engine) as session:
        assert session.exec(select(Source.current_version).where(Source.slug == "000-68f85b36c601844d")).one() == 2

    event = operation_event(engine)
    assert (event.id, event.type, event.edtf, event.earliest.isoformat(), event.precision) == (extracted.id, "team_launch", "2017-06-20", "2017-06-20", "day")
    assert event.corrected["extracted"]["type"] == "operation"
    assert event.corrected["notes"] == ["Later coverage dates the launch to 20 June 2017."]

    app = create_app(get_settings().model_copy(update={"load_seeds": False}))
    with TestClient(app) as client:
        page = client.get(f"/events/{event.id}")
    assert page.status_code == 200
    soup = BeautifulSoup(page.text, "html.parser")
    note = soup.select_one(".corrected")
    said = {dt.get_text(strip=True): dd.get_text(" ", strip=True) for dt, dd in zip(note.select("dt"), note.select("dd"), strict=True)}
    assert said["type"] == "operation"
    assert said["date"] == extracted.edtf
    assert "Curator's note: Later coverage dates the launch to 20 June 2017." in note.get_text(" ", strip=True)
    assert corrections_file.read_text(encoding="utf-8").count(f'event = "{extracted.id}"') == 1

"""`timeline export` writes what /events.<ext> serves for the same filters."""

import json

import pytest
from click.testing import CliRunner

from app.cli import cli
from app.config import get_settings


@pytest.fixture
def run(seeded_engine, monkeypatch, tmp_path):
    monkeypatch.setenv(
        "DATABASE_URL", seeded_engine.url.render_as_string(hide_password=False)
    )
    monkeypatch.setenv("CORRECTIONS_FILE", str(tmp_path / "corrections.toml"))
    get_settings.cache_clear()
    yield lambda *args: CliRunner().invoke(cli, list(args), catch_exceptions=False)
    get_settings.cache_clear()


def test_export_csv_to_a_file_is_the_csv_the_site_serves_for_the_same_filters(
    run, client, tmp_path
):
    target = tmp_path / "redbridge.csv"
    result = run(
        "export",
        "--format",
        "csv",
        "--borough",
        "redbridge",
        "--type",
        "operation",
        "--type",
        "enforcement",
        "--base-url",
        "http://testserver/",
        "--output",
        str(target),
    )
    served = client.get("/events.csv?borough=redbridge&type=operation&type=enforcement")
    assert result.exit_code == 0, result.output
    assert target.read_bytes() == served.content
    assert (
        result.output
        == f"wrote {served.text.count(chr(10)) - 1} events as csv to {target}\n"
    )


@pytest.mark.parametrize(
    "fmt,path",
    [
        ("json", "/events.json"),
        ("timelinejs", "/events.timelinejs.json"),
        ("csl", "/events.csl.json"),
    ],
)
def test_export_json_formats_to_standard_output_match_the_site(run, client, fmt, path):
    result = run(
        "export",
        "--format",
        fmt,
        "--from",
        "2018",
        "--order",
        "oldest",
        "--base-url",
        "http://testserver",
    )
    served = client.get(f"{path}?from=2018&order=oldest").json()
    printed = json.loads(result.output)
    if fmt == "json":
        printed.pop("generated"), served.pop("generated")
    assert (result.exit_code, printed) == (0, served)


def test_a_malformed_filter_is_a_usage_error_naming_the_option(run):
    result = run("export", "--format", "ics", "--from", "2017-13", "--type", "parade")
    assert result.exit_code == 2
    assert result.output.splitlines()[-1] == (
        "Error: --type parade: is not one of: operation, enforcement, team_launch, consultation, order, meeting, announcement, incident; "
        "--from 2017-13: is not a date: use 2017, 2017-06, June 2017, 22 June 2017 or 2017-06-22"
    )


def test_export_takes_the_place_filter_as_the_site_does(run, client, tmp_path):
    target = tmp_path / "ilford-lane.csv"
    result = run("export", "--format", "csv", "--place", "ilford-lane-redbridge", "--base-url", "http://testserver/", "--output", str(target))
    served = client.get("/events.csv?place=ilford-lane-redbridge")
    assert (result.exit_code, target.read_bytes()) == (0, served.content)
    assert served.text.count("\n") > 1  # the seeds have events on Ilford Lane

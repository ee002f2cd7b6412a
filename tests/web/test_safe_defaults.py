"""Safe web defaults: HEAD like GET, read-only methods, body size and time limits, JSON log lines."""

import json
import logging
import time

import pytest
from fastapi.testclient import TestClient
from pydantic import ValidationError

from app.config import Settings
from app.main import create_app
from app.web.logs import JsonFormatter
from app.web.security import CSP
from tests.web.conftest import soup, text

PAGES = [
    "/",
    "/events?borough=croydon",
    "/events/ev-arches",
    "/sources",
    "/sources/croydon-knife-arches/v/1",
    "/agencies",
    "/boroughs/leeds",
    "/api/events?limit=2",
    "/api/facets",
    "/events.csv",
    "/static/app.css",
    "/openapi.json",
]


@pytest.mark.parametrize("path", PAGES)
def test_head_answers_like_get_without_a_body(sqlite_sample_client, path):
    get = sqlite_sample_client.get(path)
    head = sqlite_sample_client.head(path)
    assert (head.status_code, head.content, head.headers["content-type"], head.headers["content-length"]) == (
        200,
        b"",
        get.headers["content-type"],
        str(len(get.content)),
    )


def test_head_of_a_missing_page_is_a_404(sqlite_sample_client):
    response = sqlite_sample_client.head("/no/such/page")
    assert (response.status_code, response.content) == (404, b"")


@pytest.mark.parametrize("method", ["POST", "PUT", "PATCH", "DELETE", "OPTIONS"])
@pytest.mark.parametrize("path", ["/", "/events/ev-arches", "/no/such/page", "/static/app.css"])
def test_other_methods_are_refused_everywhere_with_a_page(sqlite_sample_client, method, path):
    response = sqlite_sample_client.request(method, path)
    page = soup(response)
    assert (response.status_code, response.headers["allow"], page.h1.get_text(), text(page.select_one(".error-message"))) == (
        405,
        "GET, HEAD",
        "Method not allowed",
        "This site is read-only: pages can only be fetched (GET or HEAD).",
    )
    assert response.headers["content-security-policy"] == CSP


@pytest.mark.parametrize("method", ["POST", "DELETE"])
def test_other_methods_get_a_json_405_under_the_api(sqlite_sample_client, method):
    response = sqlite_sample_client.request(method, "/api/events")
    assert (response.status_code, response.json()) == (
        405,
        {"detail": "This site is read-only: pages can only be fetched (GET or HEAD).", "errors": []},
    )


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_a_body_over_the_limit_is_refused_with_413(sqlite_engine, settings_for, method):
    app = create_app(settings_for(sqlite_engine.url.render_as_string(hide_password=False), max_body_bytes=1000))
    with TestClient(app) as client:
        small = client.request("GET", "/sources", content=b"x" * 1000)
        large = client.request(method, "/sources", content=b"x" * 1001)
    assert (small.status_code, large.status_code, text(soup(large).select_one(".error-message"))) == (
        200,
        413,
        "The request is too large: this site accepts at most 1,000 bytes.",
    )


def test_a_body_of_unstated_length_is_refused_with_411(sqlite_sample_client):
    response = sqlite_sample_client.request("GET", "/", content=iter([b"chunk"]))
    assert (response.headers.get("transfer-encoding"), response.status_code) == (None, 411)


def slow_app(engine, settings_for, seconds: float):
    app = create_app(settings_for(engine.url.render_as_string(hide_password=False), request_timeout=seconds))

    @app.get("/slow")
    @app.get("/api/slow")
    def slow():
        time.sleep(seconds * 4)
        return {"done": True}

    @app.get("/quick")
    def quick():
        return {"done": True}

    return app


def test_a_request_over_the_time_limit_gets_a_503_page(sqlite_engine, settings_for):
    with TestClient(slow_app(sqlite_engine, settings_for, 0.25)) as client:
        page, api, quick = client.get("/slow"), client.get("/api/slow"), client.get("/quick")
    assert (page.status_code, soup(page).h1.get_text(), text(soup(page).select_one(".error-message"))) == (
        503,
        "Taking too long",
        "This page took longer than 0.25 seconds to prepare, so it was stopped. Try again, or narrow the filters.",
    )
    assert (api.status_code, api.json()["detail"], quick.status_code) == (
        503,
        "This page took longer than 0.25 seconds to prepare, so it was stopped. Try again, or narrow the filters.",
        200,
    )
    assert page.headers["content-security-policy"] == CSP


def test_the_default_settings_limit_time_body_and_log_level():
    settings = Settings(_env_file=None)
    assert (settings.request_timeout, settings.max_body_bytes, settings.log_level) == (10.0, 16384, "INFO")
    with pytest.raises(ValidationError):
        Settings(_env_file=None, log_level="loud")


def request_lines(caplog) -> list[dict]:
    formatter = JsonFormatter()
    return [json.loads(formatter.format(r)) for r in caplog.records if r.name == "app.requests"]


def test_each_request_is_one_json_log_line_with_its_id(sqlite_sample_client, caplog):
    caplog.set_level(logging.INFO, logger="app")
    responses = [sqlite_sample_client.get("/?q=secret+words"), sqlite_sample_client.get("/nope"), sqlite_sample_client.post("/")]
    lines = request_lines(caplog)
    assert [{k: v for k, v in line.items() if k not in ("time", "duration_ms", "request_id")} for line in lines] == [
        {"level": "info", "logger": "app.requests", "message": "request", "method": "GET", "path": "/", "status": 200},
        {"level": "info", "logger": "app.requests", "message": "request", "method": "GET", "path": "/nope", "status": 404},
        {"level": "info", "logger": "app.requests", "message": "request", "method": "POST", "path": "/", "status": 405},
    ]
    assert [line["request_id"] for line in lines] == [r.headers["x-request-id"] for r in responses]
    assert all(isinstance(line["duration_ms"], float) for line in lines)
    assert "secret" not in caplog.text  # search words stay out of the log


def test_a_request_id_given_by_a_proxy_is_kept_when_safe(sqlite_sample_client):
    kept = sqlite_sample_client.get("/sources", headers={"X-Request-ID": "proxy-1234abcd"})
    replaced = sqlite_sample_client.get("/sources", headers={"X-Request-ID": "<script>"})
    assert (kept.headers["x-request-id"], len(replaced.headers["x-request-id"])) == ("proxy-1234abcd", 16)


def test_a_server_error_is_logged_with_its_request_id_and_shown_without_internals(sqlite_engine, settings_for, caplog):
    caplog.set_level(logging.INFO, logger="app")
    app = create_app(settings_for(sqlite_engine.url.render_as_string(hide_password=False)))

    @app.get("/boom")
    def boom():
        raise RuntimeError("secret internals")

    with TestClient(app, raise_server_exceptions=False) as client:
        response = client.get("/boom")
        api = client.get("/api/boom-not-found")
    request_id = response.headers["x-request-id"]
    page = soup(response)
    (error,) = [json.loads(JsonFormatter().format(r)) for r in caplog.records if r.name == "app.errors"]
    assert (response.status_code, text(page.select_one(".error-reference")), "secret" in response.text, "Traceback" in response.text) == (
        500,
        f"If you report this, quote the reference {request_id} .",
        False,
        False,
    )
    assert ({k: error[k] for k in ("level", "request_id", "method", "path", "error")}, "Traceback" in error["traceback"]) == (
        {"level": "error", "request_id": request_id, "method": "GET", "path": "/boom", "error": "RuntimeError: secret internals"},
        True,
    )
    assert [line["status"] for line in request_lines(caplog)] == [500, 404]
    assert api.status_code == 404


def test_the_log_level_is_a_setting(sqlite_engine, settings_for, caplog):
    app = create_app(settings_for(sqlite_engine.url.render_as_string(hide_password=False), log_level="WARNING"))
    with TestClient(app) as client:
        client.get("/sources")
    assert (logging.getLogger("app").level, request_lines(caplog)) == (logging.WARNING, [])
    create_app(settings_for(sqlite_engine.url.render_as_string(hide_password=False)))
    assert logging.getLogger("app").level == logging.INFO

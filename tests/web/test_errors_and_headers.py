"""Safe defaults: security headers everywhere, clean error pages, no inline script or style."""

import time

import pytest
from fastapi.testclient import TestClient

from app.main import create_app
from app.web.security import CSP
from tests.web.conftest import soup, text

PAGES = [
    "/",
    "/?type=raid",
    "/?borough=havering",
    "/?cursor=bnwtfC18",
    "/events/ev-arches",
    "/sources",
    "/sources/croydon-knife-arches/v/1",
    "/agencies/croydon-council",
    "/boroughs/leeds",
    "/nope",
]


@pytest.mark.parametrize("path", PAGES)
def test_every_response_carries_the_security_headers(sqlite_sample_client, path):
    headers = sqlite_sample_client.get(path).headers
    assert {k: headers[k] for k in ("content-security-policy", "x-content-type-options", "referrer-policy", "x-frame-options")} == {
        "content-security-policy": CSP,
        "x-content-type-options": "nosniff",
        "referrer-policy": "strict-origin-when-cross-origin",
        "x-frame-options": "DENY",
    }
    assert "frame-ancestors 'none'" in CSP and "script-src 'self'" in CSP and "unsafe-inline" not in CSP


@pytest.mark.parametrize("path", PAGES)
def test_pages_have_no_inline_script_or_style(sqlite_sample_client, path):
    page = soup(sqlite_sample_client.get(path))
    assert [s.get("src") is not None and not s.string for s in page.find_all("script")] == [True, True]
    assert (page.find_all("style"), page.select("[style]"), [a for t in page.find_all(True) for a in t.attrs if a.startswith("on")]) == ([], [], [])


def test_unknown_pages_get_a_plain_404_page(sqlite_sample_client):
    response = sqlite_sample_client.get("/no/such/page")
    page = soup(response)
    assert (response.status_code, page.h1.get_text(), text(page.select_one(".error-message"))) == (404, "Not found", "There is no page at this address.")


def test_a_malformed_path_parameter_gets_a_422_page(sqlite_sample_client):
    response = sqlite_sample_client.get("/sources/x/v/abc")
    page = soup(response)
    assert (response.status_code, page.h1.get_text(), [text(li) for li in page.select(".error-details li")]) == (
        422,
        "Invalid request",
        ["version: Input should be a valid integer, unable to parse string as an integer"],
    )


def test_a_server_error_shows_no_stack_trace(sqlite_engine, settings_for):
    app = create_app(settings_for(sqlite_engine.url.render_as_string(hide_password=False)))

    @app.get("/boom")
    def boom():
        raise RuntimeError("secret internals")

    with TestClient(app, raise_server_exceptions=False) as client:
        response = client.get("/boom")
    assert (response.status_code, text(soup(response).select_one(".error-message")), "secret" in response.text, "Traceback" in response.text) == (
        500,
        "The server could not show this page. The error has been logged.",
        False,
        False,
    )
    assert response.headers["content-security-policy"] == CSP


def test_api_paths_get_json_errors(sqlite_sample_client):
    response = sqlite_sample_client.get("/api/nothing-here")
    assert (response.status_code, response.json()) == (404, {"detail": "There is no page at this address.", "errors": []})


def test_html_is_escaped(sqlite_sample_client):
    response = sqlite_sample_client.get("/?q=<script>alert(1)</script>")
    assert "<script>alert(1)</script>" not in response.text and "&lt;script&gt;alert(1)&lt;/script&gt;" in response.text


def inline_code(page) -> tuple:
    """Inline scripts, style elements, style attributes and event-handler attributes found."""
    return (
        [s for s in page.find_all("script") if s.get("src") is None or s.string],
        page.find_all("style"),
        page.select("[style]"),
        [a for t in page.find_all(True) for a in t.attrs if a.startswith("on")],
    )


@pytest.mark.parametrize(
    "method,path,status",
    [("POST", "/", 405), ("DELETE", "/events/ev-arches", 405), ("GET", "/no/such/page", 404), ("GET", "/sources/x/v/abc", 422)],
)
def test_error_pages_have_no_inline_script_or_style(sqlite_sample_client, method, path, status):
    response = sqlite_sample_client.request(method, path)
    assert (response.status_code, inline_code(soup(response)), response.headers["content-security-policy"]) == (status, ([], [], [], []), CSP)


def test_the_timeout_and_server_error_pages_have_no_inline_script_or_style(sqlite_engine, settings_for):
    app = create_app(settings_for(sqlite_engine.url.render_as_string(hide_password=False), request_timeout=0.1))

    @app.get("/slow")
    def slow():
        time.sleep(0.5)

    @app.get("/boom")
    def boom():
        raise RuntimeError("boom")

    with TestClient(app, raise_server_exceptions=False) as client:
        responses = [client.get("/slow"), client.get("/boom")]
    assert [(r.status_code, inline_code(soup(r)), r.headers["content-security-policy"]) for r in responses] == [
        (503, ([], [], [], []), CSP),
        (500, ([], [], [], []), CSP),
    ]


def test_the_histogram_svg_is_styled_by_the_stylesheet_alone(sqlite_sample_client):
    svg = soup(sqlite_sample_client.get("/")).select_one("svg.hist-svg")
    assert (svg is not None, svg.select("[style]"), svg.find_all("style"), svg.find_all("script"), [a for t in svg.find_all(True) for a in t.attrs if a.startswith("on")]) == (
        True,
        [],
        [],
        [],
        [],
    )

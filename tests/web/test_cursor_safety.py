"""A tampered cursor or id is a parameter error or a 404 on SQLite and on PostgreSQL, never a 500.

PostgreSQL refuses a NUL byte in a string with an error; the cursor's event id is checked before
any query, so such a byte never reaches it.
"""

import base64

import pytest

from tests.web.conftest import soup, text

CURSOR_HELP = "is not a cursor this site gave out"


def b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


TAMPERED = [
    b64(b"n|2019-03-12|2019-03-12|ev-blades\x00"),
    b64(b"n|-|-|ev-pspo\x00"),
    b64(b"n|2019-03-12|2019-03-12|ev-blades' OR '1'='1"),
    b64("n|2019-03-12|2019-03-12|ev-bl\u00e4des".encode()),
]


@pytest.mark.parametrize("cursor", TAMPERED)
def test_a_tampered_cursor_is_explained_on_the_page(sample_client, cursor):
    response = sample_client.get(f"/?cursor={cursor}")
    page = soup(response)
    assert (response.status_code, [text(li) for li in page.select(".param-errors li")], len(page.select("#results li.entry"))) == (
        400,
        [f"cursor={cursor[:40]} {CURSOR_HELP}."],
        9,  # the first page instead: 8 dated events and the undated one
    )


@pytest.mark.parametrize("cursor", TAMPERED)
@pytest.mark.parametrize("path", ["/api/events", "/api/facets", "/events.csv"])
def test_a_tampered_cursor_is_a_422_naming_it(sample_client, cursor, path):
    response = sample_client.get(f"{path}?cursor={cursor}")
    assert (response.status_code, response.json()) == (
        422,
        {"detail": "Invalid query parameter: cursor", "errors": [f"cursor={cursor[:40]} {CURSOR_HELP}"]},
    )


@pytest.mark.parametrize(
    "path",
    [
        "/events/ev-blades%00",
        "/events/ev-blades%00/cite",
        "/api/events/ev-blades%00",
        "/agencies/croydon%00",
        "/boroughs/croydon%00",
        "/sources/croydon-knife-arches%00",
        "/sources/croydon-knife-arches%00/v/1",
        "/api/sources/croydon-knife-arches%00",
    ],
)
def test_a_nul_byte_in_an_id_or_slug_is_a_404(sample_client, path):
    assert sample_client.get(path).status_code == 404


def test_an_undated_cursor_continues_with_the_undated_events_on_both_databases(sample_client):
    data = sample_client.get(f"/api/events?cursor={b64(b'n|-|-|')}").json()
    assert ([e["id"] for e in data["events"]], [e["id"] for e in data["undated"]], data["total"], data["undated_total"]) == (
        [],
        ["ev-pspo"],
        8,
        1,
    )


@pytest.mark.parametrize("path", ["/?q=%00knife", "/api/events?q=arches%00", "/events.csv?q=%00", "/api/facets?q=%00%00"])
def test_a_nul_byte_in_the_search_words_is_harmless(sample_client, path):
    assert sample_client.get(path).status_code == 200

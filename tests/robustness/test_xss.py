"""Hostile markup in articles renders inert in Chromium: no dialog, no request to any other host."""

from __future__ import annotations

from urllib.parse import quote, urlsplit

import pytest
from sqlmodel import Session, select

from app.db.models import Mention, Source
from tests.conftest import ingest_seeds, start_server

pytestmark = pytest.mark.browser

PAYLOADS = [
    "<script>alert('script')</script>",
    '<img src="https://evil.example/pixel.png" onerror="alert(\'img\')">',
    '<a href="javascript:alert(\'link\')">read more</a>',
    '"><svg onload=alert("svg")>',
    "<iframe src=\"https://evil.example/frame\"></iframe>",
]
SENTENCES = [
    "Police in Romford launched an operation against drug dealing on Monday, March 4, 2019 {p}.",
    "Officers made six arrests in South Street last week {p}, Havering police said.",
    "Havering Council opened a public consultation on a dispersal zone in January {p}.",
    "A public meeting will be held at Romford library on Thursday {p}.",
    "Comment {p} was posted under the article.",
]


def hostile_text(with_front_matter: bool) -> str:
    paragraphs = [s.format(p=p) for s, p in zip(SENTENCES, PAYLOADS, strict=True)]
    paragraphs.append("[click here](javascript:alert('md')) for the council's statement.")
    body = "\n\n".join(paragraphs) + "\n"
    if with_front_matter:
        return '---\ntitle: "Romford crackdown <script>alert(\'title\')</script>"\npublisher: "<b onmouseover=alert(1)>Gazette</b>"\nurl: "https://example.org/news/romford?q=%3Cscript%3E&x=\'onmouseover=alert(1)"\n---\n' + body
    return body


def hostile_html() -> str:
    paragraphs = "".join(f"<p>{s.format(p=p)}</p>" for s, p in zip(SENTENCES, PAYLOADS, strict=True))
    return (
        "<!doctype html><html><head><title>Romford crackdown</title><script>alert('head')</script>"
        '<meta property="og:title" content="Romford crackdown &lt;script&gt;alert(1)&lt;/script&gt;"></head>'
        f'<body onload="alert(\'body\')"><article><h1>Romford crackdown</h1>{paragraphs}'
        '<p>Read the <a href="javascript:alert(\'a\')">full statement</a> from <span onclick="alert(2)">the council</span>.</p>'
        "</article></body></html>"
    )


@pytest.fixture
def hostile_site(seeded_engine, tmp_path):
    folder = tmp_path / "hostile"
    folder.mkdir()
    (folder / "hostile-txt.txt").write_text(hostile_text(False), encoding="utf-8")
    (folder / "hostile-md.md").write_text(hostile_text(True), encoding="utf-8")
    (folder / "hostile-html.html").write_text(hostile_html(), encoding="utf-8")
    assert [o.status for o in ingest_seeds(seeded_engine, [folder])] == ["new"] * 3
    with Session(seeded_engine) as session:
        event_ids = sorted(
            set(session.exec(select(Mention.event_id).join(Source, Source.id == Mention.source_id).where(Source.slug.like("hostile-%"))).all())
        )
    proc, base = start_server(seeded_engine.url.render_as_string(hide_password=False), tmp_path)
    yield base, event_ids
    proc.terminate()
    proc.wait(timeout=10)


def test_articles_full_of_script_render_inert_in_chromium(hostile_site, browser):
    base, event_ids = hostile_site
    assert event_ids, "the hostile articles should give events, so that event pages are checked too"
    context = browser.new_context()
    page = context.new_page()
    dialogs, foreign, failures = [], [], []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.on("request", lambda r: foreign.append(r.url) if urlsplit(r.url).hostname not in ("127.0.0.1", None) and not r.url.startswith("data:") else None)
    page.on("pageerror", lambda e: failures.append(str(e)))
    urls = [
        "/",
        "/sources",
        "/sources/hostile-txt",
        "/sources/hostile-md",
        "/sources/hostile-html",
        "/events?q=" + quote("<script>alert('q')</script>"),
        "/sources/" + quote("<script>alert('path')</script>"),
        *(f"/events/{event_id}" for event_id in event_ids),
    ]
    statuses = {}
    for url in urls:
        response = page.goto(base + url)
        statuses[url] = response.status
        # no payload may have become a live element: a javascript: link, an event handler, a frame
        for element in page.query_selector_all("a[href^='javascript'], [onerror], [onload], [onclick], [onmouseover], iframe"):
            failures.append(f"{url}: live element {element.evaluate('e => e.outerHTML')[:120]}")
    context.close()
    assert (dialogs, foreign, failures) == ([], [], [])
    assert statuses["/sources/" + quote("<script>alert('path')</script>")] == 404
    assert {u: s for u, s in statuses.items() if "path" not in u} == {u: 200 for u in urls if "path" not in u}


def test_the_payloads_are_shown_as_text_on_the_source_page(hostile_site, page):
    base, _ = hostile_site
    page.goto(base + "/sources/hostile-txt")
    text = page.inner_text("body")
    for payload in PAYLOADS:
        assert payload in text
    assert page.evaluate("document.querySelectorAll('script:not([src])').length") == 0

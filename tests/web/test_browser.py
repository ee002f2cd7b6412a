"""The timeline and the sources in real headless Chromium, against uvicorn serving the ingested seeds."""

from __future__ import annotations

import re
from datetime import date

import pytest

from app.config import PROJECT_ROOT

pytestmark = pytest.mark.browser

SCREENSHOTS = PROJECT_ROOT / "test-artifacts" / "screenshots"
TARGET_BACKGROUND = "rgb(255, 242, 168)"  # --target in app.css


def entries(page) -> list[dict]:
    """Every timeline entry on the page as the reader sees it."""
    return page.eval_on_selector_all(
        "#results li.entry",
        """items => items.map(li => ({
            title: li.querySelector('.entry-title').textContent.trim(),
            type: li.querySelector('.p-category').getAttribute('value'),
            agencies: Array.from(li.querySelectorAll('.agencies a')).map(a => a.textContent.trim()),
            start: (li.querySelector('.dt-start') || {}).getAttribute ? li.querySelector('.dt-start').getAttribute('datetime') : null,
            end: li.querySelector('.dt-end') ? li.querySelector('.dt-end').getAttribute('value') : null,
        }))""",
    )


def settle(page) -> None:
    """Wait until htmx has no request in flight and has swapped."""
    page.wait_for_function("() => !document.querySelector('.htmx-request') && document.querySelector('#timeline')")


def test_choosing_an_agency_filters_in_place_and_the_url_reload_and_back_agree(live_server, page):
    problems = []
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.goto(live_server + "/")
    everything = entries(page)
    page.evaluate("() => { window.notReloaded = true; }")

    page.get_by_label("Redbridge Council").check()
    page.wait_for_url(re.compile(r"agency=redbridge-council"))
    settle(page)
    chosen = entries(page)
    assert page.evaluate("() => window.notReloaded") is True  # htmx swapped the list in place
    assert 0 < len(chosen) < len(everything)
    assert [e["title"] for e in chosen if "Redbridge Council" not in e["agencies"]] == []
    assert page.get_by_label("Redbridge Council").is_checked()

    page.reload()
    assert entries(page) == chosen

    page.go_back()
    page.wait_for_url(live_server + "/")
    # htmx restores the page from the server (historyCacheSize 0): wait for the swap
    page.wait_for_function("n => document.querySelectorAll('#results li.entry').length === n", arg=len(everything))
    assert entries(page) == everything
    assert not page.get_by_label("Redbridge Council").is_checked()
    assert problems == []  # no CSP violation, no failed request


def test_the_date_filter_2018_leaves_only_events_overlapping_2018(live_server, page):
    page.goto(live_server + "/")
    page.fill("#from", "2018")
    page.fill("#to", "2018")
    page.press("#to", "Enter")
    page.wait_for_url(re.compile(r"from=2018&to=2018"))
    settle(page)
    shown = entries(page)
    assert shown
    outside = [e for e in shown if not (date.fromisoformat(e["start"]) <= date(2018, 12, 31) and date.fromisoformat(e["end"]) >= date(2018, 1, 1))]
    assert outside == []
    assert "overlaps 2018 to 2018" in page.inner_text(".overlap-note")


def test_searching_romanian_finds_the_operations_with_romanian_police(live_server, page):
    page.goto(live_server + "/")
    page.fill("#q", "Romanian")
    page.wait_for_url(re.compile(r"q=Romanian"))
    settle(page)
    found = entries(page)
    operations = [e["title"] for e in found if e["type"] == "operation" and "Romanian Police" in e["agencies"]]
    assert len(operations) >= 1
    assert len(found) < page.evaluate("() => 0") + 100  # a narrowed list, not the whole timeline


def highlighted(page, anchor: str) -> dict:
    return page.evaluate(
        """id => { const el = document.getElementById(id); const r = el.getBoundingClientRect();
            return {target: el.matches(':target'), background: getComputedStyle(el).backgroundColor,
                    visible: r.top >= 0 && r.top < window.innerHeight}; }""",
        anchor,
    )


def test_clicking_a_source_link_scrolls_to_and_highlights_the_cited_paragraph(live_server, page):
    page.goto(live_server + "/")
    link = page.locator("#results li.entry .entry-sources a").last
    href = link.get_attribute("href")
    anchor = href.rsplit("#", 1)[1]
    link.click()
    page.wait_for_url(re.compile(re.escape(href.split("#")[0])))
    assert re.fullmatch(r"p\d+", anchor) and "/v/" in href
    assert highlighted(page, anchor) == {"target": True, "background": TARGET_BACKGROUND, "visible": True}


def test_a_paragraph_permalink_highlights_that_paragraph(live_server, page):
    page.goto(live_server + "/sources")
    page.locator(".source-item h2 a").first.click()
    page.locator("#p3 .pnum").click()
    assert re.search(r"/sources/[^/]+/v/\d+#p3$", page.url)
    assert highlighted(page, "p3") == {"target": True, "background": TARGET_BACKGROUND, "visible": True}
    page.goto(page.url.replace("#p3", "#p2"))
    page.reload()
    assert highlighted(page, "p2")["background"] == TARGET_BACKGROUND


def test_the_cite_control_copies_a_citation_with_the_paragraph_number(live_server, browser):
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    page.goto(live_server + "/sources")
    page.locator(".source-item h2 a").first.click()
    page.locator("#cite-p3 summary").click()
    page.locator("#cite-p3 button[data-copy='cite-p3-text']").click()
    page.wait_for_function("() => document.querySelector('#cite-p3 .copy-status').textContent !== ''")
    copied = page.evaluate("() => navigator.clipboard.readText()")
    status = page.inner_text("#cite-p3 .copy-status")
    context.close()
    assert status == "Copied to the clipboard."
    assert "para. 3." in copied
    assert re.search(r"http://127\.0\.0\.1:\d+/sources/[^/]+/v/\d+#p3 ", copied)
    assert re.search(r"\(original: https://[^ ]+#:~:text=[^ ]+\)$", copied)


def test_an_entrys_cite_control_opens_and_copies_from_the_keyboard(live_server, browser):
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    page.goto(live_server + "/")
    entry = page.locator("#results li.entry").first
    event_url = entry.locator(".entry-title a").get_attribute("href")
    entry.locator("details.entry-cite summary").focus()
    page.keyboard.press("Enter")  # a summary opens its details from the keyboard
    first_copy = entry.locator("button.copy").first
    first_copy.wait_for()  # htmx has fetched the event page's citations into the control
    target = first_copy.get_attribute("data-copy")
    page.keyboard.press("Tab")
    focused = page.evaluate("() => document.activeElement.getAttribute('data-copy')")
    page.keyboard.press("Enter")
    status = entry.locator(".copy-status")
    page.wait_for_function("el => el.textContent !== ''", arg=status.element_handle())
    copied = page.evaluate("() => navigator.clipboard.readText()")
    said = status.inner_text()
    context.close()
    assert (focused, target.endswith("-text"), said) == (target, True, "Copied to the clipboard.")
    assert f". {event_url}. Source: " in copied
    assert re.search(r", para\. \d+, http://127\.0\.0\.1:\d+/sources/[^/]+/v/\d+#p\d+", copied)


def test_the_filter_form_works_with_javascript_disabled(live_server, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(live_server + "/")
    page.get_by_label("Redbridge Council").check()
    page.get_by_role("button", name="Apply filters").click()
    page.wait_for_url(re.compile(r"agency=redbridge-council"))
    shown = entries(page)
    context.close()
    assert shown and [e["title"] for e in shown if "Redbridge Council" not in e["agencies"]] == []


def axe_violations(browser, url: str, axe_script: str) -> list[dict]:
    # axe is injected as a script element, so this context alone may bypass the page's CSP
    context = browser.new_context(bypass_csp=True)
    page = context.new_page()
    page.goto(url)
    page.add_script_tag(content=axe_script)
    found = page.evaluate(
        """async () => (await axe.run(document, {resultTypes: ['violations']})).violations
            .map(v => ({id: v.id, impact: v.impact, nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5)}))"""
    )
    context.close()
    return [v for v in found if v["impact"] in ("serious", "critical")]


def test_axe_finds_no_serious_violations_on_the_main_pages(live_server, browser, axe_script, page):
    page.goto(live_server + "/")
    event = page.locator("#results .entry-title a").first.get_attribute("href")
    source = page.locator("#results .entry-sources a").first.get_attribute("href").split("#")[0]
    borough = page.locator("#results .where a.borough-link").first.get_attribute("href")
    results = {url: axe_violations(browser, url, axe_script) for url in (live_server + "/", event, source, borough)}
    assert results == {url: [] for url in results}


@pytest.mark.parametrize("name,width,height", [("desktop", 1280, 900), ("phone", 390, 844)])
def test_screenshots_of_the_timeline(live_server, browser, name, width, height):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    context = browser.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    page.goto(live_server + "/")
    page.screenshot(path=str(SCREENSHOTS / f"timeline-{name}.png"), full_page=True)
    overflow = page.evaluate("() => document.documentElement.scrollWidth")
    context.close()
    assert (SCREENSHOTS / f"timeline-{name}.png").stat().st_size > 10_000
    assert overflow <= width  # nothing sticks out sideways on a phone

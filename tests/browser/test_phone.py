"""Staff in a hurry, on a phone and on a desktop (issue 20), in Chromium: every handle typed into
the header search gets the check's answer first and Enter opens the check; the crisis answers are
near the top; tables read without sideways scrolling; quick answers fit one screen; no console
errors; a 404 page in each language. Every wait is for a state on the page, never for time."""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import parse_qs, urlsplit

import pytest

from macros.core.accounts import Status
from tests.browser.conftest import open_page
from tests.cards import CARDS
from tests.edition import edition
from tools.search_browser import open_search

pytestmark = pytest.mark.browser
PHONE, DESKTOP = {"width": 390, "height": 844}, {"width": 1280, "height": 900}
REGISTRY = edition().registry
CHECK_BOX = ".handbook-search__check"


def lookalike_of(handle: str) -> str:
    """The handle with a letter swapped for a character that looks the same."""
    for plain, confusable in (("o", "\u043e"), ("l", "I"), ("a", "\u0430"), ("e", "\u0435"), ("i", "\u0456")):
        if plain in handle:
            return handle.replace(plain, confusable, 1)
    raise ValueError(handle)


def handle_cases() -> list[tuple[str, str]]:
    """(typed, the check's answer) for the edition's own registry."""
    open_accounts = [a for a in REGISTRY.listed() if a.status is Status.ACTIVE and len(a.handle) >= 6
                     and "@" not in a.handle and "." not in a.handle]
    ours = open_accounts[0]
    cases = [(ours.display_handle, "official"), (f"@{ours.handle}_Bins", "lookalike"),
             (lookalike_of(ours.handle), "lookalike"), (ours.url, "official")]
    closed = [a for a in REGISTRY.archived() if not any(
        o.handle.lower() == a.handle.lower() for o in REGISTRY.listed())]
    if closed:
        cases.append((closed[0].url, "closed"))
    shared = [a for a in REGISTRY.archived() if any(o.handle.lower() == a.handle.lower() for o in REGISTRY.listed())]
    if shared:  # a bare handle an open and a closed account share: both, each with its status
        cases.append((shared[0].handle, "official"))
    return cases


@pytest.fixture(params=[PHONE, DESKTOP], ids=["phone", "desktop"])
def screen(request: pytest.FixtureRequest) -> dict[str, int]:
    return request.param


@pytest.fixture
def page(browser, screen: dict[str, int]) -> Iterator[object]:
    context = browser.new_context(viewport=screen)
    page = context.new_page()
    yield page
    context.close()


def ask(page, base_url: str, typed: str) -> None:
    page.fill(".handbook-search__input", typed)
    page.wait_for_function("(q) => document.querySelector('.handbook-search__results').dataset.query === q",
                           arg=typed, timeout=60_000)


@pytest.mark.parametrize("language", ["en", "cy"])
@pytest.mark.parametrize(("typed", "kind"), handle_cases())
def test_a_handle_typed_into_search_gets_the_checks_answer_and_enter_opens_the_check(
        page, base_url: str, language: str, typed: str, kind: str) -> None:
    folder = "cy/" if language == "cy" else ""
    page.goto(base_url + folder)
    page.wait_for_selector("[data-handbook-search][data-ready]")
    open_search(page)
    ask(page, base_url, typed)
    box = page.locator(CHECK_BOX)
    assert box.is_visible() and box.get_attribute("data-kind") == kind, (typed, box.get_attribute("data-kind"))
    assert page.locator(f"{CHECK_BOX} .handbook-check__title").inner_text()  # the check's own words
    if kind == "lookalike":  # no result offers our account in place of one that is not ours
        assert page.locator(".handbook-search__results a[href*='#account-']").count() == 0
    if typed == next((case for case, answer in handle_cases() if answer == "official" and not case.startswith(
            ("http", "@"))), None):
        assert page.locator(f"{CHECK_BOX} .handbook-check__accounts li").count() >= 2  # open and closed alike
    page.press(".handbook-search__input", "Enter")
    page.wait_for_url(re.compile(r"/check/\?q="))
    address = urlsplit(page.url)
    assert address.path.endswith(f"/{folder}check/") and parse_qs(address.query)["q"] == [typed]
    page.wait_for_selector("[data-check-answer][data-kind]")  # the check answers what was typed
    assert page.get_attribute("[data-check-answer]", "data-kind") == kind


def test_a_question_gets_no_check_answer(page, base_url: str) -> None:  # negative control
    page.goto(base_url)
    page.wait_for_selector("[data-handbook-search][data-ready]")
    open_search(page)
    ask(page, base_url, "someone threatened me")
    assert not page.locator(CHECK_BOX).is_visible()
    assert page.locator(".handbook-search__ask a[href^='mailto:']").is_visible()  # "Didn't find it? Ask comms"


def test_a_search_can_be_shared_as_an_address(page, base_url: str) -> None:
    page.goto(base_url + "faqs/?q=purdah")
    page.wait_for_function("() => document.querySelector('.handbook-search__results').dataset.query === 'purdah'")
    assert page.locator(".handbook-search__dialog[open]").count() == 1
    assert page.locator(".handbook-search__result").count() >= 1


@pytest.mark.parametrize("language", ["en", "cy"])
def test_the_threatened_answer_is_within_two_screens_of_the_top(browser, base_url: str, language: str) -> None:
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    page.goto(base_url + ("cy/" if language == "cy" else "") + "abuse-response-plan/")
    top = page.evaluate("() => document.getElementById('escalation').getBoundingClientRect().top + scrollY")
    assert top <= 2 * PHONE["height"], top
    jump = page.locator(".handbook-jump a[href='#staff-targeted']")
    assert jump.is_visible()  # a colleague's address: one tap from the top
    context.close()


def test_the_triage_table_reads_without_scrolling_sideways(browser, base_url: str) -> None:
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    page.goto(base_url + "abuse-response-plan/")
    widths = page.evaluate("""() => { const table = document.querySelector('#triage ~ * table, table[data-stack]');
        const box = table.closest('.md-typeset__scrollwrap') || table.parentElement;
        return [box.scrollWidth, box.clientWidth, parseFloat(getComputedStyle(table).fontSize)]; }""")
    assert widths[0] == widths[1], widths
    assert widths[2] >= 14  # full-size text, not the theme's 12.8 px table text
    context.close()


@pytest.mark.parametrize("language", ["en", "cy"])
def test_each_quick_answer_fits_one_phone_screen_below_the_header(browser, base_url: str, language: str) -> None:
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    too_tall = []
    for card in CARDS:
        page.goto(base_url + ("cy/" if language == "cy" else "") + f"scenarios/{card}/")
        height, header = page.evaluate("""() => {
            const card = document.querySelector('article.md-content__inner'), title = card.querySelector('h1');
            const parts = [...card.querySelectorAll('h1 ~ *')].filter((e) => !e.matches(
                '.handbook-review, .handbook-page-actions, .handbook-notice, [hidden], [data-handbook-copy]'));
            return [parts[parts.length - 1].getBoundingClientRect().bottom - title.getBoundingClientRect().top,
                    document.querySelector('.md-header').getBoundingClientRect().height]; }""")
        if height > PHONE["height"] - header:
            too_tall.append((card, round(height)))
    context.close()
    assert too_tall == []


@pytest.mark.parametrize(("path", "language", "title"), [
    ("nonexistent/", "en", "Page not found"), ("cy/nonexistent/", "cy", "Heb ddod o hyd i'r dudalen")])
def test_a_missing_address_gets_the_404_page_in_its_language(browser, base_url: str, path: str, language: str,
                                                             title: str) -> None:
    context = browser.new_context()
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    response = page.goto(base_url + path)
    assert response.status == 404
    page.wait_for_function("(lang) => document.documentElement.lang === lang", arg=language)
    assert page.locator("h1").first.inner_text() == title
    # Search and help work from here too: the 404 page's links start at the site's root ("/").
    page.wait_for_selector("[data-handbook-search][data-ready='true']", state="attached")
    assert page.get_attribute("[data-handbook-search]", "data-language") == language  # searches in its language
    help_link = page.locator(".handbook-header-link").first.get_attribute("href")
    root = urlsplit(edition().organisation.site_url).path  # "/", or "/handbook/" for a site in a folder
    assert help_link == root + ("cy/" if language == "cy" else "") + "contact-now/", help_link
    assert errors == []
    context.close()


def test_a_reply_template_copies_with_one_tap(browser, base_url: str) -> None:
    context = browser.new_context(viewport=PHONE, permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    page.goto(base_url + "abuse-response-plan/")
    buttons = page.locator("blockquote .handbook-copy")
    assert buttons.count() == page.locator("article blockquote").count() >= 6
    buttons.first.click()
    page.wait_for_selector("blockquote .handbook-copy[data-copied]")
    copied = page.evaluate("() => navigator.clipboard.readText()")
    assert copied == page.locator("article blockquote p").first.inner_text()
    context.close()

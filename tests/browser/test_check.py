"""The "is this account ours?" check in Chromium: every kind of answer in both languages, by
mouse and by keyboard, announced to screen readers; axe passes with an answer shown; without
JavaScript the page still lists the accounts."""

from __future__ import annotations

import pytest

from macros.core.i18n import translate
from tests.browser.test_accessibility import axe_violations, describe

pytestmark = pytest.mark.browser

# (what is typed, the kind of answer, a handle the answer must name)
ANSWERS = [
    ("https://www.instagram.com/monlibraries/?hl=en", "official", "@monlibraries"),
    ("https://x.com/MonLibraries", "closed", "@MonLibraries"),
    ("monIibraries", "lookalike", "@monlibraries"),
    ("Monmouthshire Libraries", "named", "@MonmouthshireLibraries"),
    ("cardifflibraries", "unknown", ""),
]
PAGES = {"en": "accounts/", "cy": "cy/check/"}


@pytest.fixture
def page(browser, base_url: str):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    yield page
    context.close()
    assert not errors, errors


def answer_title(page) -> str:
    page.wait_for_selector(".handbook-check__title")
    return page.inner_text(".handbook-check__title")


@pytest.mark.parametrize("lang", PAGES)
@pytest.mark.parametrize(("typed", "kind", "named"), ANSWERS)
def test_every_answer_by_mouse(page, base_url: str, lang: str, typed: str, kind: str, named: str) -> None:
    page.goto(base_url + PAGES[lang])
    page.click("#handbook-check-input")
    page.fill("#handbook-check-input", typed)
    page.click(".handbook-check button[type=submit]")
    page.wait_for_function(f"() => document.querySelector('[data-check-answer]').dataset.kind === '{kind}'")
    assert answer_title(page) == translate(f"check.{kind}.title", lang)
    answer = page.inner_text("[data-check-answer]")
    assert named in answer
    if kind in ("lookalike", "unknown"):
        assert page.query_selector('[data-check-answer] a[href="mailto:communications@monmouthshire.gov.uk"]')
        # The name reads right after the word before it: never "i Tîm Cyfathrebu".
        assert ("i'r Tîm Cyfathrebu (" if lang == "cy" else "to the communications team (") in answer
    if kind == "official":
        service = page.get_attribute("[data-check-answer] a[href$='/libraries/']", "href")
        assert service and page.evaluate("(href) => new URL(href, location.href).pathname", service) == \
            ("/accounts/libraries/" if lang == "en" else "/cy/accounts/libraries/")
    # The Check button announces at once.
    page.wait_for_function("() => document.querySelector('[data-check-status]').textContent.length > 0")
    assert page.inner_text("[data-check-status]") == translate(f"check.{kind}.title", lang)


@pytest.mark.parametrize("lang", PAGES)
@pytest.mark.parametrize(("typed", "kind", "named"), ANSWERS)
def test_every_answer_by_keyboard(page, base_url: str, lang: str, typed: str, kind: str, named: str) -> None:
    page.goto(base_url + PAGES[lang])
    for _ in range(80):  # Tab from the top of the page to the check's field
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement.id") == "handbook-check-input":
            break
    else:
        raise AssertionError("the check's field cannot be reached with the Tab key")
    page.keyboard.type(typed)
    page.keyboard.press("Enter")
    page.wait_for_function(f"() => document.querySelector('[data-check-answer]').dataset.kind === '{kind}'")
    assert answer_title(page) == translate(f"check.{kind}.title", lang)
    assert named in page.inner_text("[data-check-answer]")
    assert page.inner_text("[data-check-status]") == translate(f"check.{kind}.title", lang)


@pytest.mark.parametrize("lang", PAGES)
def test_keyboard_only_answers_as_you_type_and_announces(page, base_url: str, lang: str) -> None:
    page.goto(base_url + PAGES[lang])
    page.focus("#handbook-check-input")  # then nothing but keys
    page.keyboard.type("@monIibraries")
    page.wait_for_function("() => document.querySelector('[data-check-answer]').dataset.kind === 'lookalike'")
    page.wait_for_function("() => document.querySelector('[data-check-status]').textContent.length > 0")
    assert page.inner_text("[data-check-status]") == translate("check.lookalike.title", lang)
    page.keyboard.press("Control+A")
    page.keyboard.type("monlibraries")
    page.keyboard.press("Enter")  # submits the form, which answers and announces at once
    page.wait_for_function("() => document.querySelector('[data-check-answer]').dataset.kind === 'official'")
    assert page.inner_text("[data-check-status]") == translate("check.official.title", lang)
    assert page.evaluate("() => location.search") == ""  # Enter did not reload the page
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.type") == "submit"


@pytest.mark.parametrize("path", ["accounts/", "cy/check/"])
def test_axe_passes_with_an_answer_shown(page, base_url: str, path: str) -> None:
    page.goto(base_url + path)
    failures: list[str] = []
    for typed in ("monIibraries", "https://x.com/MonLibraries", "https://x.com/SirFynwy", "nobody_here"):
        page.fill("#handbook-check-input", typed)
        page.wait_for_selector(".handbook-check__title")
        failures += describe(path, axe_violations(page))
    assert not failures, "\n".join(failures)


def test_without_javascript_the_listing_is_still_there(browser, base_url: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(base_url + "accounts/")
    assert not page.is_visible(".handbook-check")  # the form needs JavaScript, so it stays hidden
    assert page.is_visible("p.handbook-check__nojs")
    assert page.inner_text("p.handbook-check__nojs") == translate("check.nojs", "en")
    assert page.is_visible(".handbook-handle >> text=@monlibraries")
    context.close()


def test_the_check_works_offline_from_the_site_alone(browser, base_url: str) -> None:
    context = browser.new_context()
    requested: list[str] = []
    context.on("request", lambda request: requested.append(request.url))
    page = context.new_page()
    page.goto(base_url + "check/")
    page.fill("#handbook-check-input", "monlibraries")
    page.wait_for_selector(".handbook-check__title")
    lookup = [url for url in requested if "/lookup/" in url]
    assert lookup and all(url.startswith(base_url) for url in lookup)
    context.close()

"""The search dialog: keyboard, announced counts, axe with results open, and nothing sent elsewhere."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest

from tools.search_browser import ask, open_search
from macros.core.cymraeg import STOP_WORDS, radicals
from tests.browser.test_accessibility import SCHEMES, WIDTHS, axe_violations, describe

pytestmark = pytest.mark.browser
INPUT = ".handbook-search__input"
FOCUS_IN_RESULTS = "() => !!document.activeElement.closest('.handbook-search__results')"


@pytest.fixture
def page(browser, base_url: str):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(base_url + "faqs/")
    page.wait_for_load_state("networkidle")
    yield page
    context.close()


@pytest.mark.parametrize("key", ["/", "s"])
def test_a_key_opens_the_search_with_focus_in_the_box(page, key: str) -> None:
    page.locator("body").press(key)
    assert page.is_visible(".handbook-search__dialog[open]")
    assert page.evaluate(f"() => document.activeElement.matches('{INPUT}')")
    assert page.input_value(INPUT) == ""  # the key opened the box; it was not typed into it


def test_arrows_move_through_results_enter_opens_and_esc_closes(page, base_url: str) -> None:
    open_search(page)
    ask(page, "abusive posts", base_url)
    page.keyboard.press("ArrowDown")
    first = page.evaluate("() => document.activeElement.href")
    assert page.evaluate(FOCUS_IN_RESULTS)
    page.keyboard.press("ArrowDown")
    assert page.evaluate("() => document.activeElement.href") != first
    page.keyboard.press("ArrowUp")
    page.keyboard.press("ArrowUp")
    assert page.evaluate(f"() => document.activeElement.matches('{INPUT}')")  # back in the box
    page.keyboard.press("Escape")
    assert not page.is_visible(".handbook-search__dialog[open]")
    # Focus goes back to the button in the dialog's "close" event, which the browser sends a moment
    # after Esc: wait for that state (a time-out here means it never came back).
    page.wait_for_function("() => document.activeElement.matches('.handbook-search__open')")
    open_search(page)
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    page.wait_for_url(first)


def test_the_header_button_works_with_the_keyboard_and_s_can_still_be_typed(page) -> None:
    page.focus(".handbook-search__open")
    page.keyboard.press("Enter")
    assert page.evaluate(f"() => document.activeElement.matches('{INPUT}')")
    page.keyboard.type("s/s")
    assert page.input_value(INPUT) == "s/s"  # inside the box, the shortcuts are just letters


@pytest.mark.parametrize(("path", "some", "none"), [("", r"\d+ results?", "No results"),
                                                    ("cy/", r"\d+ canlyniad", "Dim canlyniadau")])
def test_the_number_of_results_is_announced(browser, base_url: str, path: str, some: str, none: str) -> None:
    page = browser.new_page()
    page.goto(base_url + path)
    open_search(page)
    status = page.locator(".handbook-search__status")
    assert status.get_attribute("role") == "status" and status.get_attribute("aria-live") == "polite"
    ask(page, "instagram", base_url)
    assert re.fullmatch(some, status.text_content().strip()), status.text_content()
    ask(page, "zzqxv", base_url)
    assert status.text_content().strip() == none
    page.close()


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize(("path", "query"), [("", "what happens when the account admin leaves"),
                                             ("cy/", "cyfrif instagram y llyfrgell")])
def test_axe_passes_with_results_open(browser, base_url: str, path: str, query: str, width: str, scheme: str) -> None:
    context = browser.new_context(viewport={"width": WIDTHS[width], "height": 900},
                                  color_scheme="dark" if scheme == "dark" else "light")
    page = context.new_page()
    page.goto(base_url + path)
    page.wait_for_load_state("networkidle")
    open_search(page)
    assert len(ask(page, query, base_url)) >= 2
    failures = describe(f"{path} (search open)", axe_violations(page))
    context.close()
    assert not failures, "\n".join(failures)


def test_reading_and_searching_asks_no_other_host(browser, base_url: str) -> None:
    context = browser.new_context()
    requests: list[str] = []
    context.on("request", lambda request: requests.append(request.url))
    page = context.new_page()
    for path, query in (("", None), ("accounts/", None), ("faqs/", "trolls"), ("cy/", "gyngor"),
                        ("cy/accounts/", "@monlibraries")):
        page.goto(base_url + path)
        page.wait_for_load_state("networkidle")
        if query:
            open_search(page)
            assert ask(page, query, base_url)
    context.close()
    assert any(".pf_index" in url for url in requests)  # negative control: the search's requests are seen
    local = urlsplit(base_url).netloc
    elsewhere = sorted({url for url in requests if urlsplit(url).scheme in ("http", "https")
                        and urlsplit(url).netloc != local})
    assert not elsewhere, elsewhere


WORDS = ["nghyngor", "gyngor", "Gymraeg", "chyngor", "dref", "nhref", "thref", "bont", "mhont", "phont", "fam",
         "lyfrgell", "llyfrgell", "raglen", "rhaglen", "ardd", "waith", "henw", "hysgol", "ŵyr", "ddrws", "ngardd",
         "ngham-drin", "gamgymeriad", "sut", "nid", "swyddog", "ffôn", "2fa", "Instagram"]


def test_the_browser_takes_mutations_off_as_python_does(browser, base_url: str) -> None:
    page = browser.new_page()
    page.goto(base_url + "cy/")
    found = page.evaluate("""async (words) => {
        const {settings} = await handbookSearch.load(new URL("../", location.href).href, "cy");
        return {radicals: words.map((word) => handbookSearch.radicals(word, settings)),
                stop: [...settings.stop],
                plan: (await handbookSearch.plan("gwnes i gamgymeriad", settings)).map((group) => [...group.forms])};
    }""", WORDS)
    page.close()
    assert [set(found_radicals) for found_radicals in found["radicals"]] == [radicals(word) for word in WORDS]
    assert set(found["stop"]) == STOP_WORDS
    assert found["plan"] == [["gamgymeriad", "camgymeriad"]]  # stop words gone, the radical added

"""The site works with the keyboard alone, and focus is always visible."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

FOCUS_STYLE = """() => {
  let element = document.activeElement;
  if (element.matches("input.md-option")) element = element.nextElementSibling;  // its visible label
  const style = getComputedStyle(element);
  const visible = element.getBoundingClientRect().width > 0;
  return {visible, outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
          what: element.tagName + '.' + element.className + ' ' + (element.getAttribute('aria-label') || element.textContent.trim().slice(0, 40))};
}"""


def tab_until(page, test: str, limit: int = 40) -> None:
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(f"() => {{ const e = document.activeElement; return !!({test}); }}"):
            return
    raise AssertionError(f"could not reach an element where {test} with the Tab key")


@pytest.fixture
def page(browser, base_url: str):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(base_url)
    page.wait_for_load_state("networkidle")
    yield page
    context.close()


def test_skip_link_moves_focus_to_the_content(page) -> None:
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.classList.contains('md-skip')")
    assert page.evaluate("() => document.activeElement.getBoundingClientRect().height > 0")  # shown on focus
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    assert page.evaluate("() => !!document.activeElement.closest('.md-content')"), \
        "after the skip link, the next Tab should land in the page content"


def test_focus_is_always_visible(page) -> None:
    for _ in range(30):
        page.keyboard.press("Tab")
        focus = page.evaluate(FOCUS_STYLE)
        assert focus["visible"] and focus["outline"], f"no visible focus on {focus['what']}"


def test_search_works_with_the_keyboard(page, base_url: str) -> None:
    tab_until(page, "e.matches('.handbook-search__open')")
    page.keyboard.press("Enter")
    page.keyboard.type("abusive posts")
    page.wait_for_selector(".handbook-search__result a", timeout=10_000)
    page.keyboard.press("ArrowDown")
    assert page.evaluate("() => !!document.activeElement.closest('.handbook-search__results')")
    page.keyboard.press("Enter")
    page.wait_for_url("**/abuse-response-plan/**", timeout=10_000)


def test_language_switcher_works_with_the_keyboard(page) -> None:
    tab_until(page, "e.getAttribute('aria-label') === 'Select language'")
    tab_until(page, "e.getAttribute('hreflang') === 'cy'", limit=3)
    page.keyboard.press("Enter")
    page.wait_for_url("**/cy/**", timeout=10_000)
    assert page.get_attribute("html", "lang") == "cy"


def test_colour_scheme_toggle_works_with_the_keyboard(page) -> None:
    before = page.get_attribute("body", "data-md-color-scheme")
    tab_until(page, "e.matches('input.md-option')")
    page.keyboard.press("Space")
    after = page.get_attribute("body", "data-md-color-scheme")
    assert {before, after} == {"default", "slate"}
    page.keyboard.press("Enter")  # and back again, with focus still on the switch
    assert page.get_attribute("body", "data-md-color-scheme") == before
    assert page.evaluate("() => document.activeElement.matches('input.md-option')")

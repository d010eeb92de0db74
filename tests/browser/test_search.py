"""Staff find answers by typing their worry into the real search box."""

from __future__ import annotations

import pytest

from tests.browser.search_questions import HANDLES, QUESTIONS

pytestmark = pytest.mark.browser
PASS_MARK = 0.9


@pytest.fixture(scope="module")
def search(browser, base_url: str):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(base_url)
    page.wait_for_load_state("networkidle")
    page.click(".md-search__input")
    page.wait_for_function(
        "() => !document.querySelector('.md-search-result__meta').textContent.includes('Initializing')")

    def top_pages(query: str, count: int = 3) -> list[str]:
        page.fill(".md-search__input", "")
        page.keyboard.type(query, delay=5)
        previous = None
        for _ in range(40):  # results update as you type: wait until they settle
            page.wait_for_timeout(250)
            hrefs = page.eval_on_selector_all(
                "li.md-search-result__item",
                f"items => items.slice(0, {count}).map(item => item.querySelector('a').href)")
            if hrefs and hrefs == previous:
                break
            previous = hrefs
        return [href.removeprefix(base_url).split("?")[0].split("#")[0].strip("/") for href in hrefs]

    yield top_pages
    context.close()


def test_staff_questions_find_the_right_page(search) -> None:
    misses = []
    for question, expected in QUESTIONS:
        found = search(question)
        if not {page.split("/")[0] for page in found} & expected:
            misses.append(f"{question!r}: expected {sorted(expected)}, got {found}")
    score = 1 - len(misses) / len(QUESTIONS)
    print(f"search: {len(QUESTIONS) - len(misses)} of {len(QUESTIONS)} questions found the right page "
          f"in the first three results ({score:.0%})")
    for miss in misses:
        print("  miss:", miss)
    assert len(QUESTIONS) >= 25
    assert score >= PASS_MARK, "\n".join(misses)


@pytest.mark.parametrize("handle", HANDLES)
def test_an_account_handle_finds_the_accounts_page(search, handle: str) -> None:
    assert search(handle, count=1) == ["accounts"]


def test_a_nonsense_query_finds_nothing(search) -> None:
    # Negative control: the checker does not pass everything.
    assert search("zzqxv") == []

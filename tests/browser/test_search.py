"""Staff find answers by typing their worry into the real search box, in English and in Welsh.

The dialog, keyboard, accessibility and privacy checks are in test_search_dialog.py.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

import pytest

from tools.search_browser import Result, ask, open_search
from tests.browser.search_questions import HANDLES, QUESTIONS
from tests.browser.search_questions_cy import QUESTIONS_CY
from tests.edition import edition
from tools.sitebuild import ROOT

pytestmark = pytest.mark.browser
PASS_MARK = 0.9
Search = Callable[..., list[Result]]


def waiting_for(pages: set[str]) -> str:
    """Why a Welsh question cannot be asked yet: none of its pages is in Welsh. "" once one is."""
    files = [f"docs/{slug or 'index'}.cy.md" for slug in sorted(pages)]
    if any((ROOT / file).exists() for file in files):
        return ""
    return f"asked once the Welsh page exists: {' or '.join(files)}"


ASKED_CY = [(question, pages) for question, pages in QUESTIONS_CY if not waiting_for(pages)]


@pytest.fixture(scope="module")
def search(browser, base_url: str) -> Iterator[Callable[[str], Search]]:
    """search("cy")("question") → the first results on a Welsh page, in a dialog kept open.

    Each answer is asked for once and kept: the built site does not change during the module, and
    two tests read the answers to every staff question (are they right; are they three pages)."""
    contexts, pages, answers = [], {}, {}

    def in_language(language: str) -> Search:
        if language not in pages:
            context = browser.new_context(viewport={"width": 1280, "height": 900})
            contexts.append(context)
            page = context.new_page()
            page.goto(base_url + ("cy/" if language == "cy" else ""))
            page.wait_for_load_state("networkidle")
            open_search(page)
            pages[language] = page

        def asked(query: str, count: int = 3) -> list[Result]:
            if (language, query, count) not in answers:
                answers[language, query, count] = ask(pages[language], query, base_url, count)
            return list(answers[language, query, count])

        return asked

    yield in_language
    for context in contexts:
        context.close()


def score(search: Search, questions: list[tuple[str, set[str]]], label: str) -> float:
    misses = []
    for question, expected in questions:
        found = [result.page for result in search(question)]
        if not set(found) & expected:
            misses.append(f"{question!r}: expected {sorted(expected)}, got {found}")
    right = len(questions) - len(misses)
    print(f"{label}: {right} of {len(questions)} questions found the right page in the first three results "
          f"({right / len(questions):.0%})")
    for miss in misses:
        print("  miss:", miss)
    return right / len(questions)


def test_staff_questions_find_the_right_page(search) -> None:
    assert len(QUESTIONS) >= 45
    assert score(search("en"), QUESTIONS, "English search") >= PASS_MARK


def test_welsh_questions_find_the_right_welsh_page(search) -> None:
    assert len(QUESTIONS_CY) >= 30
    assert len(ASKED_CY) >= 10, "the Welsh accounts page alone answers more questions than this"
    print(f"{len(QUESTIONS_CY) - len(ASKED_CY)} Welsh questions wait for their chapter in Welsh")
    assert score(search("cy"), ASKED_CY, "Welsh search") >= PASS_MARK


@pytest.mark.parametrize("language", ["en", "cy"])
@pytest.mark.parametrize("handle", HANDLES)
def test_a_handle_finds_its_account_with_or_without_the_at(search, language: str, handle: str) -> None:
    bare = handle.removeprefix("@")
    for typed in (bare, "@" + bare):
        found = search(language)(typed, count=1)
        assert [result.page for result in found] == ["accounts"], typed
        assert found[0].href.lower().endswith(f"-{bare.lower()}"), f"{typed} should open the account's row"


@pytest.mark.parametrize("language", ["en", "cy"])
def test_a_nonsense_query_finds_nothing(search, language: str) -> None:
    # Negative control: the checker does not pass everything.
    assert search(language)("zzqxv") == []
    assert search(language)("instagram")  # and the same box does find things


@pytest.mark.parametrize(("language", "queries"), [
    ("en", ["cyfrifon", "llyfrgelloedd", "instagram", "accounts", "Cyngor Sir Fynwy"]),
    ("cy", ["accounts", "abuse", "instagram", "cyfrifon", "threatened"]),
])
def test_no_result_comes_from_the_other_language(search, base_url: str, language: str, queries: list[str]) -> None:
    welsh = re.compile(re.escape(base_url) + "cy/")
    for query in queries:
        found = search(language)(query, count=50)
        assert all(bool(welsh.match(result.href)) == (language == "cy") for result in found), (query, found)
    assert search(language)("instagram")  # negative control: the queries do find pages


# ---- issue 17: one result per page, every kind of page findable, typos and Welsh word forms ----

def pages_of(found: list[Result], base_url: str) -> list[str]:
    """Each result's page, as its path: a service's page is accounts/<service>/, not just accounts."""
    return [result.href.removeprefix(base_url).split("#")[0] for result in found]


@pytest.mark.parametrize("language", ["en", "cy"])
def test_the_first_three_results_are_three_different_pages(search, base_url: str, language: str) -> None:
    questions = QUESTIONS if language == "en" else ASKED_CY
    repeated = [(question, pages) for question, _ in questions
                if len(set(pages := pages_of(search(language)(question), base_url))) < len(pages)]
    assert repeated == []


@pytest.mark.parametrize("language", ["en", "cy"])
def test_a_service_and_a_platform_find_that_services_page(search, base_url: str, language: str) -> None:
    registry = edition().registry
    asked = 0
    for service in registry.services_in_use()[:4]:
        account = registry.by_service(service.slug)[0]
        found = pages_of(search(language)(f"{service.label(language)} {account.platform.name}"), base_url)
        folder = "cy/" if language == "cy" else ""
        assert found[0] == f"{folder}accounts/{service.slug}/", (service.slug, found)
        asked += 1
    assert asked


@pytest.mark.parametrize(("language", "question"), [
    ("en", "is this a fake account pretending to be the council"),
    ("cy", "ai cyfrif ffug yw hwn sy'n esgus bod yn ni"),
])
def test_a_question_about_a_fake_account_finds_the_check_and_the_card(search, base_url: str, language: str,
                                                                      question: str) -> None:
    found = search(language)(question, count=5)
    hrefs = [result.href.removeprefix(base_url).removeprefix("cy/") for result in found]
    assert any(href.startswith("scenarios/fake-account/") for href in hrefs[:3]), hrefs
    assert any(href.startswith("check/") or href.startswith("accounts/#check-an-account") for href in hrefs), hrefs


@pytest.mark.parametrize(("language", "typed", "answers"), [
    ("en", "harrassment online", {"abuse-response-plan", "house-rules", "scenarios"}),
    ("en", "pasword manager", {"running-an-account"}),
    ("cy", "bygythaid", {"abuse-response-plan", "house-rules", "scenarios"}),
    ("cy", "cyfrinar", {"running-an-account", "scenarios"}),
])
def test_a_misspelt_word_still_finds_its_page(search, language: str, typed: str, answers: set[str]) -> None:
    assert {result.page for result in search(language)(typed)} & answers
    assert search(language)("zzqxvw") == []  # negative control: nothing is near a word that is nowhere


@pytest.mark.parametrize(("typed", "answers"), [
    ("cyfrifon ffug", {"scenarios", "check", "accounts"}),   # plural: the pages say "cyfrif ffug"
    ("blociais rywun", {"abuse-response-plan", "house-rules", "faqs"}),  # a past tense: the pages say "blocio"
    ("negeseuon bygythiol", {"abuse-response-plan", "scenarios"}),
])
def test_a_welsh_plural_or_verb_form_finds_the_page_using_another_form(search, typed: str, answers: set[str]) -> None:
    assert {result.page for result in search("cy")(typed)} & answers

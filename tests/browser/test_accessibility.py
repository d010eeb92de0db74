"""WCAG 2.2 AA with axe-core on every built page, both languages, two widths, both schemes.

Each page is loaded once per width and checked in both colour schemes: in the one it opens in,
then again after the reader's own switch (the theme's palette button). The theme remembers the
choice, so pages open alternately in the light and the dark scheme.
"""

from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.browser.conftest import all_pages, open_page
from tools.sitebuild import Build

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
# Only violations are reported: axe then skips the details of every passing check (a third faster).
AXE_OPTIONS = {"runOnly": {"type": "tag", "values": WCAG_TAGS}, "resultTypes": ["violations"]}
WIDTHS = {"desktop": 1280, "phone": 375}
SCHEMES = {"light": "default", "dark": "slate"}
# Half the pages each, so that two workers share a width's pages.
LANGUAGES = {"en": lambda path: not path.startswith("cy/"), "cy": lambda path: path.startswith("cy/")}
PALETTE_BUTTON = "[data-md-component=palette] label:not([hidden])"
# The switch is over when the body names the other scheme and the theme has ended its switching state.
SWITCHED = """(scheme) => document.body.getAttribute("data-md-color-scheme") === scheme
    && !document.body.hasAttribute("data-md-color-switching")"""


def describe(page_path: str, violations: list[dict]) -> list[str]:
    lines = []
    for violation in violations:
        for node in violation["nodes"]:
            fix = " ".join(node.get("failureSummary", "").split())
            lines.append(f"/{page_path}: {violation['id']} ({violation['impact']}) on {node['target']}: {fix} "
                         f"[{violation['helpUrl']}]")
    return lines


def switch_scheme(page: object) -> None:
    """Click the theme's palette button and wait until the other scheme shows. (A click from the
    page's script, not the mouse: nothing is focused or hovered, as on a page just opened.)"""
    shown = page.get_attribute("body", "data-md-color-scheme")
    wanted = next(scheme for scheme in SCHEMES.values() if scheme != shown)
    page.eval_on_selector(PALETTE_BUTTON, "button => button.click()")
    page.wait_for_function(SWITCHED, arg=wanted)


def check_in_both_schemes(page: object, axe: Axe, path: str) -> tuple[list[str], list[str]]:
    """axe on the open page in the scheme it opened in, then in the other: (failures, schemes checked)."""
    failures, schemes = [], []
    for turn in range(len(SCHEMES)):
        if turn:
            switch_scheme(page)
        scheme = page.get_attribute("body", "data-md-color-scheme")
        failures += describe(f"{path} ({scheme})", axe.run(page, options=AXE_OPTIONS).response["violations"])
        schemes.append(scheme)
    return failures, schemes


@pytest.mark.browser
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("width", WIDTHS)
def test_every_page_has_no_wcag_violations(browser, base_url: str, site: Build, width: str, language: str) -> None:
    axe = Axe()
    context = browser.new_context(viewport={"width": WIDTHS[width], "height": 900}, color_scheme="light")
    page = context.new_page()
    failures: list[str] = []
    pages = [path for path in all_pages(site) if LANGUAGES[language](path)]
    if language == "cy" and not pages:
        pytest.skip("this edition has no Welsh pages")
    assert len(pages) >= 10, pages
    for path in pages:
        open_page(page, base_url + path)
        found, schemes = check_in_both_schemes(page, axe, path)
        assert sorted(schemes) == sorted(SCHEMES.values()), (path, schemes)
        failures += found
    context.close()
    print(f"axe: {len(pages)} pages at {width} width, in both schemes, {len(failures)} violations")
    assert not failures, "\n".join(failures)


@pytest.mark.browser
def test_a_failure_in_the_dark_scheme_only_is_found(browser, base_url: str) -> None:
    # Negative control for the switch: faint text in the dark scheme alone, on a page that opens light.
    context = browser.new_context(viewport={"width": 1280, "height": 900}, color_scheme="light")
    context.add_init_script("""document.addEventListener("DOMContentLoaded", () => {
        const style = document.createElement("style");
        style.textContent = "[data-md-color-scheme=slate] .md-content p { color: #333 !important }";
        document.head.append(style);
    })""")
    page = context.new_page()
    open_page(page, base_url)
    failures, schemes = check_in_both_schemes(page, Axe(), "")
    context.close()
    assert schemes == ["default", "slate"]
    assert failures and all(" (slate): color-contrast " in failure for failure in failures), failures


@pytest.mark.browser
def test_axe_reports_a_known_failure(browser, base_url: str) -> None:
    # Negative control: the same check flags a page with an unlabelled image and low contrast.
    page = browser.new_page()
    page.set_content('<html lang="en"><body><main><img src="x.png">'
                     '<p style="color:#bbb;background:#fff">faint</p></main></body></html>')
    violations = Axe().run(page, options=AXE_OPTIONS).response["violations"]
    assert {"image-alt", "color-contrast"} <= {v["id"] for v in violations}
    page.close()

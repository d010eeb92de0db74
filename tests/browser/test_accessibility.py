"""WCAG 2.2 AA with axe-core on every built page, both languages, two widths, both schemes; and
no page logs or throws an error meanwhile.

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
# The same checks without naming the elements they looked at (a sixth faster): enough to know
# whether a page passes. Only a page that fails is checked again, to say where.
QUICK_OPTIONS = {**AXE_OPTIONS, "selectors": False, "elementRef": False}
AXE_SOURCE = Axe().axe_script
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


def axe_violations(page: object) -> list[dict]:
    """axe's WCAG violations on the open page. axe is added once per page: switching the scheme
    does not reload it."""
    if not page.evaluate("() => typeof window.axe === 'object'"):
        page.evaluate(AXE_SOURCE)
    if not page.evaluate("(options) => axe.run(document, options).then((found) => found.violations.length)",
                         QUICK_OPTIONS):
        return []
    return page.evaluate("(options) => axe.run(document, options).then((found) => found.violations)", AXE_OPTIONS)


def switch_scheme(page: object) -> None:
    """Click the theme's palette button and wait until the other scheme shows. (A click from the
    page's script, not the mouse: nothing is focused or hovered, as on a page just opened.)"""
    shown = page.get_attribute("body", "data-md-color-scheme")
    wanted = next(scheme for scheme in SCHEMES.values() if scheme != shown)
    page.eval_on_selector(PALETTE_BUTTON, "button => button.click()")
    page.wait_for_function(SWITCHED, arg=wanted)


def check_in_both_schemes(page: object, path: str) -> tuple[list[str], list[str]]:
    """axe on the open page in the scheme it opened in, then in the other: (failures, schemes checked)."""
    failures, schemes = [], []
    for turn in range(len(SCHEMES)):
        if turn:
            switch_scheme(page)
        scheme = page.get_attribute("body", "data-md-color-scheme")
        failures += describe(f"{path} ({scheme})", axe_violations(page))
        schemes.append(scheme)
    return failures, schemes


def check_pages(page: object, base_url: str, paths: list[str]) -> list[str]:
    """Open each page and check it with axe in both schemes: every failure, and every error a page
    logged or threw while it was open (loading, switching, being checked)."""
    errors: list[str] = []

    def logged(message: object) -> None:
        source = message.location.get("url", "")
        # A page that names no icon (a short address's redirect page) gets a request for the site's
        # /favicon.ico from the browser itself, not from the page: not the page's error.
        if message.type == "error" and not source.endswith("/favicon.ico"):
            errors.append(f"{page.url}: {message.text}" + (f" ({source})" if source and source != page.url else ""))

    page.on("console", logged)
    page.on("pageerror", lambda error: errors.append(f"{page.url}: {error}"))
    failures: list[str] = []
    for path in paths:
        open_page(page, base_url + path)
        found, schemes = check_in_both_schemes(page, path)
        assert sorted(schemes) == sorted(SCHEMES.values()), (path, schemes)
        failures += found
    return failures + errors


@pytest.mark.browser
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("width", WIDTHS)
def test_every_page_passes_axe_and_logs_no_error(browser, base_url: str, site: Build, width: str,
                                                 language: str) -> None:
    context = browser.new_context(viewport={"width": WIDTHS[width], "height": 900}, color_scheme="light")
    page = context.new_page()
    pages = [path for path in all_pages(site) if LANGUAGES[language](path)]
    if language == "cy" and not pages:
        pytest.skip("this edition has no Welsh pages")
    assert len(pages) >= 10, pages
    failures = check_pages(page, base_url, pages)
    context.close()
    print(f"axe: {len(pages)} pages at {width} width, in both schemes, {len(failures)} failures")
    assert not failures, "\n".join(failures)


@pytest.mark.browser
def test_an_error_a_page_logs_is_found(browser, base_url: str) -> None:
    # Negative control for the walk above: one page throws an error as it loads, another logs one
    # and asks for a file that is not there.
    context = browser.new_context(viewport={"width": 1280, "height": 900}, color_scheme="light")
    context.add_init_script("""document.addEventListener("DOMContentLoaded", () => {
        if (!location.pathname.endsWith("/faqs/")) throw new Error("thrown on purpose");
        console.error("logged on purpose");
        const image = document.createElement("img");
        image.src = "missing-on-purpose.png";
        image.alt = "";
        document.querySelector("article").append(image);
    })""")
    page = context.new_page()
    found = check_pages(page, base_url, ["", "faqs/"])
    context.close()
    assert len(found) == 3, found
    assert found[0].startswith(base_url + ": ") and found[0].endswith("thrown on purpose"), found
    assert found[1] == f"{base_url}faqs/: logged on purpose", found
    assert found[2].startswith(f"{base_url}faqs/: Failed to load resource") and \
        found[2].endswith(f"({base_url}faqs/missing-on-purpose.png)"), found


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
    failures, schemes = check_in_both_schemes(page, "")
    context.close()
    assert schemes == ["default", "slate"]
    assert failures and all(" (slate): color-contrast " in failure for failure in failures), failures


@pytest.mark.browser
def test_axe_reports_a_known_failure(browser, base_url: str) -> None:
    # Negative control: the same check flags a page with an unlabelled image and low contrast.
    page = browser.new_page()
    page.set_content('<html lang="en"><body><main><img src="x.png">'
                     '<p style="color:#bbb;background:#fff">faint</p></main></body></html>')
    violations = axe_violations(page)
    assert {"image-alt", "color-contrast"} <= {v["id"] for v in violations}
    assert any("img" in " ".join(node["target"]) for v in violations for node in v["nodes"])  # says where
    page.close()

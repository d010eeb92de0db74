"""WCAG 2.2 AA with axe-core on every built page, both languages, two widths, both schemes."""

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


def describe(page_path: str, violations: list[dict]) -> list[str]:
    lines = []
    for violation in violations:
        for node in violation["nodes"]:
            fix = " ".join(node.get("failureSummary", "").split())
            lines.append(f"/{page_path}: {violation['id']} ({violation['impact']}) on {node['target']}: {fix} "
                         f"[{violation['helpUrl']}]")
    return lines


@pytest.mark.browser
@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("width", WIDTHS)
def test_every_page_has_no_wcag_violations(browser, base_url: str, site: Build, width: str, scheme: str) -> None:
    axe = Axe()
    context = browser.new_context(viewport={"width": WIDTHS[width], "height": 900},
                                  color_scheme="dark" if scheme == "dark" else "light")
    page = context.new_page()
    failures: list[str] = []
    pages = all_pages(site)
    assert len(pages) >= 20, pages  # both languages
    for path in pages:
        open_page(page, base_url + path)
        assert page.get_attribute("body", "data-md-color-scheme") == SCHEMES[scheme]
        result = axe.run(page, options=AXE_OPTIONS)
        failures += describe(path, result.response["violations"])
    context.close()
    print(f"axe: {len(pages)} pages at {width} width in the {scheme} scheme, {len(failures)} violations")
    assert not failures, "\n".join(failures)


@pytest.mark.browser
def test_axe_reports_a_known_failure(browser, base_url: str) -> None:
    # Negative control: the same check flags a page with an unlabelled image and low contrast.
    page = browser.new_page()
    page.set_content('<html lang="en"><body><main><img src="x.png">'
                     '<p style="color:#bbb;background:#fff">faint</p></main></body></html>')
    violations = Axe().run(page, options=AXE_OPTIONS).response["violations"]
    assert {"image-alt", "color-contrast"} <= {v["id"] for v in violations}
    page.close()

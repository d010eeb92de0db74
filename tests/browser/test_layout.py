"""What a reader sees: the tab bar fits on common desktop widths in both languages."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("width", [1280, 1440, 1600])
@pytest.mark.parametrize("path", ["", "cy/"])
def test_every_tab_is_visible(browser: object, base_url: str, path: str, width: int) -> None:
    page = browser.new_page(viewport={"width": width, "height": 900})
    page.goto(base_url + path)
    tabs = page.evaluate("""() => [...document.querySelectorAll('.md-tabs__link')].map(link => ({
        text: link.textContent.trim(), right: link.getBoundingClientRect().right,
        clipped: link.scrollWidth > link.clientWidth }))""")
    bar = page.evaluate("() => { const list = document.querySelector('.md-tabs__list');"
                        " return [list.scrollWidth, list.clientWidth]; }")
    page.close()
    assert len(tabs) >= 8
    hidden = [tab["text"] for tab in tabs if tab["right"] > width or tab["clipped"]]
    assert hidden == [], f"tabs cut off at {width} px: {hidden}"
    assert bar[0] <= bar[1] + 1, f"the tab bar scrolls: {bar}"

"""Addresses from configuration in a page's Markdown link: encoded so that no value can close the
link or open another (the check refuses such values too; this is the second lock)."""

from __future__ import annotations

import markdown
import pytest
from bs4 import BeautifulSoup

from macros.render.text import markdown_url

HOSTILE = ["https://github.com/council/handbook)[click](javascript:alert(1)",
           'https://github.com/council/handbook" onmouseover="alert(1)',
           "https://github.com/council/handbook> <script>alert(1)</script>",
           "https://github.com/council/handbook `code` *em* _em_"]


def links(url: str) -> list[str]:
    html = markdown.markdown(f"Read [our repository]({url}/issues) today.", extensions=["attr_list", "md_in_html"])
    return [a.get("href") for a in BeautifulSoup(html, "html.parser").find_all("a")]


@pytest.mark.parametrize("url", HOSTILE)
def test_an_encoded_address_stays_one_link(url: str) -> None:
    found = links(markdown_url(url))
    assert len(found) == 1 and found[0].startswith("https://github.com/council/handbook"), found
    assert found[0].endswith("/issues")


def test_a_raw_address_could_open_another_link() -> None:  # negative control: what the encoding prevents
    assert "javascript:alert(1" in " ".join(href or "" for href in links(HOSTILE[0]))


@pytest.mark.parametrize("url", ["https://github.com/council/handbook", "https://www.example.org/a_b-c.d/?x=1&y=2#top",
                                 "https://example.org/%28already%29/encoded/"])
def test_an_ordinary_address_is_unchanged(url: str) -> None:
    assert markdown_url(url) == url

"""A logo is published on the site: it may not run code, load files from elsewhere or embed a page."""

from __future__ import annotations

import pytest

from macros.core.svg import PNG_SIGNATURE, logo_problem

SVG = '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 8 8">{}</svg>'


@pytest.mark.parametrize(("inside", "words"), [
    ("<script>alert(1)</script>", "has a <script> element"),
    ('<rect width="8" height="8" onclick="alert(1)"/>', "has an event attribute (onclick) on <rect>"),
    ('<a href="javascript:alert(1)"><text>x</text></a>', "links to another file or address from <a>"),
    ('<image xlink:href="https://tracker.example/p.png"/>', "links to another file or address from <image>"),
    ("<foreignObject><div>hello</div></foreignObject>", "has a <foreignObject> element"),
    ('<rect fill="url(https://tracker.example/p#x)"/>', "loads something from elsewhere (url(...)) in <rect>"),
    ("<style>@import url(https://fonts.example/a.css);</style>", "has a <style> that loads something from elsewhere"),
])
def test_an_svg_that_runs_code_or_loads_files_is_refused(inside: str, words: str) -> None:
    assert words in (logo_problem("logo.svg", SVG.format(inside).encode()) or "")


def test_declarations_and_files_that_are_not_images_are_refused() -> None:
    assert "DOCTYPE or ENTITY" in logo_problem(
        "logo.svg", b'<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaaaaaa">]><svg>&a;</svg>')
    assert "is not an SVG image" in logo_problem("logo.svg", b"<html><body>hello</body></html>")
    assert "is not a readable SVG" in logo_problem("logo.svg", b"GIF89a")
    assert "is not a PNG image" in logo_problem("logo.png", b"<svg/>")


def test_a_plain_logo_is_kept() -> None:  # negative controls
    plain = SVG.format('<defs><linearGradient id="g"/></defs><rect fill="url(#g)" width="8" height="8"/>'
                       '<use href="#g"/><title>Logo</title><!-- a comment --><style>rect { fill: #fff }</style>')
    assert logo_problem("logo.svg", plain.encode()) is None
    assert logo_problem("logo.png", PNG_SIGNATURE + b"\x00" * 16) is None

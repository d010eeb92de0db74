"""The service pages' front matter is written by a YAML writer, so any service name reads back
exactly as MkDocs reads it: emoji, right-to-left text, combining marks, quotes."""

from __future__ import annotations

import json

import pytest
from mkdocs.utils.meta import get_data

from macros.pipeline.prepare import service_page_markdown

NAMES = [
    "Parks 🌳 and play 👩🏽‍🦽",  # outside the Basic Multilingual Plane, and a joined emoji sequence
    "פארקים וגנים",  # right to left
    "مكتبات ١٢٣",
    "Llyfrgelloedd e\u0301 a\u0308",  # combining marks
    "Parks \"Green\" 'spaces': #1 - [new] {soon} & more",  # quotes and YAML's own marks
    "yes",  # a YAML 1.1 boolean, as text
    "0123",
]


@pytest.mark.parametrize("name", NAMES)
def test_front_matter_reads_back_exactly(name: str) -> None:
    markdown = service_page_markdown("parks", name, f"The accounts of {name}.")
    body, meta = get_data(markdown)
    assert meta == {"title": name, "description": f"The accounts of {name}.", "handbook_service": "parks"}
    assert body == '{{ service_accounts("parks") }}\n'


def test_json_escapes_were_not_enough() -> None:  # negative control: how the pages were written before
    body, meta = get_data(f"---\ntitle: {json.dumps(NAMES[0])}\n---\n\nbody\n")
    assert meta == {} and body.startswith("---")  # the front matter became the page's first lines

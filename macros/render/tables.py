"""Tables that read on a phone: each cell carries its column's heading, so the stylesheet can
stack a row into a short card on a narrow screen (handbook.css, "Tables on phones") instead of
making the reader scroll sideways. Works on any HTML: it knows nothing of the generator.
"""

from __future__ import annotations

import re

from lxml import html as lxml_html

# A table Markdown wrote: no class of its own (listings and contact tables have theirs).
_PLAIN_TABLE = re.compile(r"<table>.*?</table>", re.DOTALL)
MIN_COLUMNS = 3  # two columns fit a phone as they are
STACKED = "data-stack"  # an attribute, not a class: the theme styles only tables without a class


def label_table_cells(html: str) -> str:
    """Give every cell of each plain table of MIN_COLUMNS or more a data-label with its column's heading."""
    if "<table>" not in html:
        return html
    return _PLAIN_TABLE.sub(lambda match: _labelled(match.group(0)), html)


def _labelled(source: str) -> str:
    if "data-label=" in source:
        return source  # a listing our templates made: its cells carry their labels already
    table = lxml_html.fragment_fromstring(source)
    headings = [" ".join(th.text_content().split()) for th in table.xpath("./thead/tr[1]/th")]
    if len(headings) < MIN_COLUMNS:
        return source
    table.set(STACKED, "")
    for row in table.xpath("./tbody/tr"):
        for heading, cell in zip(headings, row.xpath("./td")):
            cell.set("data-label", heading)
    return lxml_html.tostring(table, encoding="unicode")

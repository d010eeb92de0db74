"""Tables stack on phones: each cell of a wide plain table knows its column's heading."""

from __future__ import annotations

from macros.render.tables import STACKED, label_table_cells

WIDE = ("<p>Before</p><table>\n<thead>\n<tr>\n<th>Type</th>\n<th>What to do</th>\n<th>How fast</th>\n</tr>\n</thead>\n"
        "<tbody>\n<tr>\n<td>Threats</td>\n<td>Call <a href=\"#x\">999</a> &amp; escalate</td>\n<td>At once</td>\n</tr>\n"
        "</tbody>\n</table><p>After</p>")


def test_each_cell_of_a_wide_table_carries_its_heading() -> None:
    html = label_table_cells(WIDE)
    assert f'<table {STACKED}="">' in html
    assert '<td data-label="Type">Threats</td>' in html
    assert '<td data-label="What to do">Call <a href="#x">999</a> &amp; escalate</td>' in html
    assert html.startswith("<p>Before</p>") and html.endswith("<p>After</p>")


def test_narrow_and_classed_tables_are_left_alone() -> None:  # negative controls
    narrow = "<table><thead><tr><th>A</th><th>B</th></tr></thead><tbody><tr><td>1</td><td>2</td></tr></tbody></table>"
    assert label_table_cells(narrow) == narrow
    listing = '<table class="x"><thead><tr><th>A</th><th>B</th><th>C</th></tr></thead></table>'
    assert label_table_cells(listing) == listing
    assert label_table_cells("<p>No table</p>") == "<p>No table</p>"
    labelled = ('<table><thead><tr><th>A</th><th>B</th><th>C</th></tr></thead><tbody><tr><td data-label="A">1</td>'
                '<td data-label="B">2</td><td data-label="C">3</td></tr></tbody></table>')
    assert label_table_cells(labelled) == labelled  # a listing that labels its own cells

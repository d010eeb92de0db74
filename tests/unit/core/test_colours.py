"""Brand colours are checked for contrast everywhere the theme draws text with them (issue 13)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from macros.core.colours import (SLATE_BACKGROUND, SLATE_CODE_BACKGROUND, TAB_TEXT_OPACITY, TEXT_CONTRAST, WHITE, blend, contrast,
                                  contrast_failures, dark_scheme_tint, passes, suggest)
from macros.core.organisation import Colours, Organisation
from macros.render.listings import Renderer
from tests.edition import edition
from tests.unit.core.test_data_errors import make_root, run_check


def test_contrast_matches_wcag_reference_values() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21)
    assert contrast("#ffffff", "#ffffff") == pytest.approx(1)
    assert contrast("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)  # the lightest grey that passes


def test_the_issue_colour_fails_in_materials_faint_tabs() -> None:
    # Why the tabs are drawn at full opacity: Material's 70% white made 3.94:1 on the fork's green.
    faint = contrast(blend(WHITE, "#0b6e4f", 0.7), "#0b6e4f")
    assert faint == pytest.approx(3.94, abs=0.02) and faint < TEXT_CONTRAST
    assert contrast(WHITE, "#0b6e4f") == pytest.approx(6.25, abs=0.01)


def test_the_issue_colour_passes_with_the_handbooks_tabs() -> None:
    assert TAB_TEXT_OPACITY == 1.0
    assert passes("primary", "#0b6e4f")
    assert contrast_failures({"primary": "#0b6e4f", "accent": "#7a3b00"}) == []


@pytest.mark.parametrize(("field", "colour", "place"), [
    ("primary", "#4a90d9", "white header text"),  # a mid blue: white text on it is too faint
    ("primary", "#ffcc00", "white header text"),
    ("accent", "#ff6f61", "accent colour on the white page"),
])
def test_failing_colours_are_refused_with_a_suggestion_that_passes(field: str, colour: str, place: str) -> None:
    [failure] = contrast_failures({field: colour})
    assert failure.ratio < TEXT_CONTRAST and place in failure.place
    assert re.fullmatch(rf"contrast \d+\.\d\d:1 for .+ \({colour}\) needs 4\.5:1; try #[0-9a-f]{{6}}", failure.message())
    assert failure.suggestion is not None and passes(field, failure.suggestion)
    assert suggest(field, colour) == failure.suggestion
    assert not passes(field, colour)  # negative control


def test_dark_scheme_links_use_a_tint_that_reads_on_the_dark_background() -> None:
    for colour in ("#1d4f91", "#0b6e4f", "#a4161a", "#000000"):
        tint = dark_scheme_tint(colour)
        assert contrast(tint, SLATE_BACKGROUND) >= TEXT_CONTRAST
        assert contrast(tint, SLATE_CODE_BACKGROUND) >= TEXT_CONTRAST
    assert dark_scheme_tint("#9ecbff") == "#9ecbff"  # light enough already: unchanged


def test_the_stylesheet_sets_what_the_check_measures() -> None:
    handbook = edition()
    css = Renderer(handbook.registry, handbook.organisation).organisation_css()
    assert f".md-tabs__link {{ opacity: {TAB_TEXT_OPACITY:g}; }}" in css
    assert f"--md-typeset-a-color: {dark_scheme_tint(handbook.organisation.colours.primary)};" in css


def test_check_refuses_a_failing_colour_with_line_ratio_and_suggestion(tmp_path: Path,
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    root = make_root(tmp_path)
    shutil.copy(Path(__file__).parents[2] / "fixtures" / "registry-errors" / "unknown-field.yml",
                root / "data" / "accounts" / "parks.yml")
    organisation = root / "data" / "organisation.yml"
    text = organisation.read_text(encoding="utf-8")
    line = text.splitlines().index('  primary: "#1d4f91"') + 1
    organisation.write_text(text.replace('primary: "#1d4f91"', 'primary: "#4a90d9"'), encoding="utf-8")
    code, output = run_check(root, capsys)
    assert code == 1
    found = re.search(rf"data/organisation\.yml:{line}: colours\.primary: contrast (\d\.\d\d):1 .* needs 4\.5:1; "
                      r"try (#[0-9a-f]{6})", output)
    assert found, output
    assert float(found[1]) < 4.5 and passes("primary", found[2])
    assert "Traceback" not in output


def test_every_colour_in_the_model_is_checked() -> None:
    # A new brand colour in the organisation file must say where the theme uses it.
    from macros.core.colours import USES
    assert {use.field for use in USES} == set(Colours.model_fields)
    assert "colours" in Organisation.model_fields

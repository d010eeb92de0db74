"""WCAG 2.2 contrast for every place the theme puts the brand colours, and a passing value to suggest.

The places and the opacities are the ones the site really renders: Material's header and tabs
draw white text on the primary colour, links are the primary colour on white, and a link being
hovered or focused takes the accent colour. On the dark scheme, links use a light tint of each
colour that the build works out here (see `dark_scheme_tint`), so a brand colour never has to
be light enough for both schemes.
"""

from __future__ import annotations

import colorsys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

Field = Literal["primary", "accent"]

WHITE = "#ffffff"
# Material's dark ("slate") scheme background, hsl(225deg 15% 14%), and the lighter surface links
# may sit on there (code blocks, hsl(225deg 15% 18%)): a dark-scheme link must read on both.
SLATE_BACKGROUND = "#1e2129"
SLATE_CODE_BACKGROUND = "#272a35"
# Normal-size text needs 4.5:1 (WCAG 2.2, 1.4.3 Contrast (Minimum)).
TEXT_CONTRAST = 4.5
# Material draws tab labels at 70% opacity; organisation.css sets this instead, so that the
# advice in the organisation file ("keep white text readable on the primary colour") is enough.
# The current tab is underlined rather than shown at full opacity.
TAB_TEXT_OPACITY = 1.0


def _channels(colour: str) -> tuple[int, int, int]:
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)


def _hex(red: float, green: float, blue: float) -> str:
    return "#" + "".join(f"{round(min(max(value, 0), 255)):02x}" for value in (red, green, blue))


def relative_luminance(colour: str) -> float:
    """WCAG's relative luminance of a #rrggbb colour."""

    def linear(channel: int) -> float:
        value = channel / 255
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = (linear(channel) for channel in _channels(colour))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(foreground: str, background: str) -> float:
    lighter, darker = sorted((relative_luminance(foreground), relative_luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def blend(foreground: str, background: str, opacity: float) -> str:
    """The colour a browser paints for `foreground` drawn at `opacity` over `background`."""
    return _hex(*(opacity * front + (1 - opacity) * back
                  for front, back in zip(_channels(foreground), _channels(background))))


def with_lightness(colour: str, lightness: float) -> str:
    """The same hue and saturation at another HLS lightness (0 is black, 1 is white)."""
    hue, _, saturation = colorsys.rgb_to_hls(*(channel / 255 for channel in _channels(colour)))
    return _hex(*(channel * 255 for channel in colorsys.hls_to_rgb(hue, min(max(lightness, 0), 1), saturation)))


def _lightness(colour: str) -> float:
    return colorsys.rgb_to_hls(*(channel / 255 for channel in _channels(colour)))[1]


def dark_scheme_tint(colour: str, background: str = SLATE_CODE_BACKGROUND) -> str:
    """The brand colour made just light enough to read as link text on the dark scheme."""
    if contrast(colour, background) >= TEXT_CONTRAST:
        return colour
    start = _lightness(colour)
    for step in range(1, 201):
        tint = with_lightness(colour, start + (1 - start) * step / 200)
        if contrast(tint, background) >= TEXT_CONTRAST:
            return tint
    return WHITE


# ---- where the theme uses each colour --------------------------------------------------------

@dataclass(frozen=True)
class ColourUse:
    """One place the site draws text with a brand colour: which colour, and the pair it makes."""

    field: Field
    place: str
    pair: Callable[[str], tuple[str, str]]  # brand colour -> (text colour, background colour)
    needed: float = TEXT_CONTRAST

    def ratio(self, colour: str) -> float:
        return contrast(*self.pair(colour))


USES: tuple[ColourUse, ...] = (
    ColourUse("primary", "white header text on the primary colour", lambda c: (WHITE, c)),
    ColourUse("primary", f"tab text (white at {TAB_TEXT_OPACITY:.0%} opacity) on the primary colour",
              lambda c: (blend(WHITE, c, TAB_TEXT_OPACITY), c)),
    ColourUse("primary", "links in the primary colour on the white page", lambda c: (c, WHITE)),
    ColourUse("primary", "links on the dark scheme (a light tint of the primary colour)",
              lambda c: (dark_scheme_tint(c), SLATE_CODE_BACKGROUND)),
    ColourUse("accent", "links being hovered or focused, in the accent colour on the white page",
              lambda c: (c, WHITE)),
    ColourUse("accent", "links being hovered or focused on the dark scheme (a light tint of the accent colour)",
              lambda c: (dark_scheme_tint(c), SLATE_CODE_BACKGROUND)),
)


@dataclass(frozen=True)
class ContrastFailure:
    field: Field
    colour: str
    place: str
    ratio: float
    needed: float
    suggestion: str | None

    def message(self) -> str:
        return (f"contrast {self.ratio:.2f}:1 for {self.place} ({self.colour}) needs {self.needed:g}:1"
                + (f"; try {self.suggestion}" if self.suggestion else ""))


def uses_of(field: Field) -> list[ColourUse]:
    return [use for use in USES if use.field == field]


def passes(field: Field, colour: str) -> bool:
    return all(use.ratio(colour) >= use.needed for use in uses_of(field))


def suggest(field: Field, colour: str) -> str | None:
    """The nearest colour of the same hue, darker or lighter, that passes every use of `field`."""
    start = _lightness(colour)
    for step in range(1, 101):
        for lightness in (start - step / 200, start + step / 200):
            if 0 <= lightness <= 1:
                candidate = with_lightness(colour, lightness)
                if passes(field, candidate):
                    return candidate
    return None


def contrast_failures(colours: dict[Field, str]) -> list[ContrastFailure]:
    """Every place where a brand colour is too faint or too strong to read, worst first per colour."""
    failures = []
    for field, colour in colours.items():
        failing = sorted((use for use in uses_of(field) if use.ratio(colour) < use.needed),
                         key=lambda use: use.ratio(colour))
        if failing:
            worst = failing[0]
            failures.append(ContrastFailure(field, colour, worst.place, worst.ratio(colour), worst.needed,
                                            suggest(field, colour)))
    return failures

"""Chart colours, derived from the UI palette so charts follow light and dark themes.

Series colours come from the Okabe-Ito palette (safe for the common colour-vision
deficiencies); each rater also has its own marker shape and line style, so a chart still
reads in greyscale print. Dark themes use the lighter members of the palette: the darker
ones (blue, vermillion) lose contrast on a dark background.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette

from vrac_desktop.domain.model import Rater
from vrac_desktop.domain.progress import ActionState

# Okabe & Ito (2008), "Color Universal Design".
ORANGE = "#E69F00"
SKY_BLUE = "#56B4E9"
BLUISH_GREEN = "#009E73"
YELLOW = "#F0E442"
BLUE = "#0072B2"
VERMILLION = "#D55E00"
REDDISH_PURPLE = "#CC79A7"
GREY = "#999999"


@dataclass(frozen=True)
class SeriesStyle:
    colour: str
    symbol: str  # pyqtgraph symbol code
    dash: bool  # dashed line (second cue besides colour and marker)


@dataclass(frozen=True)
class ChartTheme:
    dark: bool
    background: str
    foreground: str  # text and axes
    grid: str
    muted: str  # secondary text (e.g. a domain without goals)
    raters: dict[Rater, SeriesStyle]
    target: str
    baseline: str
    marker: str  # the review / evaluation date
    first: SeriesStyle  # star chart: the first ratings
    latest: SeriesStyle  # star chart: the latest ratings
    states: dict[ActionState, str]


def _theme(dark: bool, background: str, foreground: str, grid: str, muted: str) -> ChartTheme:
    # The same roles in both: a warm colour for the family (and overdue), a cool one for the
    # child and the latest rating; dark backgrounds take the lighter of each pair.
    warm, cool, earliest = (ORANGE, SKY_BLUE, YELLOW) if dark else (VERMILLION, BLUE, ORANGE)
    raters = {Rater.FAMILY: SeriesStyle(warm, "o", False),
              Rater.CHILD: SeriesStyle(cool, "t", True),
              Rater.TEAM: SeriesStyle(BLUISH_GREEN, "s", False)}
    first, latest = SeriesStyle(earliest, "d", True), SeriesStyle(cool, "o", False)
    states = {ActionState.DONE: BLUISH_GREEN, ActionState.OPEN: SKY_BLUE,
              ActionState.OVERDUE: warm, ActionState.STOPPED: GREY}
    return ChartTheme(dark=dark, background=background, foreground=foreground, grid=grid,
                      muted=muted, raters=raters, target=REDDISH_PURPLE, baseline=muted,
                      marker=foreground, first=first, latest=latest, states=states)


def print_theme() -> ChartTheme:
    """Black on white, for documents whatever the screen theme."""
    return _theme(False, "#FFFFFF", "#000000", "#BDBDBD", "#555555")


def theme_from_palette(palette: QPalette) -> ChartTheme:
    """The theme matching a widget's palette (light or dark, as the OS or the app sets it)."""
    background = palette.color(QPalette.ColorRole.Base)
    foreground = palette.color(QPalette.ColorRole.Text)
    dark = background.lightnessF() < foreground.lightnessF()
    grid = _mix(background, foreground, 0.18)
    muted = _mix(background, foreground, 0.6)
    return _theme(dark, background.name(), foreground.name(), grid, muted)


def _mix(a: QColor, b: QColor, share_of_b: float) -> str:
    def channel(x: float, y: float) -> float:
        return x * (1 - share_of_b) + y * share_of_b

    return QColor.fromRgbF(channel(a.redF(), b.redF()), channel(a.greenF(), b.greenF()),
                           channel(a.blueF(), b.blueF())).name()

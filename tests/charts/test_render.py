"""Headless renders for documents: PNG/SVG bytes from the same drawing code as the widgets."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path

import pytest

from PySide6.QtCore import QLocale
from PySide6.QtGui import QColor, QImage

from tests.charts.seed import seeded_ratings
from tests.factories import sample_plan
from vrac_desktop.charts import render
from vrac_desktop.charts.spec import goal_chart_spec, star_spec
from vrac_desktop.charts.theme import BLUE, BLUISH_GREEN, ORANGE, REDDISH_PURPLE, VERMILLION
from vrac_desktop.domain.model import PlanContent, Rating
from vrac_desktop.translate import tr_in

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def family() -> tuple[PlanContent, list[Rating]]:
    plan = sample_plan()
    return plan, seeded_ratings(plan)


def image(png: bytes) -> QImage:
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    loaded = QImage()
    assert loaded.loadFromData(png, "PNG")
    return loaded


def share_of(img: QImage, colour: str, step: int = 3) -> float:
    """The share of (sampled) pixels that are exactly ``colour``."""
    wanted = QColor(colour).rgb()
    pixels = [img.pixel(x, y) for x in range(0, img.width(), step)
              for y in range(0, img.height(), step)]
    return sum(p == wanted for p in pixels) / len(pixels)


def test_goal_chart_png_has_the_asked_size_print_colours_and_series(qapp, family) -> None:  # type: ignore[no-untyped-def]
    plan, ratings = family
    img = image(render.goal_chart_png(plan.goals[0], ratings, width=1600, height=800))
    assert (img.width(), img.height()) == (1600, 800)
    assert img.dotsPerMeterX() == round(192 / 0.0254)  # 2x: marked as 192 dpi
    assert share_of(img, "#FFFFFF") > 0.6  # light print theme whatever the screen
    assert share_of(img, VERMILLION) > 0.001  # family markers and line
    assert share_of(img, BLUISH_GREEN) > 0.001  # team
    assert share_of(img, REDDISH_PURPLE) > 0  # the target line


def test_render_scales_with_the_asked_width(qapp, family) -> None:  # type: ignore[no-untyped-def]
    plan, ratings = family
    small = image(render.goal_chart_png(plan.goals[0], ratings, width=800, height=400))
    big = image(render.goal_chart_png(plan.goals[0], ratings, width=2400, height=1200))
    assert (small.width(), big.width()) == (800, 2400)
    # Same layout at every resolution: the share of ink is about the same.
    assert share_of(big, VERMILLION) == pytest.approx(share_of(small, VERMILLION), rel=0.35)


def test_domain_star_png(qapp, family) -> None:  # type: ignore[no-untyped-def]
    plan, ratings = family
    img = image(render.domain_star_png(plan, ratings, size=900))
    assert (img.width(), img.height()) == (900, 900)
    assert share_of(img, "#FFFFFF") > 0.6  # print background
    assert share_of(img, "#BDBDBD") > 0.004  # the rings and spokes of the grid
    assert share_of(img, BLUE) > 0.0008  # the latest ratings
    assert share_of(img, ORANGE) > 0.0002  # the first ratings


def test_overview_and_recap_png(qapp, family) -> None:  # type: ignore[no-untyped-def]
    plan, ratings = family
    overview = image(render.goals_overview_png(plan, ratings, width=1600))
    assert overview.width() == 1600 and overview.height() > 400
    recap = image(render.actions_recap_png(plan, date(2027, 1, 20), width=1200))
    assert recap.width() == 1200


def test_labels_and_dates_follow_the_asked_language(qapp, family) -> None:  # type: ignore[no-untyped-def]
    plan, ratings = family
    fr = goal_chart_spec(plan.goals[0], ratings, translate=tr_in("fr"), locale=QLocale("fr"))
    en = goal_chart_spec(plan.goals[0], ratings, translate=tr_in("en"), locale=QLocale("en"))
    assert en.x_ticks[0][1] == "24 Nov 2026"
    assert fr.x_ticks[0][1] == "24 nov. 2026"
    # Same picture, other words: the PNGs differ.
    assert render.goal_chart_png(plan.goals[0], ratings, language="fr") != \
        render.goal_chart_png(plan.goals[0], ratings, language="en")


def test_translate_function_reaches_every_label(family) -> None:  # type: ignore[no-untyped-def]
    plan, ratings = family
    seen: list[str] = []

    def translate(context: str, source: str) -> str:
        seen.append(source)
        return f"<{source}>"

    spec = goal_chart_spec(plan.goals[0], ratings, translate=translate, locale=QLocale("en"))
    assert [name for _, name in spec.legend] == [
        "<Family>", "<Child>", "<Team>", "<Target>", "<Baseline>"]
    assert spec.x_title == "<Meeting date>" and spec.y_title == "<Rating (0–10)>"
    star = star_spec(plan, ratings, translate=translate, locale=QLocale("en"))
    assert star.axes[0].label == "<School>"


def test_png_render_works_when_the_host_runs_only_a_qguiapplication(tmp_path: Path) -> None:
    """The documents code may own a bare QGuiApplication: the render then uses a child."""
    out = tmp_path / "goal.png"
    script = textwrap.dedent(f"""
        from PySide6.QtGui import QGuiApplication
        app = QGuiApplication([])
        from tests.factories import sample_plan
        from tests.charts.seed import seeded_ratings
        from vrac_desktop.charts.render import goal_chart_png
        plan = sample_plan()
        open({str(out)!r}, "wb").write(goal_chart_png(plan.goals[0], seeded_ratings(plan),
                                                     width=1000, height=500, language="nl"))
    """)
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True,
                            text=True, env={**_env(), "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    img = image(out.read_bytes())
    assert (img.width(), img.height()) == (1000, 500)


def test_png_render_creates_an_application_when_none_exists(tmp_path: Path) -> None:
    out = tmp_path / "star.png"
    script = textwrap.dedent(f"""
        from PySide6.QtCore import QCoreApplication
        assert QCoreApplication.instance() is None
        from tests.factories import sample_plan
        from vrac_desktop.charts.render import domain_star_png
        open({str(out)!r}, "wb").write(domain_star_png(sample_plan(), [], size=600))
    """)
    # No platform chosen and no display: the render picks the offscreen platform itself.
    env = {k: v for k, v in _env().items()
           if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True,
                            text=True, env=env)
    assert result.returncode == 0, result.stderr
    assert image(out.read_bytes()).width() == 600


def _env() -> dict[str, str]:
    import os

    return {**os.environ, "PYTHONPATH": str(ROOT)}

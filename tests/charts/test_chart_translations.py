"""Chart labels follow the UI language in widgets and the asked language in documents.

They load the shipped Dutch .qm, so they also prove the chart strings were translated.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from tests.charts.seed import seeded_ratings
from tests.factories import sample_plan
from vrac_desktop import translate as translate_module
from vrac_desktop.charts.render import goal_chart_png
from vrac_desktop.charts.spec import goal_chart_spec
from vrac_desktop.charts.widgets import GoalChartWidget

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def dutch_qm() -> Path:
    """The shipped Dutch translations (compiled from resources/translations/vrac_nl.ts)."""
    qm = ROOT / "resources" / "translations" / "vrac_nl.qm"
    assert qm.exists()
    return qm


def test_widget_relabels_when_the_ui_language_changes(qtbot, dutch_qm: Path) -> None:  # type: ignore[no-untyped-def]
    plan = sample_plan()
    widget = GoalChartWidget()
    qtbot.addWidget(widget)
    widget.set_data(plan.goals[0], seeded_ratings(plan, meetings=6, total=20))
    assert widget.spec is not None and widget.spec.legend[0][1] == "Family"
    translator = QTranslator()
    assert translator.load(str(dutch_qm))
    app = QCoreApplication.instance()
    assert app is not None
    app.installTranslator(translator)  # sends LanguageChange to every widget
    try:
        qtbot.waitUntil(lambda: widget.spec is not None and widget.spec.legend[0][1] == "Gezin")
        assert widget.spec.y_title == "Cijfer (0–10)"
        assert "Startpunt 3, doel 9." in widget.accessibleDescription()
    finally:
        app.removeTranslator(translator)
    qtbot.waitUntil(lambda: widget.spec is not None and widget.spec.legend[0][1] == "Family")


def test_document_render_speaks_the_families_language(qapp, dutch_qm: Path,  # type: ignore[no-untyped-def]
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(translate_module, "TRANSLATIONS_DIR", dutch_qm.parent)
    translate_module._translator.cache_clear()
    try:
        plan = sample_plan()
        ratings = seeded_ratings(plan, meetings=6, total=20)
        spec = goal_chart_spec(plan.goals[0], ratings, translate=translate_module.tr_in("nl"),
                               locale=QLocale("nl"))
        # The legend names the raters who rated this goal (here not the child).
        raters = {r.rater for r in ratings if r.goal_id == plan.goals[0].id}
        expected = [name for rater, name in (("family", "Gezin"), ("child", "Kind"),
                                             ("team", "Team")) if rater in raters]
        assert [name for _, name in spec.legend] == [*expected, "Doel", "Startpunt"]
        assert spec.target_label == "Doel 9" and spec.x_ticks[0][1] == "24 nov 2026"
        assert goal_chart_png(plan.goals[0], ratings, language="nl") != \
            goal_chart_png(plan.goals[0], ratings, language="en")
    finally:
        translate_module._translator.cache_clear()

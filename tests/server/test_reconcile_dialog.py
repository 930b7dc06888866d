"""The reconcile dialog on real widgets: two heads side by side, pick per section, save."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QPoint, Qt

from tests.factories import sample_plan, with_progress
from tests.screenshots import save_and_check
from tests.server.conftest import TEAM, Team
from vrac_desktop.domain.model import PlanContent, TextItem
from vrac_desktop.services.families import create_family
from vrac_desktop.services.history import verify_history
from vrac_desktop.services.plans import current_version, save_plan_version
from vrac_desktop.services.reconcile import list_heads
from vrac_desktop.services.sync import sync

from vrac_desktop.gui.reconcile_dialog import ReconcileDialog


def without_teacher(plan: PlanContent) -> PlanContent:
    teacher = plan.team[3]
    return replace(plan, team=tuple(m for m in plan.team if m.id != teacher.id),
                   actions=tuple(a for a in plan.actions if a.responsible_id != teacher.id))


def two_heads(team: Team, edit_b: Callable[[PlanContent], PlanContent] | None = None) -> str:
    family, _ = create_family(team.a, display_name="Janssens", actor="anna")
    plan = sample_plan()
    save_plan_version(team.a, family_id=family.id, content=plan, actor="anna")
    sync(team.a, team.server, team=TEAM, actor="anna")
    sync(team.b, team.server, team=TEAM, actor="bram")
    save_plan_version(team.a, family_id=family.id, content=with_progress(plan), actor="anna")
    b_plan = replace(plan, vision=TextItem(plan.vision.id, "Everyone sleeps and eats well"))
    save_plan_version(team.b, family_id=family.id, actor="bram",
                      content=edit_b(b_plan) if edit_b else b_plan)
    sync(team.a, team.server, team=TEAM, actor="anna")
    sync(team.b, team.server, team=TEAM, actor="bram")
    return family.id


def test_pick_the_other_vision_and_save(qtbot, team: Team, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    family_id = two_heads(team)
    dialog = ReconcileDialog(team.b, family_id=family_id, actor="bram")
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
    # Only sections that differ can be chosen; the main head is chosen by default.
    enabled = {s for s, b in dialog.right_buttons.items() if b.isEnabled()}
    assert enabled == {"vision", "goals", "actions"}
    assert dialog.chosen_right() == set()
    shots = Path(os.environ.get("VRAC_SCREENSHOTS") or tmp_path)
    save_and_check(dialog, shots / "reconcile_dialog.png")
    button = dialog.right_buttons["vision"]  # clicked on its circle, as a user does
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))
    assert dialog.chosen_right() == {"vision"}
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    heads = list_heads(team.b, family_id=family_id)
    assert len(heads) == 1
    current = current_version(team.b, family_id=family_id)
    assert current is not None
    assert current.content.vision.text == "Everyone sleeps and eats well"
    assert current.content.actions == with_progress_actions(team, family_id)
    assert verify_history(team.b).ok


def with_progress_actions(team: Team, family_id: str):  # type: ignore[no-untyped-def]
    """The actions of A's head (the main one), which the merge kept."""
    main = [h for h in list_heads(team.a, family_id=family_id) if h.main][0]
    return main.content.actions


def test_an_impossible_combination_is_explained_and_not_saved(qtbot, team: Team) -> None:  # type: ignore[no-untyped-def]
    family_id = two_heads(team, without_teacher)  # B's head: the teacher left the team
    dialog = ReconcileDialog(team.b, family_id=family_id, actor="bram")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.right_buttons["team"].setChecked(True)  # B's team, but A's actions (teacher's too)
    dialog.save()
    assert dialog.result() == 0 and dialog.isVisible()
    assert "nothing was saved" in dialog.message.text()
    assert "is no longer in the team" in dialog.message.text()
    assert len(list_heads(team.b, family_id=family_id)) == 2
    dialog.right_buttons["actions"].setChecked(True)  # B's actions go with B's team
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.save()
    assert len(list_heads(team.b, family_id=family_id)) == 1


def test_family_home_offers_to_reconcile_two_heads(qtbot, team: Team) -> None:  # type: ignore[no-untyped-def]
    from vrac_desktop.gui.family_home import FamilyHome

    family_id = two_heads(team)
    home = FamilyHome(team.b)
    qtbot.addWidget(home)
    home.show()
    home.show_family(family_id)
    assert home.heads_button.isVisible()
    with qtbot.waitSignal(home.reconcile) as signal:
        qtbot.mouseClick(home.heads_button, Qt.MouseButton.LeftButton)
    assert signal.args == [family_id]

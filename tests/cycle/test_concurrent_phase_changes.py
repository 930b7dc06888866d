"""Phase changes recorded at the same time on two laptops (both numbered n: each laptop
numbered its own after what it knew), as a sync leaves them on one laptop: the history shows
both by date, then number, then who; the current phase is the same on every screen and every
laptop; new changes follow; export/import keeps both. The rule: domain/cycle.py
``phase_history_order``."""

from __future__ import annotations

import itertools
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import text

from tests.cycle.test_cycle_services import TODAY
from vrac_desktop.domain.cycle import current_phase, phase_history_order
from vrac_desktop.domain.model import Phase, PhaseChange
from vrac_desktop.services.caseload import caseload
from vrac_desktop.services.cycle import change_phase, phase_state
from vrac_desktop.services.families import create_family
from vrac_desktop.services.history import verify_history
from vrac_desktop.services.transfer import export_family, import_family
from vrac_desktop.store import repository as repo
from vrac_desktop.store.database import Database, open_local
from vrac_desktop.store.first_screen import LIST_COLUMNS
from vrac_desktop.store.models import PhaseChangeRow
from vrac_desktop.store.paths import DataPaths

from vrac_desktop.gui.cycle_panel import CyclePanel

D1, D2 = date(2027, 5, 10), date(2027, 5, 20)


def change(id_: str, phase: Phase, on: date, by: str) -> PhaseChange:
    return PhaseChange(id_, phase, on, by, f"{by}'s reason")


def test_the_current_phase_rule() -> None:
    """By date, then number, then who, then id; whatever order the rows came in."""
    cases: list[tuple[list[tuple[int, PhaseChange]], list[str], Phase]] = [
        # Another laptop's change dated later wins over a higher number dated earlier.
        ([(1, change("a1", Phase.PLAN_DEVELOPMENT, D1, "anna")),
          (2, change("a2", Phase.IMPLEMENTATION, D1, "anna")),
          (1, change("b1", Phase.TRANSITION, D2, "bram"))],
         ["a1", "a2", "b1"], Phase.TRANSITION),
        # The same day and number: by who (bram after anna), not by who synced first.
        ([(1, change("b1", Phase.TRANSITION, D1, "bram")),
          (1, change("a1", Phase.PLAN_DEVELOPMENT, D1, "anna"))],
         ["a1", "b1"], Phase.TRANSITION),
        # The same day: one laptop's later change (a higher number) comes after.
        ([(2, change("a2", Phase.IMPLEMENTATION, D1, "anna")),
          (1, change("b1", Phase.TRANSITION, D1, "zoe"))],
         ["b1", "a2"], Phase.IMPLEMENTATION),
        # The same day, number and coach (one name on two laptops): by id.
        ([(1, change("id-b", Phase.TRANSITION, D1, "anna")),
          (1, change("id-a", Phase.PLAN_DEVELOPMENT, D1, "anna"))],
         ["id-a", "id-b"], Phase.TRANSITION),
    ]
    for rows, order, current in cases:
        for shuffled in itertools.permutations(rows):
            history = phase_history_order(shuffled)
            assert [c.id for c in history] == order
            assert current_phase(history) is current
    assert current_phase(phase_history_order([])) is Phase.ENGAGEMENT


def concurrent(db: Database, theirs: Phase = Phase.TRANSITION) -> str:
    """Anna moved the family to plan development here; bram's laptop recorded offline, the
    same day, that the family decided to end (``theirs``: transition): his change 1, as a
    sync brings it."""
    family, _ = create_family(db, display_name="Family Jansen", actor="anna")
    change_phase(db, family_id=family.id, to=Phase.PLAN_DEVELOPMENT, on=D1,
                 reason="First plan meeting planned", actor="anna", today=TODAY)
    with db.session() as s:
        s.add(PhaseChangeRow(id="ffffffff-0000-4000-8000-000000000001", family_id=family.id,
                             number=1, phase=theirs.value, changed_on=D1,
                             changed_by="bram", reason="The family decided to end"))
    return family.id


def shown(db: Database, family_id: str) -> dict[str, str]:
    """The current phase as each screen reads it."""
    with db.session() as s:
        listed = s.execute(text(f"SELECT {LIST_COLUMNS} FROM families f WHERE f.id = :f"),  # noqa: S608
                           {"f": family_id}).one()
        week = {fid: phase for fid, _, _, phase in repo.week_families(s)}
        some = repo.current_phases(s, [family_id])[family_id].value
        every = repo.current_phases(s)[family_id].value
    groups = {fid: g.key for g in caseload(db, today=TODAY).groups for fid, _ in g.families}
    return {"family page": phase_state(db, family_id=family_id).current.value,
            "families list": listed[-1], "week query": week[family_id],
            "week page": groups[family_id], "current_phases": some, "all": every}


def test_both_shown_one_current_phase_everywhere(db: Database, tmp_path: Path,
                                                 qtbot: Any) -> None:
    fid = concurrent(db)
    state = phase_state(db, family_id=fid)
    assert [(c.phase, c.changed_by) for c in state.history] == [
        (Phase.PLAN_DEVELOPMENT, "anna"), (Phase.TRANSITION, "bram")]
    assert set(shown(db, fid).values()) == {Phase.TRANSITION.value}
    assert verify_history(db, family_id=fid).ok

    # The Phases and evaluations tab: both changes, newest first, and the current phase.
    panel = CyclePanel(db)
    qtbot.addWidget(panel)
    panel.show_family(fid, closed=False, has_plan=False)
    assert panel.phase.text() == "Phase: Transition"
    items = [panel.history.item(i).text() for i in range(panel.history.count())]
    assert len(items) == 2
    assert "(by bram): The family decided to end" in items[0]
    assert "(by anna): First plan meeting planned" in items[1]

    # Export and import into another laptop keep both, in the same order, same current phase.
    path = export_family(db, family_id=fid, path=tmp_path / "jansen.json", actor="anna")
    other = open_local(DataPaths(tmp_path / "other"))
    try:
        import_family(other, path=path, actor="carla")
        again = phase_state(other, family_id=fid)
        assert again == state
        assert set(shown(other, fid).values()) == {Phase.TRANSITION.value}
    finally:
        other.dispose()


def test_a_later_change_follows_both(db: Database) -> None:
    """Both coaches noted plan development the same day; the next change is numbered after
    them, follows the current phase and is the current one on every screen."""
    fid = concurrent(db, Phase.PLAN_DEVELOPMENT)
    change_phase(db, family_id=fid, to=Phase.TRANSITION, on=D2, reason="The family decided "
                 "to end", actor="anna", today=TODAY)
    with db.session() as s:
        numbers = sorted(s.execute(text("SELECT number, changed_by, phase FROM phase_changes "
                                        "WHERE family_id = :f"), {"f": fid}).all())
    assert numbers == [(1, "anna", "plan_development"), (1, "bram", "plan_development"),
                       (2, "anna", "transition")]
    assert [c.changed_by for c in phase_state(db, family_id=fid).history] == [
        "anna", "bram", "anna"]
    assert set(shown(db, fid).values()) == {Phase.TRANSITION.value}

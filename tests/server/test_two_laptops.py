"""Two coaches' laptops (SQLCipher) and the team server (PostgreSQL), all real.

Both laptops edit the same plan offline; after sync the plan has two heads on every side,
nothing overwritten; a coach reconciles; after the next syncs every side holds the same,
verified history with one head.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select, text

from tests.factories import sample_plan, with_progress
from tests.server.conftest import TEAM, Team
from vrac_desktop.domain.model import (
    Decision,
    Evaluation,
    GoalEvaluation,
    Meeting,
    Rater,
    Rating,
    TextItem,
    Verdict,
    new_id,
)
from vrac_desktop.services.families import create_family, search_families, update_family
from vrac_desktop.services.history import verify_history
from vrac_desktop.services.plans import (
    current_version,
    evaluations_for,
    meetings_for,
    ratings_for,
    save_plan_version,
)
from vrac_desktop.services.reconcile import (
    heads_to_reconcile,
    list_heads,
    pick_sections,
    reconcile,
)
from vrac_desktop.services.sync import sync, sync_status
from vrac_desktop.services.transfer import export_family, import_family
from vrac_desktop.store import repository as repo
from vrac_desktop.store.database import Database, open_local
from vrac_desktop.store.errors import NotFoundError
from vrac_desktop.store.models import FamilyRow, PlanVersionForkRow, PlanVersionRow
from vrac_desktop.store.paths import DataPaths
from vrac_desktop.store.server import erase_family


def run(local: Database, t: Team, team: str = TEAM):  # type: ignore[no-untyped-def]
    return sync(local, t.server, team=team, actor="coach", server_name="test")


def history(db: Database, family_id: str) -> tuple[list[tuple[int, str, str | None]],
                                                   set[tuple[int, str]]]:
    """(main chain as (number, hash, merge), forks as {(number, hash)}) of one family."""
    with db.session() as s:
        main = [(r.number, r.hash, r.merge_hash) for r in s.scalars(
            select(PlanVersionRow).where(PlanVersionRow.family_id == family_id)
            .order_by(PlanVersionRow.number))]
        forks = {(r.number, r.hash) for r in s.scalars(
            select(PlanVersionForkRow).where(PlanVersionForkRow.family_id == family_id))}
    return main, forks


def test_offline_edits_give_two_heads_then_reconcile_converges(team: Team) -> None:
    family, _ = create_family(team.a, display_name="Janssens", reference="LEI-1", actor="anna")
    plan = sample_plan()
    save_plan_version(team.a, family_id=family.id, content=plan, actor="anna")
    run(team.a, team)
    run(team.b, team)
    assert current_version(team.b, family_id=family.id).content == plan  # type: ignore[union-attr]

    # Offline on both laptops: A records progress, B rewrites the vision.
    plan_a = with_progress(plan)
    plan_b = replace(plan, vision=TextItem(plan.vision.id, "Everyone sleeps and eats well"))
    v2a = save_plan_version(team.a, family_id=family.id, content=plan_a, actor="anna").version
    v2b = save_plan_version(team.b, family_id=family.id, content=plan_b, actor="bram").version
    assert v2a.number == v2b.number == 2 and v2a.hash != v2b.hash

    run(team.a, team)  # A first: its version 2 joins the server's chain
    result_b = run(team.b, team)  # B second: its version 2 is kept as a fork
    assert result_b.two_heads == (family.id,)
    run(team.a, team)  # A receives B's fork
    for db in (team.a, team.b, team.server):
        heads = list_heads(db, family_id=family.id)
        assert [(h.hash, h.main) for h in heads] == [(v2a.hash, True), (v2b.hash, False)]
        assert [h.content for h in heads] == [plan_a, plan_b]  # nothing overwritten
        assert verify_history(db).ok
    assert sync_status(team.a).two_heads == 1

    # B's coach sees both heads side by side and keeps A's progress plus B's vision.
    pair = heads_to_reconcile(team.b, family_id=family.id)
    assert (pair.ours.created_by, pair.theirs.created_by) == ("anna", "bram")
    assert [c.label for c in pair.diff.section("vision").changed] == ["vision"]
    assert pair.diff.section("actions").removed  # A's new action is not in B's head
    merged = pick_sections(pair.ours.content, pair.theirs.content, {"vision"})
    saved = reconcile(team.b, family_id=family.id, content=merged, actor="bram")
    assert saved.version.number == 3 and saved.version.prev_hash == v2a.hash
    assert [h.hash for h in list_heads(team.b, family_id=family.id)] == [saved.version.hash]

    run(team.b, team)
    run(team.a, team)
    histories = [history(db, family.id) for db in (team.a, team.b, team.server)]
    assert histories[0] == histories[1] == histories[2]
    main, forks = histories[0]
    assert main == [(1, main[0][1], None), (2, v2a.hash, None),
                    (3, saved.version.hash, v2b.hash)]
    assert forks == {(2, v2b.hash)}
    for db in (team.a, team.b, team.server):
        report = verify_history(db)
        assert report.ok and report.versions == 4
        assert len(list_heads(db, family_id=family.id)) == 1
        current = current_version(db, family_id=family.id)
        assert current is not None and current.content == merged
    with pytest.raises(NotFoundError, match="single head"):
        heads_to_reconcile(team.a, family_id=family.id)
    status = sync_status(team.a)
    assert (status.pending, status.two_heads, status.interrupted) == (0, 0, False)


def test_meetings_ratings_evaluations_and_renames_travel(team: Team) -> None:
    family, _ = create_family(team.a, display_name="Dubois", language="fr", actor="anna")
    plan = sample_plan()
    meeting = Meeting(new_id(), date(2026, 11, 20), "Lille", notes="first meeting")
    rating = Rating(new_id(), plan.goals[0].id, date(2026, 11, 20), 4, Rater.FAMILY,
                    meeting_id=meeting.id)
    save_plan_version(team.a, family_id=family.id, content=plan, actor="anna",
                      meeting=meeting, ratings=[rating])
    evaluation = Evaluation(new_id(), date(2026, 5, 1), date(2026, 11, 1), (GoalEvaluation(
        plan.goals[0].id, 3, 4, 9, Verdict.PARTLY, Decision.CONTINUE),))
    with team.a.session() as s:
        repo.add_evaluation(s, family.id, evaluation)
    first = run(team.a, team)
    # version, meeting, rating, evaluation, two phase changes (first meeting, approved plan)
    assert (first.families, first.pushed) == (1, 6)
    second = run(team.b, team)
    assert (second.families, second.pulled) == (1, 6)
    assert meetings_for(team.b, family_id=family.id)[0].notes == "first meeting"
    assert ratings_for(team.b, family_id=family.id) == [rating]
    assert evaluations_for(team.b, family_id=family.id) == [evaluation]

    update_family(team.b, family_id=family.id, display_name="Dubois-Martin", actor="bram")
    run(team.b, team)
    run(team.a, team)
    assert [f.display_name for f in search_families(team.a)] == ["Dubois-Martin"]
    again = run(team.a, team)  # nothing changed: nothing moves
    assert (again.families, again.pushed, again.pulled) == (0, 0, 0)


def test_a_coach_receives_only_the_families_of_their_team(team: Team) -> None:
    ours, _ = create_family(team.a, display_name="Peeters", actor="anna")
    theirs, _ = create_family(team.b, display_name="De Smet", actor="bram")
    run(team.a, team, team=TEAM)
    run(team.b, team, team="delft-zuid")
    with team.server.session() as s:
        teams = dict(s.execute(select(FamilyRow.id, FamilyRow.team)).all())
    assert teams == {ours.id: TEAM, theirs.id: "delft-zuid"}
    run(team.a, team, team=TEAM)
    assert [f.id for f in search_families(team.a)] == [ours.id]
    run(team.b, team, team="delft-zuid")
    assert [f.id for f in search_families(team.b)] == [theirs.id]


def test_erasure_on_one_laptop_reaches_the_server_and_the_other_laptop(team: Team) -> None:
    family, _ = create_family(team.a, display_name="Verbeke", actor="anna")
    keep, _ = create_family(team.a, display_name="Claes", actor="anna")
    for fid in (family.id, keep.id):
        save_plan_version(team.a, family_id=fid, content=sample_plan(), actor="anna")
    run(team.a, team)
    run(team.b, team)
    # B keeps working offline on the family while A erases it on request: erasure wins.
    save_plan_version(team.b, family_id=family.id, content=with_progress(sample_plan()),
                      actor="bram")
    with team.a.session() as s:
        erase_family(s, family_id=family.id, actor="anna")
    result_a = run(team.a, team)
    assert result_a.erased == 1
    result_b = run(team.b, team)
    assert result_b.erased == 1
    for db in (team.a, team.b, team.server):
        assert [f.id for f in search_families(db)] == [keep.id]
        with db.session() as s:
            left = s.execute(text("SELECT count(*) FROM plan_versions WHERE family_id = :f"),
                             {"f": family.id}).scalar_one()
            register = s.execute(text("SELECT count(*) FROM erasures WHERE family_id = :f"),
                                 {"f": family.id}).scalar_one()
        assert (left, register) == (0, 1)
        assert verify_history(db).ok


def test_a_version_damaged_on_the_server_is_refused_by_the_laptop(team: Team) -> None:
    family, _ = create_family(team.a, display_name="Maes", actor="anna")
    save_plan_version(team.a, family_id=family.id, content=sample_plan(), actor="anna")
    run(team.a, team)
    with team.server.session() as s:  # what someone with write access to the server could do
        s.execute(text("ALTER TABLE plan_versions DISABLE TRIGGER plan_versions_no_update"))
        s.execute(text("UPDATE plan_versions SET content_json = "
                       "replace(content_json, 'Yusuf', 'Yusuh')"))
        s.execute(text("ALTER TABLE plan_versions ENABLE TRIGGER plan_versions_no_update"))
    result = run(team.b, team)
    assert [p.family_id for p in result.problems] == [family.id]
    assert "does not match its hash" in result.problems[0].message
    assert search_families(team.b) == []  # nothing of the family half-applied
    report = verify_history(team.server)
    assert [p.number for p in report.problems] == [1]


def test_a_save_made_while_sync_runs_goes_with_the_next_sync(team: Team) -> None:
    first, _ = create_family(team.a, display_name="Wouters", actor="anna")
    second, _ = create_family(team.a, display_name="Jacobs", actor="anna")
    plan = sample_plan()
    for fid in (first.id, second.id):
        save_plan_version(team.a, family_id=fid, content=plan, actor="anna")
    seen: list[tuple[int, int]] = []

    def save_meanwhile(done: int, total: int) -> None:
        seen.append((done, total))
        if done == 2:  # the coach saves a meeting of a family already synced in this run
            save_plan_version(team.a, family_id=first.id, content=with_progress(plan),
                              actor="anna")

    result = sync(team.a, team.server, team=TEAM, actor="anna", progress=save_meanwhile)
    assert (result.families, seen) == (2, [(1, 2), (2, 2)])
    assert sync_status(team.a).pending == 1
    assert len(history(team.server, first.id)[0]) == 1
    result = sync(team.a, team.server, team=TEAM, actor="anna")
    assert (result.families, result.pushed) == (1, 1)
    assert sync_status(team.a).pending == 0
    assert history(team.a, first.id) == history(team.server, first.id)
    assert len(history(team.server, first.id)[0]) == 2


def test_both_coaches_reconcile_offline_then_once_more(team: Team) -> None:
    """Forks two versions long, two merges made offline (a fork that is itself a merge),
    a second reconcile: still one history everywhere, verified, nothing lost."""
    family, _ = create_family(team.a, display_name="Lambert", actor="anna")
    plan = sample_plan()
    save_plan_version(team.a, family_id=family.id, content=plan, actor="anna")
    run(team.a, team)
    run(team.b, team)
    save_plan_version(team.a, family_id=family.id, content=with_progress(plan), actor="anna")
    for text_ in ("B one", "B two"):  # two versions offline on B
        save_plan_version(team.b, family_id=family.id, actor="bram",
                          content=replace(plan, vision=TextItem(plan.vision.id, text_)))
    run(team.a, team)
    run(team.b, team)
    run(team.a, team)
    for db in (team.a, team.b):
        assert [h.number for h in list_heads(db, family_id=family.id)] == [2, 3]
    # Both reconcile offline, differently.
    for db, actor, take in ((team.a, "anna", set()), (team.b, "bram", {"vision"})):
        pair = heads_to_reconcile(db, family_id=family.id)
        reconcile(db, family_id=family.id, actor=actor,
                  content=pick_sections(pair.ours.content, pair.theirs.content, take))
    run(team.a, team)
    run(team.b, team)
    run(team.a, team)
    heads = list_heads(team.a, family_id=family.id)
    assert [(h.number, h.created_by) for h in heads] == [(3, "anna"), (3, "bram")]
    pair = heads_to_reconcile(team.a, family_id=family.id)
    assert [c.label for c in pair.diff.section("vision").changed] == ["vision"]
    final = reconcile(team.a, family_id=family.id, actor="anna", content=pair.theirs.content)
    run(team.a, team)
    run(team.b, team)
    histories = [history(db, family.id) for db in (team.a, team.b, team.server)]
    assert histories[0] == histories[1] == histories[2]
    main, forks = histories[0]
    assert [n for n, _, _ in main] == [1, 2, 3, 4] and main[3][1] == final.version.hash
    assert sorted(n for n, _ in forks) == [2, 3, 3]  # B's two offline versions, B's merge
    for db in (team.a, team.b, team.server):
        report = verify_history(db)
        assert report.ok and report.versions == 7
        assert [h.hash for h in list_heads(db, family_id=family.id)] == [final.version.hash]


def test_pending_counts_only_the_coachs_team(team: Team) -> None:
    create_family(team.a, display_name="Ours", actor="anna")
    other, _ = create_family(team.a, display_name="Theirs", actor="anna")
    run(team.a, team, team="delft-zuid")  # both now belong to delft-zuid on the server
    create_family(team.a, display_name="New", actor="anna")
    assert sync_status(team.a).pending == 1
    assert sync_status(team.a, team=TEAM).pending == 1  # "New" has no team yet: it counts
    assert sync_status(team.a, team="delft-zuid").pending == 1
    update_family(team.a, family_id=other.id, display_name="Theirs renamed", actor="anna")
    assert sync_status(team.a, team=TEAM).pending == 1  # delft-zuid's change is not ours
    assert sync_status(team.a, team="delft-zuid").pending == 2


def test_export_and_import_keep_both_heads_and_merges(team: Team, tmp_path: Path) -> None:
    """A family's export (GDPR, moving data folders) carries its forks and merge versions."""
    family, _ = create_family(team.a, display_name="Goossens", actor="anna")
    plan = sample_plan()
    save_plan_version(team.a, family_id=family.id, content=plan, actor="anna")
    run(team.a, team)
    run(team.b, team)
    save_plan_version(team.a, family_id=family.id, content=with_progress(plan), actor="anna")
    save_plan_version(team.b, family_id=family.id, actor="bram",
                      content=replace(plan, vision=TextItem(plan.vision.id, "B")))
    run(team.a, team)
    run(team.b, team)
    export_family(team.b, family_id=family.id, path=tmp_path / "split.json", actor="bram")
    pair = heads_to_reconcile(team.b, family_id=family.id)
    reconcile(team.b, family_id=family.id, content=pair.theirs.content, actor="bram")
    export_family(team.b, family_id=family.id, path=tmp_path / "merged.json", actor="bram")
    for name, heads, versions in (("split.json", 2, 3), ("merged.json", 1, 4)):
        laptop = open_local(DataPaths(tmp_path / f"laptop-{name}"))
        try:
            # These laptops synced unsigned (no join, no signer): old-style exports.
            result = import_family(laptop, path=tmp_path / name, actor="carla",
                                   allow_unsigned=True)
            assert result.unsigned == versions
            assert len(list_heads(laptop, family_id=family.id)) == heads
            report = verify_history(laptop)
            assert report.ok and report.versions == versions
            if heads == 1:
                assert history(laptop, family.id) == history(team.b, family.id)
        finally:
            laptop.dispose()

"""The coach's week: the service over a real database, the page through its widgets, the
.ics file read back with icalendar, the one-page "who does what" PDF, and the CLI."""

from __future__ import annotations

import re
import subprocess
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from icalendar import Calendar

from PySide6.QtCore import Qt

from tests.cli.test_cli import run
from tests.factories import sample_plan
from vrac_desktop.domain.model import ActionStatus, FamilyStatus
from vrac_desktop.services.caseload import calendar_ics, caseload
from vrac_desktop.services.evaluations import evaluation_due_on
from vrac_desktop.services.families import create_family, update_family
from vrac_desktop.services.plans import save_plan_version
from vrac_desktop.store.database import Database, open_local
from vrac_desktop.store.paths import DataPaths

from vrac_desktop.gui.caseload import CaseloadPage
from vrac_desktop.gui.dates import format_date
from vrac_desktop.gui.i18n import install_translations
from vrac_desktop.gui.main_window import MainWindow

TODAY = date(2027, 1, 20)  # the sample plan's actions are due 15 Jan and 1 Feb 2027


def two_families(db: Database) -> tuple[str, str]:
    first, _ = create_family(db, display_name="El Amrani", actor="coach")
    save_plan_version(db, family_id=first.id, content=sample_plan(), actor="coach")
    second, _ = create_family(db, display_name="Dubois", language="fr", actor="coach")
    plan = sample_plan(" B")
    plan = replace(plan, actions=tuple(replace(a, due_on=date(2027, 1, 25))
                                       for a in plan.actions), next_meeting_on=date(2027, 2, 3))
    save_plan_version(db, family_id=second.id, content=plan, actor="coach")
    closed, _ = create_family(db, display_name="Closed family", actor="coach")
    save_plan_version(db, family_id=closed.id, content=sample_plan(" C"), actor="coach")
    update_family(db, family_id=closed.id, actor="coach", status=FamilyStatus.CLOSED)
    return first.id, second.id


def test_caseload_lists_open_actions_by_due_date(db: Database) -> None:
    first, second = two_families(db)
    load = caseload(db, today=TODAY)
    # Open actions only (none done/stopped here), closed families left out, by due date.
    assert [a.family_name for a in load.actions][:2] == ["El Amrani", "El Amrani"]
    assert all(a.status in (ActionStatus.PLANNED, ActionStatus.IN_PROGRESS)
               for a in load.actions)
    assert "Closed family" not in {a.family_name for a in load.actions}
    assert len(load.actions) == 8
    dues = [a.due_on for a in load.actions]
    assert dues == sorted(dues)
    assert {a.overdue for a in load.actions if a.due_on == date(2027, 1, 15)} == {True}
    assert not any(a.overdue for a in load.actions if a.due_on and a.due_on >= TODAY)
    # Filters: family, responsible person, team (the member's organisation).
    assert {a.family_id for a in load.filtered(family_id=second)} == {second}
    assert [a.responsible for a in load.filtered(responsible="Grandma Aziz")] == ["Grandma Aziz"]
    assert {a.organisation for a in load.filtered(organisation="PIT Leiden")} == {"PIT Leiden"}
    # The next meetings from today on; the six-month evaluations due within 30 days.
    assert [(m.family_name, m.on) for m in load.meetings] == [("Dubois", date(2027, 2, 3))]
    due = evaluation_due_on(db, family_id=first)  # six months after the approved plan
    assert due is not None and due == evaluation_due_on(db, family_id=second)
    assert caseload(db, today=due - timedelta(days=31)).evaluations == ()
    soon = caseload(db, today=due - timedelta(days=10)).evaluations
    assert {(e.family_id, e.on, e.overdue) for e in soon} == {(first, due, False),
                                                              (second, due, False)}
    late = caseload(db, today=due + timedelta(days=1)).evaluations
    assert all(e.overdue for e in late) and len(late) == 2
    groups = {g.key: [name for _id, name in g.families] for g in load.groups}
    assert groups == {"implementation": ["Dubois", "El Amrani"], "closed": ["Closed family"]}


def test_calendar_file_reads_back(db: Database) -> None:
    two_families(db)
    load = caseload(db, today=TODAY)
    cal = Calendar.from_ical(calendar_ics(load))
    events = list(cal.walk("VEVENT"))
    summaries = {str(e["summary"]) for e in events}
    assert "Wraparound meeting: Dubois" in summaries
    assert "Grandma Aziz: Grandma walks Yusuf to school (El Amrani)" in summaries
    assert len(events) == 8 + 1  # dated actions, one meeting (no evaluation due yet)
    uids = [str(e["uid"]) for e in events]
    assert len(set(uids)) == len(uids)
    again = Calendar.from_ical(calendar_ics(caseload(db, today=TODAY)))
    assert sorted(uids) == sorted(str(e["uid"]) for e in again.walk("VEVENT"))  # stable
    walk = next(e for e in events if "walks Yusuf" in str(e["summary"]))
    assert walk.decoded("dtstart") == date(2027, 1, 15)


def test_the_week_page_filters_opens_the_family_and_exports(
        qtbot: Any, db: Database, tmp_path: Path) -> None:
    first, second = two_families(db)
    install_translations("en")  # English plural forms ("1 open action", "8 open actions")
    window = MainWindow(db, actor="coach")
    qtbot.addWidget(window)
    window.show()
    window.show_start_page()
    page = window.week
    assert window.stack.currentWidget() is page  # there is work: the week comes first
    page.refresh(today=TODAY)
    assert page.model.rowCount() == 8
    assert "overdue" in page.model.data(page.model.index(0, 0))
    assert page.count.text() == "8 open actions · 2 overdue"
    page.person_filter.setCurrentIndex(page.person_filter.findData("Grandma Aziz"))
    page.person_filter.activated.emit(page.person_filter.currentIndex())
    assert page.model.rowCount() == 1
    page.person_filter.setCurrentIndex(0)
    page.team_filter.setCurrentIndex(page.team_filter.findData("PIT Leiden"))
    page.team_filter.activated.emit(page.team_filter.currentIndex())
    assert {a.organisation for a in page.visible_actions()} == {"PIT Leiden"}

    target = page.export_ics(str(tmp_path / "week.ics"))
    assert target is not None
    events = list(Calendar.from_ical(target.read_bytes()).walk("VEVENT"))
    actions = [e for e in events if str(e["uid"]).startswith("action-")]
    assert len(actions) == 2  # only what the filters show

    pdf = page.print_who_does_what(second, str(tmp_path / "dubois.pdf"), open_after=False)
    assert pdf is not None
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Qui fait quoi" in text and "Grandma walks Yusuf to school B" in text
    assert "Check with GP" not in text  # professional-only: not on the family's page
    pages = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    assert re.search(r"^Pages:\s+1$", pages, re.MULTILINE)

    page.team_filter.setCurrentIndex(0)
    page.team_filter.activated.emit(0)
    row = next(r for r in range(page.model.rowCount())
               if page.model.action_at(r).family_id == second)
    index = page.model.index(row, 2)
    page.table.setCurrentIndex(index)
    page.table.doubleClicked.emit(index)
    assert window.stack.currentWidget() is window.home and window.home.family_id == second
    window.week_action.trigger()
    assert window.stack.currentWidget() is page


def week_shown(qtbot: Any, db: Database, width: int, height: int
               ) -> tuple[MainWindow, CaseloadPage]:
    """The main window at this size, on the week page (there is work), read for TODAY."""
    window = MainWindow(db, actor="coach")
    qtbot.addWidget(window)
    window.resize(width, height)
    window.show()
    window.show_start_page()
    assert window.stack.currentWidget() is window.week
    window.week.refresh(today=TODAY)
    return window, window.week


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_action_keeps_its_room_on_a_small_laptop(qtbot: Any, db: Database,
                                                     language: str) -> None:
    """At 1024x700 the other columns took their full width and left the action ("What")
    about 80 px: "Action …". It keeps at least WHAT_SHARE of the table; a narrowed column's
    text is in full in its tooltip; with room, nothing is narrowed."""
    from vrac_desktop.gui.caseload import WHAT_SHARE

    long_name = "El Amrani-Vandenbroucke van der Heijden-Bakker"
    long_team = "Leiden Centre for Youth and Family, Preventive Intervention Team West"
    family, _ = create_family(db, display_name=long_name, actor="coach")
    plan = sample_plan()
    plan = replace(plan, team=tuple(replace(m, organisation=long_team) for m in plan.team))
    save_plan_version(db, family_id=family.id, content=plan, actor="coach")
    install_translations(language)
    try:
        window, page = week_shown(qtbot, db, 1024, 700)
        qtbot.waitUntil(lambda: page.table.viewport().width() > 0)
        header = page.table.horizontalHeader()
        columns = page.model.COLUMNS
        room = page.table.viewport().width()
        assert header.sectionSize(columns.index("what")) >= WHAT_SHARE * room - 2
        family_column = columns.index("family")
        assert header.sectionSize(family_column) < page.table.sizeHintForColumn(family_column)
        index = page.model.index(0, family_column)
        assert page.model.data(index, Qt.ItemDataRole.ToolTipRole) == long_name
        # Every title still whole (tests/gui/test_layout.py checks the same on every screen).
        for i in range(len(columns)):
            assert header.sectionSize(i) >= header.sectionSizeHint(i)
        # Wide enough: every column as wide as its contents again.
        window.resize(3200, 900)
        qtbot.waitUntil(lambda: header.sectionSize(family_column)
                        >= page.table.sizeHintForColumn(family_column))
    finally:
        install_translations("en")


def texts(view: Any) -> list[str]:
    model = view.model()
    return [model.data(model.index(r, 0)) for r in range(model.rowCount())]


def test_the_week_lists_mark_overdue_head_phases_and_open_families(
        qtbot: Any, db: Database) -> None:
    """Meetings, evaluations due and families per phase: models over the week's own tuples
    (no item per entry), drawn and driven through the real views."""
    first, second = two_families(db)
    install_translations("en")
    window, page = week_shown(qtbot, db, 1366, 768)
    assert not page.unreadable.isVisible()  # every plan read
    assert texts(page.meetings) == [f"{format_date(date(2027, 2, 3))} — Dubois"]
    empty = page.evaluations_model.index(0, 0)  # none due yet: said so, not selectable
    assert texts(page.evaluations) == ["No evaluation due in the next 30 days."]
    assert page.evaluations_model.flags(empty) & Qt.ItemFlag.ItemIsSelectable == \
        Qt.ItemFlag.NoItemFlags
    # Bold phase headings with their counts, not selectable; the families indented.
    assert texts(page.groups) == ["Implementation (2)", "   Dubois", "   El Amrani",
                                  "Closed (1)", "   Closed family"]
    groups = page.groups_model
    heading, family = groups.index(0, 0), groups.index(1, 0)
    assert groups.data(heading, Qt.ItemDataRole.FontRole).bold()
    assert groups.data(family, Qt.ItemDataRole.FontRole) is None
    assert not groups.flags(heading) & Qt.ItemFlag.ItemIsSelectable
    assert groups.flags(family) & Qt.ItemFlag.ItemIsSelectable
    # The keyboard: a family of the list opens with Enter.
    page.groups.setFocus()
    page.groups.setCurrentIndex(groups.index(2, 0))
    qtbot.keyClick(page.groups, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.home and window.home.family_id == first
    window.show_week()

    # Evaluations past their day: red, "⚠ … (overdue)"; a double-click opens the family.
    due = evaluation_due_on(db, family_id=first)
    assert due is not None
    page.refresh(today=due + timedelta(days=1))
    assert texts(page.evaluations) == [f"⚠ {format_date(due)} — {name} (overdue)"
                                       for name in ("Dubois", "El Amrani")]
    red = page.evaluations_model.data(page.evaluations_model.index(0, 0),
                                      Qt.ItemDataRole.ForegroundRole)
    assert red.color().red() > 150 and red.color().green() < 50
    assert texts(page.meetings) == ["No meeting planned."]
    view = page.evaluations
    rect = view.visualRect(page.evaluations_model.index(1, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.stack.currentWidget() is window.home and window.home.family_id == first
    window.show_week()

    # The family filter's choices are a model too; the family chosen stays chosen.
    page.refresh(today=TODAY)
    combo = page.family_filter
    assert [combo.itemText(i) for i in range(combo.count())] == ["All", "Dubois",
                                                                 "El Amrani"]
    combo.setCurrentIndex(combo.findData(second))
    combo.activated.emit(combo.currentIndex())
    assert {a.family_id for a in page.visible_actions()} == {second}
    page.refresh(today=TODAY)
    assert combo.currentData() == second and page.model.rowCount() == 4

    # Long lists reach the view a chunk at a time, as their end comes into view.
    groups.chunk = 2
    page.refresh(today=TODAY)
    assert groups.total() == 5 and groups.rowCount() == 2
    qtbot.waitUntil(lambda: groups.rowCount() == 5)  # the list has room for all of them
    assert texts(page.groups)[-1] == "   Closed family"


def test_no_plans_start_on_the_families_list(qtbot: Any, db: Database) -> None:
    window = MainWindow(db, actor="coach")
    qtbot.addWidget(window)
    window.show_start_page()
    assert window.stack.currentWidget() is window.families
    qtbot.mouseClick(window.families.week_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.week
    assert window.week.model.rowCount() == 0


@pytest.mark.slow
def test_cli_caseload_and_who_does_what(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "data")
    db = open_local(paths)
    two_families(db)
    db.dispose()
    result = run("caseload", "--today", TODAY.isoformat(), "--ics", str(tmp_path / "w.ics"),
                 data=paths.root)
    assert result.returncode == 0, result.stderr
    assert "2027-01-15 OVERDUE\tEl Amrani\tGrandma Aziz\tGrandma walks Yusuf to school" \
        in result.stdout
    assert len(list(Calendar.from_ical((tmp_path / "w.ics").read_bytes())
                    .walk("VEVENT"))) == 9
    result = run("who-does-what", "Dubois", "--pdf", str(tmp_path / "d.pdf"), data=paths.root)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "d.pdf").read_bytes().startswith(b"%PDF")
    result = run("who-does-what", "Nobody", "--pdf", str(tmp_path / "n.pdf"), data=paths.root)
    assert result.returncode == 2 and not (tmp_path / "n.pdf").exists()




def test_week_part_reads_what_the_whole_plan_says() -> None:
    """The week decodes only the parts of a plan it shows (services/caseload.py:week_part):
    the same open actions, members, goal titles and next meeting as the whole plan."""
    from vrac_desktop.domain.codec import canonical_json, to_jsonable
    from vrac_desktop.domain.model import Visibility
    from vrac_desktop.services.caseload import week_part
    from vrac_desktop.store.repository import plan_of

    plan = sample_plan()
    statuses = (ActionStatus.DONE, ActionStatus.STOPPED, ActionStatus.IN_PROGRESS,
                ActionStatus.PLANNED)
    actions = tuple(replace(a, status=statuses[i % 4],
                            visibility=Visibility.PROFESSIONAL if i % 3 == 0 else a.visibility,
                            responsible_id=None if i == 3 else a.responsible_id,
                            goal_id="gone" if i == 2 else a.goal_id)
                    for i, a in enumerate(plan.actions))
    for variant in (plan, replace(plan, actions=actions),
                    replace(plan, actions=actions, next_meeting_on=None),
                    replace(plan, actions=())):
        text = canonical_json(to_jsonable(variant))
        whole, part = plan_of(text), week_part(text)
        open_actions = tuple(a for a in whole.actions if a.status.is_open)
        assert part.open_actions == open_actions
        assert part.next_meeting_on == whole.next_meeting_on
        for action in open_actions:
            assert part.members.get(action.responsible_id or "") == \
                whole.member(action.responsible_id)
            goal = whole.goal(action.goal_id)
            assert part.goal_titles.get(action.goal_id or "", "") == \
                (goal.title if goal else "")
    assert len(week_part(canonical_json(to_jsonable(replace(plan, actions=actions))))
               .open_actions) == 2


def store_raw_plan(db: Database, family_id: str, content_json: str) -> None:
    """A newest plan version holding ``content_json`` as it is, as an older app, a sync or a
    damaged file may have left it (saving through the app would check and refuse it; the
    version chain's fields are not what the week reads)."""
    from sqlalchemy import func, select, text

    from vrac_desktop.store.models import PlanVersionRow

    with db.session() as s:
        number = (s.scalar(select(func.max(PlanVersionRow.number))
                           .where(PlanVersionRow.family_id == family_id)) or 0) + 1
        s.add(PlanVersionRow(family_id=family_id, number=number,
                             created_at="2027-01-01T10:00:00+00:00", created_by="test",
                             meeting_id=None, approved=False, content_json=content_json,
                             content_hash="0" * 64, prev_hash="0" * 64,
                             hash=f"{family_id}-{number}"))
        s.flush()  # not for the search index: it reads the names of well-formed plans only
        s.execute(text("DELETE FROM family_search_stale WHERE family_id = :id"),
                  {"id": family_id})


def varied_plans() -> list[tuple[str, dict[str, Any]]]:
    """Plans as JSON objects: open, done and stopped actions, nobody or a member no longer in
    the team responsible, no goal or a goal no longer there, undated, professional-only,
    members and goals stored twice (the first counts), fields left to their defaults."""
    from vrac_desktop.domain.codec import to_jsonable
    from vrac_desktop.domain.model import Visibility

    plan = sample_plan()
    statuses = (ActionStatus.DONE, ActionStatus.STOPPED, ActionStatus.IN_PROGRESS,
                ActionStatus.PLANNED)
    varied = replace(plan, actions=tuple(
        replace(a, id=f"{a.id}-{i}", status=statuses[i % 4],
                visibility=Visibility.PROFESSIONAL if i % 3 == 0 else a.visibility,
                responsible_id=None if i == 3 else a.responsible_id,
                goal_id="gone" if i == 2 else a.goal_id,
                due_on=None if i == 3 else a.due_on)
        for i, a in enumerate(plan.actions * 2)))
    twice = to_jsonable(replace(plan, next_meeting_on=date(2027, 3, 1)))
    twice["team"] = [dict(twice["team"][0], name="Someone else")] + twice["team"]
    twice["goals"] = [dict(twice["goals"][0], title="Another title")] + twice["goals"]
    defaults = to_jsonable(replace(plan, next_meeting_on=None))
    for action in defaults["actions"]:
        del action["status"], action["visibility"]
        action["responsible_id"] = "nobody-here"
        action["goal_id"] = None
    for member in defaults["team"]:
        del member["organisation"]
    return [("Sample", to_jsonable(plan)), ("Varied", to_jsonable(varied)),
            ("Twice", twice), ("Defaults", defaults),
            ("Nothing open", to_jsonable(replace(plan, actions=())))]


def test_the_week_reads_plans_as_the_whole_plan_says(db: Database, monkeypatch: Any
                                                     ) -> None:
    """The week reads the plans' parts with SQLite's JSON functions
    (repository.WEEK_ROWS): the same open actions, responsible members, goal titles and next
    meetings as decoding the whole plan (``plan_of``) and the week's parts (``week_part``)."""
    import json

    from vrac_desktop.services import caseload as service
    from vrac_desktop.services.caseload import OpenAction, week_part
    from vrac_desktop.store.repository import plan_of

    def not_here(_text: str) -> None:
        raise AssertionError("a well-formed plan was decoded in Python")

    monkeypatch.setattr(service, "week_part", not_here)  # SQLite read them all

    families = {}
    for name, data in varied_plans():
        family, _ = create_family(db, display_name=name, actor="coach")
        store_raw_plan(db, family.id, json.dumps(data))
        families[family.id] = (name, json.dumps(data))
    load = caseload(db, today=TODAY)
    assert load.unreadable == ()
    monkeypatch.undo()
    expected, meetings = [], []
    for family_id, (name, text) in families.items():
        whole, part = plan_of(text), week_part(text)
        assert part.open_actions == tuple(a for a in whole.actions if a.status.is_open)
        for action in part.open_actions:
            member = whole.member(action.responsible_id)
            goal = whole.goal(action.goal_id)
            expected.append(OpenAction(
                family_id=family_id, family_name=name, action_id=action.id,
                description=action.description,
                responsible=member.name if member else "",
                responsible_kind=member.kind if member else None,
                organisation=member.organisation.strip() if member else "",
                goal_title=goal.title if goal else "", due_on=action.due_on,
                status=action.status,
                professional_only=action.visibility.value == "professional",
                overdue=action.due_on is not None and action.due_on < TODAY))
        if whole.next_meeting_on is not None and whole.next_meeting_on >= TODAY:
            meetings.append((family_id, whole.next_meeting_on))
    def key(a: OpenAction) -> tuple[str, str]:
        return a.family_id, a.action_id

    assert sorted(load.actions, key=key) == sorted(expected, key=key)
    assert len(load.actions) == 4 + 4 + 4 + 4  # of 4, 8, 4, 4 and 0 actions
    twice = [a for a in load.actions if a.family_name == "Twice"]  # the first of two
    assert "Someone else" in {a.responsible for a in twice} and \
        "Another title" in {a.goal_title for a in twice}
    assert sorted((m.family_id, m.on) for m in load.meetings) == sorted(meetings)


def test_a_plan_that_does_not_read_is_named_and_the_rest_shown(
        qtbot: Any, db: Database, paths: DataPaths) -> None:
    """A newest plan that is not JSON, or holds a value its model does not allow: that
    family is listed with the problem (on the week page and by the CLI), every other
    family's week is there, nothing is written."""
    import json

    from sqlalchemy import select

    from vrac_desktop.domain.codec import to_jsonable
    from vrac_desktop.store.models import FamilyRow, PlanVersionRow

    first, second = two_families(db)
    good = to_jsonable(sample_plan())
    bad_status = json.loads(json.dumps(good))
    bad_status["actions"][1]["status"] = "someday"
    bad_date = json.loads(json.dumps(good))
    bad_date["actions"][0]["due_on"] = "2027-02-30"
    bad_kind = json.loads(json.dumps(good))
    for member in bad_kind["team"]:
        member["kind"] = "neighbour"
    broken = {"Not JSON": '{"actions": [', "A list": "[]", "Bad status": bad_status,
              "Bad date": bad_date, "Bad member": bad_kind}
    for name, data in broken.items():
        family, _ = create_family(db, display_name=name, actor="coach")
        store_raw_plan(db, family.id, data if isinstance(data, str) else json.dumps(data))

    def stored() -> list[Any]:
        with db.session() as s:
            return [tuple(r) for r in s.execute(select(
                PlanVersionRow.family_id, PlanVersionRow.number, PlanVersionRow.content_json,
                PlanVersionRow.hash).order_by(PlanVersionRow.id))] + \
                [tuple(r) for r in s.execute(select(FamilyRow.id, FamilyRow.updated_at))]

    before = stored()
    load = caseload(db, today=TODAY)
    problems = {u.family_name: u.problem for u in load.unreadable}
    assert sorted(problems) == sorted(broken)
    assert "actions[1].status" in problems["Bad status"]
    assert "actions[0].due_on" in problems["Bad date"]
    assert "kind" in problems["Bad member"]
    assert "expected an object" in problems["A list"]
    assert problems["Not JSON"]
    assert {a.family_id for a in load.actions} == {first, second}  # the rest of the week
    assert len(load.actions) == 8 and len(load.meetings) == 1

    install_translations("en")
    page = CaseloadPage(db)
    qtbot.addWidget(page)
    page.show()
    page.refresh(today=TODAY)
    assert page.unreadable.isVisible()
    assert page.unreadable.text() == ("⚠ 5 plans could not be read and are left out of the "
                                      "week: A list, Bad date, Bad member, Bad status, "
                                      "Not JSON")
    assert "Bad status: actions[1].status" in page.unreadable.toolTip()
    assert page.model.rowCount() == 8
    result = run("caseload", "--today", TODAY.isoformat(), data=paths.root)
    assert result.returncode == 0, result.stderr
    assert "the plan of Bad date could not be read (actions[0].due_on" in result.stderr
    assert "Grandma walks Yusuf to school" in result.stdout
    assert stored() == before


def test_the_week_stops_when_asked(db: Database) -> None:
    """``cancelled`` is asked as the families and plans are read, and inside a long query
    (SQLite's progress handler): the week stops with WeekCancelled."""
    from sqlalchemy.exc import OperationalError

    from vrac_desktop.services.caseload import WeekCancelled
    from vrac_desktop.store.repository import scanning

    two_families(db)
    asked: list[int] = []

    def after_two() -> bool:
        asked.append(1)
        return len(asked) > 2

    with pytest.raises(WeekCancelled):
        caseload(db, today=TODAY, cancelled=after_two)
    assert len(asked) == 3
    assert caseload(db, today=TODAY, cancelled=lambda: False).actions  # not asked to stop

    count = ("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
             "WHERE i < 50000000) SELECT count(*) FROM n")
    with db.session() as s:
        size = s.connection().exec_driver_sql("PRAGMA cache_size").scalar_one()
        with pytest.raises(OperationalError, match="interrupted"), \
                scanning(s, stop=lambda: True):
            s.connection().exec_driver_sql(count).scalar_one()
    with db.session() as s:  # the handler and the cache size are given back
        assert s.connection().exec_driver_sql("PRAGMA cache_size").scalar_one() == size
        with scanning(s, stop=lambda: False):
            assert s.connection().exec_driver_sql(
                count.replace("50000000", "1000")).scalar_one() == 1000


@pytest.mark.parametrize("how", ["close", "open the week"])
def test_closing_the_app_stops_the_week(qtbot: Any, db: Database, paths: DataPaths,
                                        tmp_path: Path, monkeypatch: Any, how: str) -> None:
    """The week read at start (gui/app.py) stops when the app closes, or when the coach
    opens the week (read again then): closing does not wait for it, its result is dropped,
    nothing is written. The week is held at its first look at ``cancelled`` until then (a
    hook that makes it observable)."""
    import threading
    import time

    from sqlalchemy import text

    from vrac_desktop.services import caseload as service
    from vrac_desktop.store.settings import Settings

    from vrac_desktop.gui.app import Started, _after_load
    from vrac_desktop.gui.single_instance import SingleInstance

    two_families(db)
    real = service.caseload
    running, outcome = threading.Event(), []

    def held(database: Database, *, today: date, cancelled: Any) -> Any:
        def hook() -> bool:
            running.set()
            deadline = time.monotonic() + 30  # bounded: the assertions below fail then
            while not cancelled() and time.monotonic() < deadline:
                time.sleep(0.01)  # until the app closes
            return bool(cancelled())

        try:
            return real(database, today=today, cancelled=hook)
        except service.WeekCancelled:
            outcome.append("cancelled")
            raise

    monkeypatch.setattr(service, "caseload", held)
    settings = Settings(tmp_path / "settings.json")
    settings.set("backup_every_hours", 0)  # this test is about the week
    window = MainWindow(db, actor="coach", settings=settings, paths=paths)
    qtbot.addWidget(window)
    window.show()
    started = Started(window, SingleInstance(paths))
    _after_load(window, paths, settings, smoke_test=True, keep=started.keep)

    def stored(database: Database) -> list[Any]:
        with database.session() as s:
            return [tuple(r) for table in ("families", "plan_versions", "audit_log")
                    for r in s.execute(text(f"SELECT * FROM {table}"))]  # noqa: S608

    assert running.wait(30)  # the week is being read
    before = stored(db)
    if how == "close":
        started.close()  # what run_gui does once the window is closed: cancel, then wait
        assert outcome == ["cancelled"]
        qtbot.wait(10)  # the task's end reaches the window: its result is dropped
        assert window.stack.currentWidget() is window.families
    else:
        window.show_week()  # read again, on the UI thread
        qtbot.waitUntil(lambda: outcome == ["cancelled"])
        assert window.stack.currentWidget() is window.week
        assert window.week.model.rowCount() == 8
        started.close()
    assert "could not be read" not in window.statusBar().currentMessage()
    again = open_local(paths)  # close() closed the app's database
    try:
        after = stored(again)
    finally:
        again.dispose()
    assert after == before


def test_the_week_keeps_ids_compactly_whatever_their_form() -> None:
    """The week's ids (services/caseload.py ``_Ids``): the app's UUIDs in 16 bytes, any
    other id as it is; each comes back as it went in, is found, and sorts in text order."""
    from uuid import uuid4

    from vrac_desktop.services.caseload import _Ids

    texts = [str(uuid4()) for _ in range(5)] + ["legacy-1", str(uuid4()).upper()]
    ids = _Ids()
    assert [ids.add(t) for t in texts] == list(range(7))
    assert [ids[i] for i in range(len(ids))] == texts
    assert [ids.index_of(t) for t in texts] == list(range(7))
    assert ids.index_of(str(uuid4())) is None and ids.index_of("legacy-2") is None
    assert sorted(range(7), key=ids.sort_key()) == sorted(range(7), key=texts.__getitem__)
    only_uuids = _Ids()
    for t in texts[:5]:
        only_uuids.add(t)
    key = only_uuids.sort_key()
    assert sorted(range(5), key=key) == sorted(range(5), key=texts.__getitem__)
    assert only_uuids.key_of(texts[2]) == key(2) and only_uuids.key_of("legacy-1") is None

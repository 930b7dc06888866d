"""Fidelity read from a real (SQLCipher) database: one family, and the organisation summary
with its anonymous CSV."""

from __future__ import annotations

import csv
import json
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from tests.fidelity_data import COACHES, START, TEAMS, make_family, make_organisation
from vrac_desktop.domain.voice import Respondent, VoiceQuestion
from vrac_desktop.services.fidelity import (
    WITHHELD,
    family_fidelity,
    organisation_summary,
    report_for_period,
    write_summary_csv,
)
from vrac_desktop.services.transfer import export_family, import_family
from vrac_desktop.store.database import Database

TODAY = date(2026, 12, 1)


def test_family_fidelity_over_time(db: Database) -> None:
    made = make_family(db, 1, meetings=3)
    fid = family_fidelity(db, family_id=made.family_id, today=TODAY)
    assert len(fid.timeline) == 3
    # sample_plan: 5 members (2 family, 1 informal, 2 formal); grandma absent at meetings 2, 3
    assert fid.report.get("teamwork.team_size").value == 5
    assert fid.report.get("natural.informal_present").value == 1 / 3
    assert [r.get("natural.informal_present").value for r in fid.timeline] == [1.0, 0.5, 1 / 3]
    # the family rated at both follow-ups
    assert fid.report.get("outcomes.family_rated").value == 1.0
    assert fid.timeline[0].get("outcomes.family_rated").missing is not None
    # first approved plan on START+1 (number 1 -> day offset 1); 324 days later: one
    # evaluation was due and none held
    timely = fid.report.get("outcomes.evaluations_on_time")
    assert (timely.numerator, timely.denominator) == (0, 1)
    # voice: family and child answered 3 + i + 1 (odd family) at meeting i, capped at 5
    assert [(p.family, p.child) for p in fid.voice] == [(4.0, 4.0), (5.0, 5.0), (5.0, 5.0)]
    assert fid.report.get("voice.listened").value == (4 + 4 + 5 + 5 + 5 + 5) / 6
    period = report_for_period(db, family_id=made.family_id, start=START + timedelta(days=20),
                               end=TODAY)
    assert period.get("voice.listened").value == 5.0  # the first meeting is outside


def test_voice_round_trips_through_export_family(db: Database, tmp_path: Path,
                                                 paths: object) -> None:
    made = make_family(db, 2)
    out = export_family(db, family_id=made.family_id, path=tmp_path / "f.json", actor="t")
    data = json.loads(out.read_text(encoding="utf-8"))
    assert len(data["voices"]) == 2 * len(VoiceQuestion) * len(Respondent)
    assert {v["respondent"] for v in data["voices"]} == {"family", "child"}
    # import into a fresh database gives the same answers
    from vrac_desktop.store.database import open_local
    from vrac_desktop.store.paths import DataPaths

    other = open_local(DataPaths(tmp_path / "other"))
    try:
        import_family(other, path=out, actor="t")
        again = export_family(other, family_id=made.family_id, path=tmp_path / "g.json",
                              actor="t")
        assert json.loads(again.read_text(encoding="utf-8"))["voices"] == data["voices"]
    finally:
        other.dispose()


def test_import_refuses_a_face_out_of_scale_and_changes_nothing(db: Database,
                                                                tmp_path: Path) -> None:
    import pytest

    from vrac_desktop.services.families import search_families
    from vrac_desktop.services.transfer import ImportRefusedError
    from vrac_desktop.store.database import open_local
    from vrac_desktop.store.paths import DataPaths

    made = make_family(db, 3)
    out = export_family(db, family_id=made.family_id, path=tmp_path / "f.json", actor="t")
    data = json.loads(out.read_text(encoding="utf-8"))
    data["voices"][0]["value"] = 9
    out.write_text(json.dumps(data), encoding="utf-8")
    other = open_local(DataPaths(tmp_path / "other"))
    try:
        with pytest.raises(ImportRefusedError, match="five faces"):
            import_family(other, path=out, actor="t")
        assert search_families(other, include_closed=True) == []
    finally:
        other.dispose()


def test_organisation_summary_and_anonymous_csv(db: Database, tmp_path: Path) -> None:
    made = make_organisation(db, 13)
    summary = organisation_summary(db, today=TODAY)
    groups = {(g.kind, g.label): g for g in summary.groups}
    assert groups[("all", "")].families == 13
    assert groups[("all", "")].active == 12
    assert groups[("team", TEAMS[0])].families == 10
    assert groups[("team", TEAMS[1])].suppressed  # 3 families
    assert groups[("coach", "1")].families == 7  # even numbers 0..12
    assert groups[("coach", "2")].families == 6
    size = next(d for d in groups[("all", "")].distributions if d.code == "teamwork.team_size")
    assert (size.families, size.meets, size.median) == (13, 13, 5.0)
    path = write_summary_csv(summary, tmp_path / "summary.csv")
    text = path.read_text(encoding="utf-8")
    rows = list(csv.reader(text.splitlines()))
    assert rows[0][0] == "group_kind"
    assert any(r[1] == TEAMS[1] and r[2] == WITHHELD for r in rows[1:])
    scanned = {name for m in made for name in m.names} | set(COACHES)
    assert len(scanned) == 13 * 7 + 2
    hits = [name for name in scanned if name.casefold() in text.casefold()]
    assert hits == []
    # nor any first name alone (e.g. the child's), nor any family id
    generic = {"Family", "Coach", "Grandma"}  # words of the app's own vocabulary
    words = {w for name in scanned for w in name.split()
             if len(w) > 4 and w[0].isupper() and w not in generic}
    assert {"Fatima", "Yusuf", "Vermeulen", "Anneke", "Oosterhout"} <= words
    assert [w for w in words if w.casefold() in text.casefold()] == []
    assert [m.family_id for m in made if m.family_id in text] == []


def test_a_face_out_of_scale_saves_nothing(db: Database) -> None:
    import pytest

    from tests.factories import sample_plan
    from vrac_desktop.domain.draft import new_draft
    from vrac_desktop.domain.voice import VoiceAnswer
    from vrac_desktop.services.families import create_family
    from vrac_desktop.services.meetings import finish_meeting
    from vrac_desktop.services.plans import PlanInvalidError, list_versions
    from vrac_desktop.store import repository as repo

    family, _ = create_family(db, display_name="Family Qz-bad", actor="coach")
    draft = new_draft(family.id, base_version=0, plan=sample_plan(), held_on=START)
    bad = VoiceAnswer(draft.meeting.id, Respondent.CHILD, VoiceQuestion.LISTENED, 6)
    other = VoiceAnswer("another-meeting", Respondent.FAMILY, VoiceQuestion.LISTENED, 3)
    for answers in ((bad,), (other,)):
        with pytest.raises(PlanInvalidError, match="five faces"):
            finish_meeting(db, draft=replace(draft, voice=answers), actor="coach", today=TODAY)
        assert list_versions(db, family_id=family.id) == []
        with db.session() as s:
            assert repo.meetings(s, family.id) == [] and repo.voices(s, family.id) == []

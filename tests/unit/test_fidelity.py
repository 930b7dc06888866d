"""Every fidelity indicator on hand-built plans, with the expected values worked out here."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from vrac_desktop.domain.fidelity import (
    CODES,
    DEFINITIONS,
    FidelityInput,
    MeetingFacts,
    Missing,
    VersionFacts,
    compute,
    evaluations_due,
    timeline,
)
from vrac_desktop.domain.fidelity_hints import Hint, next_steps
from vrac_desktop.domain.fidelity_summary import MIN_GROUP, FamilyFacts, summarise
from vrac_desktop.domain.model import (
    Action,
    ActionStatus,
    Attendance,
    Decision,
    Evaluation,
    Goal,
    GoalEvaluation,
    Handling,
    Meeting,
    MemberKind,
    Need,
    PlanContent,
    Rater,
    Rating,
    Strength,
    StrengthCategory,
    StrengthHolder,
    TeamMember,
    Verdict,
)
from vrac_desktop.domain.voice import (
    Respondent,
    VoiceAnswer,
    VoiceQuestion,
    voice_trend,
    with_answer,
)

MUM = TeamMember("mum", "Mum", MemberKind.FAMILY)
KID = TeamMember("kid", "Kid", MemberKind.FAMILY)
GRAN = TeamMember("gran", "Gran", MemberKind.INFORMAL)
TEACHER = TeamMember("teacher", "Teacher", MemberKind.FORMAL)
COACH = TeamMember("coach", "Coach", MemberKind.FORMAL)
TEAM = (MUM, KID, GRAN, TEACHER, COACH)
START = date(2026, 1, 10)


def plan() -> PlanContent:
    """2 needs (school: help; sleep: ourselves; money: help, no goal), 2 goals (one tied),
    5 actions (one stopped), 4 strengths."""
    school = Need("n-school", "School", handling=Handling.NEED_HELP)
    sleep = Need("n-sleep", "Sleep", handling=Handling.OURSELVES)
    money = Need("n-money", "Money", handling=Handling.NEED_HELP)
    g1 = Goal("g1", "At school on time", ("n-school",), "days on time", 2, 9)
    g2 = Goal("g2", "Calm evenings", (), "", 5, 5)  # tied to nothing, not measurable
    return PlanContent(
        team=TEAM, needs=(school, sleep, money), goals=(g1, g2),
        strengths=(
            Strength("s1", "Persistence", StrengthCategory.TALENT, StrengthHolder.CHILD),
            Strength("s2", "Good cook", StrengthCategory.LIFE_SKILL, StrengthHolder.PARENTS),
            Strength("s3", "Loves  football", StrengthCategory.TALENT, StrengthHolder.CHILD),
            Strength("s4", "Neighbour with a car", StrengthCategory.NETWORK,
                     StrengthHolder.NETWORK),
        ),
        actions=(
            Action("a1", "Gran walks him to school", "gran", "g1"),
            Action("a2", "Football club uses his persistence", "kid", "g1"),
            Action("a3", "Teacher sends a note", "teacher", "g1"),
            Action("a4", "Teacher calls weekly", "teacher", "g1"),
            Action("a5", "Coach asks the GP", "coach", "g2", status=ActionStatus.STOPPED),
        ),
    )


def meeting(mid: str, day: date, present: set[str], team: tuple[TeamMember, ...] = TEAM,
            extra: tuple[Attendance, ...] = ()) -> MeetingFacts:
    attendance = tuple(Attendance(m.id, m.id in present) for m in team) + extra
    return MeetingFacts(Meeting(mid, day, attendance=attendance), team)


def rate(meeting_id: str, day: date, rater: Rater, goal: str = "g1") -> Rating:
    return Rating(f"r-{meeting_id}-{rater}-{goal}", goal, day, 5, rater, meeting_id)


def value(data: FidelityInput, code: str) -> float | None:
    return compute(data).get(code).value


def missing(data: FidelityInput, code: str) -> Missing | None:
    return compute(data).get(code).missing


# --- the full plan ------------------------------------------------------------------------------


def full() -> FidelityInput:
    m1 = meeting("m1", START, {"mum", "kid", "gran", "teacher", "coach"})
    m2 = meeting("m2", START + timedelta(days=30), {"mum", "teacher", "coach"})
    m3 = meeting("m3", START + timedelta(days=60), {"kid", "gran", "coach"})
    return FidelityInput(
        plan=plan(), meetings=(m1, m2, m3),
        ratings=(rate("m2", m2.meeting.held_on, Rater.FAMILY),
                 rate("m3", m3.meeting.held_on, Rater.TEAM)),
        plan_started_on=START, as_of=START + timedelta(days=90),
    )


def test_every_code_is_computed_once_and_documented():
    report = compute(full())
    assert [i.code for i in report.indicators] == list(CODES)
    docs = Path("docs/fidelity.md").read_text(encoding="utf-8")
    for code in CODES:
        assert f"`{code}`" in docs, code


def test_teamwork():
    data = full()
    assert value(data, "teamwork.team_size") == 5
    assert value(data, "teamwork.team_mix") == 3  # family, informal, formal
    # family members (mum, kid) present: m1 2/2, m2 1/2, m3 1/2 -> mean (1 + .5 + .5) / 3
    assert value(data, "teamwork.attendance_family") == pytest.approx(2 / 3)
    # gran: m1 yes, m2 no, m3 yes
    assert value(data, "teamwork.attendance_informal") == pytest.approx(2 / 3)
    # teacher + coach: m1 2/2, m2 2/2, m3 1/2
    assert value(data, "teamwork.attendance_formal") == pytest.approx((1 + 1 + 0.5) / 3)
    # live actions (a5 stopped): gran 1, kid 1, teacher 2 -> busiest 2 of 4
    busiest = compute(data).get("teamwork.busiest_member")
    assert (busiest.value, busiest.numerator, busiest.denominator) == (0.5, 2, 4)
    assert busiest.meets is True  # threshold: at most half
    assert compute(data).get("teamwork.attendance_family").meets is False  # 0.67 < 0.75


def test_natural_supports():
    data = full()
    # kid (family) + gran (informal) carry 2 of the 4 live actions
    assert value(data, "natural.family_informal_actions") == 0.5
    # gran present at m1 and m3 of 3 meetings
    assert value(data, "natural.informal_present") == pytest.approx(2 / 3)
    assert value(data, "natural.informal_supports") == 1


def test_needs_based():
    data = full()
    assert value(data, "needs.goals_tied") == 0.5  # g1 tied, g2 not
    # school: help and served by g1; sleep: ourselves; money: help and no goal -> 1
    assert value(data, "needs.unaddressed") == 1
    assert compute(data).get("needs.unaddressed").meets is False  # lower is better, 0


def test_strengths_driven():
    data = full()
    # child 2 + parents 1 (network one not counted) over 2 family members
    assert value(data, "strengths.per_family_member") == 1.5
    assert value(data, "strengths.child_talents") == 2
    # live actions a1..a4: only a2 names a strength ("persistence"; case-insensitive);
    # "Loves  football" (two spaces) is normalised but a2 says "Football club", not "loves"
    assert value(data, "strengths.actions_naming_strength") == 0.25


def test_outcomes():
    data = full()
    assert value(data, "outcomes.goals_measurable") == 0.5  # g2: no indicator, target=baseline
    # follow-ups m2 (family rated) and m3 (team only) -> 1 of 2
    assert value(data, "outcomes.family_rated") == 0.5
    # 90 days in: no evaluation due yet
    assert missing(data, "outcomes.evaluations_on_time") is Missing.NOT_DUE_YET
    assert missing(data, "outcomes.goals_reached") is Missing.NO_EVALUATIONS


def test_child_rating_counts_as_the_family_rating():
    data = full()
    child = rate("m3", data.meetings[2].meeting.held_on, Rater.CHILD)
    assert value(replace(data, ratings=(*data.ratings, child)), "outcomes.family_rated") == 1.0


def evaluation(eid: str, end: date, goals: tuple[GoalEvaluation, ...] = (),
               decided: bool = True) -> Evaluation:
    return Evaluation(eid, end - timedelta(days=182), end, goals, decided=decided)


def test_evaluations_on_time_and_goals_reached():
    on_time = evaluation("e1", START + timedelta(days=190), (
        GoalEvaluation("g1", 2, 9, 9, Verdict.REACHED, Decision.FINALIZE),
        GoalEvaluation("g2", 5, 5, 5, Verdict.NOT_REACHED, Decision.CONTINUE),
    ))
    late = evaluation("e2", START + timedelta(days=190 + 182 + 60), (
        GoalEvaluation("g2", 5, 6, 5, Verdict.PARTLY, Decision.FINALIZE),
    ))
    data = replace(full(), evaluations=(on_time, late), as_of=START + timedelta(days=700))
    # due 1: start+182 (deadline +30) -> e1 at +190 on time; due 2: e1+182 (deadline +212
    # after e1) -> e2 at e1+242 is late; due 3: e2+182+30 = +664 <= +700 -> missed.
    # So 1 on time of 3 due.
    timely = compute(data).get("outcomes.evaluations_on_time")
    assert (timely.numerator, timely.denominator) == (1, 3)
    # g1 reached+finalized, g2 finalized in e2 -> 2 distinct goals
    assert value(data, "outcomes.goals_reached") == 2
    # a computed suggestion that nobody decided celebrates nothing
    draft = replace(late, decided=False)
    assert value(replace(data, evaluations=(on_time, draft)), "outcomes.goals_reached") == 1
    assert evaluations_due(START, START + timedelta(days=211), ()) == (0, 0)
    assert evaluations_due(START, START + timedelta(days=212), ()) == (0, 1)


def test_closed_family_is_measured_up_to_its_last_meeting():
    data = replace(full(), as_of=START + timedelta(days=1000), closed=True)
    # last meeting at +60: no evaluation was ever due, so "not enough data", not 0 %
    assert missing(data, "outcomes.evaluations_on_time") is Missing.NOT_DUE_YET
    still_open = replace(data, closed=False)
    assert value(still_open, "outcomes.evaluations_on_time") == 0.0


# --- edge cases --------------------------------------------------------------------------------


def test_family_without_plan_or_meetings_has_no_data_anywhere():
    report = compute(FidelityInput(plan=None, as_of=START))
    assert all(i.value is None for i in report.indicators)
    assert all(i.missing is not None for i in report.indicators)
    assert all(i.meets is None for i in report.indicators)
    assert report.get("teamwork.attendance_family").missing is Missing.NO_MEETINGS
    assert report.get("teamwork.team_size").missing is Missing.NO_PLAN


def test_plan_but_no_meetings():
    data = FidelityInput(plan=plan(), as_of=START)
    for code in ("teamwork.attendance_family", "natural.informal_present",
                 "outcomes.family_rated"):
        assert missing(data, code) is Missing.NO_MEETINGS, code
    assert value(data, "teamwork.team_size") == 5  # the plan still speaks


def test_first_meeting_only_has_no_follow_ups():
    data = replace(full(), meetings=full().meetings[:1])
    assert missing(data, "outcomes.family_rated") is Missing.NO_FOLLOW_UPS


def test_deleted_members():
    """Gran was removed from the plan after m1: her attendance that day still counts (her
    kind comes from the team of that meeting); an attendance entry for an id found in no
    team is ignored; her remaining action no longer counts for anyone."""
    p = replace(plan(), team=(MUM, KID, TEACHER, COACH))
    m1 = meeting("m1", START, {"mum", "gran"}, extra=(Attendance("ghost", True),))
    m2 = meeting("m2", START + timedelta(days=20), {"mum"}, team=p.team)
    data = FidelityInput(plan=p, meetings=(m1, m2), as_of=START + timedelta(days=30))
    # informal: only m1 had an informal member (gran, present) -> 1/1
    assert value(data, "teamwork.attendance_informal") == 1.0
    assert compute(data).get("teamwork.attendance_informal").denominator == 1
    # at least one informal present: m1 yes, m2 no -> 1/2
    assert value(data, "natural.informal_present") == 0.5
    # live actions with a known responsible: kid, teacher, teacher -> busiest 2/3
    assert value(data, "teamwork.busiest_member") == pytest.approx(2 / 3)
    assert value(data, "natural.family_informal_actions") == pytest.approx(1 / 3)
    assert value(data, "natural.informal_supports") == 0


def test_team_without_informal_members_is_not_a_zero_attendance():
    p = replace(plan(), team=(MUM, TEACHER))
    m1 = meeting("m1", START, {"mum", "teacher"}, team=p.team)
    data = FidelityInput(plan=p, meetings=(m1,), as_of=START)
    assert missing(data, "teamwork.attendance_informal") is Missing.NO_MEMBERS_OF_KIND
    assert value(data, "natural.informal_present") == 0.0  # a fact: nobody informal came


def test_single_goal_and_empty_lists():
    g = Goal("g", "One goal", ("n",), "how", 1, 8)
    p = PlanContent(team=(MUM,), needs=(Need("n", "Need"),), goals=(g,))
    data = FidelityInput(plan=p, as_of=START)
    assert value(data, "needs.goals_tied") == 1.0
    assert value(data, "outcomes.goals_measurable") == 1.0
    assert value(data, "needs.unaddressed") == 0
    assert missing(data, "teamwork.busiest_member") is Missing.NO_ACTIONS
    assert missing(data, "natural.family_informal_actions") is Missing.NO_ACTIONS
    assert missing(data, "strengths.actions_naming_strength") is Missing.NO_STRENGTHS
    one = replace(p, actions=(Action("a", "Do it", "mum"),))
    assert missing(FidelityInput(plan=one, as_of=START),
                   "teamwork.busiest_member") is Missing.TOO_FEW_ACTIONS
    empty = PlanContent()
    data = FidelityInput(plan=empty, as_of=START)
    assert missing(data, "needs.goals_tied") is Missing.NO_GOALS
    assert missing(data, "needs.unaddressed") is Missing.NO_NEEDS
    assert missing(data, "strengths.per_family_member") is Missing.NO_FAMILY_MEMBERS
    assert value(data, "teamwork.team_size") == 0


def test_voice_indicators_and_trend():
    m = full().meetings
    answers: tuple[VoiceAnswer, ...] = ()
    for q, fam, kid in ((VoiceQuestion.LISTENED, 5, 3), (VoiceQuestion.OUR_PLAN, 4, None)):
        answers = with_answer(answers, meeting_id="m2", respondent=Respondent.FAMILY,
                              question=q, value=fam)
        if kid is not None:
            answers = with_answer(answers, meeting_id="m2", respondent=Respondent.CHILD,
                                  question=q, value=kid)
    answers = with_answer(answers, meeting_id="m3", respondent=Respondent.FAMILY,
                          question=VoiceQuestion.LISTENED, value=2)
    # answers of a meeting that is not (yet) held are ignored
    answers = (*answers, VoiceAnswer("future", Respondent.FAMILY, VoiceQuestion.LISTENED, 1))
    data = replace(full(), voice=answers)
    assert value(data, "voice.listened") == pytest.approx((5 + 3 + 2) / 3)
    assert value(data, "voice.our_plan") == 4
    assert missing(data, "voice.who_does_what") is Missing.NO_ANSWERS
    trend = voice_trend([(f.meeting.id, f.meeting.held_on) for f in m], answers)
    assert [(p.meeting_id, p.family, p.child) for p in trend] == [
        ("m2", 4.5, 3.0), ("m3", 2.0, None)]  # m1: no answers, left out
    with pytest.raises(ValueError):
        with_answer((), meeting_id="m", respondent=Respondent.CHILD,
                    question=VoiceQuestion.LISTENED, value=6)
    # changing an answer replaces it; None removes it
    again = with_answer(answers, meeting_id="m3", respondent=Respondent.FAMILY,
                        question=VoiceQuestion.LISTENED, value=None)
    assert len(again) == len(answers) - 1


def test_next_steps():
    p = plan()
    steps = {s.hint: s.count for s in next_steps(full())}
    assert Hint.NO_INFORMAL_SUPPORT not in steps
    assert Hint.INFORMAL_WITHOUT_ACTION not in steps  # gran carries a1
    assert steps[Hint.GOAL_WITHOUT_NEED] == 1
    assert steps[Hint.NEED_UNADDRESSED] == 1
    assert steps[Hint.GOAL_NOT_MEASURABLE] == 1
    assert Hint.FAMILY_OFTEN_ABSENT in steps  # 67 % < 75 %
    assert Hint.NO_CHILD_TALENT not in steps
    no_gran_action = replace(p, actions=tuple(a for a in p.actions if a.responsible_id != "gran"))
    steps = {s.hint for s in next_steps(replace(full(), plan=no_gran_action))}
    assert Hint.INFORMAL_WITHOUT_ACTION in steps
    no_gran = replace(p, team=(MUM, KID, TEACHER, COACH))
    steps = {s.hint for s in next_steps(replace(full(), plan=no_gran))}
    assert Hint.NO_INFORMAL_SUPPORT in steps
    assert next_steps(FidelityInput(plan=None, as_of=START)) == []


def test_timeline_uses_each_versions_plan_and_what_happened_until_then():
    data = full()
    early = replace(plan(), team=(MUM, COACH))
    reports = timeline([VersionFacts(START + timedelta(days=60), plan()),
                        VersionFacts(START, early)], data)
    assert [r.as_of for r in reports] == [START, START + timedelta(days=60)]
    assert reports[0].get("teamwork.team_size").value == 2
    assert reports[0].get("outcomes.family_rated").missing is Missing.NO_FOLLOW_UPS
    assert reports[1].get("teamwork.team_size").value == 5
    assert reports[1].get("outcomes.family_rated").value == 0.5


# --- the organisation summary ------------------------------------------------------------------


def facts(team: str, coach: str, informal: int, closed: bool = False) -> FamilyFacts:
    p = replace(plan(), team=(MUM, KID, TEACHER) + (GRAN,) * informal)
    return FamilyFacts(team, coach, closed, compute(FidelityInput(plan=p, as_of=START)))


def test_summary_suppresses_small_groups_and_small_counts():
    fams = ([facts("north", "Anna", 1) for _ in range(6)]
            + [facts("north", "Bram", 0) for _ in range(2)]
            + [facts("south", "Bram", 1, closed=True) for _ in range(3)])
    summary = summarise(fams, as_of=START)
    everyone = summary.groups[0]
    assert (everyone.kind, everyone.families) == ("all", 11)
    assert everyone.active == 8
    # 2 plans without informal support: 1..4 is withheld
    assert everyone.no_informal_support is None
    informal = next(d for d in everyone.distributions if d.code == "natural.informal_supports")
    # 11 with data; meets (>= 1 informal) 9, not 2 -> the 2 would identify: withheld
    assert (informal.families, informal.meets, informal.suppressed) == (11, None, True)
    assert informal.median == 1.0
    size = next(d for d in everyone.distributions if d.code == "teamwork.team_size")
    # team sizes: 6x4, 2x3, 3x4 -> median 4; meets (>= 4) 9, not 2 -> withheld
    assert (size.median, size.meets) == (4.0, None)
    attendance = next(d for d in everyone.distributions
                      if d.code == "teamwork.attendance_family")
    assert (attendance.families, attendance.median) == (0, None)  # no meetings anywhere
    teams = {g.label: g for g in summary.groups if g.kind == "team"}
    assert teams["north"].families == 8
    assert teams["south"].suppressed and teams["south"].distributions == ()
    coaches = [g for g in summary.groups if g.kind == "coach"]
    assert [g.label for g in coaches] == ["1", "2"]  # Anna (6) first, Bram (5) second
    assert [g.families for g in coaches] == [6, 5]
    assert all("Anna" not in repr(g) and "Bram" not in repr(g) for g in summary.groups)


def test_summary_of_fewer_than_five_families_shows_nothing():
    summary = summarise([facts("t", "c", 1) for _ in range(MIN_GROUP - 1)], as_of=START)
    assert all(g.suppressed for g in summary.groups)


def test_definitions_have_a_sensible_threshold():
    for d in DEFINITIONS.values():
        assert d.threshold >= 0
        if d.unit.value == "share":
            assert d.threshold <= 1

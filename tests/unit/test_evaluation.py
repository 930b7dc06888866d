"""The computed draft evaluation: latest rating, suggested verdict and decision."""

from __future__ import annotations

from datetime import date

import pytest

from tests.factories import sample_plan
from vrac_desktop.domain.evaluation import (
    draft_evaluation,
    latest_rating,
    months_before,
    overall_decision,
    suggest_verdict,
)
from vrac_desktop.domain.model import Decision, Rater, Rating, Verdict, new_id


@pytest.mark.parametrize(("baseline", "latest", "target", "verdict"), [
    (3, 9, 9, Verdict.REACHED),
    (3, 10, 9, Verdict.REACHED),
    (3, 5, 9, Verdict.PARTLY),
    (3, 3, 9, Verdict.NOT_REACHED),
    (3, 2, 9, Verdict.NOT_REACHED),
    (3, None, 9, Verdict.NOT_REACHED),
    (8, 2, 2, Verdict.REACHED),  # a goal to bring something down (e.g. worries)
    (8, 5, 2, Verdict.PARTLY),
])
def test_suggested_verdict(baseline: int, latest: int | None, target: int,
                           verdict: Verdict) -> None:
    assert suggest_verdict(baseline, latest, target) is verdict


def test_months_before_clamps_to_the_end_of_the_month() -> None:
    assert months_before(date(2026, 8, 31), 6) == date(2026, 2, 28)
    assert months_before(date(2026, 3, 15), 6) == date(2025, 9, 15)


def test_latest_rating_is_the_last_day_and_the_family_leads_on_that_day() -> None:
    ratings = [
        Rating(new_id(), "g", date(2026, 1, 1), 2, Rater.FAMILY),
        Rating(new_id(), "g", date(2026, 3, 1), 7, Rater.TEAM),
        Rating(new_id(), "g", date(2026, 3, 1), 6, Rater.FAMILY),
        Rating(new_id(), "g", date(2026, 5, 1), 9, Rater.FAMILY),
    ]
    latest = latest_rating("g", ratings, as_of=date(2026, 4, 1))
    assert latest is not None and latest.value == 6 and latest.rater is Rater.FAMILY
    assert latest_rating("g", ratings, as_of=date(2025, 12, 31)) is None


def test_draft_evaluation_uses_only_ratings_up_to_its_end() -> None:
    plan = sample_plan()
    g1, g2 = plan.goals
    ratings = [
        Rating(new_id(), g1.id, date(2027, 1, 10), 9, Rater.FAMILY),
        Rating(new_id(), g2.id, date(2027, 1, 10), 5, Rater.FAMILY),
        Rating(new_id(), g2.id, date(2027, 9, 1), 8, Rater.FAMILY),  # after the period
    ]
    ev = draft_evaluation(plan, ratings, period_end=date(2027, 5, 24))
    assert ev.period_start == date(2026, 11, 24)
    first, second = ev.goals
    assert (first.baseline, first.latest, first.target) == (3, 9, 9)
    assert first.verdict is Verdict.REACHED and first.decision is Decision.FINALIZE
    assert (second.latest, second.verdict) == (5, Verdict.PARTLY)
    assert ev.overall_decision is Decision.CONTINUE
    with pytest.raises(ValueError):
        draft_evaluation(plan, ratings, period_end=date(2027, 1, 1),
                         period_start=date(2027, 2, 1))


def test_overall_decision() -> None:
    assert overall_decision([Decision.FINALIZE, Decision.FINALIZE]) is Decision.FINALIZE
    assert overall_decision([Decision.FINALIZE, Decision.ADJUST]) is Decision.ADJUST
    assert overall_decision([Decision.CONTINUE, Decision.FINALIZE]) is Decision.CONTINUE
    assert overall_decision([]) is Decision.CONTINUE

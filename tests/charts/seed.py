"""Generated ratings for a seeded family: realistic trajectories, reproducible from a seed."""

from __future__ import annotations

import random
from datetime import date, timedelta

from vrac_desktop.domain.model import PlanContent, Rater, Rating, new_id

COMMENTS = ("Better week", "Hard after the holidays", "Grandma helped a lot",
            "Two late mornings", "Ill for a few days", "")


def seeded_ratings(plan: PlanContent, *, meetings: int = 40, total: int = 200,
                   start: date = date(2026, 11, 24), every_days: int = 14,
                   seed: int = 4) -> list[Rating]:
    """``total`` ratings spread over ``meetings`` meeting dates for every goal of ``plan``.

    Each goal moves from its baseline towards its target with noise; the family rates every
    meeting, the team most meetings and the child some, until ``total`` is reached.
    """
    rng = random.Random(seed)
    days = [start + timedelta(days=every_days * i) for i in range(meetings)]
    slots = [(goal, i, rater) for i in range(meetings) for goal in plan.goals
             for rater in (Rater.FAMILY, Rater.TEAM, Rater.CHILD)]
    # Family first, then team, then child: drop from the back until the total fits.
    weight = {Rater.FAMILY: 0, Rater.TEAM: 1, Rater.CHILD: 2}
    slots.sort(key=lambda s: (weight[s[2]], rng.random()))
    chosen = sorted(slots[:total], key=lambda s: (s[1], s[2].value))
    ratings = []
    for goal, i, rater in chosen:
        share = i / max(1, meetings - 1)
        ideal = goal.baseline + (goal.target - goal.baseline) * min(1.0, share * 1.2)
        offset = {Rater.FAMILY: 0.0, Rater.CHILD: 0.6, Rater.TEAM: -0.5}[rater]
        value = round(ideal + offset + rng.gauss(0, 0.8))
        ratings.append(Rating(new_id(), goal.id, days[i], max(0, min(10, value)), rater,
                              comment=rng.choice(COMMENTS)))
    return ratings

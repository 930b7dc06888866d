"""A family's status and Wraparound phase: the two values the families list shows.

Apart from domain/model.py (which imports them from here, so ``model.FamilyStatus`` and
``model.Phase`` are these) because the first screen (store/first_screen.py,
gui/families_page.py) needs only them: model.py's thirty dataclasses cost about 12 ms to
create, which the first paint need not wait for.
"""

from __future__ import annotations

from enum import StrEnum


class FamilyStatus(StrEnum):
    ACTIVE = "active"
    CLOSED = "closed"


class Phase(StrEnum):
    """NWI phases, in order."""

    ENGAGEMENT = "engagement"  # engagement and team preparation
    PLAN_DEVELOPMENT = "plan_development"  # until the first plan is approved
    IMPLEMENTATION = "implementation"  # follow-ups and evaluations
    TRANSITION = "transition"  # goals finalized, or the family decides to end

    @property
    def order(self) -> int:
        return list(Phase).index(self)

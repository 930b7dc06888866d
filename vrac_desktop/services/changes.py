"""What a service changed, so each view can decide what to redraw."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Changes:
    family_id: str | None = None
    families: bool = False  # a family was added, renamed, closed or removed
    plan: bool = False  # a new plan version
    ratings: bool = False
    draft: bool = False
    evaluations: bool = False

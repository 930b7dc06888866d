"""The organisation summary: many families' fidelity reports as distributions per group.

``summarise`` groups families (everyone, per team, per coach) and gives, per indicator code
(domain/fidelity.py), how many families have data, how many meet the threshold, and the
median and quartiles, with small-count suppression: a group of fewer than ``MIN_GROUP``
families is not shown at all, and any count of 1..4 families is withheld. Nothing
identifying enters: ``FamilyFacts`` carries no name or reference, and coaches are numbered.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from vrac_desktop.domain.fidelity import CODES, FidelityReport

MIN_GROUP = 5  # suppression: fewer families than this in a group, or in a count, is withheld


@dataclass(frozen=True)
class FamilyFacts:
    """One family for the organisation summary: its groups and its current report.
    Deliberately without name or reference: nothing identifying enters the summary."""

    team: str  # "" on a laptop that never synced
    coach: str  # who saved the latest plan version; replaced by an anonymous label
    closed: bool
    report: FidelityReport


@dataclass(frozen=True)
class Distribution:
    code: str
    families: int | None  # families with enough data (None: withheld, 1..4)
    meets: int | None  # of those, on the good side of the threshold (None: withheld)
    median: float | None
    low_quartile: float | None
    high_quartile: float | None
    suppressed: bool  # True when any count above had to be withheld


@dataclass(frozen=True)
class GroupSummary:
    kind: str  # "all", "team" or "coach"
    label: str  # "" for all; a team's name; "coach 1", "coach 2"... never a person's name
    families: int | None  # None when the group itself is withheld (fewer than MIN_GROUP)
    active: int | None
    no_informal_support: int | None  # plans with no informal support at all
    distributions: tuple[Distribution, ...] = field(default=())

    @property
    def suppressed(self) -> bool:
        return self.families is None


def _small(n: int) -> bool:
    return 0 < n < MIN_GROUP


def _withheld(n: int) -> int | None:
    return None if _small(n) else n


def _quartiles(values: list[float]) -> tuple[float, float, float]:
    if len(values) == 1:
        return values[0], values[0], values[0]
    q = statistics.quantiles(values, n=4, method="inclusive")
    return q[0], statistics.median(values), q[2]


def distribution(code: str, reports: Sequence[FidelityReport]) -> Distribution:
    values = [r.get(code) for r in reports]
    known = [i for i in values if i.value is not None]
    n = len(known)
    meets = sum(bool(i.meets) for i in known)
    if n < MIN_GROUP:
        # Too few families have data: neither the count nor any statistic is shown.
        return Distribution(code, _withheld(n), None, None, None, None, suppressed=n > 0)
    low, mid, high = _quartiles(sorted(float(i.value) for i in known if i.value is not None))
    hide = _small(meets) or _small(n - meets)
    return Distribution(code, n, None if hide else meets, mid, low, high, suppressed=hide)


def _group(kind: str, label: str, facts: Sequence[FamilyFacts]) -> GroupSummary:
    if len(facts) < MIN_GROUP:
        return GroupSummary(kind, label, None, None, None, ())
    reports = [f.report for f in facts]
    no_informal = sum(r.get("natural.informal_supports").value == 0 for r in reports)
    return GroupSummary(
        kind=kind, label=label, families=len(facts),
        active=_withheld(sum(not f.closed for f in facts)),
        no_informal_support=_withheld(no_informal),
        distributions=tuple(distribution(code, reports) for code in CODES),
    )


@dataclass(frozen=True)
class OrganisationSummary:
    as_of: date
    groups: tuple[GroupSummary, ...]


def summarise(families: Iterable[FamilyFacts], *, as_of: date) -> OrganisationSummary:
    """Distributions for everyone, per team and per coach, with suppression (module doc).

    Coaches are labelled "1", "2"... by number of families (most first), ties broken by the
    order they were first seen, so no coach's name leaves this function.
    """
    facts = list(families)
    groups = [_group("all", "", facts)]
    by_team: dict[str, list[FamilyFacts]] = {}
    by_coach: dict[str, list[FamilyFacts]] = {}
    for f in facts:
        by_team.setdefault(f.team, []).append(f)
        by_coach.setdefault(f.coach, []).append(f)
    for team in sorted(by_team):
        groups.append(_group("team", team, by_team[team]))
    ranked = sorted(by_coach.values(), key=lambda fs: -len(fs))
    for number, members in enumerate(ranked, start=1):
        groups.append(_group("coach", str(number), members))
    return OrganisationSummary(as_of=as_of, groups=tuple(groups))

"""verify-history: check every family's hash chain."""

from __future__ import annotations

from dataclasses import dataclass

from vrac_desktop.domain.codec import sha256_hex
from vrac_desktop.domain.cycle import concurrent_evaluations, verify_evaluations
from vrac_desktop.domain.history import ChainProblem, verify_chain
from vrac_desktop.store import repository as repo
from vrac_desktop.store.database import Database
from vrac_desktop.store.server import fork_records


@dataclass(frozen=True)
class HistoryReport:
    families: int
    versions: int
    problems: tuple[ChainProblem, ...]
    evaluations: int = 0
    transitions: int = 0
    # Families with evaluations recorded at the same time on two laptops (kept, intact).
    concurrent_evaluations: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems


def verify_history(db: Database, *, family_id: str | None = None) -> HistoryReport:
    families = versions = n_evaluations = n_transitions = n_concurrent = 0
    problems: list[ChainProblem] = []
    with db.session() as s:
        ids = [family_id] if family_id else repo.all_family_ids(s)
        for fid in ids:
            family = repo.family_row(s, fid)
            records = [repo.record_of(r) for r in repo.version_rows(s, fid)]
            forks = fork_records(s, fid)
            problems.extend(verify_chain(fid, records, head_number=family.head_number,
                                         head_hash=family.head_hash, forks=forks))
            plan_hashes = {r.number: r.hash for r in records}
            evaluations = repo.evaluation_records(s, fid)
            problems.extend(ChainProblem(fid, None, message) for message in
                            verify_evaluations(fid, evaluations, plan_hashes=plan_hashes))
            transitions = repo.transition_plans(s, fid)
            problems.extend(
                ChainProblem(fid, None, f"transition plan {t.id} was changed after it was "
                                        "recorded (content hash)")
                for t in transitions if sha256_hex(t.content_json) != t.content_hash)
            families += 1
            versions += len(records) + len(forks)
            n_evaluations += len(evaluations)
            n_concurrent += bool(concurrent_evaluations(evaluations))
            n_transitions += len(transitions)
    return HistoryReport(families, versions, tuple(problems), n_evaluations, n_transitions,
                         n_concurrent)

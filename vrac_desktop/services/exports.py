"""Export a plan or a six-month evaluation as signed .pdf and .docx files.

The service gathers the history (the plan version current on the chosen day, the ratings up
to it, the evaluation), hands it to a renderer, writes the files atomically and records an
"exported" audit entry. The renderer is passed in (documents/export.py builds one) because
the core may not import the Qt-based documents package.

Threading: no Qt here and every database access opens its own session, so the GUI runs the
whole export on a worker thread; ``progress(percent, message)`` is called on that thread.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from pathlib import Path
from typing import Protocol

from sqlalchemy import select

from vrac_desktop.domain.cycle import RecordedBy
from vrac_desktop.domain.evaluation import ratings_until
from vrac_desktop.domain.fidelity import FidelityReport
from vrac_desktop.domain.history import VersionRecord
from vrac_desktop.domain.messages import QT_TRANSLATE_NOOP, message
from vrac_desktop.domain.model import Evaluation, Family, Meeting, Rating
from vrac_desktop.services.cycle import latest_transition
from vrac_desktop.services.evaluations import evaluation_as_of, version_as_of, version_day
from vrac_desktop.services.fidelity import report_for_period
from vrac_desktop.services.plans import current_version
from vrac_desktop.store import repository as repo
from vrac_desktop.store.database import Database
from vrac_desktop.store.errors import NotFoundError
from vrac_desktop.store.files import write_export
from vrac_desktop.store.models import FamilyRow, PlanVersionRow
from vrac_desktop.store.repository import StoredTransition

Progress = Callable[[int, str], None]


class DocumentKind(StrEnum):
    PLAN = "plan"
    EVALUATION = "evaluation"
    TRANSITION = "transition"


class NotDecidedError(ValueError):
    """An evaluation export asked for before any evaluation was recorded: refused, because a
    signed document must never state a decision nobody took. Nothing was written."""


@dataclass(frozen=True)
class ExportSource:
    """What one document is made of, as the history stood on ``as_of``."""

    kind: DocumentKind
    family: Family
    version: VersionRecord
    ratings: tuple[Rating, ...]
    as_of: date
    family_copy: bool
    version_date: date  # the day of the meeting that made the version (else its save day)
    evaluation: Evaluation | None = None  # set for DocumentKind.EVALUATION
    transition: StoredTransition | None = None  # set for DocumentKind.TRANSITION
    meeting: Meeting | None = None  # the evaluation's or closing meeting, when recorded
    # Issue 20: the family's fidelity over the evaluation period (services/fidelity.py).
    fidelity: FidelityReport | None = None
    # A recorded evaluation: who recorded it and when, and those recorded at the same time
    # on other laptops (the document names them, and leaves their decisions out).
    recorded: RecordedBy | None = None
    concurrent: tuple[RecordedBy, ...] = ()


@dataclass(frozen=True)
class RenderedFiles:
    pdf: bytes | None  # signed PDF
    docx: bytes | None
    docx_signature: bytes | None  # detached CMS (.p7s) over the .docx bytes
    signature_level: str = ""  # PAdES baseline level of the PDF: "B-B", "B-T" or "B-LT"
    timestamp_problem: str = ""  # why a configured timestamp could not be added (offline...)


class Renderer(Protocol):
    def __call__(self, source: ExportSource, *, pdf: bool, docx: bool,
                 progress: Progress) -> RenderedFiles: ...


@dataclass(frozen=True)
class ExportResult:
    pdf: Path | None
    docx: Path | None
    docx_signature: Path | None
    version_number: int
    plan_hash: str
    as_of: date
    signature_level: str = ""
    timestamp_problem: str = ""


def _no_progress(_percent: int, _message: str) -> None:
    return None


PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
MAX_LOGO_BYTES = 5 * 1024 * 1024


def read_logo(path: Path) -> bytes:
    """The organisation logo's bytes; ValueError (a message) if it is not a readable PNG."""
    try:
        size = path.stat().st_size
        if size > MAX_LOGO_BYTES:
            raise ValueError(message(QT_TRANSLATE_NOOP(
                "CoreMessages", "The logo %1 is larger than 5 MiB; use a smaller PNG. Nothing was "
                "exported."), path))
        with open(path, "rb") as fh:
            data = fh.read(MAX_LOGO_BYTES + 1)
    except OSError as exc:
        raise ValueError(message(QT_TRANSLATE_NOOP(
            "CoreMessages", "The logo %1 cannot be read (%2); nothing was exported."),
            path, exc.strerror or exc)) from None
    if not data.startswith(PNG_SIGNATURE):
        raise ValueError(message(QT_TRANSLATE_NOOP(
            "CoreMessages", "The logo %1 is not a PNG image; save it as PNG and try again. "
            "Nothing was exported."), path))
    return data


def check_as_of(as_of: date | None, *, latest: date | None = None, ahead_days: int = 0,
                today: date | None = None) -> None:
    """A document "as of" a day that has not come yet would state what nobody decided:
    refused after today, unless the family's history itself already reaches that day
    (``latest``: its last rating, meeting, version or evaluation). ``ahead_days``: how far
    ahead a *draft* may look (the evaluation of the coming six-month review)."""
    limit = max(today or date.today(), latest or date.min) + timedelta(days=ahead_days)
    if as_of is not None and as_of > limit:
        raise ValueError(message(QT_TRANSLATE_NOOP(
            "CoreMessages", "The date %1 is in the future; a document can show the history only "
            "up to today. Nothing was exported."), as_of.isoformat()))


def latest_recorded_day(db: Database, *, family_id: str) -> date | None:
    """The last day anything was recorded for the family (dates may be planned ahead)."""
    with db.session() as s:
        days = [r.rated_on for r in repo.ratings(s, family_id)]
        days += [m.held_on for m in repo.meetings(s, family_id)]
        days += [e.period_end for e in repo.evaluations(s, family_id)]
        days += [date.fromisoformat(r.created_at[:10]) for r in repo.version_rows(s, family_id)]
    return max(days, default=None)


def load_export_source(db: Database, *, family_id: str, kind: DocumentKind,
                       as_of: date | None = None, family_copy: bool = False,
                       evaluation_id: str | None = None, draft: bool = False) -> ExportSource:
    """The plan version, ratings (and evaluation) for a document as of a day (default: now).

    An evaluation document comes from a recorded evaluation; with none recorded it is
    refused (NotDecidedError) unless ``draft`` asks for the computed suggestion, which the
    document then marks as a DRAFT on every page and in its signature reason."""
    if as_of is not None:
        # An evaluation not yet recorded is a marked draft, and may be previewed for the
        # next six-month review; a plan is only ever what was decided.
        check_as_of(as_of, latest=latest_recorded_day(db, family_id=family_id),
                    ahead_days=366 if kind is DocumentKind.EVALUATION else 0)
    if kind is DocumentKind.EVALUATION:
        ev = evaluation_as_of(db, family_id=family_id, as_of=as_of, evaluation_id=evaluation_id)
        if not ev.evaluation.decided and not draft:
            raise NotDecidedError(message(QT_TRANSLATE_NOOP(
                "CoreMessages", "No six-month evaluation of '%1' is recorded for %2. Record the "
                "evaluation meeting first (Start six-month evaluation), or export a draft marked "
                "DRAFT (--draft). Nothing was exported."), ev.family.display_name,
                as_of.isoformat()) if as_of else message(QT_TRANSLATE_NOOP(
                "CoreMessages", "No six-month evaluation of '%1' is recorded. Record the "
                "evaluation meeting first (Start six-month evaluation), or export a draft marked "
                "DRAFT (--draft). Nothing was exported."), ev.family.display_name))
        return ExportSource(kind, ev.family, ev.version, ev.ratings, ev.as_of, family_copy,
                            version_day(db, family_id=family_id, version=ev.version),
                            ev.evaluation, fidelity=report_for_period(
                                db, family_id=family_id, start=ev.evaluation.period_start,
                                end=ev.evaluation.period_end),
                            recorded=ev.recorded, concurrent=ev.concurrent)
    if kind is DocumentKind.TRANSITION:
        stored = latest_transition(db, family_id=family_id)
        with db.session() as s:
            family = repo.family_from_row(repo.family_row(s, family_id))
            meeting = next((m for m in repo.meetings(s, family_id)
                            if m.id == stored.meeting_id), None)
        version = current_version(db, family_id=family_id)
        if version is None:
            raise NotFoundError(message(QT_TRANSLATE_NOOP(
                "CoreMessages", "'%1' has no saved plan."), family.display_name))
        day = meeting.held_on if meeting else stored.created_at.date()
        return ExportSource(kind, family, version, (), day, family_copy,
                            version_day(db, family_id=family_id, version=version),
                            transition=stored, meeting=meeting)
    with db.session() as s:
        family = repo.family_from_row(repo.family_row(s, family_id))
        ratings = repo.ratings(s, family_id)
    if as_of is None:
        version = current_version(db, family_id=family_id)
        if version is None:
            raise NotFoundError(
                message(QT_TRANSLATE_NOOP(
                    "CoreMessages", "'%1' has no saved plan yet; there is nothing to export."),
                    family.display_name))
        day = date.today()
    else:
        version, day = version_as_of(db, family_id=family_id, as_of=as_of), as_of
    return ExportSource(kind, family, version, ratings_until(ratings, day), day, family_copy,
                        version_day(db, family_id=family_id, version=version))


def export_documents(
    db: Database,
    *,
    family_id: str,
    kind: DocumentKind,
    renderer: Renderer,
    actor: str,
    pdf: Path | None = None,
    docx: Path | None = None,
    family_copy: bool = False,
    as_of: date | None = None,
    progress: Progress | None = None,
    evaluation_id: str | None = None,
    draft: bool = False,
) -> ExportResult:
    """Render, sign and write the requested files; nothing is written if any step fails."""
    if pdf is None and docx is None:
        raise ValueError(message(QT_TRANSLATE_NOOP(
            "CoreMessages", "Choose a .pdf or a .docx file to export to; nothing was exported.")))
    report = progress or _no_progress
    report(0, "Reading the plan history")
    source = load_export_source(db, family_id=family_id, kind=kind, as_of=as_of,
                                family_copy=family_copy, evaluation_id=evaluation_id,
                                draft=draft)
    files = renderer(source, pdf=pdf is not None, docx=docx is not None, progress=report)
    report(95, "Writing the files")
    signature_path = None
    # Every file is rendered and signed before the first one is written.
    if pdf is not None and files.pdf is not None:
        write_export(db.paths, pdf, files.pdf)
    if docx is not None and files.docx is not None:
        write_export(db.paths, docx, files.docx)
        if files.docx_signature is not None:
            signature_path = docx.with_name(docx.name + ".p7s")
            write_export(db.paths, signature_path, files.docx_signature)
    written = "+".join(n for n, p in (("pdf", pdf), ("docx", docx)) if p is not None)
    copy = "family copy" if family_copy else "professional copy"
    if source.evaluation is not None and not source.evaluation.decided:
        copy += ", DRAFT"
    with db.session() as s:
        repo.audit(s, actor=actor, action="exported", family_id=family_id,
                   detail=f"{kind.value} {written}, {copy}, plan version "
                          f"{source.version.number}, as of {source.as_of.isoformat()}")
    report(100, "Done")
    return ExportResult(pdf, docx, signature_path, source.version.number, source.version.hash,
                        source.as_of, files.signature_level, files.timestamp_problem)


@dataclass(frozen=True)
class PlanMatch:
    where: str | None  # "<family name>, plan version N" when this database holds the hash
    family_known: bool  # this database holds the family the document names


def find_plan_version(db: Database, *, plan_hash: str, family_id: str = "") -> PlanMatch:
    """What this database knows of a document's plan version hash and family."""
    with db.session() as s:
        row = s.scalars(select(PlanVersionRow).where(PlanVersionRow.hash == plan_hash)
                        ).one_or_none()
        if row is not None:
            family = repo.family_row(s, row.family_id)
            return PlanMatch(f"{family.display_name}, plan version {row.number}", True)
        known = bool(family_id) and s.get(FamilyRow, family_id) is not None
        return PlanMatch(None, known)

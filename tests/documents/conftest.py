"""A family with a saved plan (and a drawn signature), exported through the real services."""

from __future__ import annotations

import base64
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

import pytest

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPen

from tests.factories import sample_plan
from vrac_desktop.documents.export import DocumentRenderer
from vrac_desktop.documents.pdf_render import ensure_gui_app
from vrac_desktop.domain.model import (
    Meeting,
    PlanContent,
    Rater,
    Rating,
    SignOff,
    new_id,
)
from vrac_desktop.services.exports import DocumentKind, ExportResult, export_documents
from vrac_desktop.services.families import create_family
from vrac_desktop.services.plans import save_plan_version
from vrac_desktop.store.database import Database
from vrac_desktop.store.paths import DataPaths
from vrac_desktop.store.signing_keys import SigningIdentity, signing_identity


def drawn_signature_png() -> str:
    """A hand-drawn-looking squiggle as base64 PNG, like the meeting's signature pad makes."""
    ensure_gui_app()
    image = QImage(400, 150, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor("#1a237e"), 5))
    path = QPainterPath(QPointF(20, 100))
    path.cubicTo(QPointF(80, 10), QPointF(120, 140), QPointF(180, 60))
    path.cubicTo(QPointF(230, 0), QPointF(280, 150), QPointF(380, 70))
    painter.drawPath(path)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return base64.b64encode(bytes(data.data())).decode()


def signed_plan(tag: str = "") -> PlanContent:
    plan = sample_plan(tag)
    coach = plan.team[4]
    mother = plan.team[0]
    signoffs = (
        SignOff(mother.id, mother.name, date(2026, 11, 24), drawn_signature_png()),
        SignOff(coach.id, coach.name, date(2026, 11, 24)),
    )
    return replace(plan, agreement=replace(plan.agreement, signoffs=signoffs))


@dataclass(frozen=True)
class Exported:
    family_id: str
    plan: PlanContent
    pdf: Path
    docx: Path
    result: ExportResult


@pytest.fixture
def identity(paths: DataPaths) -> SigningIdentity:
    return signing_identity(paths, coach_name="Coach Anna")


@pytest.fixture
def family_plan(db: Database) -> tuple[str, PlanContent]:
    family, _ = create_family(db, display_name="El Amrani", reference="REF-17", actor="anna")
    plan = signed_plan()
    meeting = Meeting(new_id(), date(2026, 11, 24), "Leiden")
    ratings = [
        Rating(new_id(), plan.goals[0].id, date(2026, 11, 24), 3, Rater.FAMILY, meeting.id),
        Rating(new_id(), plan.goals[1].id, date(2026, 11, 24), 4, Rater.TEAM, meeting.id),
    ]
    save_plan_version(db, family_id=family.id, content=plan, actor="anna", meeting=meeting,
                      ratings=ratings)
    return family.id, plan


ExportFn = Callable[..., Exported]


@pytest.fixture
def export(db: Database, identity: SigningIdentity, tmp_path: Path,
           family_plan: tuple[str, PlanContent]) -> ExportFn:
    family_id, plan = family_plan

    def run(kind: DocumentKind = DocumentKind.PLAN, *, name: str = "plan",
            family_copy: bool = False, as_of: date | None = None, draft: bool = False,
            **renderer: object) -> Exported:
        out = tmp_path / "out"
        out.mkdir(exist_ok=True)
        pdf, docx = out / f"{name}.pdf", out / f"{name}.docx"
        result = export_documents(
            db, family_id=family_id, kind=kind,
            renderer=DocumentRenderer(identity, **renderer),  # type: ignore[arg-type]
            actor="anna", pdf=pdf, docx=docx, family_copy=family_copy, as_of=as_of,
            draft=draft,
        )
        return Exported(family_id, plan, pdf, docx, result)

    return run


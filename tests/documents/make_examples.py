"""Write the example documents in docs/examples/ (run by hand, not collected by pytest).

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.documents.make_examples [OUT_DIR]

A sample family with four meetings of ratings, a drawn signature and a saved six-month
evaluation, exported through the real services in English, Dutch and French, family and
professional copy, signed with a coach certificate issued by a throwaway organisation CA
(tests/documents/pki.py; its certificate is example-ca.pem); then every PDF page is rendered
to PNG with pdftoppm (60 dpi): <kind>-<language>-<copy>-<page>.png.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from dataclasses import replace
from datetime import date
from pathlib import Path

from tests.documents.conftest import signed_plan
from tests.documents.pki import issue, make_ca, pkcs12_of
from vrac_desktop.documents.export import DocumentRenderer
from vrac_desktop.documents.pdf_render import ensure_gui_app
from vrac_desktop.domain.model import ActionStatus, Decision, Meeting, Rater, Rating, new_id
from vrac_desktop.services.evaluations import evaluation_as_of, save_evaluation
from vrac_desktop.services.exports import DocumentKind, export_documents
from vrac_desktop.services.families import create_family, update_family
from vrac_desktop.services.plans import save_plan_version
from vrac_desktop.store.database import open_local
from vrac_desktop.store.paths import DataPaths
from vrac_desktop.store.signing_keys import import_organisation, signing_identity

LANGUAGES = ("en", "nl", "fr")


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    ensure_gui_app()
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["VRAC_TEST_KEYRING_FILE"] = str(Path(tmp) / "keyring.cfg")
        paths = DataPaths(Path(tmp) / "data")
        db = open_local(paths)
        try:
            family, _ = create_family(db, display_name="Family El Amrani", reference="LEI-2026-017",
                                      actor="anna")
            plan = signed_plan()
            g1, g2 = plan.goals
            history = [(date(2026, 11, 24), 3, 4, 3), (date(2027, 1, 12), 5, 5, 4),
                       (date(2027, 3, 9), 7, 6, 6), (date(2027, 5, 18), 8, 7, 7)]
            for number, (day, fam1, team1, fam2) in enumerate(history):
                meeting = Meeting(new_id(), day, "Leiden")
                ratings = [Rating(new_id(), g1.id, day, fam1, Rater.FAMILY, meeting.id),
                           Rating(new_id(), g1.id, day, team1, Rater.TEAM, meeting.id),
                           Rating(new_id(), g2.id, day, fam2, Rater.FAMILY, meeting.id)]
                save_plan_version(db, family_id=family.id, content=plan, actor="anna",
                                  meeting=meeting, ratings=ratings, today=day)
                if number == 1:  # by the second meeting Grandma's walks are a habit
                    plan = replace(plan, actions=(
                        replace(plan.actions[0], status=ActionStatus.DONE), *plan.actions[1:]))
            draft = evaluation_as_of(db, family_id=family.id, as_of=date(2027, 5, 24))
            goals = (replace(draft.evaluation.goals[0],
                             comment="Yusuf is on time four days out of five."),
                     replace(draft.evaluation.goals[1], decision=Decision.CONTINUE,
                             comment="Evenings are calmer; keep the screen rule."))
            save_evaluation(db, family_id=family.id, actor="anna", evaluation=replace(
                draft.evaluation, goals=goals,
                family_reflection="Mornings are no longer a fight. Grandma's help matters.",
                team_reflection="Attendance went from 3 to 4-5 days a week.",
                overall_decision=Decision.CONTINUE))
            ca = make_ca("PIT Leiden Example Root CA", "PIT Leiden (example)")
            coach = issue(ca, "Coach Anna (example)", organisation="PIT Leiden (example)")
            import_organisation(paths, data=pkcs12_of(coach, ca, b"x"), password=b"x")
            identity = signing_identity(paths, coach_name="Coach Anna (example)")
            renderer = DocumentRenderer(identity, organisation="PIT Leiden", location="Leiden",
                                        trusted=(ca.cert,))
            for old in out.glob("*.png"):
                old.unlink()
            for language in LANGUAGES:
                update_family(db, family_id=family.id, actor="anna", language=language)
                for family_copy, copy in ((True, "family"), (False, "professional")):
                    for kind in (DocumentKind.PLAN, DocumentKind.EVALUATION):
                        name = f"{kind.value}-{language}-{copy}"
                        export_documents(
                            db, family_id=family.id, kind=kind, renderer=renderer,
                            actor="anna", pdf=out / f"{name}.pdf",
                            docx=out / f"{name}.docx" if language == "nl" else None,
                            family_copy=family_copy, as_of=date(2027, 5, 24))
            (out / "example-ca.pem").write_bytes(ca.pem)
        finally:
            db.dispose()
    for pdf in sorted(out.glob("*.pdf")):
        subprocess.run(["pdftoppm", "-r", "60", "-png", str(pdf), str(pdf.with_suffix(""))],
                       check=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/examples"))

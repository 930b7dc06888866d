"""Write the example documents in docs/examples/ (run by hand, not collected by pytest).

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.documents.make_examples [OUT_DIR]

A sample family with four meetings of ratings, a drawn signature, a recorded six-month
evaluation and a closing (transition) meeting, exported through the real services and signed
with a coach certificate issued by a throwaway organisation CA (tests/documents/pki.py; its
certificate is example-ca.pem). The plan and the evaluation in English, Dutch and French,
family and professional copy: every page as PNG at 60 dpi, <kind>-<language>-<copy>-<page>.png
(the Dutch ones also as .docx); the transition plan and a DRAFT-marked evaluation as
sample-transition-*.png and sample-evaluation-draft-*.png (70 dpi).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from dataclasses import replace
from datetime import date
from pathlib import Path

from tests import keyring_backend
from tests.documents.conftest import drawn_signature_png, signed_plan
from tests.documents.pki import issue, make_ca, pkcs12_of
from vrac_desktop.documents.export import DocumentRenderer
from vrac_desktop.documents.pdf_render import ensure_gui_app
from vrac_desktop.domain.model import (
    ActionStatus,
    Agreement,
    ContinuingSupport,
    CrisisContact,
    Decision,
    Meeting,
    Rater,
    Rating,
    SignOff,
    Verdict,
    new_id,
)
from vrac_desktop.services.cycle import record_transition, start_transition
from vrac_desktop.services.evaluations import record_evaluation, start_evaluation
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
        keyring_backend.use_in_process(Path(tmp) / "keyring.cfg")
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
            # The six-month evaluation meeting, recorded as the app does it.
            meeting = start_evaluation(db, family_id=family.id, today=date(2027, 5, 24))
            assert meeting.evaluation is not None
            ev = meeting.evaluation
            goals = (replace(ev.goals[0], decision=Decision.CONTINUE,
                             decision_reason="Nearly there: keep the walks until summer.",
                             family_helped="Grandma's walks; the alarm clock Yusuf chose.",
                             family_not_helped="Shouting in the morning.",
                             team_helped="The weekly note from school.",
                             comment="Yusuf is on time four days out of five."),
                     replace(ev.goals[1], decision=Decision.FINALIZE, verdict=Verdict.REACHED,
                             decision_reason="Evenings have been calm for two months.",
                             family_helped="Screens off at 20:00, a story at bedtime."))
            mother, coach = plan.team[0], plan.team[4]
            day = date(2027, 5, 24)
            agreement = Agreement(True, day, "Fatima", (
                SignOff(mother.id, mother.name, day, drawn_signature_png()),
                SignOff(coach.id, coach.name, day)))
            record_evaluation(db, draft=replace(meeting, evaluation=replace(
                ev, goals=goals,
                family_reflection="Mornings are no longer a fight. Grandma's help matters.",
                team_reflection="Attendance went from 3 to 4-5 days a week.",
                overall_decision=Decision.CONTINUE,
                overall_reason="One goal reached, one nearly there.",
                next_steps="Keep the walks; meet again in September.",
                agreement=agreement)), actor="anna", today=day)
            closing = start_transition(db, family_id=family.id, today=date(2027, 6, 1))
            assert closing.transition is not None
            record_transition(db, actor="anna", today=date(2027, 6, 1), draft=replace(
                closing, transition=replace(
                    closing.transition,
                    continuing=(ContinuingSupport(new_id(), "Walks to school on Mondays",
                                                  "Grandma Aziz"),
                                ContinuingSupport(new_id(), "Weekly note from school",
                                                  "Mr de Vries")),
                    crisis_contacts=(CrisisContact(new_id(), "Wijkteam Leiden",
                                                   "071 516 5000, weekdays 9-17"),),
                    come_back="Call the PIT office: the plan is kept for two years.",
                    agreement=Agreement(True, date(2027, 6, 1), "Fatima", tuple(
                        replace(so, signed_on=date(2027, 6, 1)) for so in agreement.signoffs)))))
            ca = make_ca("PIT Leiden Example Root CA", "PIT Leiden (example)")
            signer = issue(ca, "Coach Anna (example)", organisation="PIT Leiden (example)")
            import_organisation(paths, data=pkcs12_of(signer, ca, b"x"), password=b"x")
            identity = signing_identity(paths, coach_name="Coach Anna (example)")
            renderer = DocumentRenderer(identity, organisation="PIT Leiden", location="Leiden",
                                        trusted=(ca.cert,))
            for stale in [*out.glob("plan-*"), *out.glob("evaluation-*"),
                          *out.glob("sample-*")]:
                stale.unlink()
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
            update_family(db, family_id=family.id, actor="anna", language="en")
            export_documents(db, family_id=family.id, kind=DocumentKind.TRANSITION,
                             renderer=renderer, actor="anna",
                             pdf=out / "sample-transition.pdf")
            # No evaluation was recorded for 9 March: asked for, a computed draft, marked.
            export_documents(db, family_id=family.id, kind=DocumentKind.EVALUATION,
                             renderer=renderer, actor="anna", draft=True,
                             pdf=out / "sample-evaluation-draft.pdf", as_of=date(2027, 3, 9))
            (out / "example-ca.pem").write_bytes(ca.pem)
        finally:
            db.dispose()
    for pdf in sorted(out.glob("*.pdf")):
        dpi = "70" if pdf.name.startswith("sample-") else "60"
        subprocess.run(["pdftoppm", "-r", dpi, "-png", str(pdf), str(pdf.with_suffix(""))],
                       check=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/examples"))

"""The coach's week and the organisation on the command line: the caseload (with its
calendar), a family's one-page "who does what", and the anonymous fidelity summary.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from vrac_desktop.cli.common import (
    err,
    out,
    resolve_family,
)
from vrac_desktop.store.database import Database


def cmd_caseload(args: argparse.Namespace, db: Database) -> int:
    from datetime import date

    from vrac_desktop.services.caseload import calendar_ics, caseload

    load = caseload(db, today=args.today or date.today())
    rows = load.filtered(responsible=args.person, organisation=args.team)
    for a in rows:
        due = a.due_on.isoformat() if a.due_on else "-"
        out(f"{due}{' OVERDUE' if a.overdue else ''}\t{a.family_name}\t"
            f"{a.responsible or '(nobody yet)'}\t{a.description}")
    for m in load.meetings:
        out(f"{m.on.isoformat()}\tMEETING\t{m.family_name}")
    for e in load.evaluations:
        out(f"{e.on.isoformat()}{' OVERDUE' if e.overdue else ''}\tEVALUATION\t{e.family_name}")
    for u in load.unreadable:
        err(f"the plan of {u.family_name} could not be read ({u.problem}); it is left out "
            "of the week")
    if args.ics:
        target = Path(args.ics)
        tmp = target.with_name(target.name + ".tmp")
        tmp.write_bytes(calendar_ics(load, actions=rows))
        tmp.replace(target)
        out(f"Calendar written to {target}")
    return 0


def cmd_who_does_what(args: argparse.Namespace, db: Database) -> int:
    from datetime import date

    from vrac_desktop.documents.pdf_render import ensure_gui_app, render_pdf
    from vrac_desktop.documents.who_does_what import WhoDoesWhatSource, who_does_what_document
    from vrac_desktop.services.families import get_family
    from vrac_desktop.services.plans import current_version

    family_id = resolve_family(db, args.family)
    version = current_version(db, family_id=family_id)
    if version is None:
        raise ValueError("This family has no plan version yet.")
    ensure_gui_app()
    document = who_does_what_document(WhoDoesWhatSource(
        family=get_family(db, family_id=family_id), plan=version.content,
        version_number=version.number, version_hash=version.hash, as_of=date.today(),
        organisation=args.organisation))
    target = Path(args.pdf)
    tmp = target.with_name(target.name + ".tmp")
    tmp.write_bytes(render_pdf(document))
    tmp.replace(target)
    out(f"Who does what written to {target}")
    return 0


def cmd_fidelity_summary(args: argparse.Namespace, db: Database) -> int:
    """The anonymous organisation summary of fidelity (docs/fidelity.md) as CSV and/or PDF."""
    from datetime import date

    from vrac_desktop.services.fidelity import organisation_summary, write_summary_csv
    from vrac_desktop.store.files import write_export

    if not args.csv and not args.pdf:
        err("say where to write the summary: --csv FILE and/or --pdf FILE")
        return 2
    summary = organisation_summary(db, today=date.today(), team=args.team)
    if args.csv:
        from vrac_desktop import fidelity_labels
        from vrac_desktop.translate import tr_in

        names = fidelity_labels.names(tr_in(args.language))
        write_summary_csv(summary, Path(args.csv), lambda code: names[code])
        out(f"Wrote the anonymous fidelity summary (CSV) to {args.csv}")
    if args.pdf:
        from vrac_desktop.documents.fidelity import summary_pdf

        write_export(db.paths, Path(args.pdf), summary_pdf(summary, language=args.language))
        out(f"Wrote the anonymous fidelity summary (PDF) to {args.pdf}")
    everyone = summary.groups[0]
    if everyone.suppressed:
        out("Fewer than 5 families: every figure is withheld.")
    return 0


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """caseload, who-does-what, fidelity-summary."""
    from datetime import date

    p = sub.add_parser("caseload", help="the coach's week: open actions across families, "
                                        "meetings and evaluations due")
    p.add_argument("--ics", metavar="FILE", help="also write them to an iCalendar file")
    p.add_argument("--person", help="only the actions of this responsible person")
    p.add_argument("--team", help="only the actions of this team / organisation")
    p.add_argument("--today", metavar="DATE", type=date.fromisoformat, help=argparse.SUPPRESS)
    p.set_defaults(func=cmd_caseload, read_only=True)
    p = sub.add_parser("who-does-what", help="one page 'who does what' for a family (PDF, "
                                             "in the family's language)")
    p.add_argument("family", metavar="FAMILY", help="family id, or words matching one family")
    p.add_argument("--pdf", metavar="FILE", required=True)
    p.add_argument("--organisation", metavar="NAME", default="", help="name on the page")
    p.set_defaults(func=cmd_who_does_what, read_only=True)

    p = sub.add_parser("fidelity-summary",
                       help="anonymous fidelity summary of all families (CSV and/or PDF)")
    p.add_argument("--csv", metavar="FILE", help="write the distributions as CSV")
    p.add_argument("--pdf", metavar="FILE", help="write the one-page summary as PDF")
    p.add_argument("--team", help="only the families of this team (team server)")
    p.add_argument("--language", choices=("en", "nl", "fr"), default="en",
                   help="language of the PDF and of the CSV's indicator names")
    p.set_defaults(func=cmd_fidelity_summary)

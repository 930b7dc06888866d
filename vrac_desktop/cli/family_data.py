"""Family data on the command line: verify the histories, export, import and list families.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from vrac_desktop.cli.common import (
    coach_signer,
    current_actor,
    out,
)
from vrac_desktop.store.database import Database
from vrac_desktop.store.paths import resolve_data_dir


def cmd_verify_history(args: argparse.Namespace, db: Database) -> int:
    from vrac_desktop.services.history import verify_history

    damaged = db.page_problems()
    for page in damaged[:20]:
        out(f"DAMAGED PAGE: {page}")
    if damaged:
        out(f"FAILED: the database file has {len(damaged)} damaged page(s); restore the newest "
            "good backup (vrac-desktop restore FILE).")
        return 1
    report = verify_history(db, family_id=args.family)
    for problem in report.problems:
        out(f"BROKEN family {problem.family_id}: {problem.message}")
    if report.ok:
        out(f"OK: {report.versions} plan versions, {report.evaluations} evaluations and "
            f"{report.transitions} transition plans of {report.families} families verified.")
        if report.concurrent_evaluations:
            n = report.concurrent_evaluations
            out(f"{n} {'family has' if n == 1 else 'families have'} evaluations recorded at "
                "the same time on two laptops: both kept, each intact (see: evaluations "
                "FAMILY).")
        return 0
    out(f"FAILED: {len(report.problems)} problem(s) in {report.families} families.")
    return 1


def cmd_export_family(args: argparse.Namespace, db: Database) -> int:
    from vrac_desktop.services.transfer import export_family

    path = export_family(db, family_id=args.family_id, path=Path(args.json), actor=current_actor(),
                         signer=coach_signer(resolve_data_dir(args.data_dir)))
    out(f"Exported family {args.family_id} to {path} (every version with its author's "
        "signature)")
    return 0


def cmd_import_family(args: argparse.Namespace, db: Database) -> int:
    from vrac_desktop.services.transfer import import_family

    result = import_family(db, path=Path(args.file), actor=current_actor(),
                           paths=resolve_data_dir(args.data_dir),
                           allow_unsigned=args.allow_unsigned)
    out(f"Imported '{result.display_name}' ({result.family_id}) with "
        f"{result.versions} plan versions.")
    unknown = (": NOT a signer this laptop knows (not its own, not in signing/trusted, not a "
               "pinned team certificate)")
    for name, fp, known in result.signers:
        out(f"  signed by {name} ({fp[:16]}){'' if known else unknown}")
    if result.unsigned:
        out(f"  {result.unsigned} version(s) carry no signature (--allow-unsigned)")
    return 0


def cmd_list_families(args: argparse.Namespace, db: Database) -> int:
    from vrac_desktop.services.families import search_families

    for f in search_families(db, text=args.search or "", include_closed=args.all):
        out(f"{f.id}\t{f.display_name}\t{f.reference}\t{f.status.value}\t{f.versions}")
    return 0


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """verify-history, export-family, import-family, list-families."""

    p = sub.add_parser("verify-history", help="check the hash chain of every plan history")
    p.add_argument("--family", metavar="ID", help="check one family only")
    p.set_defaults(func=cmd_verify_history, read_only=True)

    p = sub.add_parser("export-family", help="export one family in full as JSON")
    p.add_argument("family_id", metavar="ID")
    p.add_argument("--json", required=True, metavar="FILE", help="where to write the export")
    p.set_defaults(func=cmd_export_family)

    p = sub.add_parser("import-family", help="import a family exported with export-family")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--allow-unsigned", action="store_true",
                   help="accept versions without an author signature (old exports)")
    p.set_defaults(func=cmd_import_family)

    p = sub.add_parser("list-families", help="list families: id, name, reference, status")
    p.add_argument("search", nargs="?", help="words the name or reference must contain")
    p.add_argument("--all", action="store_true", help="include closed families")
    p.set_defaults(func=cmd_list_families, read_only=True)

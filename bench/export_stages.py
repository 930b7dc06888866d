"""The export of the large plan, stage by stage, in CPU seconds (docs/performance.md).

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m bench.export_stages [--repeat 5]
        [--profile STAGE] [--pdf OUT.pdf] [--docx OUT.docx]

Uses the bench's 100-family database (built or reused like ``python -m bench``). Builds the
document once, then times each stage ``--repeat`` times with ``time.process_time`` (CPU of
this process: steadier than wall time on shared cores) and prints the medians, with wall
medians beside them. ``--profile`` runs one stage under cProfile and prints the top of it.
``--pdf``/``--docx`` write the unsigned renders (to compare pages before and after a change).
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from bench import generate


def out(text: str = "") -> None:
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def timed(work: Callable[[], object], repeat: int) -> tuple[float, float]:
    work()  # warm
    cpu, wall = [], []
    for _ in range(repeat):
        c, w = time.process_time(), time.perf_counter()
        work()
        cpu.append(time.process_time() - c)
        wall.append(time.perf_counter() - w)
    return statistics.median(cpu), statistics.median(wall)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--cache", type=Path, default=None)
    parser.add_argument("--profile", choices=("document", "pdf", "docx", "export"))
    parser.add_argument("--pdf", type=Path)
    parser.add_argument("--docx", type=Path)
    args = parser.parse_args(argv)

    from vrac_desktop.documents.docx_render import render_docx
    from vrac_desktop.documents.export import DocumentRenderer, build_document
    from vrac_desktop.documents.pdf_render import ensure_gui_app, render_pdf
    from vrac_desktop.services.exports import DocumentKind, load_export_source
    from vrac_desktop.store.paths import DataPaths
    from vrac_desktop.store.signing_keys import signing_identity

    made = generate.ensure(generate.Shape(100), args.cache, log=out)
    db = made.open_db()
    try:
        ensure_gui_app()
        identity = signing_identity(DataPaths(made.data), coach_name="Bench Coach")
        renderer = DocumentRenderer(identity)
        source = load_export_source(db, family_id=made.large_id, kind=DocumentKind.PLAN,
                                    as_of=None)
    finally:
        db.dispose()

    def document() -> object:
        return build_document(source, progress=lambda _p, _m: None)

    built = build_document(source, progress=lambda _p, _m: None)
    stages: dict[str, Callable[[], object]] = {
        "document": document,
        "pdf": lambda: render_pdf(built),
        "docx": lambda: render_docx(built),
        "export": lambda: renderer(source, pdf=True, docx=True, progress=lambda _p, _m: None),
    }
    names = {
        "document": "charts + document model",
        "pdf": "PDF (layout, keep-with-next, paint)",
        "docx": ".docx",
        "export": "whole export, signed (.pdf+.docx+.p7s)",
    }
    if args.pdf:
        args.pdf.write_bytes(render_pdf(built))
    if args.docx:
        args.docx.write_bytes(render_docx(built))
    if args.profile:
        profile = cProfile.Profile()
        profile.enable()
        stages[args.profile]()
        profile.disable()
        stats = pstats.Stats(profile, stream=sys.stdout)
        stats.sort_stats("cumulative").print_stats(45)
        stats.sort_stats("tottime").print_stats(30)
        return 0
    out(f"{'stage (large plan)':<42}{'CPU s':>8}{'wall s':>8}   (median of {args.repeat})")
    for key, work in stages.items():
        cpu, wall = timed(work, args.repeat)
        out(f"{names[key]:<42}{cpu:>8.2f}{wall:>8.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Fidelity in documents: the one-page organisation summary (anonymous), and the family's
fidelity section of the evaluation document.

Built on the shared document model and renderers (documents/model.py, pdf_render.py); the
labels come from vrac_desktop/fidelity_labels.py in the document's language.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QLocale

from vrac_desktop import fidelity_labels
from vrac_desktop.documents.common import Words
from vrac_desktop.documents.model import (
    Block,
    Document,
    DocumentMeta,
    Heading,
    Paragraph,
    SignatureBlock,
    Table,
)
from vrac_desktop.documents.pdf_render import render_pdf
from vrac_desktop.domain.fidelity import DEFINITIONS, ELEMENTS, FidelityReport
from vrac_desktop.domain.fidelity_summary import Distribution, GroupSummary, OrganisationSummary

WITHHELD = "<5"


def _stat(value: float | None, code: str, locale: QLocale) -> str:
    if value is None:
        return "–"
    return fidelity_labels.number(value, DEFINITIONS[code].unit, locale)


def distribution_cells(d: Distribution, locale: QLocale, translate: fidelity_labels.Translate
                       ) -> tuple[str, str, str]:
    """(families with data, on the good side, median [middle half]) as shown to people."""
    families = WITHHELD if d.families is None and d.suppressed else str(d.families or 0)
    if d.median is None:
        return families, "–", "–"
    meets = WITHHELD if d.meets is None else str(d.meets)
    middle = (f"{_stat(d.median, d.code, locale)} ({_stat(d.low_quartile, d.code, locale)}"
              f"–{_stat(d.high_quartile, d.code, locale)})")
    return families, meets, middle


def group_label(group: GroupSummary, translate: fidelity_labels.Translate) -> str:
    if group.kind == "all":
        return translate("Fidelity", "All families")
    if group.kind == "team":
        name = group.label or translate("Fidelity", "this laptop")
        return translate("Fidelity", "Team %1").replace("%1", name)
    return translate("Fidelity", "Coach %1").replace("%1", group.label)


def summary_document(summary: OrganisationSummary, *, language: str,
                     organisation: str = "") -> Document:
    w = Words(language)
    translate = w.translate
    names = fidelity_labels.names(translate)
    elements = fidelity_labels.elements(translate)
    title = translate("Fidelity", "Fidelity summary of all families")
    blocks: list[Block] = [Heading(title, 0)]
    everyone = summary.groups[0]
    blocks.append(Paragraph(translate(
        "Fidelity", "On %1. Anonymous: no names, no references. Groups of fewer than 5 "
        "families are not shown, and counts of 1 to 4 families are withheld (<5). Each "
        "measure on its own: there is no overall score.").replace("%1", w.date(summary.as_of))))
    if everyone.suppressed:
        blocks.append(Paragraph(translate(
            "Fidelity", "Fewer than 5 families: nothing can be shown without making them "
            "recognisable."), missing=True))
    else:
        active = WITHHELD if everyone.active is None else str(everyone.active)
        none = WITHHELD if everyone.no_informal_support is None \
            else str(everyone.no_informal_support)
        blocks.append(Paragraph(
            translate("Fidelity", "%1 families (%2 active) · plans with no informal support "
                      "at all: %3").replace("%1", str(everyone.families))
            .replace("%2", active).replace("%3", none)))
        # One table, the element's name on a row of its own before its measures: the whole
        # summary fits on one page.
        rows: list[tuple[str, ...]] = []
        for element in ELEMENTS:
            rows.append((f"— {elements[element]} —", "", "", "", ""))
            for d in everyone.distributions:
                if DEFINITIONS[d.code].element is not element:
                    continue
                families, meets, middle = distribution_cells(d, w.locale, translate)
                rows.append((names[d.code], families, meets, middle,
                             fidelity_labels.aim_short(DEFINITIONS[d.code], w.locale)))
        blocks.append(Table(
            headers=(translate("Fidelity", "Measure"),
                     translate("Fidelity", "Families with data"),
                     translate("Fidelity", "On the good side"),
                     translate("Fidelity", "Median (middle half)"),
                     translate("Fidelity", "Aim")),
            rows=tuple(rows), widths=(40, 12, 12, 25, 11)))
    groups = [g for g in summary.groups if g.kind != "all"]
    if groups:
        # A paragraph, not a table: it stays on the one page however many groups there are.
        parts = []
        for g in groups:
            count = WITHHELD if g.families is None else str(g.families)
            parts.append(f"{group_label(g, translate)}: {count}")
        blocks.append(Paragraph(
            translate("Fidelity", "Families per team and per coach: %1. The distributions per "
                      "team and per coach are in the CSV export of the same summary.")
            .replace("%1", " · ".join(parts))))
    meta = DocumentMeta(title=title, language=language, family_reference="", plan_version=0,
                        plan_hash="", kind="fidelity-summary", family_copy=False,
                        organisation=organisation, footer=f"{organisation} · {title}".strip(" ·"))
    return Document(meta=meta, blocks=tuple(blocks))


def summary_pdf(summary: OrganisationSummary, *, language: str, organisation: str = "") -> bytes:
    return render_pdf(summary_document(summary, language=language, organisation=organisation))


def family_fidelity_blocks(report: FidelityReport, *, language: str) -> list[Block]:
    """The family's fidelity over an evaluation period, for the evaluation document."""
    w = Words(language)
    translate = w.translate
    names = fidelity_labels.names(translate)
    elements = fidelity_labels.elements(translate)
    rows = []
    for element in ELEMENTS:
        for indicator in report.by_element(element):
            meets = indicator.meets
            mark = "" if meets is None else ("✓ " if meets else "! ")
            rows.append((elements[element], names[indicator.code],
                         mark + fidelity_labels.value_text(indicator, w.locale, translate),
                         fidelity_labels.target_text(indicator.definition, w.locale,
                                                     translate)))
    return [
        Heading(translate("Fidelity", "Is it really Wraparound? This period in figures"), 1),
        Paragraph(translate(
            "Fidelity", "Read from the plan, the meetings and the family's own answers during "
            "the period. Each measure on its own: there is no overall score.")),
        Table(headers=(translate("Fidelity", "Element"), translate("Fidelity", "Measure"),
                       translate("Fidelity", "Value"), translate("Fidelity", "Aim")),
              rows=tuple(rows), widths=(18, 36, 26, 20)),
    ]


def with_fidelity_section(document: Document, report: FidelityReport | None, *,
                          language: str) -> Document:
    """The evaluation document with the family's fidelity over its period, placed just before
    its agreement (the last section heading before the signatures); unchanged without a
    report."""
    if report is None:
        return document
    blocks = list(document.blocks)
    at = len(blocks)
    first_signatures = next((i for i, b in enumerate(blocks) if isinstance(b, SignatureBlock)),
                            None)
    if first_signatures is not None:
        headings = [i for i in range(first_signatures + 1)
                    if isinstance(b := blocks[i], Heading) and b.level == 1]
        at = headings[-1] if headings else first_signatures
    blocks[at:at] = family_fidelity_blocks(report, language=language)
    return replace(document, blocks=tuple(blocks))

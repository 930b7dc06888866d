"""The family's fidelity over the evaluation period, on the evaluation meeting's overall step.

Its own module, without charts: the main window imports it at start, and pyqtgraph must not
be loaded before a family is opened (tests/gui/test_startup_imports.py).
"""

from __future__ import annotations

import html
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from vrac_desktop import fidelity_labels
from vrac_desktop.domain.fidelity import ELEMENTS, FidelityReport
from vrac_desktop.services.fidelity import report_for_period
from vrac_desktop.store.database import Database

from vrac_desktop.gui.meeting.editor import MeetingEditor

if TYPE_CHECKING:
    from vrac_desktop.gui.meeting.flow import MeetingFlow



def mark_colours(widget: QWidget) -> tuple[str, str]:
    """(on the good side, to look at): readable on the widget's light or dark palette."""
    palette = widget.palette()
    dark = palette.window().color().lightnessF() < palette.windowText().color().lightnessF()
    return ("#81c784", "#ffb74d") if dark else ("#2e7d32", "#b35c00")


class FidelityPeriodPanel(QGroupBox):
    """The family's fidelity over the evaluation period, on the evaluation meeting's overall
    step: the same figures the evaluation document prints. Recomputed when the period
    changes."""

    def __init__(self, db: Database, editor: MeetingEditor,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._editor = editor
        self._period: tuple[date, date] | None = None
        self.report: FidelityReport | None = None
        self.setTitle(self.tr("Is it really Wraparound? This period in figures"))
        layout = QVBoxLayout(self)
        self.table = QLabel()
        self.table.setTextFormat(Qt.TextFormat.RichText)
        self.table.setWordWrap(True)
        self.table.setAccessibleName(self.tr("Fidelity over the period"))
        layout.addWidget(self.table)
        editor.changed.connect(lambda _u: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        ev = self._editor.draft.evaluation
        if ev is None:
            return
        period = (ev.period_start, ev.period_end)
        if period == self._period:
            return
        self._period = period
        if ev.period_start > ev.period_end:
            self.report = None
            self.table.setText(self.tr("Set a period that ends after it starts."))
            return
        self.report = report_for_period(self._db, family_id=self._editor.draft.family_id,
                                        start=ev.period_start, end=ev.period_end)
        locale = QLocale()
        names = fidelity_labels.names()
        elements = fidelity_labels.elements()
        good, look = mark_colours(self)
        rows = []
        for element in ELEMENTS:
            rows.append(f"<tr><td colspan='3'><b>{html.escape(elements[element])}</b></td></tr>")
            for indicator in self.report.by_element(element):
                meets = indicator.meets
                mark = "" if meets is None else ("✓ " if meets else "! ")
                colour = "" if meets is None else (good if meets else look)
                value = html.escape(mark + fidelity_labels.value_text(indicator, locale))
                aim = html.escape(fidelity_labels.target_text(indicator.definition, locale))
                rows.append(f"<tr><td>{html.escape(names[indicator.code])}</td>"
                            f"<td style='color:{colour or 'gray'}'>{value}</td>"
                            f"<td>{aim}</td></tr>")
        self.table.setText("<table cellspacing='2' cellpadding='2'>" + "".join(rows)
                           + "</table>")


def attach_period_fidelity(flow: MeetingFlow, db: Database) -> FidelityPeriodPanel | None:
    """Put the period's fidelity on an evaluation meeting's overall step (before its
    stretch); nothing for a plan or closing meeting."""
    if flow.editor.draft.evaluation is None:
        return None
    step = next((s for s in flow.steps if s.key == "overall"), None)
    if step is None:
        return None
    panel = FidelityPeriodPanel(db, flow.editor)
    step.body.insertWidget(max(0, step.body.count() - 1), panel)
    return panel

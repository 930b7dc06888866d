"""The family home's Fidelity tab: is it really Wraparound?

The five key elements (and the family's voice), each indicator with its plain-words
explanation, today's value against its aim, and a small chart of it at each plan version;
then what to look at next. Never one overall score. Values come from services/fidelity.py.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from vrac_desktop import fidelity_labels
from vrac_desktop.charts.fidelity import IndicatorTrendWidget, VoiceTrendWidget
from vrac_desktop.domain.fidelity import DEFINITIONS, ELEMENTS, Element, FidelityReport
from vrac_desktop.domain.fidelity_hints import Hint, NextStep
from vrac_desktop.services.fidelity import FamilyFidelity, family_fidelity
from vrac_desktop.store.database import Database

from vrac_desktop.gui.fidelity_period import mark_colours
from vrac_desktop.gui.widgets import scale_font


class FidelityTab(QWidget):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.data: FamilyFidelity | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll)
        body = QWidget()
        scroll.setWidget(body)
        layout = QVBoxLayout(body)
        intro = QLabel(self.tr(
            "Is it really Wraparound? What the plan and its history show, measure by "
            "measure. There is no overall score: each measure says what it counts and what "
            "to aim for. The small charts show each measure at every plan version."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.next_box = QGroupBox(self.tr("What to look at next"))
        self.next_box.setStyleSheet("QGroupBox { font-weight: bold; }")
        next_layout = QVBoxLayout(self.next_box)
        self.next_steps = QLabel()
        self.next_steps.setStyleSheet("font-weight: normal;")
        self.next_steps.setWordWrap(True)
        self.next_steps.setTextFormat(Qt.TextFormat.PlainText)
        self.next_steps.setAccessibleName(self.tr("What to look at next"))
        self.next_steps.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                                | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        next_layout.addWidget(self.next_steps)
        layout.addWidget(self.next_box)
        names = fidelity_labels.names()
        explanations = fidelity_labels.explanations()
        element_names = fidelity_labels.elements()
        self.values: dict[str, QLabel] = {}
        self.charts: dict[str, IndicatorTrendWidget] = {}
        self.boxes: dict[Element, QGroupBox] = {}
        for element in ELEMENTS:
            heading = QLabel(element_names[element])
            scale_font(heading, 1.25)
            layout.addWidget(heading)
            box = QGroupBox()
            box.setAccessibleName(element_names[element])
            grid = QGridLayout(box)
            grid.setVerticalSpacing(2)
            grid.setColumnStretch(0, 5)
            grid.setColumnStretch(1, 2)
            grid.setColumnStretch(2, 3)
            row = 0
            if element is Element.VOICE:
                self.voice_chart = VoiceTrendWidget()
                self.voice_chart.setMinimumHeight(170)
                grid.addWidget(self.voice_chart, row, 0, 1, 3)
                row += 1
            for code, definition in DEFINITIONS.items():
                if definition.element is not element:
                    continue
                text = QLabel(f"<b>{names[code]}</b><br><small>{explanations[code]}</small>")
                text.setWordWrap(True)
                text.setTextFormat(Qt.TextFormat.RichText)
                grid.addWidget(text, row, 0)
                value = QLabel()
                value.setWordWrap(True)
                value.setTextFormat(Qt.TextFormat.PlainText)
                value.setAccessibleName(names[code])
                grid.addWidget(value, row, 1)
                chart = IndicatorTrendWidget()
                chart.setFixedHeight(62)
                chart.setMaximumWidth(420)
                grid.addWidget(chart, row, 2)
                self.values[code] = value
                self.charts[code] = chart
                row += 1
            layout.addWidget(box)
            self.boxes[element] = box
        layout.addStretch(1)

    def clear(self) -> None:
        self.data = None
        self.next_steps.clear()
        for label in self.values.values():
            label.clear()

    def show_family(self, family_id: str, *, today: date) -> None:
        self.data = family_fidelity(self._db, family_id=family_id, today=today)
        self._show(self.data)

    def _show(self, data: FamilyFidelity) -> None:
        locale = QLocale()
        names = fidelity_labels.names()
        good, look = mark_colours(self)
        for indicator in data.report.indicators:
            label = self.values[indicator.code]
            text = fidelity_labels.value_text(indicator, locale)
            aim = fidelity_labels.target_text(indicator.definition, locale)
            meets = indicator.meets
            mark = "" if meets is None else ("✓ " if meets else "! ")
            label.setText(f"{mark}{text}\n{aim}")
            colour = "" if meets is None else (good if meets else look)
            label.setStyleSheet(f"color: {colour};" if colour else "color: palette(mid);")
            points = [(r.as_of, r.get(indicator.code).value) for r in data.timeline]
            texts = [fidelity_labels.value_text(r.get(indicator.code), locale)
                     for r in data.timeline]
            self.charts[indicator.code].set_data(indicator.definition, points,
                                                 title=names[indicator.code], value_text=texts)
        self.voice_chart.set_data(data.voice)
        lines = [f"• {self.hint_text(step)}" for step in data.next_steps]
        if data.closed:
            lines.insert(0, self.tr("This family is closed: time-based measures stop at its "
                                    "last meeting."))
        self.next_steps.setText("\n".join(lines) if lines else self.tr(
            "Nothing stands out: keep going as you are."))

    def report(self) -> FidelityReport | None:
        return self.data.report if self.data is not None else None

    def hint_text(self, step: NextStep) -> str:
        n = step.count
        texts = {
            Hint.NO_INFORMAL_SUPPORT: self.tr(
                "No informal support is on the team yet: who in the family's own network "
                "(grandparent, neighbour, friend, coach at the club) could join?"),
            Hint.INFORMAL_WITHOUT_ACTION: self.tr(
                "No informal support has an action yet."),
            Hint.ONE_PERSON_CARRIES_MOST: self.tr(
                "One person carries more than half of the open actions: can others take "
                "some?"),
            Hint.FAMILY_OFTEN_ABSENT: self.tr(
                "The family was often not all there: plan the meetings at a time and place "
                "that suit them."),
            Hint.GOAL_WITHOUT_NEED: self.tr("%n goal(s) not tied to a need.", "", n),
            Hint.NEED_UNADDRESSED: self.tr(
                "%n need(s) where the family asked for help but no goal takes them up.", "", n),
            Hint.NO_CHILD_TALENT: self.tr("None of the child's own talents is written down."),
            Hint.NO_ACTION_USES_STRENGTH: self.tr(
                "No action names a strength it builds on."),
            Hint.GOAL_NOT_MEASURABLE: self.tr(
                "%n goal(s) without \"how will we know\" or with a target equal to today's "
                "rating.", "", n),
            Hint.FAMILY_NOT_RATING: self.tr(
                "The family rarely rated its own progress at the follow-ups."),
            Hint.EVALUATION_MISSED: self.tr(
                "%n six-month evaluation(s) missed or late.", "", n),
            Hint.VOICE_LOW: self.tr(
                "The family's answers after the meetings are low on %n question(s): ask "
                "them what would help.", "", n),
        }
        return texts[step.hint]


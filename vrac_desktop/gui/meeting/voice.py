"""The family's voice at the end of the agreement step: three short questions, five faces.

Made for the family and the child, not for the coach: large round faces drawn here (no emoji
font needed), one tap or click to answer, and the keyboard works too (Tab to a row of faces,
Left/Right or 1..5 to choose, Delete to clear). Every answer is an undoable edit of the
meeting draft; the answers are saved with the meeting (domain/voice.py).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from vrac_desktop.domain.voice import (
    FACE_MAX,
    FACE_MIN,
    QUESTIONS,
    Respondent,
    VoiceQuestion,
    answer,
    with_answer,
)

from vrac_desktop.gui.meeting.editor import MeetingEditor
from vrac_desktop.gui.widgets import scale_font

# From a sad red to a happy green; readable on light and dark backgrounds.
FACE_COLOURS = ("#d9534f", "#f0883e", "#e8c547", "#8cc152", "#3c9d4e")
FACE_SIZE = 64  # px: a large target, easy for a child's finger or an unsteady mouse


def question_text(question: VoiceQuestion) -> str:
    texts = {
        VoiceQuestion.LISTENED: QCoreApplication.translate(
            "FamilyVoice", "Did the team listen to us?"),
        VoiceQuestion.OUR_PLAN: QCoreApplication.translate(
            "FamilyVoice", "Does this plan feel like ours?"),
        VoiceQuestion.WHO_DOES_WHAT: QCoreApplication.translate(
            "FamilyVoice", "Do we know who does what now?"),
    }
    return texts[question]


def face_name(value: int) -> str:
    names = {
        1: QCoreApplication.translate("FamilyVoice", "Not at all"),
        2: QCoreApplication.translate("FamilyVoice", "Not really"),
        3: QCoreApplication.translate("FamilyVoice", "A bit"),
        4: QCoreApplication.translate("FamilyVoice", "Mostly"),
        5: QCoreApplication.translate("FamilyVoice", "Yes, completely"),
    }
    return names[value]


class FaceScale(QWidget):
    """Five faces in a row; one (or none) chosen. ``chosen(value)``: 0 when cleared."""

    chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value: int | None = None
        self._focus = FACE_MIN + 2  # the keyboard cursor starts on the middle face
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)

    def sizeHint(self) -> QSize:
        gap = FACE_SIZE // 4
        count = FACE_MAX - FACE_MIN + 1
        return QSize(count * FACE_SIZE + (count + 1) * gap, FACE_SIZE + 2 * gap)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def value(self) -> int | None:
        return self._value

    def set_value(self, value: int | None) -> None:
        if value != self._value:
            self._value = value
            if value is not None:
                self._focus = value
            self._describe()
            self.update()

    def face_rect(self, value: int) -> QRectF:
        gap = FACE_SIZE / 4
        x = gap + (value - FACE_MIN) * (FACE_SIZE + gap)
        return QRectF(x, gap, FACE_SIZE, FACE_SIZE)

    def face_at(self, point: QPointF) -> int | None:
        for value in range(FACE_MIN, FACE_MAX + 1):
            # The target is the face plus half the gap around it: no dead zones between faces.
            if self.face_rect(value).adjusted(-8, -8, 8, 8).contains(point):
                return value
        return None

    def _choose(self, value: int | None) -> None:
        self.set_value(value)
        self.chosen.emit(value or 0)

    def _describe(self) -> None:
        chosen = self.tr("no answer") if self._value is None else \
            self.tr("%1 (%2 of 5)").replace("%1", face_name(self._value)) \
            .replace("%2", str(self._value))
        self.setAccessibleDescription(chosen)

    # -- input ---------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        value = self.face_at(event.position())
        if value is not None and event.button() == Qt.MouseButton.LeftButton:
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self._choose(None if value == self._value else value)
            event.accept()
            return
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if Qt.Key.Key_1 <= key <= Qt.Key.Key_5:
            self._choose(key - Qt.Key.Key_0)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Down):
            self._choose(max(FACE_MIN, (self._value or self._focus + 1) - 1))
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Up):
            self._choose(min(FACE_MAX, (self._value or self._focus - 1) + 1))
        elif key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._choose(None if self._value == self._focus else self._focus)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self._choose(None)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)

    # -- drawing -------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        ink = self.palette().windowText().color()
        for value in range(FACE_MIN, FACE_MAX + 1):
            self._paint_face(painter, value, ink)
        painter.end()

    def _paint_face(self, painter: QPainter, value: int, ink: QColor) -> None:
        rect = self.face_rect(value)
        colour = QColor(FACE_COLOURS[value - FACE_MIN])
        chosen = value == self._value
        if not chosen and self._value is not None:
            colour.setAlpha(90)  # the other faces step back once one is chosen
        painter.setBrush(colour)
        outline = QPen(ink if chosen else QColor(0, 0, 0, 60), 4 if chosen else 1.5)
        painter.setPen(outline)
        painter.drawEllipse(rect)
        if self.hasFocus() and value == (self._value or self._focus):
            focus = QPen(self.palette().highlight().color(), 3, Qt.PenStyle.DashLine)
            painter.setPen(focus)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(rect.adjusted(-6, -6, 6, 6))
        face = QColor("#222222")
        pen = QPen(face, 3.5)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.setBrush(face)
        cx, cy, r = rect.center().x(), rect.center().y(), rect.width() / 2
        for dx in (-0.33, 0.33):
            painter.drawEllipse(QPointF(cx + dx * r, cy - 0.22 * r), 0.09 * r, 0.11 * r)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        # The mouth: from a frown (1) through a straight line (3) to a broad smile (5).
        curve = (value - 3) * 0.18 * r
        mouth = QPainterPath(QPointF(cx - 0.42 * r, cy + 0.32 * r))
        mouth.quadTo(QPointF(cx, cy + 0.32 * r + curve), QPointF(cx + 0.42 * r, cy + 0.32 * r))
        painter.drawPath(mouth)


class FamilyVoicePanel(QGroupBox):
    """The three questions for the family and, when the child answers too, for the child."""

    def __init__(self, editor: MeetingEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.setTitle(self.tr("The family's voice"))
        layout = QVBoxLayout(self)
        hint = QLabel(self.tr(
            "Ask the family, and the child, three short questions and let them tap a face. "
            "They may leave a question out."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.child_answers = QCheckBox(self.tr("The &child is here and answers too"))
        self.child_answers.setAccessibleName(self.tr("The child answers too"))
        layout.addWidget(self.child_answers)
        grid = QGridLayout()
        layout.addLayout(grid)
        self.family_heading = QLabel(self.tr("Family"))
        self.child_heading = QLabel(self.tr("Child"))
        for col, label in ((1, self.family_heading), (2, self.child_heading)):
            font = label.font()
            font.setBold(True)
            label.setFont(font)
            grid.addWidget(label, 0, col, Qt.AlignmentFlag.AlignHCenter)
        self.scales: dict[tuple[Respondent, VoiceQuestion], FaceScale] = {}
        for row, question in enumerate(QUESTIONS, start=1):
            text = QLabel(question_text(question))
            text.setWordWrap(True)
            scale_font(text, 1.3, bold=False)
            grid.addWidget(text, row, 0)
            for col, respondent in ((1, Respondent.FAMILY), (2, Respondent.CHILD)):
                scale = FaceScale()
                who = self.tr("the family") if respondent is Respondent.FAMILY \
                    else self.tr("the child")
                scale.setAccessibleName(self.tr("%1 — answer of %2")
                                        .replace("%1", question_text(question))
                                        .replace("%2", who))
                scale.setToolTip(self.tr("Click a face, or use Left/Right or the keys 1 to 5; "
                                         "Delete clears the answer."))
                scale.chosen.connect(
                    lambda v, r=respondent, q=question: self._answered(r, q, v))
                grid.addWidget(scale, row, col)
                self.scales[(respondent, question)] = scale
        grid.setColumnStretch(0, 1)
        self.child_answers.toggled.connect(self._child_toggled)
        editor.changed.connect(self.refresh)
        self.refresh()

    def _answered(self, respondent: Respondent, question: VoiceQuestion, value: int) -> None:
        draft = self.editor.draft
        answers = with_answer(draft.voice, meeting_id=draft.meeting.id, respondent=respondent,
                              question=question, value=value or None)
        self.editor.edit(replace(draft, voice=answers), self.tr("Answer a question"))

    def _child_toggled(self, on: bool) -> None:
        self._show_child(on)
        if not on:
            draft = self.editor.draft
            kept = tuple(a for a in draft.voice if a.respondent is not Respondent.CHILD)
            if kept != draft.voice:
                self.editor.edit(replace(draft, voice=kept),
                                 self.tr("Remove the child's answers"))

    def _show_child(self, on: bool) -> None:
        self.child_heading.setVisible(on)
        for (respondent, _q), scale in self.scales.items():
            if respondent is Respondent.CHILD:
                scale.setVisible(on)

    def refresh(self, _from_undo: bool = True) -> None:
        answers = self.editor.draft.voice
        for (respondent, question), scale in self.scales.items():
            scale.set_value(answer(answers, respondent, question))
        child = any(a.respondent is Respondent.CHILD for a in answers)
        if child and not self.child_answers.isChecked():
            self.child_answers.blockSignals(True)
            self.child_answers.setChecked(True)
            self.child_answers.blockSignals(False)
        self._show_child(self.child_answers.isChecked())

"""Step 8 of the meeting: the family's approval, sign-offs (drawn signatures) and the next
meeting."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vrac_desktop.domain.model import (
    Agreement,
    SignOff,
    TeamMember,
)

from vrac_desktop.gui.date_edit import DateEdit
from vrac_desktop.gui.meeting.step_base import SignatureDialog, Step, approval_boxes
from vrac_desktop.gui.meeting.voice import FamilyVoicePanel
from vrac_desktop.gui.widgets import clear_layout

# --- 8. agreement ----------------------------------------------------------------------------


class AgreementStep(Step):
    key = "agreement"

    def build(self) -> None:
        self.approved, self.approved_by, self.signoff_box = approval_boxes(
            self.body,
            (self.tr("The family &approves this plan"), self.tr("The family approves this plan")),
            (self.tr("Approved b&y:"), self.tr("Approved by")))
        self.signoffs = QVBoxLayout(self.signoff_box)
        next_box = QGroupBox(self.tr("Next meeting"))
        next_form = QFormLayout(next_box)
        self.next_meeting = DateEdit()
        self.next_meeting.setAccessibleName(self.tr("Next meeting date"))
        next_form.addRow(self.tr("&Date:"), self.next_meeting)
        self.body.addWidget(next_box)
        self.voice = FamilyVoicePanel(self.editor)  # the family's voice, at the very end
        self.body.addWidget(self.voice)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.body.addWidget(self.summary)
        self.body.addStretch(1)
        self._sign_rows: dict[str, tuple[QCheckBox, QLineEdit]] = {}
        self._draw_buttons: dict[str, tuple[QPushButton, QLabel]] = {}
        self._members: list[str] = []
        self.approved.toggled.connect(self._approval_changed)
        self.approved_by.textEdited.connect(self._approval_changed)
        self.next_meeting.value_changed.connect(self._next_changed)

    def first_field(self) -> QWidget | None:
        return self.approved

    def _present(self) -> list[TeamMember]:
        attendance = {a.member_id: a.present for a in self.editor.draft.meeting.attendance}
        return [m for m in self.editor.plan.team if attendance.get(m.id, True)]

    def refresh(self, from_undo: bool = True) -> None:
        plan = self.editor.plan
        agreement = plan.agreement
        for widget, value in ((self.approved, agreement.family_approved),):
            widget.blockSignals(True)
            widget.setChecked(value)
            widget.blockSignals(False)
        if self.approved_by.text() != agreement.approved_by:
            self.approved_by.setText(agreement.approved_by)
        if self.next_meeting.value() != plan.next_meeting_on:
            self.next_meeting.set_value(plan.next_meeting_on)
        present = self._present()
        ids = [m.id for m in present]
        if ids != self._members:
            self._members = ids
            clear_layout(self.signoffs)
            self._sign_rows = {}
            self._draw_buttons = {}
            for m in present:
                row = QWidget()
                row_layout = QFormLayout(row)
                row_layout.setContentsMargins(0, 0, 0, 0)
                check = QCheckBox()
                typed = QLineEdit()
                typed.setPlaceholderText(self.tr("Typed name"))
                draw = QPushButton()
                draw.clicked.connect(lambda _c=False, mid=m.id: self.draw_signature(mid))
                drawn = QLabel()
                line = QHBoxLayout()
                line.addWidget(typed, 1)
                line.addWidget(drawn)
                line.addWidget(draw)
                self._draw_buttons[m.id] = (draw, drawn)
                row_layout.addRow(check, line)
                check.toggled.connect(lambda _on, mid=m.id: self._signoff_changed(mid))
                typed.textEdited.connect(lambda _t, mid=m.id: self._signoff_changed(mid))
                self.signoffs.addWidget(row)
                self._sign_rows[m.id] = (check, typed)
        signed = {s.member_id: s for s in agreement.signoffs}
        # Names and signatures may change without the rows being rebuilt (a member renamed
        # in the team step, a signature drawn): the labels follow every time.
        for m in present:
            name = m.name.strip() or self.tr("(member without a name)")
            check, typed = self._sign_rows[m.id]
            check.setText(self.tr("%1 signs off").replace("%1", name))
            typed.setAccessibleName(self.tr("Typed name of %1").replace("%1", name))
            draw, drawn = self._draw_buttons[m.id]
            has_drawing = m.id in signed and bool(signed[m.id].signature_png)
            draw.setText(self.tr("Redraw signature…") if has_drawing
                         else self.tr("Draw signature…"))
            draw.setAccessibleName(self.tr("Draw the signature of %1").replace("%1", name))
            drawn.setText(self.tr("✓ Signature drawn") if has_drawing else "")
            drawn.setVisible(has_drawing)
        for mid, (check, typed) in self._sign_rows.items():
            check.blockSignals(True)
            check.setChecked(mid in signed)
            check.blockSignals(False)
            text = signed[mid].typed_name if mid in signed else typed.text()
            if typed.text() != text:
                typed.setText(text)
        if not present:
            self.signoff_box.setTitle(self.tr("Sign-off: add the team first"))
        else:
            self.signoff_box.setTitle(self.tr("Sign-off by the members present"))

    def _approval_changed(self, *_args: object) -> None:
        on = self.approved.isChecked()
        held = self.editor.draft.meeting.held_on
        agreement = replace(self.editor.plan.agreement, family_approved=on,
                            approved_on=held if on else None,
                            approved_by=self.approved_by.text())
        self.editor.edit_plan(replace(self.editor.plan, agreement=agreement),
                              self.tr("Change the family's approval"), key="agreement:approval")

    def _signoff_changed(self, member_id: str) -> None:
        check, typed = self._sign_rows[member_id]
        agreement: Agreement = self.editor.plan.agreement
        others = tuple(s for s in agreement.signoffs if s.member_id != member_id)
        if check.isChecked():
            member = self.editor.plan.member(member_id)
            name = typed.text() or (member.name if member else "")
            if not typed.text():
                typed.setText(name)
            before = next((so for so in agreement.signoffs if so.member_id == member_id), None)
            drawn = before.signature_png if before is not None else ""
            sign = SignOff(member_id, name, self.editor.draft.meeting.held_on, drawn)
            others = (*others, sign)
        self.editor.edit_plan(
            replace(self.editor.plan, agreement=replace(agreement, signoffs=others)),
            self.tr("Change sign-off"), key=f"signoff:{member_id}")

    def draw_signature(self, member_id: str) -> QDialog:
        """Open the signature pad (window-modal, not blocking); on OK the drawing goes into
        this member's sign-off, which it creates if needed."""
        member = self.editor.plan.member(member_id)
        name = member.name.strip() if member is not None and member.name.strip() \
            else self.tr("(member without a name)")
        dialog = SignatureDialog(self, title=self.tr("Signature of %1").replace("%1", name),
                                 prompt=self.tr("%1 signs here:").replace("%1", name))
        dialog.setObjectName("signatureDialog")
        pad = dialog.pad
        pad.setAccessibleName(self.tr("Signature of %1").replace("%1", name))
        existing = next((so for so in self.editor.plan.agreement.signoffs
                         if so.member_id == member_id), None)
        if existing is not None and existing.signature_png:
            pad.load_png_base64(existing.signature_png)
        clear = dialog.buttons.addButton(self.tr("C&lear"),
                                         QDialogButtonBox.ButtonRole.ResetRole)
        clear.clicked.connect(pad.clear)
        dialog.accepted.connect(lambda: self._store_signature(member_id, dialog.png()))
        self.signature_pad = pad  # reachable while the dialog is open
        dialog.open()
        return dialog

    def _store_signature(self, member_id: str, png: str) -> None:
        _check, typed = self._sign_rows[member_id]
        member = self.editor.plan.member(member_id)
        name = typed.text() or (member.name if member else "")
        agreement = self.editor.plan.agreement
        others = tuple(so for so in agreement.signoffs if so.member_id != member_id)
        signed = SignOff(member_id, name, self.editor.draft.meeting.held_on, png)
        self.editor.edit_plan(
            replace(self.editor.plan, agreement=replace(agreement, signoffs=(*others, signed))),
            self.tr("Sign"))

    def _next_changed(self, value: date | None) -> None:
        self.editor.edit_plan(replace(self.editor.plan, next_meeting_on=value),
                              self.tr("Set next meeting"), key="agreement:next")



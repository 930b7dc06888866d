"""The agreement step of the evaluation and of the transition plan."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from vrac_desktop.domain.model import (
    Agreement,
    SignOff,
    TeamMember,
)

from vrac_desktop.gui.meeting.agenda import StepText, agenda
from vrac_desktop.gui.meeting.cycle_fields import _set_text
from vrac_desktop.gui.meeting.editor import MeetingEditor
from vrac_desktop.gui.meeting.step_base import (
    PartStep,
    Problems,
    SignatureDialog,
    approval_boxes,
)
from vrac_desktop.gui.widgets import clear_layout

# --- agreement (evaluation and transition plan) ---------------------------------------------


class CycleAgreementStep(PartStep):
    """The family's approval and each present member's sign-off (typed name and drawn
    signature, the signer named on the pad), for an evaluation or a transition plan."""

    key = "cycle_agreement"

    def __init__(self, editor: MeetingEditor, problems: Problems, part: str,
                 parent: QWidget | None = None) -> None:
        self.part = part  # "evaluation" or "transition": the draft's record it approves
        super().__init__(editor, problems, parent)

    def texts(self) -> StepText:
        return agenda()[f"{self.key}:{self.part}"]

    def build(self) -> None:
        self.approved, self.approved_by, self.signoff_box = approval_boxes(
            self.body, (self.tr("The family a&pproves"), self.tr("The family approves")),
            (self.tr("Approved &by:"), self.tr("Approved by")))
        self.grid = QGridLayout(self.signoff_box)
        self.body.addStretch(1)
        self.rows: dict[str, tuple[QCheckBox, QLineEdit, QLabel]] = {}
        self._members: list[tuple[str, str]] = []
        self.approved.toggled.connect(lambda _on: self._approval())
        self.approved_by.textEdited.connect(lambda _t: self._approval())

    def first_field(self) -> QWidget | None:
        return self.approved

    @property
    def agreement(self) -> Agreement:
        agreement: Agreement = self.record().agreement
        return agreement

    def _edit(self, agreement: Agreement, text: str, key: str | None = None) -> None:
        self.put(replace(self.record(), agreement=agreement), text, key)

    def present(self) -> list[TeamMember]:
        status = {a.member_id: a.present for a in self.editor.draft.meeting.attendance}
        return [m for m in self.editor.plan.team if status.get(m.id, True)]

    def refresh(self, from_undo: bool = True) -> None:
        a = self.agreement
        self.approved.blockSignals(True)
        self.approved.setChecked(a.family_approved)
        self.approved.blockSignals(False)
        _set_text(self.approved_by, a.approved_by)
        members = [(m.id, m.name) for m in self.present()]
        if members != self._members:
            self._members = members
            clear_layout(self.grid)
            self.rows = {}
            for row, (mid, name) in enumerate(members):
                check = QCheckBox(self.tr("%1 signs off").replace("%1", name or "?"))
                typed = QLineEdit()
                typed.setPlaceholderText(self.tr("Typed name"))
                typed.setAccessibleName(self.tr("Typed name of %1").replace("%1", name))
                draw = QPushButton(self.tr("Draw signature…"))
                draw.setAccessibleName(self.tr("Draw the signature of %1").replace("%1", name))
                drawn = QLabel()
                check.toggled.connect(lambda _on, m=mid: self._signoff(m))
                typed.textEdited.connect(lambda _t, m=mid: self._signoff(m))
                draw.clicked.connect(lambda _c=False, m=mid: self.draw_signature(m))
                for col, widget in enumerate((check, typed, draw, drawn)):
                    self.grid.addWidget(widget, row, col)
                self.rows[mid] = (check, typed, drawn)
        signed = {s.member_id: s for s in a.signoffs}
        for mid, (check, typed, drawn) in self.rows.items():
            check.blockSignals(True)
            check.setChecked(mid in signed)
            check.blockSignals(False)
            if mid in signed:
                _set_text(typed, signed[mid].typed_name)
            drawn.setText(self.tr("✓ signature drawn") if mid in signed
                          and signed[mid].signature_png else "")

    def _approval(self) -> None:
        on = self.approved.isChecked()
        self._edit(replace(self.agreement, family_approved=on,
                           approved_on=self.editor.draft.meeting.held_on if on else None,
                           approved_by=self.approved_by.text()),
                   self.tr("Change the family's approval"), key="cycle:approval")

    def _signoff(self, member_id: str, png: str | None = None) -> None:
        check, typed, _drawn = self.rows[member_id]
        a = self.agreement
        before = next((s for s in a.signoffs if s.member_id == member_id), None)
        others = tuple(s for s in a.signoffs if s.member_id != member_id)
        if check.isChecked() or png is not None:
            member = self.editor.plan.member(member_id)
            name = typed.text() or (member.name if member else "")
            _set_text(typed, name)
            drawn = png if png is not None else (before.signature_png if before else "")
            others = (*others, SignOff(member_id, name, self.editor.draft.meeting.held_on,
                                       drawn))
        self._edit(replace(a, signoffs=others), self.tr("Change sign-off"),
                   key=None if png is not None else f"cycle:signoff:{member_id}")

    def draw_signature(self, member_id: str) -> QDialog:
        """The signature pad, window-modal; it names whose signature it is."""
        member = self.editor.plan.member(member_id)
        name = member.name if member else "?"
        dialog = SignatureDialog(self, title=self.tr("Signature of %1").replace("%1", name),
                                 prompt=self.tr("%1, please sign below.").replace("%1", name))
        dialog.accepted.connect(lambda: self._signoff(member_id, dialog.png()))
        self.signature_pad = dialog.pad
        dialog.open()
        return dialog

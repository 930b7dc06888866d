"""The draft being edited, with its undo stack: the single owner of undo in a meeting.

Every edit in any step becomes ``MeetingEditor.edit(new_draft, text, key)``. Consecutive edits
with the same ``key`` (typing in one field) merge into one undo step, so Ctrl+Z undoes the
whole word run in that field rather than one keystroke at a time.

Drafts are immutable values, so undo simply swaps whole drafts: no inverse operations to get
wrong.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from vrac_desktop.domain.draft import MeetingDraft
from vrac_desktop.domain.model import PlanContent


class _Edit(QUndoCommand):
    def __init__(self, editor: MeetingEditor, before: MeetingDraft, after: MeetingDraft,
                 text: str, key: str | None) -> None:
        super().__init__(text)
        self._editor = editor
        self.before = before
        self.after = after
        self.key = key
        self._first = True

    def id(self) -> int:
        # Qt merges only commands with the same id (and -1 means "never merge").
        return -1 if self.key is None else zlib.crc32(self.key.encode()) & 0x7FFFFFFF

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, _Edit) or other.key != self.key:
            return False
        self.after = other.after
        return True

    def redo(self) -> None:
        # The first redo happens on push, when the widget already shows the new value.
        self._editor._apply(self.after, from_undo=not self._first)
        self._first = False

    def undo(self) -> None:
        self._editor._apply(self.before, from_undo=True)


class MeetingEditor(QObject):
    """Holds the draft. ``changed(from_undo)``: views refresh; a typing view skips its own edit."""

    changed = Signal(bool)

    def __init__(self, draft: MeetingDraft, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._draft = draft
        self.undo_stack = QUndoStack(self)
        self.dirty = False  # changed since the last autosave

    @property
    def draft(self) -> MeetingDraft:
        return self._draft

    @property
    def plan(self) -> PlanContent:
        return self._draft.plan

    def edit(self, draft: MeetingDraft, text: str, key: str | None = None) -> None:
        if draft == self._draft:
            return
        self.undo_stack.push(_Edit(self, self._draft, draft, text, key))

    def edit_plan(self, plan: PlanContent, text: str, key: str | None = None) -> None:
        self.edit(replace(self._draft, plan=plan), text, key)

    def update_plan(self, change: Callable[[PlanContent], PlanContent], text: str,
                    key: str | None = None) -> None:
        self.edit_plan(change(self._draft.plan), text, key)

    def set_step(self, step: str) -> None:
        """Remember the current step (for restore) without making it an undo step."""
        if step != self._draft.step:
            self._draft = replace(self._draft, step=step)
            self.dirty = True

    def mark_saved(self) -> None:
        self.dirty = False

    def _apply(self, draft: MeetingDraft, *, from_undo: bool) -> None:
        self._draft = replace(draft, step=self._draft.step)
        self.dirty = True
        self.changed.emit(from_undo)

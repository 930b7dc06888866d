"""An item delegate for lists whose entries wrap (the week's lists, the new goal's needs).

Not in gui/widgets.py: that module is on the first screen's path, and naming
QStyleOptionViewItem there would build its enums before the first paint."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

FRAME = 4  # px: the item frame of gui/style.py, both sides


class WrapDelegate(QStyledItemDelegate):
    """Measures an entry's wrapped height on the width it is drawn in: the app's style
    sheet gives items a 2 px frame (gui/style.py), which the list's measure leaves out, so
    a text just too long for one line was cut with "…" instead of wrapped."""

    def sizeHint(self, option: QStyleOptionViewItem,  # noqa: N802 - Qt override
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        narrower = QStyleOptionViewItem(option)
        narrower.rect = option.rect.adjusted(0, 0, -FRAME, 0)
        return super().sizeHint(narrower, index)

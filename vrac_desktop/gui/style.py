"""What the whole app shares in look: a focus mark that can be seen, and tabs tall enough
for an accent on a capital (the platform style cut "É" to "E" on unselected tabs).

The platform styles mark focus with a thin dotted line, or not at all on a table's current
cell in a selected row and on the chart views. A coach working from the keyboard needs to see
where the next key goes, so focus gets a 2 px orange frame that reads on white and on the
blue of a selection alike.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

FOCUS_COLOUR = "#e67e00"

# Each focus rule has a twin without focus taking the same room (border + padding), so a
# button's text is never cut when it gets the focus.
FOCUS_STYLE = f"""
QTabBar::tab {{ padding: 5px 12px 4px 12px; }}
QPushButton {{
    border: 1px solid palette(mid); border-radius: 3px; padding: 4px 10px;
    background: palette(button);
}}
QPushButton:hover {{ background: palette(light); }}
QPushButton:pressed {{ background: palette(midlight); }}
QPushButton:disabled {{ color: palette(mid); }}
QPushButton:focus {{ border: 2px solid {FOCUS_COLOUR}; padding: 3px 9px; }}
QCheckBox, QRadioButton {{ border: 2px solid transparent; border-radius: 3px; }}
QCheckBox:focus, QRadioButton:focus {{ border: 2px solid {FOCUS_COLOUR}; }}
QAbstractItemView::item {{ border: 2px solid transparent; }}
QAbstractItemView::item:selected {{
    background: palette(highlight); color: palette(highlighted-text);
}}
QAbstractItemView::item:focus {{ border: 2px solid {FOCUS_COLOUR}; }}
QGraphicsView:focus, QTextBrowser:focus {{ border: 2px solid {FOCUS_COLOUR}; }}
"""


def apply_style(app: QApplication) -> None:
    app.setStyleSheet(app.styleSheet() + FOCUS_STYLE)

"""VRAC Desktop: Wraparound Care team meetings, one family, one plan."""

__version__ = "0.1.0"
APP_NAME = "vrac-desktop"

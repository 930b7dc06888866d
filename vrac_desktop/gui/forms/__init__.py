"""Generated from ui/*.ui by `make forms` (tools/forms.py): do not edit."""

"""The guided, family-led meeting: steps, undo, autosave."""

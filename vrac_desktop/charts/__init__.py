"""Charts of progress: pyqtgraph widgets, and the same charts rendered to PNG for documents."""

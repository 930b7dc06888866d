"""Plan and evaluation documents: one model, .docx and .pdf renderers, signing and verification."""

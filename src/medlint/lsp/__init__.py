"""The language server (`medlint server`): diagnostics, code actions and hovers for the
buffers of an editor, over the Language Server Protocol (docs/editors.md)."""

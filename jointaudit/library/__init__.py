"""The scheme library: scheme packs (format, validation, import) and crosswalks between
scheme versions (links, recognitions, suggestions)."""

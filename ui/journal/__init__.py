"""The reflective journal: timeline, search, editor, check-ins, trash and export."""

"""Decisions: plans, the guided walk through one disclosure decision, and its PDF export.

`step_editor.StepEditor` edits a `Plan` in memory and is shared with Together mode;
`page.DecisionsPage` is the section in the main window and owns saving.
"""

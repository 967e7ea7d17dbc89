"""Decisions: plans, the guided walk through one disclosure decision, and its PDF export.

`page.DecisionsPage` is the section in the main window and owns saving; the walk itself
(`ui/widgets/plan_steps`) is shared with Together mode.
"""

"""The guided walk through a plan, shared by Decisions and Together mode.

`step_editor.StepEditor` edits a `Plan` in memory, one page per step of the guide;
`questions` draws each question's control from the guide content and `balance` shows
how the reasons weigh. Decisions saves what it edits as the person types; Together keeps
it staged until the person chooses. Neither feature owns it, so neither imports the other.
"""

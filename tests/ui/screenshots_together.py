"""Together mode for the screenshot tour: the page, the consent step, the focus view with the
supporter's guidance, the pause screen and the end summaries.

`screenshot_tour.py` calls `register(add_screen, add_seed)`. Run on its own to see only
these screens in light, dark and high contrast (Together mode has its own text size):

    xvfb-run -a .venv/bin/python tests/ui/screenshots_together.py /tmp/together-shots

The demo plan and notes are made-up examples written the way a person might.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

TITLE = "Talking to my peer supervisor"
KEPT_NOTES = (
    "You said the Thursday meetings feel safest. What happened in March was not okay, "
    "and it makes sense to go carefully."
)
SESSION_NOTES = "You know this team far better than I do. Happy to sit in if you want me there."


def seed(vault) -> None:
    from disclosure_helper.together import supporter_notes

    plan = vault.plans.create(TITLE, "peer_role", "uk")
    plan.answers = {
        "why": {
            "reasons_for": [{"id": "get_support", "weight": 4}],
            "reasons_against": [{"id": "unfair_treatment", "weight": 3}],
        },
        "who": {"people": ["line_manager"]},
        "how": {"opening": "Could we find twenty minutes this week?"},
    }
    vault.plans.save(plan)
    supporter_notes(vault).add(plan.id, KEPT_NOTES)


def _page(tour):
    return tour.window.shell.pages["together"]


def _plan_id(tour) -> int:
    return next(s.id for s in tour.ctx.vault.plans.summaries() if s.title == TITLE)


def _leave_session(tour) -> None:
    """End any session a previous screen left open, keeping nothing."""
    page = _page(tour)
    if page.view is not None:
        page.view.session.discard()
        page._drop_view()
    if tour.window.current_screen == "focus":
        tour.ctx.end_focus_view()
    tour.wait(60)


def _start(tour, plan: bool = True, step: str = "why"):
    _leave_session(tour)
    tour.page("together")
    page = _page(tour)
    if plan:
        page.open_with(plan_id=_plan_id(tour))
    else:
        page.choose_exploring()
    view = page.start_session()
    view.editor.set_step(step)
    tour.wait(200)
    return view


def _consent(tour) -> None:
    _leave_session(tour)
    tour.page("together")
    _page(tour).open_with(plan_id=_plan_id(tour))


def _view(tour) -> None:
    _start(tour, step="who")


def _view_largest(tour) -> None:
    """The largest Together size on offer, to check nothing is clipped."""
    saved = tour.ctx.prefs.together_text_scale
    tour.ctx.prefs.together_text_scale = 2.0
    try:
        _start(tour, step="how")
    finally:
        tour.ctx.prefs.together_text_scale = saved


def _guidance_closed(tour) -> None:
    view = _start(tour, step="how")
    view.notes_edit.setPlainText(SESSION_NOTES)
    view.toggle_guidance()


def _guidance(tour) -> None:
    view = _start(tour, step="when")
    view.guidance.verticalScrollBar().setValue(view.guidance.principles_card.y())


def _pause(tour) -> None:
    view = _start(tour)
    view.pause()


def _edit(view) -> None:
    opening = view.editor.card("how", "opening").control.edit
    opening.setPlainText("Could we find twenty minutes this week? There is something I'd "
                         "like you to know.")
    view.editor.card("decision", "decision").control.buttons["telling_some"].setChecked(True)
    view.editor.card("what", "how_much").control.buttons["need_only"].setChecked(True)
    view.notes_edit.setPlainText(SESSION_NOTES)


def _end(tour) -> None:
    view = _start(tour, step="how")
    _edit(view)
    view.end_session()


def _end_exploring(tour) -> None:
    view = _start(tour, plan=False, step="what")
    _edit(view)
    view.end_session()


def _together_page(tour) -> None:
    _leave_session(tour)
    tour.page("together")
    page = _page(tour)
    page.show_start()
    page.reload()
    if page.notes_holder.isHidden():
        page.toggle_notes()


def _settings_and_notes(tour) -> None:
    _together_page(tour)
    page = _page(tour)
    tour.wait(100)
    page.start_screen.ensureWidgetVisible(page.kept_notes_card)
    bar = page.start_screen.verticalScrollBar()
    bar.setValue(bar.maximum())


def register(add_screen: Callable, add_seed: Callable) -> None:
    add_seed(seed)
    add_screen("together-2-consent", _consent)
    add_screen("together-3-view", _view)
    add_screen("together-4-guidance", _guidance)
    add_screen("together-5-guidance-hidden", _guidance_closed)
    add_screen("together-6-largest-text", _view_largest)
    add_screen("together-7-pause", _pause)
    add_screen("together-8-end-summary", _end)
    add_screen("together-9-end-exploring", _end_exploring)
    # Last, so it also closes the session the screens above left open.
    add_screen("together-1-page", _together_page)
    add_screen("together-10-settings-and-kept-notes", _settings_and_notes)


def main(argv: list[str] | None = None) -> int:
    from tests.ui import screenshot_tour as tour

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--only", nargs="*", default=["together"])
    args = parser.parse_args(argv)
    if not any(s.name.startswith("together-") for s in tour.SCREENS):
        register(tour.add_screen, tour.add_seed)
    tour.VARIANTS[:] = [
        ("light", 1.0, "light"),
        ("dark", 1.0, "dark"),
        ("high_contrast", 1.0, "high_contrast"),
        ("light", 1.5, "light-large-app-text"),
    ]
    saved = tour.run(args.out_dir, args.only)
    print(f"saved {len(saved)} screenshots to {args.out_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

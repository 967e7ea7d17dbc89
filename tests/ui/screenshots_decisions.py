"""The Decisions screens for the screenshot tour: the plan list, every step, the decision
with its history, SURE checks, rights, the checklist, a reflection and the PDF dialog.

`screenshot_tour.py` calls `register(add_screen, add_seed)`; the demo plans below are
made-up examples, written the way a person might, so every screen has something on it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

DEMO_TITLE = "Telling my new manager"


def seed(vault) -> None:
    plans = vault.plans
    health = plans.create("The health question on an application", "applying", "us")
    health.revisit_on = date.today() - timedelta(days=2)
    plans.save(health)
    interview = plans.create("Whether to mention my recovery at interview", "applying", "uk")
    plans.set_decision(interview.id, "not_telling_for_now")
    plan = plans.create(DEMO_TITLE, "starting", "uk")
    plan.answers = {
        "why": {
            "reasons_for": [{"id": "get_support", "weight": 4}, {"id": "stop_hiding", "weight": 3},
                            {"own": "I want to be honest about my mornings", "weight": 2}],
            "reasons_against": [{"id": "unfair_treatment", "weight": 5},
                                {"id": "lose_control", "weight": 3}],
            "needs_at_work": ["flexible_hours", "check_ins"],
        },
        "who": {"people": ["line_manager", "trusted_colleague"],
                "trust": {"line_manager": 3, "trusted_colleague": 5}},
        "when": {"moments": ["first_weeks"]},
        "how": {
            "opening": "Thank you for making time to talk.",
            "what_i_need": "I work best when I can start a little later on some days.",
            "afterwards_who": "My sister, and my peer group on Thursday.",
        },
        "sure": {"sure": "no", "understand": "yes", "risk_benefit": "yes",
                 "encouragement": "not_sure_yet"},
    }
    plan.revisit_on = date.today() + timedelta(days=60)
    plan.next_steps = "Read the rights card again, then talk it over with my peer group."
    plans.save(plan)
    plans.record_sure(plan.id, False, True, False, None)
    plans.record_sure(plan.id, False, True, True, None)
    plans.set_decision(plan.id, "telling_some")
    plans.add_followup(plan.id, {"how_it_went": "mixed", "who": "My line manager",
                                 "their_response": ["listened", "unsure"]},
                       happened_on=date.today() - timedelta(days=5))


def _demo_id(tour) -> int:
    for summary in tour.ctx.vault.plans.summaries():
        if summary.title == DEMO_TITLE:
            return summary.id
    raise LookupError("demo plan missing")


def _step(step: str) -> Callable:
    def show(tour) -> None:
        page = tour.window.shell.pages["decisions"] if tour.window.shell else None
        view = page.plan_view if page is not None else None
        if (view is not None and view.plan.id == _demo_id(tour) and tour.ctx.is_unlocked
                and tour.window.current_screen == "app"
                and tour.window.shell.current_key == "decisions"
                and page.stack.currentWidget() is view):
            # The plan is open already: go to the step as a person would, rather than
            # building every page of the plan again for each screen.
            tour.close_dialog()
            view.editor.set_step(step)
            tour.wait()
            return
        tour.page("decisions", plan_id=_demo_id(tour), step=step)

    return show


def _list(tour) -> None:
    tour.page("decisions")
    tour.window.shell.pages["decisions"].show_list()


def _new_dialog(tour):
    _list(tour)
    page = tour.window.shell.pages["decisions"]
    page.new_plan()
    tour.dialog = page.dialog
    tour.wait()
    return page.dialog


def _followup_form(tour) -> None:
    _step("followup")(tour)
    page = tour.window.shell.pages["decisions"]
    followup = tour.ctx.vault.plans.followups(_demo_id(tour))[0]
    page.open_followup(followup)


def _export(tour):
    _step("decision")(tour)
    page = tour.window.shell.pages["decisions"]
    page.export()
    tour.dialog = page.dialog
    tour.wait()
    return page.dialog


def _scrolled_to(step: str, widget_of: Callable) -> Callable:
    """A step scrolled so that one part of it (a card) sits near the top."""

    def show(tour) -> None:
        _step(step)(tour)
        page = tour.window.shell.pages["decisions"].plan_view.editor.step_page(step)
        tour.wait()
        target = widget_of(page)
        bar = page.verticalScrollBar()
        bar.setValue(min(bar.maximum(), target.mapTo(page.widget(), target.rect().topLeft()).y()
                         - 24))
        tour.wait()

    return show


def _rights(tour):
    _step("rights")(tour)
    rights = tour.window.shell.pages["decisions"].plan_view.rights
    rights.set_region("uk")
    rights.verticalScrollBar().setValue(0)
    tour.wait()
    return rights


def _rights_card(tour) -> None:
    _rights(tour)


def _rights_sources(tour) -> None:
    """Further down a card: each point with its source, then the list of sources."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QLabel

    rights = _rights(tour)
    # "Source:" or "Sources:" in whichever language the tour runs in.
    said = tuple(QCoreApplication.translate("RightsPage", text).split("%1")[0].strip()
                 for text in ("Source: %1", "Sources: %1"))
    first = next(w for w in rights.widget().findChildren(QLabel) if w.text().startswith(said))
    bar = rights.verticalScrollBar()
    bar.setValue(min(bar.maximum(), first.mapTo(rights.widget(), first.rect().topLeft()).y()
                     - 160))
    tour.wait()


def _rights_overdue(tour) -> None:
    """A card past its next-review date shows a gentle note (the date is made to have passed)."""
    from disclosure_helper.rights import card_for_region

    rights = _rights(tour)
    card = card_for_region("uk")
    rights.show_card(card, today=card.next_review + timedelta(days=1))
    rights.verticalScrollBar().setValue(0)
    tour.wait()


def _about_from_rights(tour):
    rights = _rights(tour)
    rights.show_about()
    tour.dialog = rights.about_dialog
    tour.wait()
    return rights.about_dialog


def register(add_screen: Callable, add_seed: Callable) -> None:
    add_seed(seed)
    add_screen("decisions-1-list", _list)
    add_screen("decisions-2-new", _new_dialog)
    for number, step in enumerate(
        ("why", "who", "what", "when", "where", "how", "rights", "decision", "sure",
         "checklist", "followup"), start=3):
        add_screen(f"decisions-{number}-{step}", _step(step))
    add_screen("decisions-14-followup-form", _followup_form)
    add_screen("decisions-15-export", _export)
    add_screen("decisions-3-why-research", _scrolled_to("why", lambda page: page.evidence_card))
    add_screen("decision-pressure",
               _scrolled_to("decision", lambda page: page.cards["pressure"]))
    add_screen("rights-1-card", _rights_card)
    add_screen("rights-2-sources", _rights_sources)
    add_screen("rights-3-overdue-note", _rights_overdue)
    add_screen("rights-4-about-this-content", _about_from_rights)

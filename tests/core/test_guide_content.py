"""The guide's words: complete, balanced, plain, and never telling the person what to do."""

from __future__ import annotations

import re
import statistics
import sys
from collections import Counter
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
import textstat

import disclosure_helper.resources as resources_package
from disclosure_helper import content
from disclosure_helper.guide import Kind, load_guide
from disclosure_helper.plan_model import Decision, PlanStatus
from disclosure_helper.rights import card_for_region, load_about_content, load_rights_cards
from disclosure_helper.support import load_support
from disclosure_helper.together_guidance import load_supporter_guidance

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

CONTENT = Path(resources_package.__file__).parent / "content" / "en"
# The files this feature owns; the directive check below reads every content file.
OWN_FILES = [
    "guide.toml",
    "situations.toml",
    "together.toml",
    *(f"guide/{s.id}.toml" for s in load_guide().steps),
    *(f"rights/{c}.toml" for c in ("us", "uk", "ca", "au", "ie", "nz", "elsewhere")),
    "support.toml",
    "about_content.toml",
]
MIN_READING_EASE = 60
MIN_MEDIAN_READING_EASE = 80
LAST_REVIEWED = date(2026, 11, 26)

guide = load_guide()
cards = load_rights_cards()
supporter = load_supporter_guidance()
support = load_support()
about = load_about_content()


# -- blocks of prose ------------------------------------------------------------------


def _sentence(text: str) -> str:
    text = text.strip()
    return text if text[-1:] in ".?!" else text + "."


def prose_blocks() -> Iterator[tuple[str, str]]:
    """(where, text) for every block a person reads as prose.

    A block is an intro, a help text or an option (its label, detail and example read
    together, as they are shown together). Short labels such as titles and prompts are
    covered by the completeness tests, not by reading ease, which needs sentences.
    """
    yield "guide.skip_note", guide.skip_note
    for situation in guide.situations:
        yield f"situation {situation.id}", " ".join(
            _sentence(t) for t in (situation.text, situation.detail) if t
        )
    for step in guide.steps:
        yield f"{step.id}.intro", step.intro
        for q in step.questions:
            if q.help:
                yield f"{step.id}.{q.id}.help", q.help
            for starter in q.starters:
                yield f"{step.id}.{q.id}.starter", _sentence(starter)
            for opt in q.options:
                yield f"{step.id}.{q.id}.{opt.id}", " ".join(
                    _sentence(t) for t in (opt.text, opt.detail, opt.example) if t
                )
                if opt.note:
                    yield f"{step.id}.{q.id}.{opt.id}.note", opt.note
    for card in cards:
        yield f"rights/{card.id}.intro", card.intro
        yield f"rights/{card.id}.note", card.note
        for section in card.sections:
            for i, point in enumerate(section.points):
                yield f"rights/{card.id}.{section.id}[{i}]", point
        for moment, note in card.timing.items():
            yield f"rights/{card.id}.timing.{moment}", note
        yield f"rights/{card.id}.provenance", " ".join(
            (card.reviewed_by, card.review_method, card.update_policy))
    for step in guide.steps:
        for i, point in enumerate(step.evidence):
            yield f"{step.id}.evidence[{i}]", point.text
    for line in support.lines:
        yield f"support.{line.regions[0]}", line.text
        if line.emergency:
            yield f"support.{line.regions[0]}.emergency", line.emergency
    yield "about.intro", about.intro
    yield "about.overdue", about.overdue
    for heading, text in about.sections:
        yield f"about.{heading}", text
    yield "together.intro", supporter.intro
    yield "together.closing", supporter.closing
    for p in supporter.principles:
        yield f"together.{p.id}", p.text
    for step_id, questions in supporter.step_questions.items():
        for i, question in enumerate(questions):
            yield f"together.{step_id}[{i}]", question


BLOCKS = list(prose_blocks())


@pytest.mark.parametrize("where,text", BLOCKS, ids=[w for w, _ in BLOCKS])
def test_every_block_reads_plainly(where, text):
    textstat.set_lang("en_US")
    score = textstat.flesch_reading_ease(text)
    assert score >= MIN_READING_EASE, f"{where} reads at {score:.0f}: {text!r}"


def test_the_words_read_easily_on_the_whole():
    textstat.set_lang("en_US")
    median = statistics.median(textstat.flesch_reading_ease(text) for _, text in BLOCKS)
    assert median >= MIN_MEDIAN_READING_EASE, median


def test_blocks_cover_the_guide():
    # Guards the block walk itself: if it silently found nothing, the test above would pass.
    assert len(BLOCKS) > 250
    assert sum(1 for w, _ in BLOCKS if w.startswith("rights/")) > 60


# -- nothing tells the person what to do -------------------------------------------------

_DISCLOSE = (
    r"(tell|disclose|share|mention|reveal|say|hide|admit|keep (it|this) (private|secret|quiet))"
)
DIRECTIVE_PATTERNS = [
    re.compile(p)
    for p in (
        r"\byou\s+(really\s+)?(should|shouldn't|should not|ought to|must|mustn't|must not|"
        r"need to|needn't|have to|had better|'d better|are advised to|are encouraged to)"
        r"(?=\s+\w)",
        r"\b(we|i)\s+(would\s+|strongly\s+)?(recommend|suggest|advise|urge|encourage)\b",
        r"\bit('s|\s+is|\s+would\s+be)\s+(always\s+|usually\s+|often\s+)?"
        r"(best|better|wiser|safer|smarter|advisable|wise|sensible|a good idea|a bad idea)\s+"
        r"(not\s+)?to\b",
        rf"\b(don't|do not|never|always)\s+{_DISCLOSE}\b",
        rf"(^|[.!?]\s+)(just\s+)?{_DISCLOSE}\s+(it|them|him|her|your|my|this|that|everything|"
        r"nothing|only|the|what|now|later)\b",
        r"\bthe\s+(best|right|correct|safest|smartest|wisest|wrong)\s+"
        r"(choice|option|thing|move|decision|answer)\b",
        rf"\b(make sure|be sure|remember)\s+(you\s+|to\s+)+{_DISCLOSE}\b",
        r"\byou('d|\s+would)\s+be\s+(better off|wise|smart|foolish|silly|mad)\b",
        r"\b(disclosing|disclosure|telling|being open|keeping it private|not telling|openness)\s+"
        r"is\s+(always\s+|never\s+|usually\s+)?(the\s+)?"
        r"(best|better|right|wrong|a mistake|safer|smarter|wiser)\b",
    )
]


def _sentences(text: str) -> list[str]:
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    return [s.strip().lower() for s in re.split(r"(?<=[.!?])\s+|\n\s*\n", text) if s.strip()]


def is_directive(text: str) -> bool:
    return any(p.search(s) for s in _sentences(text) for p in DIRECTIVE_PATTERNS)


def _strings(node) -> Iterator[str]:
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for value in node.values():
            yield from _strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from _strings(value)


ALL_CONTENT_FILES = sorted(CONTENT.rglob("*.toml"))


@pytest.mark.parametrize(
    "phrase",
    [
        "You should disclose at interview.",
        "You must tell your manager.",
        "Don't tell anyone at work.",
        "You need to disclose this on the form.",
        "It is best to wait until after the offer.",
        "We recommend telling HR.",
        "It's better not to mention it.",
        "Never disclose a diagnosis.",
        "Tell them everything on day one.",
        "Keeping it private is the safest choice.",
        "Make sure you tell occupational health.",
        "Telling is always the right thing.",
        "You\u2019d be better off saying nothing.",
        "If you ask me, you have to tell them.",
    ],
)
def test_directive_check_catches_directive_phrases(phrase):
    assert is_directive(phrase)


@pytest.mark.parametrize(
    "phrase",
    [
        "You do not have to tell anyone.",
        "Keeping it private is your right.",
        "You can choose not to answer it.",
        "It is your choice, and you can change it later.",
        "No law makes you bring it up.",
        "I would like this to stay between us.",
        "Notes, so you can check back when you need to.",
    ],
)
def test_directive_check_lets_choices_through(phrase):
    assert not is_directive(phrase)


@pytest.mark.parametrize(
    "path", ALL_CONTENT_FILES, ids=[str(p.relative_to(CONTENT)) for p in ALL_CONTENT_FILES]
)
def test_no_sentence_tells_the_person_what_to_do(path):
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    bad = [s for text in _strings(data) for s in _sentences(text) if is_directive(s)]
    assert not bad, f"{path.name} tells the person what to do: {bad}"


def test_content_speaks_of_prejudice_and_discrimination_not_stigma():
    for name in OWN_FILES:
        text = (CONTENT / name).read_text(encoding="utf-8").lower()
        assert "stigma" not in text, name


# -- completeness ---------------------------------------------------------------------------


def test_steps_are_the_five_ws_and_how_then_decision_pages():
    assert [s.id for s in guide.walk_steps] == ["why", "who", "what", "when", "where", "how"]
    assert [s.id for s in guide.steps] == [
        "why", "who", "what", "when", "where", "how",
        "decision", "sure", "checklist", "followup",
    ]


@pytest.mark.parametrize("step", guide.steps, ids=[s.id for s in guide.steps])
def test_every_step_question_and_option_has_text(step):
    assert step.title and step.intro
    for q in step.questions:
        assert q.prompt.strip(), f"{step.id}.{q.id} has no prompt"
        assert q.help.strip(), f"{step.id}.{q.id} has no help text"
        if q.kind in (Kind.SINGLE, Kind.MULTI, Kind.WEIGHTED):
            assert q.options, f"{step.id}.{q.id} has no options"
        if q.kind in (Kind.RATING, Kind.WEIGHTED):
            assert len(q.scale) >= 3 and all(label.strip() for label in q.scale)
        for opt in q.options:
            assert opt.text.strip(), f"{step.id}.{q.id}.{opt.id} has no text"
            assert opt.detail.strip(), f"{step.id}.{q.id}.{opt.id} has no detail"


def test_shared_words_are_there():
    assert guide.not_sure_text == "Not sure yet"
    assert guide.own_words_text and guide.skip_note


def test_situations_cover_the_issue():
    assert [s.id for s in guide.situations] == [
        "applying", "starting", "current_job", "peer_role", "volunteering_study", "personal_life",
    ]


# -- balance of reasons ----------------------------------------------------------------------


def _words(text: str) -> int:
    return len(text.split())


def test_reasons_for_and_against_are_balanced():
    why = guide.step("why")
    sides = {q.side: q for q in why.questions if q.side}
    pros, cons = sides["for"].options, sides["against"].options
    assert abs(len(pros) - len(cons)) <= 1
    assert len(pros) >= 6

    def average(options) -> float:
        return sum(_words(f"{o.text} {o.detail}") for o in options) / len(options)

    a, b = average(pros), average(cons)
    assert abs(a - b) / max(a, b) <= 0.3, (a, b)
    assert sides["for"].allow_own and sides["against"].allow_own


def test_needs_at_work_note_some_support_without_disclosing():
    needs = guide.question("why", "needs_at_work")
    assert needs is not None and needs.allow_own
    assert "without" in needs.help and "saying why" in needs.help
    without = [o for o in needs.options if o.often_without_disclosing]
    assert 3 <= len(without) < len(needs.options)


# -- particular steps ---------------------------------------------------------------------------


def test_who_asks_about_each_person():
    who = guide.step("who")
    people = who.question("people")
    for needed in ("line_manager", "hr", "occupational_health", "interviewer",
                   "trusted_colleague", "supervisor", "union_rep", "team", "people_supported"):
        assert people.option(needed), needed
    per_person = {q.id for q in who.questions if q.repeat_for == "people"}
    assert {"how_they_treat_others", "test_the_water", "trust"} <= per_person


def test_what_runs_from_need_only_to_story():
    how_much = guide.question("what", "how_much")
    assert how_much.option_ids == (
        "nothing", "need_only", "health_condition", "general", "diagnosis", "story")
    assert all(o.example for o in how_much.options)
    assert guide.question("what", "openness").option_ids[0] == "private"


def test_when_has_rules_for_each_moment_in_each_region():
    moments = guide.question("when", "moments")
    for needed in ("application_form", "at_interview", "after_offer", "first_weeks",
                   "when_need_arises", "at_review", "not_now", "never", "not_this_job",
                   "ask_without_reason", "outside_work_only", "words_ready"):
        assert moments.option(needed), needed
    for opt in moments.options:
        for card in cards:
            assert card.timing_note(opt.id), f"{card.id} says nothing about {opt.id}"
            assert opt.region_notes[card.id] == card.timing_note(opt.id)
        assert opt.region_note("atlantis") == card_for_region(None).timing_note(opt.id)
    for card in cards:
        assert set(card.timing) == set(moments.option_ids), card.id


def test_where_says_what_gets_written_down():
    settings = guide.question("where", "settings")
    for needed in ("in_person", "in_writing", "on_a_form", "occupational_health",
                   "supervision", "with_someone", "team_setting"):
        assert settings.option(needed), needed
    assert all(o.note for o in settings.options)


def test_how_has_five_script_parts_with_starters_and_a_plan_for_afterwards():
    how = guide.step("how")
    script = [q for q in how.questions if q.starters]
    assert [q.id for q in script] == [
        "opening", "want_to_know", "what_i_need", "kept_private", "how_you_can_help",
    ]
    assert all(len(q.starters) >= 3 for q in script)
    ids = {q.id for q in how.questions}
    assert {"rehearsal", "afterwards_who", "afterwards_self"} <= ids


def test_decision_options_match_the_model():
    decision = guide.step("decision")
    assert decision.question("decision").option_ids == tuple(d.value for d in Decision)
    assert decision.question("decision").plan_field == "decision"
    assert decision.question("revisit_on").kind is Kind.DATE
    assert set(guide.status_labels) == {s.value for s in PlanStatus}
    assert guide.status_label(PlanStatus.REVISIT_DUE.value) == \
        content.load("guide/decision")["status"]["revisit_due"]


def test_sure_has_the_four_questions():
    sure = guide.step("sure")
    assert [q.id for q in sure.questions] == ["sure", "understand", "risk_benefit", "encouragement"]
    assert all(q.kind is Kind.YES_NO for q in sure.questions)
    assert "Ottawa" in sure.source and "\n" not in sure.source
    assert all(not s.source for s in guide.steps if s.id != "sure")


def test_checklist_holds_the_signs_of_a_place_that_values_lived_experience():
    ids = {q.id for q in guide.step("checklist").questions}
    assert {
        "roles_at_every_level", "fair_pay", "trained_supervisors", "support_start_to_end",
        "real_co_production", "responds_to_discrimination", "shared_power", "harm_watched",
        "trained_not_rubber_stamp", "once_received_care",
    } <= ids


def test_followup_reflection_takes_prejudice_seriously():
    followup = guide.step("followup")
    assert followup.question("happened_on").plan_field == "happened_on"
    assert "not your fault" in followup.question("facts").help


# -- rights cards ------------------------------------------------------------------------------


@pytest.mark.parametrize("card", cards, ids=[c.id for c in cards])
def test_rights_card_is_dated_sourced_and_not_legal_advice(card):
    assert card.last_reviewed == LAST_REVIEWED
    assert card.next_review is not None and card.next_review > card.last_reviewed
    assert card.reviewed_by and card.review_method and card.update_policy
    assert "information, not legal advice" in card.note.lower()
    assert card.sources
    for source in card.sources:
        assert source.title.strip()
        assert source.url.startswith("https://")
    assert card.sections and all(s.heading and s.points for s in card.sections)


@pytest.mark.parametrize("card", [c for c in cards if not c.is_fallback],
                         ids=[c.id for c in cards if not c.is_fallback])
def test_every_claim_names_the_source_it_was_checked_against(card):
    for section in card.sections:
        for item in section.items:
            assert card.sources_for(item), f"{card.id}.{section.id}: {item.text}"
    for moment, text in card.timing.items():
        assert text and card.timing_sources[moment], f"{card.id}.timing.{moment}"
    # Every source listed is used by at least one claim.
    used = {i for s in card.sections for item in s.items for i in item.sources}
    used |= {i for ids in card.timing_sources.values() for i in ids}
    assert used == {s.id for s in card.sources}, card.id


def test_a_claim_without_a_source_is_refused():
    from disclosure_helper.content import ContentError
    from disclosure_helper.rights import _card

    data = {
        "id": "x", "name": "X", "title": "T", "intro": "I", "note": "N",
        "last_reviewed": "2026-11-26", "next_review": "2027-05-26",
        "reviewed_by": "Us", "review_method": "By hand", "update_policy": "Often",
        "sources": [{"id": "a", "title": "A", "url": "https://a"}],
        "sections": [{"id": "s", "heading": "H", "points": [{"text": "A claim."}]}],
    }
    with pytest.raises(ContentError):
        _card("x", data)
    data["sections"][0]["points"][0]["source"] = "b"
    with pytest.raises(ContentError):
        _card("x", data)
    data["sections"][0]["points"][0]["source"] = "a"
    assert _card("x", data).sections[0].items[0].sources == ("a",)
    data["next_review"] = "2026-01-01"
    with pytest.raises(ContentError):
        _card("x", data)


def test_a_card_past_its_next_review_says_so():
    card = card_for_region("us")
    assert not card.is_past_review(card.next_review)
    assert card.is_past_review(card.next_review + timedelta(days=1))
    note = about.overdue_note("26 May 2027")
    assert "26 May 2027" in note and "{date}" not in note


def test_about_this_content_names_authors_funding_and_conflicts():
    text = " ".join(f"{h} {t}" for h, t in about.sections).lower()
    for needed in ("who wrote it", "who paid", "no one paid", "conflicts of interest",
                   "not lawyers", "every six months"):
        assert needed in text, needed


def test_rights_cards_cover_six_countries_and_elsewhere():
    assert [c.id for c in cards] == ["us", "uk", "ca", "au", "ie", "nz", "elsewhere"]
    assert card_for_region("uk").id == "uk"
    assert card_for_region("nz").id == "nz"
    assert card_for_region(None).is_fallback
    assert card_for_region("atlantis").id == "elsewhere"
    section_ids = {c.id: [s.id for s in c.sections] for c in cards}
    for new in ("ca", "au", "ie", "nz"):
        assert section_ids[new] == [
            "disability", "questions", "adjustments", "telling_rules", "privacy",
            "unfair_treatment", "time_limits",
        ], new


def _card_text(card) -> str:
    parts = [card.intro, *(p for s in card.sections for p in s.points), *card.timing.values()]
    return " ".join(parts)


def test_us_card_holds_the_key_facts():
    card = card_for_region("us")
    text = _card_text(card)
    for fact in ("15 or more staff", "before a job offer", "medical exam",
                 "everyone starting the same kind of job", "separate file", "Job Accommodation",
                 "last for good, or be severe", "record of a disability", "think you have one",
                 "45 days", "180 days", "300 days", "12 weeks", "50 or more staff",
                 "5 or more staff", "all employers", "qualified", "undue hardship",
                 "may choose which one", "safety duties"):
        assert fact in text, fact
    assert "limits a big part of life a lot" not in text
    assert "The only limit is" not in text
    urls = " ".join(s.url for s in card.sources)
    assert "askjan.org" in urls and "psychiatric-disabilities" in urls
    assert "contacting-eeo-counselor" in urls and "fmla" in urls


def test_uk_card_holds_the_key_facts():
    card = card_for_region("uk")
    text = _card_text(card)
    for fact in ("section 60", "Section 20", "section 6", "Section 15", "Section 19",
                 "Access to Work", "Mental Health Support Service", "Northern Ireland",
                 "special category data", "a year", "more than minor or trivial",
                 "three months, less one day", "six months", "October 2026",
                 "26 November 2026", "12 weeks", "1 December 2025", "Acas",
                 "Equality Advisory and Support Service", "never allowed",
                 "no ban on health questions", "no rule like section 15", "safety duties",
                 "made a complaint under the Act"):
        assert fact in text, fact
    for wrong in ("a big effect", "a big disadvantage", "unless they can show it is fair",
                  "And it protects you if you raise a concern"):
        assert wrong not in text, wrong
    titles = " ".join(s.title for s in card.sources)
    for needed in ("section 60", "section 20", "section 15", "section 19", "section 123",
                   "Employment Rights Act 2025", "2025/1153"):
        assert needed in titles, needed


@pytest.mark.parametrize("region,facts", [
    ("ca", ("Canadian Human Rights Act", "undue hardship", "one year", "province")),
    ("au", ("Disability Discrimination Act", "Fair Work", "21 days", "24 months",
            "Human Rights Commission")),
    ("ie", ("Employment Equality Acts", "WRC", "six months", "twelve months")),
    ("nz", ("Human Rights Act", "Human Rights Commission", "personal grievance", "90 days")),
])
def test_new_country_cards_hold_the_key_facts(region, facts):
    text = _card_text(card_for_region(region))
    for fact in facts:
        assert fact in text, fact


def test_elsewhere_card_lists_questions_and_kinds_of_bodies():
    card = card_for_region("elsewhere")
    questions = next(s for s in card.sections if s.id == "questions").points
    assert len(questions) >= 8 and all(q.endswith("?") for q in questions)
    bodies = " ".join(next(s for s in card.sections if s.id == "bodies").points).lower()
    for kind in ("human rights", "labour", "tribunal", "privacy", "employment service"):
        assert kind in bodies, kind


def test_no_timing_note_leans_on_a_one_sided_but():
    for card in cards:
        for moment, note in card.timing.items():
            assert not re.search(r"(^|[.!?]\s+)But\b", note), f"{card.id}.{moment}"


# -- support lines ----------------------------------------------------------------------------

EXPECTED_NUMBERS = {"us": "988", "ca": "988", "uk": "116 123", "ie": "116 123",
                    "au": "13 11 14", "nz": "1737", "elsewhere": "local emergency number"}


@pytest.mark.parametrize("region", [c.id for c in cards])
def test_every_country_has_its_support_number(region):
    line = support.line_for(region)
    assert EXPECTED_NUMBERS[region] in line.text
    assert EXPECTED_NUMBERS[region] in line.short  # the one-line form carries it too
    assert line.checked == LAST_REVIEWED
    assert line.source_url.startswith("https://") and line.source_title
    if region != "elsewhere":
        assert line.emergency and any(ch.isdigit() for ch in line.emergency)


def test_support_line_is_offered_never_ordered():
    assert support.heading == "If today feels like too much"
    assert support.line_for("atlantis") == support.line_for("elsewhere")
    for line in support.lines:
        for sentence in _sentences(" ".join((line.text, line.emergency, line.short))):
            assert not re.match(r"(call|text|ring|phone|contact|reach out|get help)\b", sentence)


def test_support_line_depends_only_on_the_country():
    import inspect

    from disclosure_helper import support as support_module

    assert list(inspect.signature(support.line_for).parameters) == ["region"]
    source = inspect.getsource(support_module)
    assert "journal" not in source and "mood" not in source


# -- no quiet steering -------------------------------------------------------------------------


def _sides(question):
    return Counter(o.side for o in question.options if o.side)


@pytest.mark.parametrize("step_id,question_id", [("when", "moments"), ("what", "openness")])
def test_choices_to_tell_and_to_keep_private_are_balanced(step_id, question_id):
    question = guide.question(step_id, question_id)
    sides = _sides(question)
    assert set(sides) == {"tell", "private"}
    assert abs(sides["tell"] - sides["private"]) <= 1, sides
    if step_id == "when":
        # Each moment says what there is to gain and what to weigh, whichever way it leans.
        assert all(o.note for o in question.options)
        tell = [o for o in question.options if o.side == "tell"]
        private = [o for o in question.options if o.side == "private"]

        def average(options) -> float:
            return sum(_words(o.note) for o in options) / len(options)

        assert abs(average(tell) - average(private)) / max(average(tell), average(private)) < 0.25


def test_no_one_and_nothing_are_choices():
    people = guide.question("who", "people")
    assert people.option("no_one") and people.option("no_one").exclusive
    assert guide.question("what", "how_much").option("nothing")


def test_ottawa_pressure_question_is_asked_with_room_to_say_who():
    decision = guide.step("decision")
    pressure = decision.question("pressure")
    assert pressure.prompt == "Is anyone pressuring you to tell, or not to tell?"
    assert {"no", "to_tell", "not_to_tell"} <= set(pressure.option_ids)
    assert decision.question("pressure_who").kind is Kind.TEXT
    assert pressure.plan_field is None  # kept with the plan's answers, no new column


def test_evidence_on_how_telling_goes_is_sourced_and_balanced():
    why = guide.step("why")
    assert why.evidence_heading and len(why.evidence) >= 4
    titles = " ".join(r.title for p in why.evidence for r in p.sources)
    assert "CORAL" in titles and "READY" in titles
    for point in why.evidence:
        assert point.sources and all(r.url.startswith("https://") for r in point.sources)
    text = " ".join(p.text for p in why.evidence).lower()
    assert "discrimination" in text and "told" in text and "not" in text


def test_after_shift_asks_rather_than_answers():
    from disclosure_helper.templates import builtin_templates

    after = next(t for t in builtin_templates() if t.id == "after_shift")
    note = after.field("me_or_system").note
    assert "not about me" not in note.lower()
    assert note.rstrip().endswith("?")


def test_reasons_do_not_put_culture_change_on_the_person():
    reason = guide.question("why", "reasons_for").option("easier_for_others")
    assert "make it easier for others" not in reason.text.lower()
    assert "never your job" in reason.detail


# -- fitting the situation ---------------------------------------------------------------------


def test_openers_fit_where_the_words_will_be_given():
    opening = guide.question("how", "opening")
    assert set(opening.starter_sets) == {"spoken", "written"}
    assert all(len(v) >= 3 for v in opening.starter_sets.values())

    def groups(where):
        return [heading for heading, _ in guide.starters_for(
            opening, {"where": {"settings": where}} if where else {})]

    spoken, written = guide.starter_modes["spoken"], guide.starter_modes["written"]
    assert groups(["in_writing"]) == [written]
    assert groups(["on_a_form"]) == [written]
    assert groups(["in_person", "phone_or_video"]) == [spoken]
    assert groups(["in_person", "in_writing"]) == [spoken, written]
    assert groups(None) == [spoken, written]
    assert groups([{"own": "a text message"}]) == [spoken, written]
    assert all(o.mode for o in guide.question("where", "settings").options)


def test_checklist_shows_signs_by_situation():
    step = guide.step("checklist")
    general = [q.id for q in step.questions if step.shows(q, "current_job", {})]
    peer = [q.id for q in step.questions if step.shows(q, "peer_role", {})]
    opened = [q.id for q in step.questions
              if step.shows(q, "applying", {"lived_experience_role": "yes"})]
    assert "fair_pay" not in general and "responds_to_discrimination" in general
    assert {"fair_pay", "shared_power", "trained_not_rubber_stamp", "once_received_care"} \
        <= set(peer)
    assert opened == peer
    assert "harm_watched" in general and "lived_experience_role" in general
    assert len(general) >= 7


# -- together mode ------------------------------------------------------------------------------


def test_supporter_guidance_is_complete():
    ids = [p.id for p in supporter.principles]
    assert ids == [
        "listen", "open_questions", "their_decision", "privacy_from_you",
        "take_it_seriously", "no_pressure",
    ]
    for step in guide.walk_steps:
        questions = supporter.questions_for(step.id)
        assert len(questions) >= 2 and all(q.endswith("?") for q in questions), step.id


def test_status_labels_are_checked_and_never_missing():
    from disclosure_helper.content import ContentError
    from disclosure_helper.guide import _status_labels

    assert _status_labels({"status": {"decided": "  Decided "}}, "where") == {"decided": "Decided"}
    assert _status_labels({}, "where") == {}
    with pytest.raises(ContentError):
        _status_labels({"status": {"decided": ""}}, "where")
    with pytest.raises(ContentError):
        _status_labels({"status": "Decided"}, "where")
    # A status the content has no words for still reads plainly.
    assert guide.status_label("some_new_status") == "Some new status"

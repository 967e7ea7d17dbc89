"""Invented journal entries for screenshots and manual checks (never real people's words).

    from tests.ui.journal_demo_data import fill_journal
    fill_journal(vault, entries=300)

Deterministic: the same seed gives the same journal, spread over recent months,
across every kind, with tags, strategies, linked plans and check-ins.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from disclosure_helper.journal import Entry

PLACES = ["the ward", "the team huddle", "the day room", "handover", "the staff kitchen",
          "a case review", "the corridor outside the office", "a group session", "supervision"]
ROLES = ["the shift lead", "a duty nurse", "the new psychiatrist", "J.R. from admin",
         "a senior colleague", "the team manager", "a visiting consultant", "M.K."]
HAPPENED = [
    "Handover ran long and nobody asked for my view on the two people I had sat with all week.",
    "A person I support had a really good day: we walked to the library and she signed up "
    "for the reading group.",
    "The team meeting talked about 'managing' people again, as if they were problems rather "
    "than neighbours.",
    "I was asked to cover the phones instead of running the group I had planned for a month.",
    "Someone made a joke about 'the patients running the place' while looking at me.",
    "I sat with a young man who had been waiting four hours. Mostly I just listened.",
    "My notes were checked twice by the shift lead, and nobody else's were.",
    "A quiet shift. I finished the resource folder and had time for proper conversations.",
    "The fire alarm went off during the group and it took a while to settle everyone.",
    "I shared a bit of my own story in the recovery group and three people stayed after.",
]
FELT = [
    "Tired behind the eyes, and a knot in my stomach on the way home.",
    "Angry at first, then flat. Later a bit proud that I kept my voice calm.",
    "Small. Then I remembered why I do this, and felt steadier.",
    "Warm. This is the part of the work I love.",
    "Jumpy and on edge for most of the afternoon.",
    "Relieved it was over, and worried about tomorrow.",
]
ME_OR_SYSTEM = [
    "Mostly the system: the rota is built around tasks, not people, and peer time is the first "
    "thing to go.",
    "The comment came from old beliefs about people with lived experience. That is not mine "
    "to carry.",
    "Some of it was mine. I could have asked for the room earlier. Most of it was the place.",
    "This was not about me. The same thing happened to my colleague last month.",
]
NEEDS = ["A long bath and an early night.", "Call Sam, who gets it.",
         "A walk before I go home.", "To write this down and then leave it here.",
         "Food, and a film that asks nothing of me.", "A word with my peer supervisor."]
MATTERED = ["I stayed with her until the taxi came.", "I said no to covering the extra hour.",
            "I explained what peer support is to the new student.",
            "I noticed the person by the window and made tea.",
            "I kept my own recovery plan in mind all day."]
INCIDENTS = [
    ("Comment in the team meeting",
     "When I raised a concern about a discharge plan, the shift lead said 'let's hear from the "
     "professionals first' and moved on. Two colleagues looked at me and said nothing."),
    ("Records opened without reason",
     "I was told by a colleague that my old case file had been opened by someone on the team. "
     "I have no care relationship with them."),
    ("Left out of the rota discussion",
     "Peer support hours were cut from the rota for next month. I was not told until the rota "
     "was published, although every other role was asked."),
    ("Remark at handover",
     "At handover a colleague said 'careful, she might relapse if we push her too hard' about "
     "me, in front of two students."),
    ("Training place withdrawn",
     "My place on the de-escalation course was given to someone else. The reason given was "
     "'it may be too triggering for you'."),
]
REFLECTIONS = [
    ("Saying no", "I said no to an extra shift for the first time.",
     "It mattered because I usually say yes and then feel resentful.",
     "Notice the feeling earlier and say no sooner, kindly."),
    ("What peer work is", "A student asked me what I actually do all day.",
     "I struggled to explain it, which made me realise I undersell it.",
     "Write three sentences I can use next time."),
    ("A good group", "The Thursday group was full and warm.",
     "People shared more when I shared a little first.", "Keep the opening round short."),
]
FREE = [
    ("Sunday thoughts", "Long walk by the river. Thinking about whether this job is still the "
     "right one. Some days it is so clearly worth it. Other days I come home hollow."),
    ("Note to self", "Remember the woman from last spring who came back to say thank you. "
     "That is what this is for."),
    ("", "Couldn't sleep. Writing so the thoughts have somewhere to go. Tomorrow is a new rota "
     "and I am nervous about the changes."),
]
FOLLOWUPS = [
    ("told_part", "my manager", "I told her I have a long-term health condition and sometimes "
     "need flexible starts. I did not go into details.", "She listened and asked what would "
     "help. She wants to put it in writing."),
    ("not_told", "the new team", "I decided not to say anything in the introductions.",
     "", ),
    ("ahead", "HR", "I have a meeting booked for next week about reasonable adjustments.", ""),
]
TAGS = ["night shift", "team meeting", "handover", "group work", "supervision", "rota",
        "good day", "tired", "colleagues", "training", "self-care", "ward"]
STRATEGIES = ["sought_support", "confronted", "educated", "advocated", "reinforced_value",
              "boundary", "stepped_away"]


def _moment(rng: random.Random, now: datetime, days_back: int) -> datetime:
    base = now - timedelta(days=days_back)
    return base.replace(hour=rng.choice([7, 8, 13, 16, 18, 21, 22]),
                        minute=rng.choice([0, 10, 25, 40, 55]), second=0, microsecond=0)


def demo_entries(count: int = 300, seed: int = 7, now: datetime | None = None,
                 plan_ids: list[int] | None = None) -> list[Entry]:
    rng = random.Random(seed)
    now = now or datetime.now().astimezone()
    span = 300
    entries: list[Entry] = []
    for _ in range(count):
        days_back = int(rng.random() ** 1.3 * span)
        at = _moment(rng, now, days_back)
        roll = rng.random()
        tags = rng.sample(TAGS, rng.choice([0, 1, 1, 2, 2, 3]))
        if roll < 0.45:
            # Harder months show in the numbers: a gentle dip around four months ago.
            dip = 1 if 100 < days_back < 150 else 0
            mood = max(1, min(5, rng.choice([2, 3, 3, 4, 4, 5]) - dip))
            energy = max(1, min(5, rng.choice([2, 3, 3, 4]) - dip))
            stress = max(1, min(5, rng.choice([2, 3, 3, 4]) + dip))
            note = rng.choice(["", "", "Slept badly.", "Good talk with Sam.", "Busy ward.",
                               "Quiet day off.", "🙂 better than expected"])
            entries.append(Entry(kind="checkin", body=note, tags=tags[:1], occurred_at=at,
                                 fields={"mood": mood, "energy": energy, "stress": stress}))
        elif roll < 0.70:
            prejudice = rng.choice(["yes", "yes", "not_sure", "no"])
            picked = rng.sample(STRATEGIES, rng.choice([1, 1, 2, 3]))
            fields = {"felt": rng.choice(FELT), "prejudice": prejudice, "strategies": picked,
                      "need_now": rng.choice(NEEDS), "mattered": rng.choice(MATTERED)}
            if prejudice != "no":
                fields["me_or_system"] = rng.choice(ME_OR_SYSTEM)
            entries.append(Entry(kind="after_shift", title=rng.choice(
                ["Long shift", "Hard handover", "After the meeting", "Thursday", "Late one",
                 "A better day", "Tired but OK"]), body=rng.choice(HAPPENED), fields=fields,
                tags=tags, occurred_at=at))
        elif roll < 0.78:
            title, what = rng.choice(INCIDENTS)
            entries.append(Entry(kind="incident", title=title, body=what, occurred_at=at,
                                 tags=["record", *tags[:1]], fields={
                                     "where": rng.choice(PLACES), "who": rng.choice(ROLES),
                                     "witnesses": rng.choice(["Two students", "None", "A.B."]),
                                     "affect": rng.choice(FELT),
                                     "response": "I wrote it down the same day and told my "
                                                 "peer supervisor.",
                                     "want": rng.choice(["For it to stop.",
                                                         "A record kept, for now.",
                                                         "An apology, and training for the "
                                                         "team."])}))
        elif roll < 0.86:
            title, what, so_what, now_what = rng.choice(REFLECTIONS)
            entries.append(Entry(kind="reflection", title=title, body=what, tags=tags,
                                 occurred_at=at,
                                 fields={"so_what": so_what, "now_what": now_what}))
        elif roll < 0.95 or not plan_ids:
            title, text = rng.choice(FREE)
            entries.append(Entry(kind="free", title=title, body=text, tags=tags, occurred_at=at))
        else:
            outcome, who, how, response = rng.choice(FOLLOWUPS)
            fields = {"outcome": outcome, "who": who}
            if response:
                fields["response"] = response
            entries.append(Entry(kind="disclosure_followup", title=f"Talking to {who}",
                                 body=how, plan_id=rng.choice(plan_ids), occurred_at=at,
                                 fields=fields, tags=tags[:1]))
    return entries


def fill_journal(vault, entries: int = 300, seed: int = 7) -> list[int]:
    """Add a demo journal (and two plans to link to, one later deleted)."""
    plan_ids: list[int] = []
    try:
        kept = vault.plans.create("Telling my manager", "current_job", "uk")
        gone = vault.plans.create("Telling the new team", "starting", "uk")
        plan_ids = [kept.id, gone.id]
    except Exception:  # noqa: BLE001 - demo data still works without plans
        plan_ids = []
    ids = vault.journal.add_many(demo_entries(entries, seed, plan_ids=plan_ids))
    if len(plan_ids) == 2:
        vault.plans.delete(plan_ids[1])
    return ids

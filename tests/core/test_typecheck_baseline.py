"""The type-check baseline only shrinks: new errors fail, fixed ones must leave it."""

from __future__ import annotations

from collections import Counter

from tests import typecheck

REPORT = """\
disclosure_helper/plans.py:447: error: Function "list" is not valid as a type  [valid-type]
disclosure_helper/ui/home/page.py:12:5: error: Item "None" has no attribute "x"  [union-attr]
disclosure_helper/ui/home/page.py:90: note: see https://mypy.readthedocs.io
disclosure_helper/ui/home/page.py:30: error: Item "None" has no attribute "x"  [union-attr]
"""


def test_the_report_is_read_without_line_numbers_and_with_repo_paths():
    found = typecheck.parse(REPORT)
    assert found == Counter({
        'disclosure_helper/plans.py: Function "list" is not valid as a type  [valid-type]': 1,
        'ui/home/page.py: Item "None" has no attribute "x"  [union-attr]': 2,
    })
    assert typecheck.counts(found.elements()) == (1, 2)


def test_a_new_error_fails_even_where_the_same_one_is_known(tmp_path):
    baseline = tmp_path / "baseline.txt"
    known = typecheck.parse(REPORT)
    typecheck.write_baseline(known, baseline)
    assert typecheck.read_baseline(baseline) == known
    more = known + Counter({'ui/home/page.py: Item "None" has no attribute "x"  [union-attr]': 1})
    new, gone = typecheck.compare(more, typecheck.read_baseline(baseline))
    assert new == ['ui/home/page.py: Item "None" has no attribute "x"  [union-attr]']
    assert gone == []


def test_a_fixed_error_must_leave_the_baseline(tmp_path):
    baseline = tmp_path / "baseline.txt"
    typecheck.write_baseline(typecheck.parse(REPORT), baseline)
    fewer = typecheck.parse(REPORT.splitlines()[0])
    new, gone = typecheck.compare(fewer, typecheck.read_baseline(baseline))
    assert new == []
    assert gone == ['ui/home/page.py: Item "None" has no attribute "x"  [union-attr]'] * 2


def test_the_core_checks_cleanly():
    """The core has no known type errors left, and none may come back into the baseline."""
    core = [line for line in typecheck.read_baseline().elements()
            if not line.startswith("ui/")]
    assert core == []

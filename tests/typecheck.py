"""Type-check the core and the UI with mypy against a baseline that may only shrink.

    python tests/typecheck.py            # what `make test` runs: fails on any new error,
                                         # and on any baselined error that is now fixed
    python tests/typecheck.py --update   # rewrite the baseline after fixing errors

The UI is installed as `disclosure_helper.ui` from the `ui/` folder (see setup.py), which
mypy cannot follow through an editable install. So the check runs over a tree of links
that lays the source out as it is installed, and reports paths as they are in the repo.

The baseline holds one line per known error, without its line number (which moves
whenever code above it changes): "path: message  [code]". Errors are compared as a
multiset, so a second copy of a known error in the same file is new.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import sys
import tempfile
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BASELINE = ROOT / "tests" / "typecheck_baseline.txt"
PACKAGE = "disclosure_helper"
UI = "ui"

_ERROR = re.compile(r"^(?P<path>[^:\n]+\.pyi?):\d+(?::\d+)?: error: (?P<text>.*)$")


def layout_tree(root: Path, tree: Path) -> None:
    """Lay `disclosure_helper/` out under `tree` as it is installed, with `ui/` inside."""
    if tree.exists():
        shutil.rmtree(tree)
    package = tree / PACKAGE
    package.mkdir(parents=True)
    for child in sorted((root / PACKAGE).iterdir()):
        if child.name != "__pycache__":
            os.symlink(child, package / child.name)
    os.symlink(root / UI, package / UI)


def repo_path(path: str) -> str:
    """disclosure_helper/ui/x.py -> ui/x.py; core paths stay as they are."""
    path = path.replace(os.sep, "/")
    prefix = f"{PACKAGE}/{UI}/"
    return UI + "/" + path[len(prefix):] if path.startswith(prefix) else path


def parse(report: str) -> Counter[str]:
    """mypy's report as baseline lines (path without line number, message, code)."""
    found: Counter[str] = Counter()
    for line in report.splitlines():
        match = _ERROR.match(line.strip())
        if match:
            found[f"{repo_path(match['path'])}: {match['text']}"] += 1
    return found


def read_baseline(path: Path = BASELINE) -> Counter[str]:
    if not path.exists():
        return Counter()
    lines = path.read_text(encoding="utf-8").splitlines()
    return Counter(line for line in lines if line.strip() and not line.startswith("#"))


def write_baseline(errors: Counter[str], path: Path = BASELINE) -> None:
    header = ("# Known type errors (tests/typecheck.py). This list may only shrink: a new\n"
              "# error fails `make test`, and so does an error listed here once it is fixed\n"
              "# (remove its line, or run `python tests/typecheck.py --update`).\n")
    lines = sorted(errors.elements())
    path.write_text(header + "".join(line + "\n" for line in lines), encoding="utf-8")


def compare(found: Counter[str], baseline: Counter[str]) -> tuple[list[str], list[str]]:
    """(new errors, baselined errors that are gone), each sorted."""
    new = sorted((found - baseline).elements())
    gone = sorted((baseline - found).elements())
    return new, gone


def counts(errors: Iterable[str]) -> tuple[int, int]:
    """(core, ui) error counts."""
    core = ui = 0
    for line in errors:
        if line.startswith(UI + "/"):
            ui += 1
        else:
            core += 1
    return core, ui


def run_mypy(tree: Path) -> str:
    from mypy import api

    cache = ROOT / ".venv" / "mypy-cache" if (ROOT / ".venv").is_dir() else tree / "cache"
    stdout, stderr, status = api.run([
        "--config-file", str(ROOT / "pyproject.toml"),
        "--cache-dir", str(cache),
        "--python-executable", sys.executable,
        "--no-error-summary",
        "--no-pretty",
        "-p", PACKAGE,
    ])
    if status not in (0, 1):  # 2 means mypy itself could not run
        raise SystemExit(f"mypy could not run:\n{stdout}{stderr}")
    return stdout


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--update", action="store_true",
                        help="write the errors found now as the new baseline")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="dh-typecheck-") as folder:
        tree = Path(folder)
        layout_tree(ROOT, tree)
        cwd = Path.cwd()
        os.chdir(tree)  # mypy names files relative to where it runs
        try:
            found = parse(run_mypy(tree))
        finally:
            os.chdir(cwd)
    core, ui = counts(found.elements())
    print(f"mypy: {core} errors in the core, {ui} in the UI")
    if args.update:
        write_baseline(found)
        print(f"baseline written: {BASELINE.relative_to(ROOT)}")
        return 0
    new, gone = compare(found, read_baseline())
    if new:
        print(f"\n{len(new)} new type error(s); fix them (the baseline only shrinks):")
        print("\n".join("  " + line for line in new))
    if gone:
        print(f"\n{len(gone)} error(s) in {BASELINE.relative_to(ROOT)} are fixed; "
              "remove their lines (or run `python tests/typecheck.py --update`):")
        print("\n".join("  " + line for line in gone))
    return 1 if new or gone else 0


if __name__ == "__main__":
    sys.exit(main())

"""A feature package under ui/ never imports another feature package.

Each `ui/<feature>/` may import the core (`disclosure_helper.*` outside `ui`), the shared
widgets (`ui/widgets`, which holds the shared walk through a plan) and the
top-level `ui/*.py` modules: what two features need lives there, so changing one feature
never reaches into another. Imports are read with `ast`, relative ones included, and
wherever they stand (imports inside functions count too).
"""

from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "ui"
UI_PACKAGE = "disclosure_helper.ui"
# Packages under ui/ that every feature may use: shared pieces, not features.
SHARED = frozenset({"widgets"})


def imported_modules(source: str, module: str, is_package: bool) -> list[tuple[int, str]]:
    """(line, absolute module name) for every import in `source`, the module `module`."""
    package = module.split(".") if is_package else module.split(".")[:-1]
    out = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            out += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - (node.level - 1)]
                name = ".".join(base + ([node.module] if node.module else []))
            else:
                name = node.module or ""
            out.append((node.lineno, name))
            # `from disclosure_helper.ui import journal` names a package, not a thing in one.
            out += [(node.lineno, f"{name}.{alias.name}") for alias in node.names]
    return out


def violations(root: Path = UI) -> list[str]:
    """Every import from one ui feature package into another, as "file:line -> module"."""
    found = []
    for path in sorted(root.rglob("*.py")):
        relative = path.relative_to(root)
        if len(relative.parts) < 2 or relative.parts[0] in SHARED:
            continue  # top-level ui modules and shared packages are not features
        own = relative.parts[0]
        is_package = path.name == "__init__.py"
        dotted = [UI_PACKAGE, *relative.with_suffix("").parts]
        if is_package:
            dotted = dotted[:-1]
        seen: set[int] = set()
        for line, name in imported_modules(path.read_text("utf-8"), ".".join(dotted), is_package):
            other = _feature_in(name, root)
            if other is not None and other != own and line not in seen:
                seen.add(line)  # one report a statement
                found.append(f"ui/{relative.as_posix()}:{line} -> {name}")
    return found


def _feature_in(module: str, root: Path) -> str | None:
    parts = module.split(".")
    if parts[:2] != UI_PACKAGE.split(".") or len(parts) < 3:
        return None
    name = parts[2]
    if name in SHARED or not (root / name / "__init__.py").is_file():
        return None
    return name


def test_no_feature_package_imports_another():
    assert violations() == [], (
        "A ui feature imports another feature; move what both need to ui/widgets, "
        "a top-level ui module or the core:\n" + "\n".join(violations()))


def _tree(tmp_path: Path, files: dict[str, str]) -> Path:
    root = tmp_path / "ui"
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, "utf-8")
    return root


def test_the_check_finds_each_kind_of_crossing(tmp_path):
    root = _tree(tmp_path, {
        "__init__.py": "",
        "ops.py": "",
        "widgets/__init__.py": "",
        "widgets/plan_steps/__init__.py": "",
        "journal/__init__.py": "",
        "journal/look.py": "",
        "insights/__init__.py": "from ..journal.look import x\n",
        "insights/ok.py": (
            "from disclosure_helper.ui.widgets import label\n"
            "from disclosure_helper.ui.widgets.plan_steps import step_editor\n"
            "from disclosure_helper.ui import ops\n"
            "from disclosure_helper import journal\n"
            "from . import ok\n"
        ),
        "insights/absolute.py": "from disclosure_helper.ui.journal.look import x\n",
        "insights/plain.py": "import disclosure_helper.ui.journal.look\n",
        "insights/named.py": "from disclosure_helper.ui import journal\n",
        "insights/relative.py": "def later():\n    from ..journal import look\n",
    })
    found = violations(root)
    assert found == [
        "ui/insights/__init__.py:1 -> disclosure_helper.ui.journal.look",
        "ui/insights/absolute.py:1 -> disclosure_helper.ui.journal.look",
        "ui/insights/named.py:1 -> disclosure_helper.ui.journal",
        "ui/insights/plain.py:1 -> disclosure_helper.ui.journal.look",
        "ui/insights/relative.py:2 -> disclosure_helper.ui.journal",
    ]


def test_the_check_reads_relative_imports_from_where_they_stand():
    found = imported_modules("from ..widgets import label\nfrom . import view\n",
                             "disclosure_helper.ui.together.page", is_package=False)
    assert [name for _line, name in found] == [
        "disclosure_helper.ui.widgets", "disclosure_helper.ui.widgets.label",
        "disclosure_helper.ui.together", "disclosure_helper.ui.together.view",
    ]

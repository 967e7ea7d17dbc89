"""The core never loads Qt, and nothing anywhere imports a network module."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
NETWORK = ("urllib", "http", "socket", "requests", "httpx", "ftplib", "smtplib", "aiohttp",
           "PySide6.QtNetwork", "PySide6.QtWebEngineCore", "PySide6.QtWebSockets")


def test_importing_the_core_loads_no_qt():
    code = (
        "import sys, pkgutil, importlib, disclosure_helper\n"
        "for m in pkgutil.walk_packages(disclosure_helper.__path__, 'disclosure_helper.'):\n"
        "    if m.name.startswith(('disclosure_helper.ui', 'disclosure_helper.resources')):\n"
        "        continue\n"
        "    if m.name == 'disclosure_helper.__main__':\n"
        "        continue\n"
        "    importlib.import_module(m.name)\n"
        "print(sorted(n for n in sys.modules if n.startswith(('PySide6', 'shiboken6'))))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.append(node.module)
            names += [f"{node.module}.{a.name}" for a in node.names]
    return names


def test_no_network_modules_anywhere_in_the_app():
    offenders = []
    for folder in ("disclosure_helper", "ui"):
        for path in (ROOT / folder).rglob("*.py"):
            for name in _imports(path):
                if any(name == n or name.startswith(n + ".") for n in NETWORK):
                    offenders.append(f"{path.relative_to(ROOT)}: {name}")
    assert offenders == []


def test_the_core_source_never_imports_qt():
    offenders = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "disclosure_helper").rglob("*.py")
        if any(n.startswith(("PySide6", "shiboken6", "PyQt")) for n in _imports(path))
    ]
    assert offenders == []

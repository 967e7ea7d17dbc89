"""Loads the app's content text (TOML files under resources/content/<lang>/)."""

from __future__ import annotations

import sys
from functools import lru_cache
from importlib import resources

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

DEFAULT_LANGUAGE = "en"


class ContentError(Exception):
    """A content file is missing or malformed: a packaging fault, never the person's."""


def content_root(lang: str = DEFAULT_LANGUAGE):
    return resources.files("disclosure_helper.resources").joinpath("content", lang)


@lru_cache(maxsize=64)
def load(name: str, lang: str = DEFAULT_LANGUAGE) -> dict:
    """Return the parsed `<name>.toml`; `name` may contain '/' for subfolders."""
    node = content_root(lang)
    for part in f"{name}.toml".split("/"):
        node = node.joinpath(part)
    if not node.is_file():
        if lang != DEFAULT_LANGUAGE:
            return load(name, DEFAULT_LANGUAGE)
        raise ContentError(f"missing content file: {name}")
    try:
        return tomllib.loads(node.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ContentError(f"malformed content file {name}: {exc}") from None


def available(folder: str = "", lang: str = DEFAULT_LANGUAGE) -> list[str]:
    """Names (without .toml) of the content files in a folder, sorted.

    For a translation this includes the files not translated yet, which `load` reads in
    English, so a partly translated folder never loses a rights card or a template.
    """
    names = set(available(folder)) if lang != DEFAULT_LANGUAGE else set()
    node = content_root(lang)
    for part in filter(None, folder.split("/")):
        node = node.joinpath(part)
    if not node.is_dir():
        return sorted(names)
    prefix = f"{folder}/" if folder else ""
    names.update(
        prefix + item.name[: -len(".toml")]
        for item in node.iterdir()
        if item.name.endswith(".toml")
    )
    return sorted(names)

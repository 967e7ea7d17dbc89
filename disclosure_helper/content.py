"""Loads the app's content text (TOML files under resources/content/<lang>/)."""

from __future__ import annotations

import inspect
import sys
from collections.abc import Callable
from functools import lru_cache, wraps
from typing import TypeVar

from disclosure_helper.paths import resource_root

DEFAULT_LANGUAGE = "en"
F = TypeVar("F", bound=Callable)
# The language the person chose, set once at start (ui/i18n.py); loaders called without
# `lang` read it, so no screen or export can fall back to English by forgetting to ask.
_language = DEFAULT_LANGUAGE


class ContentError(Exception):
    """A content file is missing or malformed: a packaging fault, never the person's."""


def set_language(lang: str) -> None:
    """Make `lang` the content language for loaders not given one (English if not shipped)."""
    global _language
    _language = lang if lang in languages() else DEFAULT_LANGUAGE


def language() -> str:
    """The content language now in use."""
    return _language


def languages() -> list[str]:
    """The languages with content of their own (English always)."""
    root = resource_root().joinpath("content")
    return sorted({DEFAULT_LANGUAGE, *(n.name for n in root.iterdir() if n.is_dir()
                                       and n.name.isalpha())})


def per_language(func: F) -> F:
    """Cache a loader taking `lang` (None: the person's language) per resolved language,
    so a cached answer never stays in the language of whoever asked first."""
    cached = lru_cache(maxsize=16)(func)
    signature = inspect.signature(func)

    @wraps(func)
    def wrapper(*args, **kwargs):
        bound = signature.bind(*args, **kwargs)
        bound.apply_defaults()
        bound.arguments["lang"] = bound.arguments["lang"] or _language
        return cached(*bound.args, **bound.kwargs)

    wrapper.cache_clear = cached.cache_clear  # type: ignore[attr-defined]
    return wrapper  # type: ignore[return-value]


def content_root(lang: str | None = None):
    return resource_root().joinpath("content", lang or _language)


def load(name: str, lang: str | None = None) -> dict:
    """Return the parsed `<name>.toml` in `lang` (default: the person's language), or in
    English where that file is not translated yet; `name` may contain '/' for subfolders."""
    return _load(name, lang or _language)


def is_translated(name: str, lang: str | None = None) -> bool:
    """Whether `<name>.toml` exists in `lang` itself rather than falling back to English."""
    node = content_root(lang or _language)
    for part in f"{name}.toml".split("/"):
        node = node.joinpath(part)
    return node.is_file()


def unreviewed(lang: str | None = None) -> list[str]:
    """Content files in `lang` marked `translation_reviewed = false`: translated, but not
    yet checked by a person who speaks the language (About says so)."""
    lang = lang or _language
    if lang == DEFAULT_LANGUAGE:
        return []
    return [name for name in available("", lang, recursive=True)
            if is_translated(name, lang) and _load(name, lang).get("translation_reviewed") is False]


def _clear_cache() -> None:
    _load.cache_clear()


load.cache_clear = _clear_cache  # type: ignore[attr-defined]


def _toml():
    """The TOML reader, imported with the first content file read (not at start-up)."""
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover
        import tomli as tomllib
    return tomllib


@lru_cache(maxsize=128)
def _load(name: str, lang: str) -> dict:
    node = content_root(lang)
    for part in f"{name}.toml".split("/"):
        node = node.joinpath(part)
    if not node.is_file():
        if lang != DEFAULT_LANGUAGE:
            return _load(name, DEFAULT_LANGUAGE)
        raise ContentError(f"missing content file: {name}")
    tomllib = _toml()
    try:
        return tomllib.loads(node.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ContentError(f"malformed content file {name}: {exc}") from None


def available(folder: str = "", lang: str | None = None, recursive: bool = False) -> list[str]:
    """Names (without .toml) of the content files in a folder, sorted (with `recursive`,
    those in its subfolders too).

    For a translation this includes the files not translated yet, which `load` reads in
    English, so a partly translated folder never loses a rights card or a template.
    """
    lang = lang or _language
    names = (set(available(folder, DEFAULT_LANGUAGE, recursive))
             if lang != DEFAULT_LANGUAGE else set())
    node = content_root(lang)
    for part in filter(None, folder.split("/")):
        node = node.joinpath(part)
    if not node.is_dir():
        return sorted(names)
    prefix = f"{folder}/" if folder else ""
    for item in node.iterdir():
        if item.name.endswith(".toml"):
            names.add(prefix + item.name[: -len(".toml")])
        elif recursive and item.is_dir():
            names.update(available(prefix + item.name, lang, recursive))
    return sorted(names)

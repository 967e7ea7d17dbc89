"""Disclosure Helper core: storage, crypto and content. Never imports Qt."""

__version__ = "0.1.0"
APP_NAME = "Disclosure Helper"

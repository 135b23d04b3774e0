"""Exceptions and skip reasons.

Rejected *input* is data (``Skipped`` with a ``SkipReason``); exceptions are for bugs and bad
configuration, and their messages say what to do.
"""

from __future__ import annotations

from enum import StrEnum


class SkipReason(StrEnum):
    """Why an input did not become an article.  The value is what users see in reports."""

    UNSUPPORTED = "unsupported-format"
    UNREADABLE = "unreadable"
    EMPTY = "empty"
    BINARY = "binary"
    ENCODING = "bad-encoding"
    TOO_LARGE = "too-large"
    NO_ARTICLE = "no-article-text"
    NOT_ARTICLE = "not-an-article"  # a web-archive notice, parked domain, script wall …
    BAD_RECORD = "bad-record"
    TOO_SHORT = "too-short"
    # A container (WARC, gzip, feed) cut or corrupt part-way: the records before ``offset``
    # were read; the file is retried on the next ingest.
    PARTIAL = "partial"


class NewsbriefError(Exception):
    """Base of every error newsbrief raises on purpose."""


class ConfigError(NewsbriefError):
    """Bad settings or a missing optional part; the message names the fix."""


class MissingDependency(ConfigError):
    """An optional library is not installed; the message names the ``pip install`` that fixes it."""

    def __init__(self, package: str, extra: str | None = None) -> None:
        fix = f"pip install 'newsbrief[{extra}]'" if extra else f"pip install {package}"
        super().__init__(f"{package} is needed for this; install it with: {fix}")


class CitationError(NewsbriefError):
    """A brief sentence whose citations do not resolve to real source text (a bug)."""


class ModelLoadError(ConfigError):
    """A model could not be loaded from a local path or installed package."""

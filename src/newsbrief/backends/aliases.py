"""The alias table: known equivalent names that spelling rules cannot find (used by
``entities``).

Takes: ``AnalysisSettings`` (which tables to read) or the groups themselves.  Gives:
``AliasGroup`` records and one linear-time regex over every name in them.  Backend: JSON files
(``article/rules/en/aliases.json``, ``AnalysisSettings.alias_files``,
``NEWSBRIEF_ALIASES``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from newsbrief.errors import ConfigError
from newsbrief.settings import AnalysisSettings


@dataclass(frozen=True)
class AliasGroup:
    name: str
    type: str
    aliases: tuple[str, ...]


def load_alias_groups(settings: AnalysisSettings) -> tuple[AliasGroup, ...]:
    """The built-in alias table, then ``settings.alias_files`` (``NEWSBRIEF_ALIASES`` adds to
    them through ``Settings.from_env``)."""
    texts: list[tuple[str, str]] = []
    if settings.builtin_aliases:
        ref = resources.files("newsbrief").joinpath("article/rules/en/aliases.json")
        texts.append(("newsbrief/article/rules/en/aliases.json", ref.read_text(encoding="utf-8")))
    for path in settings.alias_files:
        try:
            texts.append((path, Path(path).read_text(encoding="utf-8")))
        except OSError as exc:
            raise ConfigError(f"cannot read alias table {path!r}: {exc}") from exc
    groups: list[AliasGroup] = []
    for where, text in texts:
        groups.extend(_parse_alias_table(where, text))
    return tuple(groups)


def _parse_alias_table(where: str, text: str) -> list[AliasGroup]:
    try:
        data = json.loads(text)
        return [
            AliasGroup(str(g["name"]), str(g.get("type", "ORG")), tuple(map(str, g["aliases"])))
            for g in data["groups"]
        ]
    except (ValueError, KeyError, TypeError) as exc:
        raise ConfigError(
            f"alias table {where!r} is not of the form "
            '{"groups": [{"name": ..., "type": ..., "aliases": [...]}]}: ' + str(exc)
        ) from exc


def case_sensitive(name: str) -> bool:
    """A name matched as written: capitals ("IS", "N.Y.") or a capitalised abbreviation
    ("Mass.", "Ill."), which written in lower case is a word ("mass.", "ill.")."""
    return name.isupper() or (name[:1].isupper() and name.endswith(".") and " " not in name)


def alias_patterns(groups: Sequence[AliasGroup]) -> tuple[re.Pattern[str] | None, dict[str, int]]:
    """One regex over every table name (longest first) and a folded-name → group map."""
    index: dict[str, int] = {}
    exact: list[str] = []
    folded: list[str] = []
    for n, group in enumerate(groups):
        for name in (group.name, *group.aliases):
            index.setdefault(name if case_sensitive(name) else name.casefold(), n)
            (exact if case_sensitive(name) else folded).append(name)
    if not index:
        return None, index
    # A literal alternation, each side bounded by non-word lookarounds: linear time on any
    # input (no nested quantifiers), so hostile 1M-character text cannot make it backtrack.
    parts = [re.escape(x) for x in sorted(set(exact), key=len, reverse=True)]
    fparts = [re.escape(x) for x in sorted(set(folded), key=len, reverse=True)]
    alternatives = []
    if fparts:
        alternatives.append("(?i:" + "|".join(fparts) + ")")
    if parts:
        alternatives.append("(?:" + "|".join(parts) + ")")
    pattern = r"(?<![\w.])(?:" + "|".join(alternatives) + r")(?!\w)"
    return re.compile(pattern), index


__all__ = ["AliasGroup", "alias_patterns", "case_sensitive", "load_alias_groups"]

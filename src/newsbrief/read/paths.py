"""Files and folders: the input files a PATH names, in a deterministic order.

Takes a path; gives the path itself, or every file under a folder (sorted, depth first,
hidden entries left out, no symbolic link followed out of the folder), and a ``Skipped`` for
each entry that cannot be read or is not followed.  Used by ``files``.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

from newsbrief.errors import SkipReason
from newsbrief.models import Skipped


def input_files(path: Path) -> Iterator[Path | Skipped]:
    """The files a PATH names: itself, or every file under a folder (sorted, depth first,
    hidden entries left out, no symbolic link followed out of the folder)."""
    try:
        info = path.stat()
    except FileNotFoundError:
        why = "broken symbolic link" if path.is_symlink() else "no such file or directory"
        yield Skipped(str(path), SkipReason.UNREADABLE, f"{path}: {why}")
        return
    except OSError as exc:
        yield unreadable(path, exc)
        return
    if not stat.S_ISDIR(info.st_mode):
        yield path
        return
    root = os.path.realpath(path)
    for item in _walk(path):
        if isinstance(item, Skipped):
            yield item
        elif item.is_symlink() and not _inside(os.path.realpath(item), root):
            # A link out of the folder could read any file the user can (/etc/passwd).
            yield Skipped(
                str(item),
                SkipReason.UNSUPPORTED,
                f"{item}: symbolic link to a file outside {path}, not followed "
                "(name the file as a PATH to read it)",
            )
        elif item.is_dir():  # only a symbolic link can be a folder here
            yield Skipped(
                str(item),
                SkipReason.UNSUPPORTED,
                f"{item}: symbolic link to a folder, not followed (name it as a PATH to read it)",
            )
        else:
            yield from input_files(item)


def _inside(target: str, root: str) -> bool:
    return target == root or target.startswith(root.rstrip(os.sep) + os.sep)


def _walk(folder: Path) -> Iterator[Path | Skipped]:
    """Files under ``folder``, depth first, sorted by name, hidden entries left out.

    Symbolic links to folders are not followed, so a link loop cannot make the walk endless.
    """
    try:
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=lambda entry: entry.name)
    except OSError as exc:
        yield unreadable(folder, exc)
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        try:
            is_folder = entry.is_dir(follow_symlinks=False)
        except OSError as exc:
            yield unreadable(Path(entry.path), exc)
            continue
        if is_folder:
            yield from _walk(Path(entry.path))
        else:
            yield Path(entry.path)


def unreadable(path: Path, exc: OSError) -> Skipped:
    return Skipped(str(path), SkipReason.UNREADABLE, f"{path}: {exc.strerror or exc}")


__all__ = ["input_files", "unreadable"]

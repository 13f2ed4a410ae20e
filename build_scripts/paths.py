"""Where the build may write: inside its output directory, and nowhere else.

Generated paths are made from data (a document's symbol is its page's path), and the
data comes from sources other people wrote. A path that climbs out (``../``), starts at
the root, names a drive or follows a link out of the directory would let a source write
wherever the build can (CI runs as root). The symbols are checked where they are read
(``symbols``); every writer still joins its paths with ``safe_join``, so that no path,
whatever made it, lands outside the directory it is meant for.
"""

from __future__ import annotations

import functools
import os
import re
from pathlib import Path

from .errors import SourceError
from .symbols import shown

# A clean relative POSIX path: no backslash (a separator on Windows, where the offline
# bundle is unpacked), no control character, no drive ("C:"); its segments are checked
# one by one below.
_FORBIDDEN_RE = re.compile(r"[\\\x00-\x1f\x7f]|^[A-Za-z]:")


def path_problem(relative: str) -> str | None:
    """What makes ``relative`` unfit to join under an output directory; None if nothing."""
    if not isinstance(relative, str) or not relative:
        return "not a file name"
    if relative.startswith("/"):
        return "an absolute path"
    if _FORBIDDEN_RE.search(relative):
        return "a drive, a backslash or a control character"
    for segment in relative.split("/"):
        if segment in ("", ".", ".."):
            return "an empty, '.' or '..' segment"
    return None


def check_relative(relative: str, root: Path | str = "the output directory") -> str:
    """``relative`` if it is a clean relative path; else an error naming it. Cheap (no
    file system access): for paths another program (MkDocs) will write under ``root``."""
    problem = path_problem(relative)
    if problem is not None:
        raise SourceError(shown(relative), f"refused to write outside {root}: {problem}")
    return relative


def safe_join(root: Path, relative: str) -> Path:
    """``root / relative``, refused (an error naming the path) unless it is a clean
    relative path that, links followed, lies inside ``root``."""
    check_relative(relative, root)
    target = root / relative
    inside = _directory_inside(str(root), str(target.parent))
    if not inside or (os.path.islink(target) and not is_inside(root, target)):
        raise SourceError(shown(relative), f"refused to write outside {root}: it leads out through a link")
    return target


@functools.lru_cache(maxsize=4096)
def _directory_inside(root: str, directory: str) -> bool:
    """``is_inside`` for a directory, remembered: a build's files share few directories
    (following every link of every file's path cost a tenth of writing it), and the build
    makes no links, so what a directory resolves to does not change while it writes."""
    return is_inside(Path(root), Path(directory))


def is_inside(root: Path, path: Path) -> bool:
    """Whether ``path`` lies inside ``root`` once every link of both is followed."""
    real_root = os.path.realpath(root)
    real = os.path.realpath(path)
    return real == real_root or real.startswith(real_root.rstrip(os.sep) + os.sep)

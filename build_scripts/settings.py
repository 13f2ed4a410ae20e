"""A collection's own words: its name, short description and home-page text.

They live in ``collection.yml`` beside the sources, so that another directory of
sources makes its own site with no edit of the repository. A collection without the
file gets a neutral name and no home-page text of its own.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

import yaml

from .errors import SourceError

SETTINGS_FILE = "collection.yml"
_FIELDS = {
    "name": "the site's name (its title bar and every page's title)",
    "description": "one sentence on what the collection holds (the site's description)",
    "home": "the home page's text, in Markdown, before the generated overview",
    "strict_sources": "true: any source file that cannot be read stops the build (for CI); "
    "false (the default): it is left out and listed on the fidelity page",
}
_SWITCHES = {"strict_sources"}  # the fields that are true or false, not texts
# Set (to 1) by ``make site STRICT=1`` and ``make convert STRICT=1``: as strict_sources: true
STRICT_ENV = "UN_DOCS_STRICT_SOURCES"


@dataclass(frozen=True)
class CollectionSettings:
    name: str = "UN documents"
    description: str = "United Nations documents, cross-linked and citable by paragraph."
    home: str = ""
    strict_sources: bool = False

    def digest(self) -> str:
        """Part of the build's cache key: new words, a new output."""
        return hashlib.sha256(f"{self.name}\0{self.description}\0{self.home}".encode()).hexdigest()


def load_settings(sources: Path) -> CollectionSettings:
    """``collection.yml`` of the sources directory (absent: the defaults). A bad file
    stops the build with its name, the line and what is allowed."""
    path = sources / SETTINGS_FILE
    if not path.is_file():
        return CollectionSettings()
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        raise SourceError(
            SETTINGS_FILE, f"not valid YAML: {getattr(err, 'problem', err)}", mark.line + 1 if mark else None
        ) from None
    except UnicodeDecodeError:
        raise SourceError(SETTINGS_FILE, "not UTF-8 text") from None
    if data is None:
        return CollectionSettings()
    if not isinstance(data, dict):
        raise SourceError(SETTINGS_FILE, "must be a mapping: " + ", ".join(_FIELDS))
    for key, value in data.items():
        if key not in _FIELDS:
            allowed = "; ".join(f"{name}: {what}" for name, what in _FIELDS.items())
            raise SourceError(SETTINGS_FILE, f"unknown field {key!r} (allowed: {allowed})")
        if key in _SWITCHES:
            if not isinstance(value, bool):
                raise SourceError(SETTINGS_FILE, f"field {key!r} must be true or false")
        elif not isinstance(value, str) or not value.strip():
            raise SourceError(SETTINGS_FILE, f"field {key!r} must be a non-empty text")
    defaults = CollectionSettings()
    return CollectionSettings(
        " ".join(data.get("name", defaults.name).split()),
        " ".join(data.get("description", defaults.description).split()),
        data.get("home", "").strip(),
        data.get("strict_sources", False),
    )


def strict_sources(settings: CollectionSettings) -> bool:
    """Whether a source file that cannot be read stops the build: the collection says
    so, or the build's environment does (``$UN_DOCS_STRICT_SOURCES``, for CI runs of a
    collection whose file says nothing)."""
    return settings.strict_sources or os.environ.get(STRICT_ENV, "") not in ("", "0")

"""``python -m build_scripts.bundle SITE_DIR ZIP``: the offline bundle, made from the
website's own build, as a reproducible zip.

A second ``mkdocs build`` for the bundle (no directory URLs, Material's offline plugin)
doubled ``make site``. The website's pages need three changes to work from ``file://``,
made here as each page is zipped: a link to a directory (``../58/166/#op1``) names its
``index.html``, since a browser shows a folder for a directory; the search box's worker
is Material's own again (Pagefind fetches its index, which a page opened from a file
cannot); and Material's index, which the hook wrote beside the site for the bundle
(``OFFLINE_INDEX``), is given as the script Material loads from a file
(``search/search_index.js``). Pagefind's files stay out. The vendored iframe-worker shim
(``extra.polyfills``), inert on the website, runs the worker from a file.

Entries are sorted, and every timestamp and permission is fixed (from
SOURCE_DATE_EPOCH when set), so the same site always gives the same bytes.
"""

from __future__ import annotations

import json
import os
import re
import sys
import time
import zipfile
from pathlib import Path

from .errors import SourceError
from .paths import check_relative, is_inside

ZIP_EPOCH = 315532800  # 1980-01-01, the earliest time a zip entry can hold
OFFLINE_INDEX = "search/offline_index.json"  # written by the hook; not part of the website
# The website's files a page opened from a file cannot use
LEFT_OUT = ("pagefind/", "search/symbols.json", "search/search_index.json", OFFLINE_INDEX, "sitemap.xml")
_LINK_RE = re.compile(r'(\b(?:href|src)=")([^"#?:]*)([#?][^"]*)?(")')
_OUR_WORKER = "assets/un-search-worker.js"
_MATERIAL_WORKER_RE = re.compile(r"assets/javascripts/workers/search\.[0-9a-f]+\.min\.js")


def file_link(link: str) -> str:
    """A relative link as it works from a file: a directory's ``index.html`` named
    ("" is this page: "#op3" stays as it is)."""
    if link.endswith("/"):
        return link + "index.html"
    if link in (".", "..") or link.endswith(("/.", "/..")):
        return link + "/index.html"
    return link


def offline_page(html: str, material_worker: str) -> str:
    """A page of the website as it works from ``file://``."""

    def relink(match: re.Match[str]) -> str:
        attribute, link, rest, quote = match.groups()
        return f"{attribute}{file_link(link)}{rest or ''}{quote}"

    html = _LINK_RE.sub(relink, html)
    return html.replace(_OUR_WORKER, material_worker)


def offline_index(data: str) -> str:
    """Material's index, its locations made file links, as the script Material loads."""
    index = json.loads(data)
    for entry in index["docs"]:
        path, _, anchor = entry["location"].partition("#")
        entry["location"] = (file_link(path) if path else "index.html") + (f"#{anchor}" if anchor else "")
    return "var __index = " + json.dumps(index, ensure_ascii=False, separators=(",", ":"))


def _material_worker(site: Path) -> str:
    found = sorted((site / "assets" / "javascripts" / "workers").glob("search.*.min.js"))
    if not found:
        raise SystemExit(
            f"{site}: no Material search worker in assets/javascripts/workers (not a site built by MkDocs?)"
        )
    return found[0].relative_to(site).as_posix()


def bundled_files(site: Path) -> list[tuple[str, Path]]:
    """The site's files to zip, each with its name in the bundle, sorted. A name that would
    unpack outside the bundle's folder (``..``, a backslash, a drive) or a file that is a
    link to outside the site is refused (an error naming it): the zip never carries a
    file from elsewhere, nor one that lands elsewhere."""
    files = []
    for path in sorted(p for p in site.rglob("*") if p.is_file()):
        name = check_relative(path.relative_to(site).as_posix(), "the bundle")
        if not is_inside(site, path):
            raise SourceError(name, f"refused to bundle: a link to a file outside {site}")
        if not name.startswith(LEFT_OUT):
            files.append((name, path))
    return files


def write_bundle(site: Path, target: Path) -> int:
    """The offline bundle of a website built by ``mkdocs build``; returns its files."""
    epoch = max(int(os.environ.get("SOURCE_DATE_EPOCH", ZIP_EPOCH)), ZIP_EPOCH)
    stamp = time.gmtime(epoch)[:6]
    index = site / OFFLINE_INDEX
    if not index.is_file():
        raise SystemExit(f"{site}: no {OFFLINE_INDEX} (build the site with the project's hook first)")
    worker = _material_worker(site)
    files = bundled_files(site)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(target.suffix + ".partial")
    written = 0

    def add(name: str, data: bytes) -> None:
        info = zipfile.ZipInfo(name, date_time=stamp)
        info.external_attr = 0o644 << 16
        info.compress_type = zipfile.ZIP_DEFLATED
        archive.writestr(info, data)

    with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        for name, path in files:
            if name.endswith(".html"):
                add(name, offline_page(path.read_text(encoding="utf-8"), worker).encode("utf-8"))
            else:
                add(name, path.read_bytes())
            written += 1
        add("search/search_index.js", offline_index(index.read_text(encoding="utf-8")).encode("utf-8"))
    partial.replace(target)  # never a half-written bundle
    return written + 1


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: python -m build_scripts.bundle SITE_DIR ZIP", file=sys.stderr)
        return 2
    try:
        count = write_bundle(Path(argv[0]), Path(argv[1]))
    except SourceError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    print(f"{argv[1]}: {count} files")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

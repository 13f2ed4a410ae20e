"""``python -m build_scripts.bundle SITE_DIR ZIP``: the offline bundle, made from the
website's own build, as a reproducible zip.

A second ``mkdocs build`` for the bundle (no directory URLs, Material's offline plugin)
doubled ``make site``. The website's pages need two changes to work from ``file://``,
made here as each page is zipped: a link to a directory (``../58/166/#op1``) names its
``index.html``, since a browser shows a folder for a directory; and the files a page
reads with ``fetch`` on the website are given as scripts, which a page opened from a file
can load. The search worker (``docs/assets/un-search-worker.js``) is the website's own:
Material's shim (``extra.polyfills``, vendored) runs it in a frame, where it reads each of
Pagefind's files it needs (entry, WebAssembly, an index chunk, a page's fragment) and the
symbols list's shards from ``<name>.js``, a line handing the file's bytes, base64, to ``__un_file``;
the word Pagefind is warmed up with (``search/warmup.json``) likewise;
Pagefind's module is given as a classic script (``pagefind/pagefind.classic.js``). So a
query from the bundle loads what it loads on the website, a few hundred kilobytes,
whatever the collection's size. Material's page script reads its index from
``search/search_index.js`` on a file: the website's, which the hook leaves empty of
entries when Pagefind searches (or whole, with ``search_engine: lunr``).

Entries are sorted, and every timestamp and permission is fixed (from
SOURCE_DATE_EPOCH when set), so the same site always gives the same bytes. Written by
hand: MkDocs' and Material's offline plugins rebuild the site, and no library turns a
fetching script into one that works from a file.
"""

from __future__ import annotations

import base64
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
MATERIAL_INDEX = "search/search_index.json"
PAGEFIND = "pagefind/"
# Pagefind's files the search reads, each given as a script; its user interfaces are not
_READ_FILES_RE = re.compile(
    r"pagefind/(?:part-\d+/)?(?:pagefind-entry\.json|wasm\.[\w-]+\.pagefind|[^/]+\.pf_meta|"
    r"(?:index|fragment|filter)/[^/]+)$"
)
# The website's files a page opened from a file cannot use (or reads as scripts instead)
LEFT_OUT = (PAGEFIND, "search/", "sitemap.xml")
# an attribute's link: after a space (a leading ``\b`` kept the regex engine from
# skipping to "href" or "src", 3x slower over a page: 8 of the 25 s the bundle of 5,000
# synthetic documents took)
_LINK_RE = re.compile(r'(\s(?:href|src)=")([^"#?:]*)([#?][^"]*)?(")')
_EXPORTS_RE = re.compile(r"export\s*\{([\w$,\s]*)\};?\s*$")


def file_link(link: str) -> str:
    """A relative link as it works from a file: a directory's ``index.html`` named
    ("" is this page: "#op3" stays as it is)."""
    if link.endswith("/"):
        return link + "index.html"
    if link in (".", "..") or link.endswith(("/.", "/..")):
        return link + "/index.html"
    return link


def offline_page(html: str) -> str:
    """A page of the website as it works from ``file://``."""

    def relink(match: re.Match[str]) -> str:
        attribute, link, rest, quote = match.groups()
        return f"{attribute}{file_link(link)}{rest or ''}{quote}"

    return _LINK_RE.sub(relink, html)


def offline_index(data: str) -> str:
    """Material's index, its locations made file links, as the script Material loads."""
    index = json.loads(data)
    for entry in index["docs"]:
        path, _, anchor = entry["location"].partition("#")
        entry["location"] = (file_link(path) if path else "index.html") + (f"#{anchor}" if anchor else "")
    return "var __index = " + json.dumps(index, ensure_ascii=False, separators=(",", ":"))


def file_script(name: str, data: bytes) -> bytes:
    """A file the search reads, as the script that hands its bytes to the worker."""
    return b"__un_file(" + json.dumps(name).encode() + b',"' + base64.b64encode(data) + b'");\n'


def classic_script(module: str) -> str:
    """Pagefind's ES module as a classic script setting ``self.__pagefind``: its code in a
    function of its own (its names stay out of the worker's), ``import.meta`` (a module's
    own address, which Pagefind only reads when no base path is given) left undefined.
    An error naming what changed if a new Pagefind is shaped otherwise."""
    exports = _EXPORTS_RE.search(module)
    body = module[: exports.start()].replace("import.meta.url", "undefined") if exports else ""
    if exports is None or "import.meta" in body or re.search(r"(?:^|[;}])\s*(?:import|export)\b[\s{*]", body):
        raise SourceError("pagefind/pagefind.js", "not shaped as this bundle expects (one export list at the end)")
    names = ",".join(name.strip() for name in exports.group(1).split(",") if name.strip())
    return f"(function(){{{body}\nself.__pagefind={{{names}}};}})();\n"


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
    index = site / MATERIAL_INDEX
    if not index.is_file():
        raise SystemExit(f"{site}: no {MATERIAL_INDEX} (not a site built by MkDocs with the search plugin?)")
    files = bundled_files(site)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(target.suffix + ".partial")
    written = 0

    def add(name: str, data: bytes) -> None:
        nonlocal written
        info = zipfile.ZipInfo(name, date_time=stamp)
        info.external_attr = 0o644 << 16
        info.compress_type = zipfile.ZIP_DEFLATED
        archive.writestr(info, data)
        written += 1

    with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        for name, path in files:
            if name.endswith(".html"):
                add(name, offline_page(path.read_text(encoding="utf-8")).encode("utf-8"))
            else:
                add(name, path.read_bytes())
        for name, path in search_files(site):
            if name == PAGEFIND + "pagefind.js":
                add(PAGEFIND + "pagefind.classic.js", classic_script(path.read_text(encoding="utf-8")).encode())
            else:
                add(name + ".js", file_script(name, path.read_bytes()))
        add("search/search_index.js", offline_index(index.read_text(encoding="utf-8")).encode("utf-8"))
    partial.replace(target)  # never a half-written bundle
    return written


def search_files(site: Path) -> list[tuple[str, Path]]:
    """The files the search worker reads (none when the site has no Pagefind index), sorted."""
    found = [(p.relative_to(site).as_posix(), p) for p in (site / "search" / "symbols").glob("*.json")]
    for name in ("search/warmup.json", "search/parts.json"):
        if (site / name).is_file():
            found.append((name, site / name))
    pagefind = site / PAGEFIND
    if (pagefind / "pagefind.js").is_file():
        found.append((PAGEFIND + "pagefind.js", pagefind / "pagefind.js"))
        for path in sorted(p for p in pagefind.rglob("*") if p.is_file()):
            name = path.relative_to(site).as_posix()
            if _READ_FILES_RE.match(name) and is_inside(site, path):
                found.append((name, path))
    return sorted(found)


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

"""``python -m build_scripts --sources DIR --out DIR``: the conversion without MkDocs."""

from __future__ import annotations

import argparse
import logging
import os
import shutil
import sys
import tempfile
from pathlib import Path

from .build import generate, generate_into, unread_report, write_tree
from .cache import ConversionCache
from .errors import SourceError


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m build_scripts", description=__doc__)
    parser.add_argument("--sources", type=Path, default=Path(os.environ.get("UN_DOCS_SOURCES", "sources")))
    parser.add_argument("--out", type=Path, default=Path("build/generated"))
    parser.add_argument("--file-urls", action="store_true", help="URLs for use_directory_urls: false")
    parser.add_argument("--cache", type=Path, default=None, help="directory of the conversion cache")
    parser.add_argument(
        "--strict",
        action="store_true",
        help="any source file that cannot be read stops the conversion (default: it is left out and listed)",
    )
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING, format="%(message)s")
    # written into a fresh directory, then swapped in: never a half-written output
    args.out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".generated-", dir=args.out.parent))
    try:
        if args.cache:  # the cache keeps this build's files for the next: all are held
            generated = generate(args.sources, not args.file_urls, ConversionCache(args.cache), args.strict)
            write_tree(staging, generated.files.items())
            documents, unread = generated.documents, generated.unread
        else:  # each page written as it is rendered
            written = generate_into(args.sources, staging, not args.file_urls, args.strict)
            documents, unread = written.documents, written.unread
    except SourceError as err:
        shutil.rmtree(staging)
        print(f"error: {err}", file=sys.stderr)
        return 2
    except BaseException:
        shutil.rmtree(staging)
        raise
    if args.out.exists():
        shutil.rmtree(args.out)
    staging.rename(args.out)
    files = sum(1 for path in args.out.rglob("*") if path.is_file())
    print(f"{documents} documents, {files} files written to {args.out}")
    report = unread_report(unread)  # last, where it is seen; the exit status stays 0
    if report:
        print("warning: " + "\n".join(report), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

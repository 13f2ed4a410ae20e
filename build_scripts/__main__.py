"""``python -m build_scripts --sources DIR --out DIR``: the conversion without MkDocs."""

from __future__ import annotations

import argparse
import logging
import os
import shutil
import sys
import tempfile
from pathlib import Path

from .build import generate
from .cache import ConversionCache
from .errors import SourceError


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m build_scripts", description=__doc__)
    parser.add_argument("--sources", type=Path, default=Path(os.environ.get("UN_DOCS_SOURCES", "sources")))
    parser.add_argument("--out", type=Path, default=Path("build/generated"))
    parser.add_argument("--file-urls", action="store_true", help="URLs for use_directory_urls: false")
    parser.add_argument("--cache", type=Path, default=None, help="directory of the conversion cache")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING, format="%(message)s")
    try:
        cache = ConversionCache(args.cache) if args.cache else None
        generated = generate(args.sources, directory_urls=not args.file_urls, cache=cache)
    except SourceError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    # write into a fresh directory, then swap: never a half-written output
    args.out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".generated-", dir=args.out.parent))
    for path, content in generated.files.items():
        target = staging / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(content, encoding="utf-8")
    if args.out.exists():
        shutil.rmtree(args.out)
    staging.rename(args.out)
    print(f"{generated.documents} documents, {len(generated.files)} files written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""``python -m build_scripts.bundle SITE_DIR ZIP``: a reproducible zip of a built site.

Entries are sorted, and every timestamp and permission is fixed (from
SOURCE_DATE_EPOCH when set), so the same site always gives the same bytes.
"""

from __future__ import annotations

import os
import sys
import time
import zipfile
from pathlib import Path

ZIP_EPOCH = 315532800  # 1980-01-01, the earliest time a zip entry can hold


def write_bundle(site: Path, target: Path) -> int:
    epoch = max(int(os.environ.get("SOURCE_DATE_EPOCH", ZIP_EPOCH)), ZIP_EPOCH)
    stamp = time.gmtime(epoch)[:6]
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(target.suffix + ".partial")
    files = sorted(p for p in site.rglob("*") if p.is_file())
    with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for path in files:
            info = zipfile.ZipInfo(path.relative_to(site).as_posix(), date_time=stamp)
            info.external_attr = 0o644 << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, path.read_bytes())
    partial.replace(target)  # never a half-written bundle
    return len(files)


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: python -m build_scripts.bundle SITE_DIR ZIP", file=sys.stderr)
        return 2
    count = write_bundle(Path(argv[0]), Path(argv[1]))
    print(f"{argv[1]}: {count} files")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

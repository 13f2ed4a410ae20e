"""Conversion speed: seconds per document as the collection grows (issue 9 extends this).

Builds N-document collections by cycling the seeds with fresh symbols, converts and
renders them, and prints one row per N.
"""

from __future__ import annotations

import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from build_scripts.build import generate  # noqa: E402

SEEDS = sorted((ROOT / "sources").glob("*.txt"))


def synthetic_collection(directory: Path, count: int) -> None:
    """Seed texts with their resolution numbers changed so every symbol is unique."""
    for index in range(count):
        seed = SEEDS[index % len(SEEDS)]
        text = seed.read_text(encoding="utf-8")
        number = 1000 + index
        text = re.sub(r"\b(5[4-8])/(1[4-6]\d)\.", rf"\1/{number}.", text, count=1)
        text = re.sub(r"resolution 2003/48", f"resolution 2003/{number}", text)
        text = re.sub(r"<<ODS DOC SYMBOL1>>A/RES/58/166", f"<<ODS DOC SYMBOL1>>A/RES/58/{number}", text)
        text = text.replace("A/RES/58/166", f"A/RES/58/{number}")
        (directory / f"{index:05d}_{seed.name}").write_text(text, encoding="utf-8")
        meta = seed.with_name(seed.stem + ".meta.yaml")
        if meta.exists():
            (directory / f"{index:05d}_{seed.stem}.meta.yaml").write_text(
                meta.read_text(encoding="utf-8").replace("A/56/179", f"A/56/{number}"), encoding="utf-8"
            )


def main() -> None:
    sizes = [int(arg) for arg in sys.argv[1:]] or [100, 1000]
    print(f"{'documents':>10} {'seconds':>9} {'ms/doc':>8}")
    for size in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            synthetic_collection(Path(tmp), size)
            start = time.perf_counter()
            collection, _files = generate(Path(tmp))
            elapsed = time.perf_counter() - start
            assert len(collection.documents) == size, len(collection.documents)
        print(f"{size:>10} {elapsed:>9.2f} {1000 * elapsed / size:>8.2f}")


if __name__ == "__main__":
    main()

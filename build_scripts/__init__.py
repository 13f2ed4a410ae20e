"""Converter from raw UN document texts to a structured model, Markdown pages and JSON."""

import time

# When the converter's import began: the hook counts the import (0.3-0.6 s of regexes,
# numpy, templates) in MkDocs's time spent on the converter.
IMPORT_STARTED = time.perf_counter()

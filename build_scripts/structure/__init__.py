"""From a reader's raw blocks to a Document: what a UN document *is*, and only here.

Readers undo the damage of their export shape; this package knows the parts a UN
document prints: a masthead (symbol, body, session, agenda item, dates, title), an
opening formula, a body read by its genre's grammar of named rules (preambular and
operative paragraphs, a report's numbered paragraphs, headings, lists), annexes, a
sign-off (meeting, date, vote) and notes. Working from content, not from the shape, is
what lets a new document of any known shape build without code changes.

Map (each module one part; ``document.py`` reads them top to bottom):
``parts`` cuts masthead / opening / body; ``masthead`` and ``signoff`` read facts line
by line; ``genres`` chooses a genre and its body grammar; ``rejoin`` makes whole
paragraphs; ``body`` holds the paragraph rules; ``annexes``, ``numbering`` (patterns
and gaps), ``notes`` (markers and note texts), ``stated`` (derived and sidecar facts);
``state`` is what the rules share.
"""

from .document import build_document

__all__ = ["build_document"]

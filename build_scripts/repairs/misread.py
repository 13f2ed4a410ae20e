"""Digits a scan read as letters: "L" or "l" for 1, "Z" for 2, "S" for 5.

A scanned volume's paragraph numbers are the characters its OCR liked least ("L.
Strongly condemns", "i9. Calls upon", "ll. Requests"). The structure reads such a number
only where the order of the numbers says which it must be; the fidelity proof accepts
the substitution only where that rule logged it. Both read the characters by this one
table, so that what one repairs the other can check.
"""

from __future__ import annotations

# the digit each misread character stands for
_DIGITS = str.maketrans("lLIiZS|!", "11112511")
MISREAD_CHARACTERS = "lLIiZS|!"


def as_digits(token: str) -> str:
    """``token`` with each character a scan may have made of a digit read as that digit
    ("i9" -> "19", "ll" -> "11"); other characters stay as they are."""
    return token.translate(_DIGITS)

"""Collection-level transforms: citations, links, back-links (and later chronology)."""

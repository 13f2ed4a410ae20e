"""Writers: the model to Markdown pages and JSON. Nothing here reads a source."""

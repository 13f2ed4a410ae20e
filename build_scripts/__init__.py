"""Converter from raw UN document texts to a structured model, Markdown pages and JSON."""

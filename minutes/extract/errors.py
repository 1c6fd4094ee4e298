"""Errors the extractors raise; the message says what is wrong and what to do."""


class ExtractError(Exception):
    """A file that cannot be read."""


class NotADocument(Exception):
    """A file read on purpose that holds no document (a ModernGov lookup list)."""

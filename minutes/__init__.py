"""minutes: council committee minutes into a searchable, faceted SQLite database."""

__version__ = "0.1.0"

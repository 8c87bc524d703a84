"""Briefing: turn a folder of messy sources into a searchable briefing website."""

__version__ = "0.1.0"

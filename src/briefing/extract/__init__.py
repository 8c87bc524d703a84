"""Stage 4, extract: metadata, people, quotes, topics and figures, each its own module."""

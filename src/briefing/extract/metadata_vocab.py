"""Deprecated alias of `briefing.extract.metadata.vocab` (kept while src/briefing/compare.py imports it).

Import from `briefing.extract.metadata.vocab`; delete this module once nothing imports it.
"""

from briefing.extract.metadata.vocab import *  # noqa: F401,F403

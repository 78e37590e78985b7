"""The event record's closed vocabularies (event types, verification statuses), without pandas.

:mod:`geo.events` checks records against them; the command line offers them as choices, and
builds its parser from this module alone so that ``python -m geo --help`` starts at once.
"""

from __future__ import annotations

EVENT_TYPES = ("strike", "fighting", "interception", "meeting", "other")
VERIFICATION = ("confirmed", "claimed", "unverified")

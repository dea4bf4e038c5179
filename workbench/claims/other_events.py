"""Counts of another event than the one the article reports.

An article recalls an earlier shooting, a city's totals of past months, another party's
dead weeks before. Such a count is read (a reader may ask for it) but marked
`other_event`, so no figure of this incident is set against it and the benchmark scores it
only against labels of other events.
"""

from __future__ import annotations

OTHER_EVENT_MARK = "other_event"
"""The value's key saying a count is of another event than the article's (not a tally)."""

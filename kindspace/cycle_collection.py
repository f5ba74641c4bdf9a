"""Collecting reference cycles the way Python would, at a moment the caller chooses.

Why a caller chooses: Python collects on whichever thread allocates, and a Qt object must
be destroyed on its own thread. The window collects on its GUI thread
(``kindspace.gui.main_thread_gc``) and the test run between tests, both with the
thresholds Python itself would use, so neither collects more often than Python would.
"""

from __future__ import annotations

import gc


def collect_as_python_would() -> int:
    """Collect the generations whose thresholds were passed; returns objects found."""
    counts, thresholds = gc.get_count(), gc.get_threshold()
    if counts[0] <= thresholds[0]:
        return 0
    generation = 0
    if counts[1] > thresholds[1]:
        generation = 2 if counts[2] > thresholds[2] else 1
    return gc.collect(generation)

"""The garbage collector while a command starts (the ``omis`` script and ``python -m omis``).

Starting a command allocates a few hundred thousand objects that live until the process
ends: modules, classes, SQLAlchemy's and pydantic's tables. Collecting while they pile up,
and once more at exit, walks them all for nothing; on this project's 2-core machine that is
about a fifth of an ``omis run`` with nothing to do (``bench/startup.py``). So the young
generation is collected rarely until the store is open, what is alive then is frozen out of
every later collection, and the usual thresholds come back for the work itself.

Only the process's entry point calls :func:`begin`; ``main()`` called in-process (the tests)
leaves the collector alone, and :func:`settled` is then a no-op.
"""

from __future__ import annotations

import atexit
import gc

_STARTING_THRESHOLD = 50_000  # allocations between young collections while starting
_saved: tuple[int, int, int] | None = None


def begin() -> None:
    global _saved
    _saved = gc.get_threshold()
    gc.set_threshold(_STARTING_THRESHOLD, _saved[1], _saved[2])
    # The last full collection at exit would walk everything again; frozen, it does not.
    # Memory goes back to the OS either way, and earlier atexit handlers (logging's flush)
    # still run after this one.
    atexit.register(gc.freeze)


def settled() -> None:
    """The command has what it needs loaded (its store is open): freeze it, collect as usual."""
    global _saved
    if _saved is None:
        return
    gc.freeze()
    gc.set_threshold(*_saved)
    _saved = None

"""Built-in sample letters in Russian: the ``fake`` mail source of demos and scenarios.

They refer to the sample requests shipped in ``omis/requests/samples/requests.csv`` and
cover the everyday cases: acceptance, en route, on site (HTML-only), finished with quoted
history, several events in one letter, windows-1251, an unknown request, a letter without a
request number, an auto-reply, a refusal, and a re-delivered duplicate.
"""

from __future__ import annotations

from importlib import resources


def sample_letters() -> list[tuple[str, bytes]]:
    """(name, raw MIME) for every sample letter, in file order."""
    folder = resources.files(__name__)
    names = sorted(p.name for p in folder.iterdir() if p.name.endswith(".eml"))
    return [(name, folder.joinpath(name).read_bytes()) for name in names]

"""The DELO simulator (see server.py)."""

from omis.delosim.server import DeloSimulator, SimState

__all__ = ["DeloSimulator", "SimState"]

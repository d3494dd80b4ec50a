"""OMIS: contractor request status tracking and DELO POS-status sync."""

__version__ = "0.1.0"

"""Scenarios: named step lists that walk the whole chain in a sandbox before production."""

"""Contractor requests: the lifecycle rules and the store operations on requests."""

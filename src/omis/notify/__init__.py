"""Delivery of notifications: the outbox (record, send, confirm) and job alerts."""

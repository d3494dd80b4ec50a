"""The runner: the scheduled jobs in order, each recorded and locked on its own."""

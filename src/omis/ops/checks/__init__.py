"""One module per thing ``omis doctor`` checks; each check returns a :class:`CheckResult`."""

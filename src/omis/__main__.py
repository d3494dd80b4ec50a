"""``python -m omis``: the same command line as the ``omis`` script."""

from omis.cli.main import entry

if __name__ == "__main__":
    entry()

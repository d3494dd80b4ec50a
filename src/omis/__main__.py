"""``python -m omis``: the same command line as the ``omis`` script."""

from omis.cli.main import main

if __name__ == "__main__":
    main()

"""``python -m unionfacts``: the same command as ``unionfacts``."""

from unionfacts.cli import main

if __name__ == "__main__":
    main()

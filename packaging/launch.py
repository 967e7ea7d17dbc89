"""The frozen app's entry point: the same launcher as the `disclosure-helper` command."""

import sys

from disclosure_helper.cli import main

if __name__ == "__main__":
    sys.exit(main())

"""`python -m disclosure_helper` starts the desktop app (the same as `disclosure-helper`)."""

import sys

from disclosure_helper.cli import main

if __name__ == "__main__":
    sys.exit(main())

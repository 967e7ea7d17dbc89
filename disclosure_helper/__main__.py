"""`python -m disclosure_helper` starts the desktop app."""

import sys


def _main() -> int:
    # Imported here so that importing the core package never loads Qt.
    from disclosure_helper.ui.app import main

    return main()


if __name__ == "__main__":
    sys.exit(_main())

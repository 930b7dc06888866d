"""Entry point of the PyInstaller bundle (installers/vrac-desktop.spec): the ``vrac-desktop``
command, the GUI when no command is given."""

import sys

from vrac_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())

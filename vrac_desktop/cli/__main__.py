"""``python -m vrac_desktop.cli``: the same as the ``vrac-desktop`` command."""

import sys

from vrac_desktop.cli import main

sys.exit(main())

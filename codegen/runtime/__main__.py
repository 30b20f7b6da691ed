"""``python -m scenario_lowcodeapi``: the command line (see ``scenario_lowcodeapi._cli``)."""

import sys

from ._cli import main

if __name__ == "__main__":
    sys.exit(main())

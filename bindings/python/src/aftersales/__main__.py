"""`python -m aftersales`: the same command as the `aftersales` script (see aftersales.cli)."""

import sys

from .cli import main

sys.exit(main())

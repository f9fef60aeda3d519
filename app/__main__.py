"""``python -m app``: the command line, with the UI from the composition root.

This file is the one place under app/ allowed to name the views package: it
is the program's entry point and nothing imports it (see tests/test_layers.py).
"""

import sys

from views.launch import main

sys.exit(main())

"""``python -m controlroom``: the same as the ``controlroom`` console script."""

from controlroom.cli import main

raise SystemExit(main())

"""``python -m modelarts_cli``: the same as the ``modelarts`` console script."""

from __future__ import annotations

from . import main

if __name__ == "__main__":
    main()

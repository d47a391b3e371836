"""csperf — 客服绩效考核. Run without arguments for the program; --help for commands."""

import sys

from csperf_desktop.__main__ import main

if __name__ == "__main__":
    sys.exit(main())

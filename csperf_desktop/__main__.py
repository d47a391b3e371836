"""The program's entry point (``python main.py``, ``python -m csperf_desktop``, the ``csperf``
script): with no command it opens the window, else it runs the command line.

It sits above both ``cli`` and ``gui``, which never import each other.
"""

from __future__ import annotations

import sys


def run_gui(args) -> int:
    """The window (or, with ``--self-test``, the offscreen self-test)."""
    if args.self_test:
        from .gui.shell.selftest import run_self_test

        return run_self_test()
    try:
        from .gui.shell.app import run
    except ImportError as exc:
        print(f"无法启动图形界面：{exc}。请运行 ./csperf.sh 安装所需组件。", file=sys.stderr)
        return 2
    return run(args)


def main(argv: list[str] | None = None) -> int:
    from .cli import main as cli_main

    return cli_main(argv, gui=run_gui)


if __name__ == "__main__":
    sys.exit(main())

"""One writer at a time on an SQLite file.

The program holds an OS-level lock on ``<database>.lock`` while it has the
file open. A second copy of the program on the same file does not get the
lock: it opens the database read-only (as a viewer, so every service refuses
to write) and shows a banner naming who holds it. The lock disappears with
the process, so a crash never leaves the file blocked.
"""

from __future__ import annotations

import json
import os
import socket
from pathlib import Path


class InstanceLock:
    def __init__(self, db_path: str | os.PathLike):
        self.path = Path(str(db_path) + ".lock")
        self._fh = None

    def acquire(self) -> bool:
        """True when this process now holds the lock; False when another one does."""
        fh = open(self.path, "a+")
        try:
            if os.name == "nt":
                import msvcrt

                fh.seek(0)
                msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            fh.close()
            return False
        fh.seek(0)
        fh.truncate()
        fh.write(json.dumps({"pid": os.getpid(), "host": socket.gethostname()}))
        fh.flush()
        self._fh = fh
        return True

    def holder(self) -> str:
        """Who holds the lock, for the banner (best effort)."""
        try:
            info = json.loads(self.path.read_text() or "{}")
            return f"{info.get('host', '?')}（进程 {info.get('pid', '?')}）"
        except (OSError, ValueError):
            return "另一个程序"

    def release(self) -> None:
        if self._fh is not None:
            try:
                if os.name == "nt":
                    import msvcrt

                    self._fh.seek(0)
                    msvcrt.locking(self._fh.fileno(), msvcrt.LK_UNLCK, 1)
                else:
                    import fcntl

                    fcntl.flock(self._fh.fileno(), fcntl.LOCK_UN)
            except OSError:
                pass
            self._fh.close()
            self._fh = None

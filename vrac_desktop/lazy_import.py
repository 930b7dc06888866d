"""Modules imported by a library at start but used only later, loaded when first used.

``keyring.backend`` imports ``jaraco.context`` (which imports ``urllib.request``, and with it
``http.client`` and most of ``email``, for a download helper keyring never calls),
``jaraco.functools`` (``more_itertools``) and ``importlib_metadata`` (entry points, used only
to discover backends when none is configured). Together about 40 ms of a 200 ms first paint.
``defer`` registers such modules before the library is imported: its import statements run
as before, and a module's own code runs the first time one of its attributes is read. The
library and its behaviour stay the same; only the moment its dependencies load changes
(tests/gui/test_startup_imports.py checks which stayed unloaded at the first paint).
"""

from __future__ import annotations

import importlib.util
import sys
import threading
import types

# Loaded on first use when the keyring is first imported (store/keys.py).
KEYRING_DEPENDENCIES = (
    "urllib.request",  # jaraco.context: tarball downloads
    "backports",  # its namespace (pkgutil), imported to find backports.tarfile otherwise
    "backports.tarfile",  # jaraco.context on Python < 3.12: the same helper
    "more_itertools",  # jaraco.functools: a few of its helpers
    "importlib_metadata",  # keyring: backend discovery by entry points (Python < 3.12)
    # jaraco.context imports these standard modules for helpers that run commands (git
    # checkouts); keyring.core reads its configuration file with configparser only when
    # no backend is named in the environment.
    "subprocess",
    "platform",
    "configparser",
)


class _Deferred(types.ModuleType):
    """A module registered but not run yet: its first missing attribute runs it.

    Not ``importlib.util.LazyLoader``: its module runs on *any* attribute read, and every
    later ``import`` statement of the module reads ``__spec__``, so the first library that
    imports it again would run it at once. Here the attributes the import system sets and
    reads (``__spec__``, ``__name__``, ``__path__``...) are there from the start, and only
    an attribute the module's code would define runs it."""

    def __getattr__(self, attr: str) -> object:
        if attr in _PROBED:
            raise AttributeError(attr)
        with _LOCK:
            if type(self) is _Deferred:
                self.__class__ = types.ModuleType  # type: ignore[assignment]
                try:
                    self.__spec__.loader.exec_module(self)  # type: ignore[union-attr]
                except BaseException:
                    sys.modules.pop(self.__name__, None)  # the next import reports it again
                    raise
        return getattr(self, attr)


_LOCK = threading.RLock()
# Asked of every module without using it: PySide6, once imported, reads the source of each
# module imported after it (``inspect.getsource``, which asks for ``__wrapped__``). No module
# defines it.
_PROBED = frozenset({"__wrapped__"})


def defer(*names: str) -> None:
    """Register each of ``names`` not imported yet to run when first used. A name that is
    not installed, or not plain Python source, is left to the ordinary import."""
    for name in names:
        if name in sys.modules:
            continue
        try:
            spec = importlib.util.find_spec(name)
        except (ImportError, ValueError):
            continue
        if spec is None or spec.loader is None or not hasattr(spec.loader, "exec_module") \
                or spec.origin is None or not spec.origin.endswith(".py"):
            continue
        module = importlib.util.module_from_spec(spec)
        module.__class__ = _Deferred
        sys.modules[name] = module
        parent, _, child = name.rpartition(".")
        if parent:
            setattr(sys.modules[parent], child, module)


def is_loaded(name: str) -> bool:
    """Whether ``name`` was imported and its code has run (not merely deferred)."""
    module = sys.modules.get(name)
    return module is not None and type(module) is not _Deferred

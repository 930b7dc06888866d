"""Qt widgets. Widgets draw and forward: they get services through their constructors and
never open a database session themselves."""

import builtins

import PySide6.QtCore  # noqa: F401 - PySide6 set up before the statement below

# PySide6 replaces the import statement with its own (``__feature_import__``) to support
# ``from __feature__ import snake_case, true_property``, which this app does not use: from
# then on every import statement runs PySide6's Python hook, and every module imported for
# the first time has its source file read and searched for "PySide6"
# (``shibokensupport.feature._mod_uses_pyside``). That was about 15 ms of the app's start
# (docs/performance.md, "Round four"). The statement PySide6 wrapped is put back: it keeps
# it as ``__orig_import__`` (in PySide6 6.11 its own C lazy-loading import, which stays).
# Types behave as without features (a module PySide6 has not registered uses the default
# set). tests/gui/test_startup_imports.py checks it.
_original_import = getattr(builtins, "__orig_import__", None)
if _original_import is not None:
    builtins.__import__ = _original_import

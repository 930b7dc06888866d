"""Qt widgets. Widgets draw and forward: they get services through their constructors and
never open a database session themselves."""

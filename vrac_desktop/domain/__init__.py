"""Pure-Python core: the plan, its validation, diff and hash chain.

Imports neither Qt nor SQLAlchemy.
"""

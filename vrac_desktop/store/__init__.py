"""Persistence: SQLAlchemy mapping, repositories, SQLCipher encryption and keys, migrations."""

"""Alembic environment. The app runs migrations itself on open (store/database.py) and hands
its own connection in ``config.attributes["connection"]``; there is no alembic.ini."""

from alembic import context

from vrac_desktop.store.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies the table
)
with context.begin_transaction():
    context.run_migrations()

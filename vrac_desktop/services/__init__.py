"""Use cases: each function is one thing a user does, in one transaction. No Qt here."""

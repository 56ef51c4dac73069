"""Pure recognisers: ``find(text, ctx) -> list[Hit]``, one module per dimension."""

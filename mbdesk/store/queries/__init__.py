"""Read queries for the screens and the CLI, one module per area. They return plain data."""

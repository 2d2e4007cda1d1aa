"""The fact finders, one module per kind of fact."""

"""Turn analysed calls into the report contract (JSON) and its human renderings."""

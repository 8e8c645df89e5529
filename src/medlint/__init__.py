"""medlint: a content-validation and medical-safety linter for health articles."""

__version__ = "0.1.0"

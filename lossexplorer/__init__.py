"""lossexplorer: see loss functions and gradient descent at work."""

__version__ = "0.1.0"

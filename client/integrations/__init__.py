"""Framework integrations (Lightning, transformers, Keras).

Each module imports only where its framework is installed.
"""

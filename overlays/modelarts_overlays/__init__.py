"""Handwritten layer on top of the generated ``modelarts_client``.

The generated package is never edited; what the generator cannot produce (request signing, token
auth, pagination, typed errors, retries, waiters) lives here, driven by the spec's extensions where
possible.
"""

"""devices: the hall's equipment, without Qt and without the show.

One sub-package per device kind (codec, driver, simulator); the shared parts
(transports, connection status, backoff, errors) live once here.
"""

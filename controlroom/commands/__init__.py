"""Sub-commands of the ``controlroom`` command line, one module each."""

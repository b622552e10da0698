"""PJLink projectors and displays (class 1 and 2 over TCP 4352): codec, driver, simulator, kind."""

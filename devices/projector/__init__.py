"""The projector: Epson ESC/VP21 over RS-232 (codec, driver, simulator)."""

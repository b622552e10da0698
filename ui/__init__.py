"""ui: everything PySide6. Windows, panels, Qt models over the core, the presenter screen."""

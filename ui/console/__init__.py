"""The show console: the run-sheet joined to the hall's equipment, one room per concern.

- :mod:`ui.console.controller` — :class:`~ui.console.controller.Console`: the hall's
  lifecycle (built off the GUI thread, REHEARSAL/LIVE), one show engine per run-sheet,
  the operator's show actions;
- :mod:`ui.console.docks` — the show bar's toolbar, the device panels, the rehearsal
  fault panel and the event log as docks;
- :mod:`ui.console.actions` — the Show menu and its shortcuts;
- :mod:`ui.console.keys` — Space is GO, Up/Down move standby (not in text fields);
- :mod:`ui.console.playhead` — the live and standby rows painted on the run-sheet;
- :mod:`ui.console.panel_commands` — the panels' commands and the unmute safety;
- :mod:`ui.console.cue_editing` — the item inspector and the "On GO" list;
- :mod:`ui.console.show_status` — what the bridge delivers, on screen;
- :mod:`ui.console.mode_switch` — the question before switching REHEARSAL/LIVE;
- :mod:`ui.console.readiness` — the readiness check (GO / NO-GO);
- :mod:`ui.console.report_export` — the show report of one run as CSV or PDF;
- :mod:`ui.console.lifecycle` — quitting during a show, resuming after a crash, which
  run's actual times are shown;
- :mod:`ui.console.hall_files` — the hall file read at start or opened later.
- :mod:`ui.console.hall_error` — a hall file that cannot be used, named, GO kept off.

``ui.app`` builds the console after the presenter feature and hands it the presenter's
timer and dock.
"""

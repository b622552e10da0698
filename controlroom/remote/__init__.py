"""Remote control and network views: an embedded HTTP/WebSocket/OSC server in the Qt-free core.

- :mod:`controlroom.remote.control`: what the server may ask of the show
  (:class:`~controlroom.remote.control.ShowControl`) and a core implementation over
  the engine, the run-sheet, the presenter timer and the hall.
- :mod:`controlroom.remote.state`: the JSON state snapshot every client sees.
- :mod:`controlroom.remote.commands`: the command vocabulary, validated once for HTTP,
  WebSocket and OSC.
- :mod:`controlroom.remote.security`: tokens, the Origin check, the rate limiter.
- :mod:`controlroom.remote.osc_in`: OSC over UDP for control surfaces, with feedback.
- :mod:`controlroom.remote.server`: the server itself, on its own thread and asyncio loop.
"""

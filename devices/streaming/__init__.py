"""The hall's streaming encoder: OBS Studio over obs-websocket v5 (JSON over WebSocket).

``obsws`` is the codec, ``driver`` the session (:class:`StreamingDriver`),
``simulator`` a real obs-websocket v5 server with fault injection
(:class:`StreamingSimulator`), ``kind`` the declaration of the kind (``STREAMING``).
"""

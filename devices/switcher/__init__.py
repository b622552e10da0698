"""The hall's video switcher, driven over OSC in the atemOSC vocabulary (UDP).

``atemosc`` is the codec, ``driver`` the session (:class:`SwitcherDriver`),
``simulator`` a real UDP peer with fault injection (:class:`SwitcherSimulator`).
"""

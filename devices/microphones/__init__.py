"""Shure wireless microphones and mixers over their ASCII command strings.

``shure`` is the codec (bytes to typed frames and back, no I/O), ``driver`` the
conversation with the device (:class:`~devices.microphones.driver.MicrophoneDriver`),
``simulator`` a real peer that speaks the same bytes over a pseudo-terminal or TCP.
"""

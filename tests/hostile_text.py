"""A corpus of hostile text for titles, speakers, notes and device names.

Every string here is something a show file, the operator or a device on the network
could hand us. Shown as Qt rich text, several would do harm: ``<img src="/dev/zero">``
makes Qt read gigabytes, ``<img>`` of a FIFO blocks the GUI thread forever, deep
``<table>`` nesting or a 5 MB string take seconds to lay out, links are clickable.
Lone surrogates are left out: SQLite (and UTF-8 files) cannot hold them.

``MARKERS`` are substrings that only appear on screen if the text was shown
literally; a label whose text contains one must be plain text.
"""

from __future__ import annotations

HUGE_CHARS = 5 * 1024 * 1024

HOSTILE: dict[str, str] = {
    "html": "<b>bold</b> <i>italic</i> <font color='red' size='7'>RED</font> <h1>H1</h1>",
    "img_dev_zero": '<img src="/dev/zero" width="5000" height="5000">',
    "link": '<a href="file:///etc/passwd">click me</a> <a href="http://example.invalid/">x</a>',
    "table_nesting": "<table><tr><td>" * 300 + "deep" + "</td></tr></table>" * 300,
    "qt_tag": "<qt><style>*{font-size:400pt}</style>styled</qt>",
    "entities": "&lt;b&gt; &amp;amp; &#x202e; &nbsp;",
    "rtl": "\u202eevil\u202c \u200fRTL\u200e mark \u2067isolate\u2069 עברית عربي",
    "zero_width": "a\u200db\u200cc\ufeffd\u2060e 👨\u200d👩\u200d👧\u200d👦",
    "control": "".join(chr(code) for code in range(0x01, 0x20)) + "\x00after-nul\x7f",
    "emoji": "🎤🔥💥🇰🇿 " * 40,
    "newlines": "line 1\nline 2\r\nline 3\u2028line 4\u2029line 5",
    "huge": "<b>" + "W" * HUGE_CHARS + "</b>",
}

#: Substrings that prove the text was not interpreted as HTML if they reach a label.
MARKERS = ("<b>", "<img", "<a href", "<table>", "<qt>", "&lt;b&gt;")


def fifo_image(path: str) -> str:
    """A title whose ``<img>`` points at a FIFO: rich text would block reading it."""
    return f'<img src="{path}"> waiting on a FIFO'


def titles(fifo_path: str | None = None) -> list[tuple[str, str]]:
    """(name, text) pairs to use as item titles, the FIFO one first if given."""
    pairs = list(HOSTILE.items())
    if fifo_path is not None:
        pairs.insert(0, ("fifo_image", fifo_image(fifo_path)))
    return pairs

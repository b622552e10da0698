"""Sentences for people that the GUI can translate: :class:`Text`, made below the GUI.

The Qt-free rooms (``devices/``, ``controlroom/``) must not build English sentences
that reach the operator, because only the GUI knows the operator's language. They
write ``Text("no answer within {seconds:g} s", seconds=3.0)`` instead: a ``str`` (so
logs, the command line, tests and every ``str`` operation see the English sentence)
that also keeps its *template* and *values*. The GUI translates the template in the
``Core`` context and fills in the values (themselves translated when they are
``Text``); see ``ui/core_text.py``. ``resources/translations/update_catalogues.py``
finds every ``Text("...")`` literal in ``controlroom/`` and ``devices/``.

Rules: the template is a literal string (so the catalogue can find it); values are
named; a value that is itself a sentence is a ``Text``; joining sentences is done
with :func:`join` so each part stays translatable. Concatenating a ``Text`` with
``+`` or an f-string gives a plain ``str``: the English survives, the translation not.

Counts (plural forms): a template that contains ``%n`` and has an ``int`` value
named ``n`` is a *numerus* message, Qt's way: ``Text("%n problem(s)", n=count)``.
The catalogue tool marks it ``numerus="yes"`` (Russian gives three forms, Kazakh
two); the GUI translates it with ``translate(context, template, None, n)``, which
puts the number in for ``%n``. In English ``%n`` becomes the number and ``(s)``
becomes ``s`` unless ``n`` is 1 ("1 problem", "3 problems"). Other values may sit
beside ``n`` in ``{braces}``.

An exception's message is a ``Text`` when the core raised it with one;
``str(error)`` gives a plain copy, so code that passes an error's reason on uses
:func:`text_of` (``Text("status request failed: {error}", error=text_of(error))``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

#: The translation context of every core sentence.
CONTEXT = "Core"


class Text(str):
    """An English sentence with its template and values (see the module docstring)."""

    template: str
    values: Mapping[str, Any]
    parts: tuple[Text, ...]
    separator: str

    def __new__(cls, template: str, /, **values: Any) -> Text:
        english = template
        if NUMERUS in template and isinstance(values.get("n"), int):
            english = plural_english(template, values["n"])
        text = super().__new__(cls, english.format(**values) if values else english)
        text.template = template
        text.values = values
        text.parts = ()
        text.separator = ""
        return text

    def __reduce__(self) -> tuple[Any, ...]:
        # Futures and queues may pickle exceptions carrying a Text: keep what it is.
        return (_rebuild, (self.template, dict(self.values), self.parts, self.separator))

    def to_json(self) -> dict[str, Any]:
        """A JSON-able form (the event log stores it beside the English message)."""
        return {
            "template": self.template,
            "values": {key: _value_to_json(value) for key, value in self.values.items()},
            "parts": [part.to_json() for part in self.parts],
            "separator": self.separator,
        }

    @property
    def numerus(self) -> bool:
        """A message with plural forms (``%n`` in the template, an ``int`` value ``n``)."""
        return NUMERUS in self.template and isinstance(self.values.get("n"), int)

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Text:
        """The inverse of :meth:`to_json`; ``ValueError`` when ``data`` is not one."""
        try:
            values = {key: _value_from_json(value) for key, value in data["values"].items()}
            parts = tuple(cls.from_json(part) for part in data.get("parts", ()))
            return _rebuild(str(data["template"]), values, parts, str(data.get("separator", "")))
        except (KeyError, TypeError, AttributeError, IndexError, ValueError) as error:
            raise ValueError(f"not a stored Text: {error}") from None


def join(parts: Iterable[str], separator: str = "; ") -> Text:
    """Sentences joined by ``separator``; each ``Text`` part stays translatable."""
    items = tuple(literal(part) for part in parts)
    joined = Text(separator.join(items))
    joined.parts = items
    joined.separator = separator
    return joined


#: Where the count goes in a numerus template (Qt's placeholder).
NUMERUS = "%n"


def plural_english(template: str, n: int) -> str:
    """The English of a numerus ``template`` for ``n``: ``%n`` -> n, ``(s)`` -> "s" unless 1."""
    return template.replace(NUMERUS, str(n)).replace("(s)", "" if n == 1 else "s")


def text_of(error: BaseException) -> str:
    """The message of ``error``: its ``Text`` when it was raised with one, else ``str(error)``."""
    if len(error.args) == 1 and isinstance(error.args[0], Text):
        return error.args[0]
    return str(error)


def literal(text: str) -> Text:
    """``text`` as a ``Text`` that is not translated (a name, a device's own words)."""
    return text if isinstance(text, Text) else Text(_LITERAL, text=text)


def mode_words(mode: str) -> Text:
    """A run mode (``"rehearsal"`` or ``"live"``) as a word for a sentence."""
    return {"rehearsal": Text("rehearsal"), "live": Text("live")}.get(mode) or literal(mode)


#: The template of a text that is not to be translated (a name, a device's own words).
_LITERAL = "{text}"


def _rebuild(
    template: str, values: dict[str, Any], parts: tuple[Text, ...], separator: str
) -> Text:
    if parts:
        return join(parts, separator)
    return Text(template, **values)


def _value_to_json(value: Any) -> Any:
    if isinstance(value, Text):
        return {"text": value.to_json()}
    if isinstance(value, bool | int | float | str) or value is None:
        return value
    return str(value)


def _value_from_json(value: Any) -> Any:
    if isinstance(value, dict):
        return Text.from_json(value["text"])
    return value

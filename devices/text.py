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
        text = super().__new__(cls, template.format(**values) if values else template)
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
    items = tuple(part if isinstance(part, Text) else Text(_LITERAL, text=part) for part in parts)
    joined = Text(separator.join(items))
    joined.parts = items
    joined.separator = separator
    return joined


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

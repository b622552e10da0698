"""Crash-test worker: applies a stream of run-sheet edits to a database, forever.

Run as ``python crash_worker.py DB_PATH EVENT_ID RUN SEED``. Prints ``READY``
once the event is open, then for each edit ``DOING <json>`` before it and
``ACK`` once its transaction is committed. The crash test kills it with
SIGKILL at random moments and checks that every acknowledged edit survived.
"""

from __future__ import annotations

import json
import random
import sys

from controlroom.model import Item
from controlroom.runsheet import RunSheet
from controlroom.storage import Database


def next_edit(rng: random.Random, count: int, run: int, number: int) -> dict[str, object]:
    choices = ["insert", "duration", "title", "move", "remove"]
    weights = [4 if count < 30 else 1, 3, 2, 2, 2 if count > 5 else 0]
    kind = rng.choices(choices, weights)[0]
    if kind == "insert" or count == 0:
        return {
            "op": "insert",
            "index": rng.randint(0, count),
            "title": f"r{run}-e{number}",
            "duration": rng.randint(0, 3600),
        }
    index = rng.randrange(count)
    if kind == "duration":
        return {"op": "duration", "index": index, "value": rng.randint(0, 3600)}
    if kind == "title":
        return {"op": "title", "index": index, "value": f"r{run}-t{number}"}
    if kind == "move":
        return {"op": "move", "index": index, "destination": rng.randint(0, count)}
    return {"op": "remove", "index": index}


def apply(sheet: RunSheet, edit: dict[str, object]) -> None:
    op = edit["op"]
    index = int(edit["index"])  # type: ignore[call-overload]
    if op == "insert":
        sheet.insert_item(index, Item(str(edit["title"]), int(edit["duration"])))  # type: ignore[call-overload]
    elif op == "duration":
        sheet.set_item_field(index, "planned_duration", edit["value"])
    elif op == "title":
        sheet.set_item_field(index, "title", edit["value"])
    elif op == "move":
        sheet.move_items([index], int(edit["destination"]))  # type: ignore[call-overload]
    else:
        sheet.remove_items([index])


def main(argv: list[str]) -> int:
    path, event_id, run, seed = argv[0], int(argv[1]), int(argv[2]), int(argv[3])
    rng = random.Random(seed)
    database = Database.open(path)
    sheet = RunSheet(database.load_event(event_id), database)
    print("READY", flush=True)
    number = 0
    while True:
        edit = next_edit(rng, len(sheet.items), run, number)
        print("DOING", json.dumps(edit), flush=True)
        apply(sheet, edit)
        if not sheet.wait_saved(30) or sheet.last_error:
            print("FAILED", sheet.last_error, flush=True)
            return 1
        print("ACK", flush=True)
        number += 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Read and operate a running app through AT-SPI, exactly as a screen reader does.

Run with the system Python, which has pyatspi (python3-pyatspi); it imports nothing from
kindspace. One command per run, answered as one JSON line on stdout:

    walker.py walk PID                  every showing node: role, name, interactive or not
    walker.py press PID NAME            do the default action of the control named NAME
    walker.py type PID NAME TEXT        focus the field named NAME, then type TEXT
    walker.py choose PID NAME INDEX     select line INDEX of the list named NAME and focus it
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from typing import Any

import pyatspi  # type: ignore[import-not-found]

#: Roles a person operates: each needs a name for a screen reader to say what it does.
INTERACTIVE = {
    "push button", "toggle button", "check box", "radio button", "combo box", "text",
    "password text", "entry", "spin button", "slider", "list", "list box", "table",
    "tree", "tree table", "page tab", "menu item", "check menu item", "radio menu item",
    "link", "date editor",
}  # fmt: skip
# Scroll bars are left out: they take no keyboard focus, and a screen reader announces
# them by role and orientation.
#: Parts a composite names for itself (a list's rows, a table's cells, a combo's menu).
INSIDE_COMPOSITES = {"list item", "table cell", "menu", "table column header"}
MAX_NODES = 5000


def application(pid: int) -> Any:
    desktop = pyatspi.Registry.getDesktop(0)
    for index in range(desktop.childCount):
        app = desktop.getChildAtIndex(index)
        if app is not None and app.get_process_id() == pid:
            return app
    raise SystemExit(json.dumps({"error": f"no accessible application with pid {pid}"}))


def showing(node: Any) -> bool:
    states = node.getState()
    return bool(states.contains(pyatspi.STATE_SHOWING) and states.contains(pyatspi.STATE_VISIBLE))


def nodes(root: Any, path: str = "") -> Iterator[tuple[str, Any]]:
    stack = [(root, path)]
    seen = 0
    while stack and seen < MAX_NODES:
        node, where = stack.pop()
        seen += 1
        yield where, node
        role = node.getRoleName()
        if role in ("menu bar", "menu") and not showing(node):
            continue
        for index in reversed(range(node.childCount)):
            child = node.getChildAtIndex(index)
            if child is not None:
                stack.append((child, f"{where}/{role}[{index}]"))


def walk(pid: int) -> dict[str, Any]:
    found = []
    for where, node in nodes(application(pid)):
        role = node.getRoleName()
        if not showing(node) or role in INSIDE_COMPOSITES:
            continue
        found.append(
            {
                "role": role,
                "name": node.name or "",
                "description": node.description or "",
                "interactive": role in INTERACTIVE,
                "path": where,
            }
        )
    return {"nodes": found}


def named(pid: int, name: str) -> Any:
    for _where, node in nodes(application(pid)):
        if node.name == name and showing(node):
            return node
    raise SystemExit(json.dumps({"error": f"nothing showing is named {name!r}"}))


def press(pid: int, name: str) -> dict[str, Any]:
    action = named(pid, name).queryAction()
    return {"done": bool(action.doAction(0)), "action": action.getName(0)}


def type_into(pid: int, name: str, text: str) -> dict[str, Any]:
    """Focus the field through AT-SPI, then type as a keyboard does (a passphrase field
    rightly offers no editable-text interface that would hand its contents out)."""
    node = named(pid, name)
    focused = bool(node.queryComponent().grabFocus())
    pyatspi.Registry.generateKeyboardEvent(0, text, pyatspi.KEY_STRING)
    return {"done": focused}


def choose(pid: int, name: str, index: int) -> dict[str, Any]:
    listing = named(pid, name)
    focused = bool(listing.queryComponent().grabFocus())
    chosen = bool(listing.querySelection().selectChild(index))
    return {"done": chosen, "focused": focused}


def main(argv: list[str]) -> int:
    command, pid = argv[0], int(argv[1])
    if command == "walk":
        answer = walk(pid)
    elif command == "press":
        answer = press(pid, argv[2])
    elif command == "choose":
        answer = choose(pid, argv[2], int(argv[3]))
    elif command == "type":
        answer = type_into(pid, argv[2], argv[3])
    else:
        answer = {"error": f"unknown command {command}"}
    print(json.dumps(answer))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

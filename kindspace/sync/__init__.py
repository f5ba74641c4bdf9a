"""Sync between a person's own devices through a folder they already sync (issue 15).

The journal side (``hlc``, ``changes``, ``record``, ``merge``, ``log``) records every change as it
happens and merges other devices' changes; the folder side writes and reads encrypted bundles.
See docs/design/sync.md.
"""

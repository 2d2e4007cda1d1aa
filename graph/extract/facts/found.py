"""What the fact finders hand on: the facts found so far in one article, by kind."""

from __future__ import annotations

from typing import Any

# the ArticleFacts field a finder fills → the facts it found; a finder reads the kinds
# found before it (statements read the entries, launches and channels)
Found = dict[str, list[Any]]

"""`python -m assistant` is the `aftercare` command."""

from assistant.cli import main

raise SystemExit(main())

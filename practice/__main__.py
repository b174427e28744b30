from practice.cli import main

raise SystemExit(main())

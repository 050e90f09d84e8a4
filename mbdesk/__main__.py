from mbdesk.app import main

raise SystemExit(main())

import sys

from jointaudit.cli import main

sys.exit(main())

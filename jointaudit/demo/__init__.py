"""The demo workspace (shipped packs, crosswalks and three sites) that `make run` opens."""

#!/bin/sh
# Sets up and builds Yiwang (scripts/setup.sh), then starts the command center. Without --db it
# opens the embedded database in your data folder (created on first run). Extra arguments go to
# yiwang, e.g. --lang en, --module overview, --db postgresql://user@host:5432/yiwang.
set -eu
cd "$(dirname "$0")/.."
./scripts/setup.sh
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    case " $* " in
    *" --screenshot "*) export QT_QPA_PLATFORM=offscreen ;;
    *) echo "run.sh: no display (DISPLAY is not set). Start it from a desktop session," \
            "or render a picture with: scripts/run.sh --screenshot shell.png" >&2
       exit 1 ;;
    esac
fi
exec ./build/app/yiwang/yiwang "$@"

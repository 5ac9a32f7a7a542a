#!/bin/sh
# Re-reads every translatable string of the sources into translations/*.ts (Qt Linguist).
# Run after changing user-visible strings, then translate in Linguist (or edit the .ts).
set -e
cd "$(dirname "$0")/.."
LUPDATE=$(command -v lupdate6 || echo /usr/lib/qt6/bin/lupdate)
"$LUPDATE" -locations relative -no-obsolete app modules qml plugins \
    -ts translations/yiwang_zh_CN.ts translations/yiwang_en.ts

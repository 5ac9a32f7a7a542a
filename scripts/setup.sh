#!/bin/sh
# Installs what Yiwang needs from Debian 12's packages (non-interactive), then configures and
# builds it in build/. Safe to run again: apt and the build only do what is missing.
# Used by scripts/run.sh and scripts/test.sh; run it alone to just build.
set -eu
cd "$(dirname "$0")/.."

PACKAGES="
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-declarative-dev qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
  qt6-httpserver-dev qt6-websockets-dev qt6-base-private-dev qt6-multimedia-dev
  gstreamer1.0-plugins-base gstreamer1.0-plugins-good gstreamer1.0-plugins-bad gstreamer1.0-plugins-ugly
  gstreamer1.0-libav libgstrtspserver-1.0-dev
  clang libclang-rt-14-dev
  libqt6sql6-sqlite libqt6sql6-psql
  qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-templates
  qml6-module-qtquick-layouts qml6-module-qtquick-window qml6-module-qtqml-workerscript
  qml6-module-qtquick-dialogs qml6-module-qtcharts
  libsqlite3-dev libsodium-dev libxlsxwriter-dev libpq-dev
  libgdal-dev gdal-bin libproj-dev libgeos-dev libboost-dev
  postgresql postgresql-15-postgis-3
  qgis-server-bin qgis-server-wms
  poppler-utils python3-openpyxl
  fonts-wqy-microhei
  xvfb xauth libgl1-mesa-dri
"

missing=""
for p in $PACKAGES; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
    echo "== installing Debian packages:$missing"
    if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get update -q
    $SUDO apt-get install -y -q --no-install-recommends $missing
fi

BUILD_TYPE=${YIWANG_BUILD_TYPE:-Release}
echo "== configuring ($BUILD_TYPE) and building in build/"
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE="$BUILD_TYPE" >/dev/null
cmake --build build -j "$(nproc)"

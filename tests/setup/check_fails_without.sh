#!/bin/sh
# check_fails_without.sh PYTHON CHECK BUILD SETUP PACKAGE
# Copies the set-up script without PACKAGE and runs the package check on the build: it must fail
# (exit 1) and name PACKAGE.
set -u
python=$1 check=$2 build=$3 setup=$4 package=$5
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT
# Drop the package from the PACKAGES="..." list (a whole word only).
sed "s/\(^\| \)$package\( \|$\)/\1\2/" "$setup" > "$tmp/setup.sh"
if grep -qw -- "$package" "$tmp/setup.sh"; then
    echo "could not take $package out of $setup"; exit 2
fi
out=$("$python" "$check" --build "$build" --setup "$tmp/setup.sh")
rc=$?
echo "$out"
[ "$rc" -eq 1 ] || { echo "FAIL: expected exit 1 without $package, got $rc"; exit 1; }
echo "$out" | grep -q "^  $package " || { echo "FAIL: $package not named"; exit 1; }
echo "PASS: without $package the check fails and names it"

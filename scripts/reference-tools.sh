#!/usr/bin/env bash
# Installs the pinned reference tools (scripts/reference-tools.versions) that the interoperability
# tests run: Go commands with `go install module@version` (or, for a module served by exact
# version only, `go build` in a throwaway module that requires it), PyPI packages with pip into a virtual
# environment (run through the package's own command, or the environment's python). Each goes to
# the tool cache, outside the work tree, keyed by name and version:
#   ${SIGN_TOOLS_CACHE:-$HOME/.cache/sign-reference-tools}/<name>/<version>/
# so a second run costs nothing. Prints each tool's version.
#   bash scripts/reference-tools.sh [name…]   (default: every tool in the versions file)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cache=${SIGN_TOOLS_CACHE:-$HOME/.cache/sign-reference-tools}
command -v go >/dev/null || { echo "reference-tools: go is not on PATH (Go 1.26 is part of this machine's setup)" >&2; exit 1; }
command -v python3 >/dev/null || { echo "reference-tools: python3 is not on PATH" >&2; exit 1; }
# cosign 3 needs Go 1.27: the go command fetches that toolchain from the Go module proxy (once).
export GOTOOLCHAIN=go1.27.3

for wanted in "$@"; do
  grep -q "^$wanted[[:space:]]" "$root/scripts/reference-tools.versions" || {
    echo "reference-tools: no tool named '$wanted' in scripts/reference-tools.versions" >&2
    exit 2
  }
done

while read -r name kind what version bin; do
  case "$name" in '' | \#*) continue ;; esac
  if [ $# -gt 0 ] && ! printf '%s\n' "$@" | grep -qx -- "$name"; then continue; fi
  dir="$cache/$name/$version"
  case "$kind" in
    go)
      binary="$dir/$(basename "$what")"
      if [ ! -x "$binary" ]; then
        echo "reference-tools: building $name $version ($what)"
        rm -rf "$dir.partial"
        mkdir -p "$dir.partial"
        GOBIN="$dir.partial" GOFLAGS=-buildvcs=false go install "$what@$version"
        rm -rf "$dir"
        mv "$dir.partial" "$dir"
      fi
      ;;
    go-exact)
      # The proxy serves this module by exact version only: it refuses the version list, which
      # `go install module@version` reads for its deprecation check. So the command is built in a
      # throwaway module that requires exactly that version (same dependency versions as go install).
      binary="$dir/$(basename "$what")"
      if [ ! -x "$binary" ]; then
        echo "reference-tools: building $name $version ($what, exact version)"
        module=$(printf '%s\n' "$what" | sed 's#/cmd/.*##')
        build=$(mktemp -d)
        rm -rf "$dir.partial"
        mkdir -p "$dir.partial"
        (
          cd "$build"
          printf 'module reference-tools.local/build\n\ngo 1.26\n\nrequire %s %s\n' "$module" "$version" >go.mod
          printf 'package build\n\nimport _ "%s"\n' "$what" >tools.go
          GOFLAGS=-mod=mod go mod tidy
          GOFLAGS=-buildvcs=false go build -o "$dir.partial/$(basename "$what")" "$what"
        )
        rm -rf "$build" "$dir"
        mv "$dir.partial" "$dir"
      fi
      ;;
    pip)
      # `what` may name extras (`package[extra]`); `bin` is the program in the environment's bin/
      # (default: the package's name; `python` for a library without a command).
      binary="$dir/bin/${bin:-$what}"
      if [ ! -x "$binary" ]; then
        echo "reference-tools: installing $name $version ($what from PyPI)"
        rm -rf "$dir.partial"
        python3 -m venv "$dir.partial"
        "$dir.partial/bin/pip" install --quiet --disable-pip-version-check "$what==$version"
        # A venv names its own path in its scripts: build it where it will stay.
        rm -rf "$dir.partial" "$dir"
        python3 -m venv "$dir"
        "$dir/bin/pip" install --quiet --disable-pip-version-check "$what==$version"
      fi
      ;;
    *) echo "reference-tools: $name: unknown kind $kind" >&2; exit 1 ;;
  esac
  printf 'reference-tools: %-16s %s (%s)\n' "$name" "$version" "$binary"
done < "$root/scripts/reference-tools.versions"

#!/usr/bin/env bash
# Compiles every ```cpp block of the given Markdown files, and runs those that print. A block with
# its own main() is compiled as it stands; any other block has its #include lines hoisted and the
# rest placed in main(), after `#include <flopscale/flopscale.hpp>`. A block whose first line is
# `// does not compile` must fail to compile. Usage: snippets.sh CXX INCLUDE_DIR FILE.md...
set -euo pipefail
cxx=$1
include=$2
shift 2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
count=0
failed=0
for markdown in "$@"; do
    # Split the file into numbered block files: block-N.cpp, with the line where each starts.
    awk -v dir="$work" -v md="$(basename "$markdown")" '
        /^```cpp[ \t]*$/ { inside = 1; n++; file = sprintf("%s/%s-%03d.cpp", dir, md, n);
                           printf "" > file; print NR > (file ".line"); next }
        /^```/ && inside { inside = 0; close(file); next }
        inside { print >> file }' "$markdown"
done
for block in "$work"/*.cpp; do
    [ -e "$block" ] || continue
    count=$((count + 1))
    name="$(basename "$block" .cpp) (line $(cat "$block.line"))"
    source="$work/program.cpp"
    if grep -q 'int main' "$block"; then
        cp "$block" "$source"
    else
        {
            echo '#include <flopscale/flopscale.hpp>'
            grep '^#include' "$block" || true
            echo 'int main() {'
            grep -v '^#include' "$block" || true
            echo 'return 0; }'
        } >"$source"
    fi
    if head -n 1 "$block" | grep -q '^// does not compile'; then
        if "$cxx" -std=c++17 -fsyntax-only -I "$include" "$source" 2>/dev/null; then
            echo "FAIL $name: compiled, but the text says it does not"
            failed=$((failed + 1))
        fi
        continue
    fi
    if ! "$cxx" -std=c++17 -Wall -Wextra -I "$include" "$source" -o "$work/program" 2>"$work/errors"; then
        echo "FAIL $name: does not compile"
        sed 's/^/    /' "$work/errors" | head -n 20
        failed=$((failed + 1))
    elif ! "$work/program" >"$work/output" 2>&1; then
        echo "FAIL $name: exits non-zero"
        failed=$((failed + 1))
    fi
done
echo "documentation snippets: $((count - failed)) passed, $failed failed"
[ "$failed" -eq 0 ]

#!/bin/sh
# Prints a firmware image's flash and static RAM against an empty-main baseline built the same
# way, and fails when the difference (the library's share) exceeds the budget, if one is given.
# Flash is everything loaded from the image (code, constants, vector table, initialised data);
# static RAM is initialised plus zeroed data. The stack is not static RAM and is not counted.
# The largest symbols the image adds to the baseline are listed, to show where the bytes go.
# usage: footprint.sh SIZE_TOOL NM_TOOL TITLE IMAGE BASELINE [FLASH_BUDGET RAM_BUDGET]
set -u
size_tool=$1 nm_tool=$2 title=$3 image=$4 baseline=$5
flash_budget=${6-} ram_budget=${7-}

# Berkeley format: text (read-only, in flash), data (copied from flash to RAM), bss (RAM only).
measure() {
    "$size_tool" -B "$1" | awk 'NR == 2 { print $1 + $2, $2 + $3 }'
}
set -- $(measure "$image") $(measure "$baseline")
[ $# -eq 4 ] || { echo "footprint: cannot measure $image or $baseline" >&2; exit 2; }
flash=$1 ram=$2 base_flash=$3 base_ram=$4
share_flash=$((flash - base_flash))
share_ram=$((ram - base_ram))

echo "footprint ($title, -Os): $(basename "$image"): flash $flash B, static RAM $ram B;" \
    "empty main: flash $base_flash B, static RAM $base_ram B"
symbols() { "$nm_tool" -S -C --size-sort --radix=d "$1" | awk '{ $1 = ""; print }' | sort; }
base_symbols=$(mktemp)
trap 'rm -f "$base_symbols"' EXIT
symbols "$baseline" >"$base_symbols"
echo "footprint ($title): largest additions (bytes, symbol):"
symbols "$image" | comm -23 - "$base_symbols" |
    awk '{ size = $1; $1 = $2 = ""; sub(/^ +/, ""); printf "%8d  %s\n", size, $0 }' |
    sort -rn | head -n 12
if [ -z "$flash_budget" ]; then
    echo "footprint ($title): library share: flash $share_flash B, static RAM $share_ram B"
    exit 0
fi
verdict() { [ "$1" -le "$2" ] && echo PASS || echo FAIL; }
echo "footprint ($title): library share: flash $share_flash B (budget $flash_budget B:" \
    "$(verdict "$share_flash" "$flash_budget")), static RAM $share_ram B (budget $ram_budget B:" \
    "$(verdict "$share_ram" "$ram_budget"))"
[ "$share_flash" -le "$flash_budget" ] && [ "$share_ram" -le "$ram_budget" ]

#!/bin/sh
# Prints a firmware image's flash and static RAM against an empty-main baseline built the same
# way, and fails when the difference (the library's share) exceeds the ceiling, if one is given;
# a target, if given, is printed as met (PASS) or not (MISS) without failing.
# Flash is everything loaded from the image (code, constants, vector table, initialised data);
# static RAM is initialised plus zeroed data. The stack is not static RAM and is not counted.
# The largest symbols the image adds to the baseline are listed, to show where the bytes go.
# usage: footprint.sh SIZE_TOOL NM_TOOL TITLE IMAGE BASELINE [FLASH_CEILING RAM_CEILING
#                     [FLASH_TARGET RAM_TARGET]]
set -u
size_tool=$1 nm_tool=$2 title=$3 image=$4 baseline=$5
flash_ceiling=${6-} ram_ceiling=${7-} flash_target=${8-} ram_target=${9-}

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
if [ -z "$flash_ceiling" ]; then
    echo "footprint ($title): library share: flash $share_flash B, static RAM $share_ram B"
    exit 0
fi
echo "footprint ($title): library share: flash $share_flash B (ceiling $flash_ceiling B)," \
    "static RAM $share_ram B (ceiling $ram_ceiling B)"
verdict() { [ "$1" -le "$2" ] && echo PASS || echo MISS; }
if [ -n "$flash_target" ]; then
    echo "footprint ($title): target flash <= $flash_target B: $(verdict "$share_flash" "$flash_target")," \
        "static RAM <= $ram_target B: $(verdict "$share_ram" "$ram_target")"
fi
status=0
if [ "$share_flash" -gt "$flash_ceiling" ]; then
    echo "footprint: flash share $share_flash B exceeds the ceiling of $flash_ceiling B" >&2
    status=1
fi
if [ "$share_ram" -gt "$ram_ceiling" ]; then
    echo "footprint: static RAM share $share_ram B exceeds the ceiling of $ram_ceiling B" >&2
    status=1
fi
exit $status

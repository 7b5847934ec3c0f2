#!/bin/sh
# Runs a firmware image on an emulated MPS2 board and passes on its exit status.
# usage: run_qemu.sh QEMU MACHINE CPU TIMEOUT_SECONDS IMAGE [REGEX]
# With REGEX, the output must also contain a line matching it (an extended regular expression).
set -u
qemu=$1 machine=$2 cpu=$3 seconds=$4 image=$5
pattern=${6-}
log=$(mktemp)
trap 'rm -f "$log"' EXIT

timeout -k 5 "$seconds" "$qemu" -machine "$machine" -cpu "$cpu" -semihosting -nographic \
    -monitor none -serial none -kernel "$image" >"$log" 2>&1 </dev/null
status=$?
cat "$log"
if [ "$status" -eq 124 ] || [ "$status" -eq 137 ]; then
    echo "run_qemu: $image did not finish within $seconds s" >&2
    exit 1
fi
if [ "$status" -ne 0 ]; then
    echo "run_qemu: $image exited with status $status" >&2
    exit "$status"
fi
if [ -n "$pattern" ] && ! tr -d '\r' <"$log" | grep -Eq "$pattern"; then
    echo "run_qemu: no output line matches '$pattern'" >&2
    exit 1
fi
exit 0

#!/usr/bin/env bash
# Builds and runs a tiny consumer through every supported way in: an installed package found with
# find_package, pkg-config, add_subdirectory, FetchContent, and a -fno-exceptions -fno-rtti build.
# Usage: tests/consumers/run.sh [work-dir]
set -euo pipefail
source_dir=$(cd "$(dirname "$0")/../.." && pwd)
work=${1:-$(mktemp -d)}
prefix="$work/prefix"

cmake -S "$source_dir" -B "$work/flopscale" -DFLOPSCALE_BUILD_TESTS=OFF \
      -DFLOPSCALE_BUILD_EXAMPLES=OFF -DCMAKE_INSTALL_PREFIX="$prefix" >/dev/null
cmake --install "$work/flopscale" >/dev/null

consume() { # name, extra configure arguments...
    local name=$1
    shift
    cmake -S "$source_dir/tests/consumers/$name" -B "$work/$name" "$@" >/dev/null
    cmake --build "$work/$name" >/dev/null
    echo "consumer $name: $("$work/$name/consumer")"
}
consume find_package -DCMAKE_PREFIX_PATH="$prefix"
consume add_subdirectory -DFLOPSCALE_SOURCE="$source_dir"
consume fetch_content -DFLOPSCALE_SOURCE="$source_dir"
consume no_exceptions -DFLOPSCALE_SOURCE="$source_dir"

flags=$(PKG_CONFIG_PATH="$prefix/share/pkgconfig" pkg-config --cflags flopscale)
"${CXX:-c++}" -std=c++17 $flags "$source_dir/tests/consumers/consumer.cpp" -o "$work/pkg_config"
echo "consumer pkg-config ($flags): $("$work/pkg_config")"

#!/bin/sh
# Reads a GNU ld map file and fails if the image holds code the library promises not to need:
# heap allocation, exception or RTTI support, iostream/locale or stdio formatting, libm, or static
# initialisers. Only the "Linker script and memory map" part counts: it lists what the image keeps,
# while earlier parts also name archive members that --gc-sections later dropped.
# usage: check_map.sh MAP_FILE
set -u
map=$1
[ -r "$map" ] || { echo "check_map: cannot read $map" >&2; exit 2; }

sed -n '/^Linker script and memory map/,$p' "$map" | awk -v map="$map" '
# Each finding is printed, up to a few per category; the total counts them all.
function flag(category, what) {
    if (!((category, what) in seen)) {
        seen[category, what] = 1
        if (++per_category[category] <= 4) printf "check_map: %s: %s\n", category, what
        found++
    }
}
# Symbol lines: an address, then the (demangled) name.
/^ +0x[0-9a-f]+ +[^ 0]/ && NF >= 2 && $1 ~ /^0x/ && $2 !~ /^0x/ {
    name = $0
    sub(/^ +0x[0-9a-f]+ +/, "", name)
    if (name ~ /^(malloc|free|calloc|realloc|memalign|_(malloc|free|calloc|realloc|memalign)_r|_sbrk(_r)?|operator new.*|operator delete.*)$/)
        flag("heap", name)
    else if (name ~ /^(__cxa_.*|__gxx_personality.*|_Unwind_.*|__aeabi_unwind_cpp_pr.*|typeinfo .*|vtable for __cxxabiv1::.*|__dynamic_cast|std::terminate.*|std::type_info.*)$/)
        flag("exceptions/RTTI", name)
    else if (name ~ /^(std::(basic_)?(ostream|istream|iostream|ios|ios_base|locale|cout|cerr|clog|cin|ctype|num_put|num_get)[^a-z_].*|std::(cout|cerr|clog|cin)|.*ios_base.*|(_)?setlocale(_r)?|__global_locale|(_)?localeconv(_r)?|__locale_.*)$/)
        flag("iostream/locale", name)
    else if (name ~ /^(_?v?[fs]?n?printf(_r)?|_?v?[fs]?n?iprintf(_r)?|_svfprintf_r|_vfprintf_r|_dtoa_r|__sinit|_?puts(_r)?|_?fputs(_r)?)$/)
        flag("stdio", name)
    else if (name ~ /^(__ieee754_.*|__kernel_.*|(exp|exp2|expm1|log|log2|log10|log1p|pow|sqrt|cbrt|floor|ceil|trunc|round|fmod|sin|cos|tan|asin|acos|atan|atan2|sinh|cosh|tanh|frexp|ldexp|scalbn|modf|fabs|hypot|tgamma|lgamma|erf|erfc)[fl]?)$/)
        flag("libm", name)
}
# Input sections kept from the maths library, whatever their symbols are called.
/libm\.a\(/ { member = $0; sub(/.*libm\.a\(/, "", member); sub(/\).*/, "", member); flag("libm", "libm.a(" member ")") }
# Static initialisers: a non-empty constructor table.
/^\.init_array +0x[0-9a-f]+ +0x[0-9a-f]+/ { if ($3 != "0x0") flag("static initialisation", ".init_array of size " $3) }
END {
    if (found) {
        for (category in per_category)
            if (per_category[category] > 4)
                printf "check_map: %s: %d more\n", category, per_category[category] - 4
        printf "check_map: %s: %d forbidden item(s)\n", map, found
        exit 1
    }
    printf "check_map: %s: no heap, exception/RTTI, iostream/locale, stdio, libm or static initialisation\n", map
}'

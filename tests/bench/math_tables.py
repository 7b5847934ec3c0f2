#!/usr/bin/env python3
"""Generates include/flopscale/detail/math_tables.hpp (run from the repository root).

Every entry is computed with mpmath at 200 bits and rounded to nearest. The tables are as small as
the polynomials of math.hpp allow at the accuracy it claims: they are most of the math kernel's
flash on a microcontroller. Parts that need fewer than 24 significant bits are stored as float.
The minimax coefficients of math.hpp's polynomials are computed here too; math.hpp writes them as
literals, and this script exits with an error when they differ from what it computes.
"""
import re
import struct
import sys

import mpmath

mpmath.mp.prec = 200

EXP_BITS = 4  # 2^(j/16)
LOG_BITS = 6  # 64 sub-intervals of [~sqrt(1/2), ~sqrt(2))


def bits(x):
    return struct.unpack('<Q', struct.pack('<d', x))[0]


def from_bits(b):
    return struct.unpack('<d', struct.pack('<Q', b))[0]


def to_float(x):
    return struct.unpack('<f', struct.pack('<f', x))[0]


def hx(x):
    return '0.0' if x == 0 else x.hex()


def minimax(f, a, b, degree, weight, grid=3000):
    """Coefficients (lowest first) of the polynomial p of the given degree that minimises the
    largest weight(x) |p(x) - f(x)| on [a, b], by Remez exchange over a grid: solve for equal
    alternating errors at degree + 2 reference points, move them to the extrema of the new error,
    repeat until they stay. The weight may vanish at 0, which no reference point takes."""
    m = degree + 2
    xs = [(a + b) / 2 - (b - a) / 2 * mpmath.cos(mpmath.pi * i / (m - 1)) for i in range(m)]
    xs = [x if abs(x) > (b - a) / (8 * m) else (b - a) / (4 * m) for x in xs]
    grid_x = [x for x in (a + (b - a) * mpmath.mpf(i) / grid for i in range(grid + 1)) if weight(x)]
    grid_f = [f(x) for x in grid_x]
    for _ in range(50):
        system = mpmath.matrix([[x**k for k in range(degree + 1)] + [(-1)**i / weight(x)]
                                for i, x in enumerate(xs)])
        solution = mpmath.lu_solve(system, mpmath.matrix([f(x) for x in xs]))
        coefficients = [solution[k] for k in range(degree + 1)]
        # The extremum of each run of equal sign of the error, then the m of them with the largest.
        runs = []
        for x, fx in zip(grid_x, grid_f):
            e = weight(x) * (mpmath.polyval(coefficients[::-1], x) - fx)
            if runs and (runs[-1][1] >= 0) == (e >= 0):
                if abs(e) > abs(runs[-1][1]):
                    runs[-1] = (x, e)
            else:
                runs.append((x, e))
        assert len(runs) >= m, 'Remez lost the alternation'
        while len(runs) > m:
            runs.pop(0 if abs(runs[0][1]) < abs(runs[-1][1]) else -1)
        if [x for x, _ in runs] == xs:
            return coefficients
        xs = [x for x, _ in runs]
    raise RuntimeError('Remez did not settle')


def max_error(f, coefficients, a, b, weight, points=20000):
    """Largest weight(x) |p(x) - f(x)| over a fine grid, p with the coefficients as rounded to double."""
    rounded = [mpmath.mpf(float(c)) for c in coefficients][::-1]
    return max(weight(x) * abs(mpmath.polyval(rounded, x) - f(x))
               for x in (a + (b - a) * mpmath.mpf(i) / points for i in range(points + 1)))


def check_polynomial(tag, coefficients):
    """math.hpp writes polynomial coefficients as literals, because constant evaluation pays for
    every named constant it reads: check that the statement after the comment naming tag has
    exactly these coefficients, in order."""
    lines = open('include/flopscale/math.hpp').read().split('\n')
    start = next(n for n, line in enumerate(lines) if '// ' in line and tag in line) + 1
    end = next(n for n in range(start, len(lines)) if lines[n].rstrip().endswith(';'))
    written = re.findall(r'-?0x[0-9a-f.]+p[-+]?[0-9]+', ' '.join(lines[start:end + 1]))
    wanted = [hx(float(c)) for c in coefficients]
    if written != wanted:
        sys.exit('math.hpp: the %s coefficients should be, in order:\n%s' % (tag, '\n'.join(wanted)))


def exp_q_over_r2(r):  # (e^r - 1 - r) / r^2, with the precision its cancellation needs
    with mpmath.extraprec(600):
        return mpmath.mpf(1) / 2 if r == 0 else (mpmath.expm1(r) - r) / r**2


def log1p_tail_over_r3(r):  # (log1p(r) - r + r^2/2) / r^3, with the precision its cancellation needs
    with mpmath.extraprec(600):
        return mpmath.mpf(1) / 3 if r == 0 else (mpmath.log1p(r) - r + r**2 / 2) / r**3


def rows(items, per_line):
    """Array initialiser lines, per_line items each."""
    return ['    ' + ', '.join(items[j:j + per_line]) + ','
            for j in range(0, len(items), per_line)]


def hxf(x):  # a float's hexadecimal literal, without the trailing zeros of a double's
    if x == 0:
        return '0.0f'
    mantissa, exponent = x.hex().split('p')
    return mantissa.rstrip('0').rstrip('.') + 'p' + exponent + 'f'


# The log sub-interval containing 1.0 is centred on it, so log(x) near 1 needs no table term.
ONE = bits(1.0)
LOG_STEP = 1 << (52 - LOG_BITS)
k = (ONE - bits(0.7071067811865476)) // LOG_STEP
LOG_OFF = ONE - k * LOG_STEP - LOG_STEP // 2
C_BITS = LOG_BITS + 1  # significant bits of the inverses

exp_size = 1 << EXP_BITS
log_size = 1 << LOG_BITS

out = []
out.append('// Generated by tests/bench/math_tables.py (mpmath, 200 bits); do not edit by hand.')
out.append('#pragma once')
out.append('')
out.append('#include <cstdint>')
out.append('')
out.append('namespace flopscale::math::detail {')
out.append('')
out.append('// clang-format off')
out.append('inline constexpr int exp_table_bits = %d;' % EXP_BITS)
# ln2/N in two parts: a short leading part, so that k * part is exact for |k| < 2^18, and the rest.
step = mpmath.log(2) / exp_size
p1 = mpmath.mpf(int(step * 2**(34 + EXP_BITS))) / 2**(34 + EXP_BITS)  # 35 significant bits
p2 = float(step - p1)
# k * p2 rounds (below 2^-76 for |k| < 2^15) and p1 + p2 misses ln2/N by below 2^-93 per step:
# both far below the 2^-58 of the exp kernel.
assert abs(step - p1 - p2) < mpmath.mpf(2)**-93
out.append('// The exp reduction step ln2/%d in two parts; the first has a short significand so that' % exp_size)
out.append('// k * ln2_step_a is exact for |k| < 2^18, which covers every k the reduction produces.')
out.append('inline constexpr double ln2_step_a = %s;' % hx(float(p1)))
out.append('inline constexpr double ln2_step_b = %s;' % hx(p2))
out.append('inline constexpr double inv_ln2_step = %s; // %d/ln2' % (hx(float(exp_size / mpmath.log(2))), exp_size))

# The reduced argument stays within ln2/(2N), plus the rounding of k and a little more.
EXP_R = mpmath.log(2) / (2 * exp_size) * (1 + mpmath.mpf(2)**-20)
exp_q = minimax(exp_q_over_r2, -EXP_R, EXP_R, 5, lambda r: r * r)
exp_q_error = max_error(exp_q_over_r2, exp_q, -EXP_R, EXP_R, lambda r: r * r)
assert exp_q_error < mpmath.mpf(2)**-65
check_polynomial('[exp_q]', exp_q)

out.append('')
out.append('// 2^(j/%d) = exp2_hi[j] + exp2_lo[j] for j = 0..%d; the low part is below 2^-53, so a float'
           % (exp_size, exp_size - 1))
out.append('// keeps it to 2^-77.')
out.append('inline constexpr double exp2_hi[%d] = {' % exp_size)
exp_his = []
exp_los = []
for j in range(exp_size):
    v = mpmath.power(2, mpmath.mpf(j) / exp_size)
    hi = float(v)
    exp_his.append(hx(hi))
    exp_los.append(hxf(to_float(float(v - mpmath.mpf(hi)))))
out += rows(exp_his, 4)
out.append('};')
out.append('inline constexpr float exp2_lo[%d] = {' % exp_size)
out += rows(exp_los, 5)
out.append('};')
out.append('')
out.append('inline constexpr int log_table_bits = %d;' % LOG_BITS)
out.append('// Bit pattern where the log reduction range starts (about sqrt(1/2)); sub-interval %d' % k)
out.append('// is centred on 1.0.')
out.append('inline constexpr std::uint64_t log_offset = 0x%016xULL;' % LOG_OFF)
out.append('')
out.append('// For each sub-interval i: c = 1/centre rounded to %d significant bits (so that m c - 1 can be'
           % C_BITS)
out.append('// formed exactly from two short products), stored as the integer c 2^log_inverse_bits; and')
out.append('// -log(c) = neg_log_hi + neg_log_lo with the high part a float, a multiple of 2^-42 (so that')
out.append('// e ln2_hi + neg_log_hi is exact). Three arrays rather than one of structs: no padding.')
out.append('inline constexpr int log_inverse_bits = %d;' % C_BITS)
inverses = []
his = []
los = []
max_r = mpmath.mpf(0)
for i in range(log_size):
    centre = from_bits(LOG_OFF + i * LOG_STEP + LOG_STEP // 2)
    if i == k:
        assert centre == 1.0
        c = 1.0
    elif i == k - 1:
        # Just below 1, the nearest inverse (1 + 2^-6) would make -log(c) and log1p(r) cancel to a
        # quarter; with c = 1, r = m - 1 stays within 2^-6.4 and log x = log1p(r) has no table term.
        c = 1.0
    else:
        inv = 1 / mpmath.mpf(centre)
        e = int(mpmath.floor(mpmath.log(inv, 2)))
        c = float(mpmath.nint(inv * 2**(C_BITS - 1 - e)) / 2**(C_BITS - 1 - e))
    # m c - 1 must stay below 2^-LOG_BITS over the sub-interval so that it is exact in a double.
    interval_r = max(abs(mpmath.mpf(from_bits(end)) * c - 1)
                     for end in (LOG_OFF + i * LOG_STEP, LOG_OFF + (i + 1) * LOG_STEP - 1))
    assert interval_r < mpmath.mpf(2)**-LOG_BITS, i
    max_r = max(max_r, interval_r)
    scaled = c * 2**C_BITS
    assert scaled == int(scaled) and 0 < scaled < 256  # a whole number that fits a byte
    inverses.append(int(scaled))
    v = -mpmath.log(mpmath.mpf(c))
    hi = to_float(float(v))
    assert mpmath.mpf(hi) * 2**42 == mpmath.nint(mpmath.mpf(hi) * 2**42)
    # For x in [sqrt(1/2), sqrt(2)) (e = 0), log_dd adds s = r - r^2/2 to neg_log_hi with a fast
    # two-sum, which needs |neg_log_hi| >= |s| where neg_log_hi is not 0. For other x, e ln2
    # dominates.
    assert hi == 0 or abs(hi) >= interval_r * (1 + interval_r), i
    his.append(hi)
    los.append(float(v - mpmath.mpf(hi)))
out.append('inline constexpr std::uint8_t log_inverse_scaled[%d] = {' % log_size)
out += rows(['%3d' % n for n in inverses], 16)
out.append('};')
out.append('inline constexpr float log_neg_log_hi[%d] = {' % log_size)
out += rows(['%16s' % hxf(hi) for hi in his], 5)
out.append('};')
out.append('inline constexpr double log_neg_log_lo[%d] = {' % log_size)
out += rows(['%22s' % hx(lo) for lo in los], 4)
out.append('};')
out.append('// clang-format on')

log_p = minimax(log1p_tail_over_r3, -max_r, max_r, 6, lambda r: r * r)
# The error of the r^3 term relative to log1p(r), which is about r.
log_p_error = max_error(log1p_tail_over_r3, log_p, -max_r, max_r, lambda r: r * r)
assert log_p_error < mpmath.mpf(2)**-67
check_polynomial('[log_p]', log_p)
out.append('')
out.append('} // namespace flopscale::math::detail')
open('include/flopscale/detail/math_tables.hpp', 'w').write('\n'.join(out) + '\n')

print('largest |m c - 1| of the log reduction: 2^%.2f' % float(mpmath.log(max_r, 2)))
print('exp_q: e^r - 1 - r within 2^%.2f for |r| <= ln2/%d' % (float(mpmath.log(exp_q_error, 2)), 2 * exp_size))
print('log_p: log1p(r) within 2^%.2f |r|' % float(mpmath.log(log_p_error, 2)))
# Constants used by math.hpp, printed for reference.
for name, v in [('ln2', mpmath.log(2)), ('1/ln2', 1 / mpmath.log(2)), ('ln10', mpmath.log(10)),
                ('1/ln10', 1 / mpmath.log(10)), ('log10(2)', mpmath.log10(2))]:
    hi = float(v)
    print('%-8s hi=%s lo=%s' % (name, hx(hi), hx(float(v - mpmath.mpf(hi)))))
v = mpmath.log(2)
l1 = float(mpmath.mpf(int(v * 2**42)) / 2**42)
print('ln2 hi42', hx(l1), 'lo', hx(float(v - l1)))
for n in range(3, 8):  # expm1's Taylor polynomial for tiny x
    print('1/%d! = %s' % (n, hx(float(1 / mpmath.factorial(n)))))

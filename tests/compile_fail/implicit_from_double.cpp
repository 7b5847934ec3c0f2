// A bare number does not silently become a quantity: flops{3.8e25} says which one it is.
#include "flopscale/units.hpp"
// expect: conversion from
// expect: double
flopscale::flops budget = 3.8e25;

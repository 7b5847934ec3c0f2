// More unique tokens than tokens trained on is not a data-constrained question.
#include "flopscale/scaling.hpp"
// expect: unique tokens must be positive and at most the total tokens
constexpr flopscale::tokens effective = flopscale::scaling::muennighoff2023.effective_tokens(
    flopscale::tokens{1e9}, flopscale::tokens{2e9});

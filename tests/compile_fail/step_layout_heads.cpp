// A parallel layout that does not suit the model does not compile in a constant expression.
// The compiler's notes quote the reason ("tensor must divide the attention heads").
#include "flopscale/catalog.hpp"
#include "flopscale/step_model.hpp"
// expect: tensor must divide the attention heads
using namespace flopscale;
constexpr transformer model{48, 6144, 64, 0, 0, 0, 51200, 2048};
constexpr parallel_layout layout{6}; // 64 heads do not split 6 ways
constexpr step_prediction step =
    predict_step(model, layout, cluster{catalog::a100_sxm, 6}, 6, 2048);

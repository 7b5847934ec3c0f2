// Deliberately uses what the demo must not: the heap, operator new, libm, a pure virtual function
// (whose handler is C++ runtime support) and formatted stdio. The map check must reject it.
#include <cmath>
#include <cstdio>
#include <cstdlib>

struct shape {
    virtual ~shape() = default;
    virtual double area() const = 0;
};
struct square final : shape {
    double side = 2;
    double area() const override { return side * side; }
};

int main() {
    volatile double x = 2.5;
    void* block = std::malloc(16);
    shape* s = new square;
    char text[32];
    std::snprintf(text, sizeof text, "%g", std::exp(x) + s->area());
    delete s;
    std::free(block);
    return text[0] == '\0';
}

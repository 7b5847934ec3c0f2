// The empty program the demo's footprint is measured against: same startup, flags and libraries.
int main() {
    return 0;
}

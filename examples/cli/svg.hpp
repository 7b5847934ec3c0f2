// A small SVG chart writer for the flopscale tool: one plot area, linear or logarithmic axes with
// ticks and labels, line and marker series, a legend and free text. No dependency; the output is
// plain SVG 1.1 that xmllint accepts and librsvg renders.
#pragma once

#include <string>
#include <vector>

namespace fscli {

struct point {
    double x;
    double y;
};

struct axis {
    std::string label;
    double min = 1;
    double max = 10;
    bool logarithmic = true;
    // When not empty, a category axis: category i sits at x = i and is labelled with its name;
    // min, max and logarithmic are ignored. Only the x axis may have categories.
    std::vector<std::string> categories;
};

enum class series_style { line, dashed_line, markers, line_and_markers };

struct series {
    std::string label; // empty: no legend entry
    std::string color;
    series_style style = series_style::line;
    std::vector<point> points;
};

struct annotation {
    point at;
    std::string text;
    std::string color = "#333333";
};

enum class corner { top_left, top_right, bottom_right };

struct chart {
    std::string title;
    axis x;
    axis y;
    int width = 800;
    int height = 520;
    std::vector<series> lines;
    std::vector<annotation> notes;
    corner legend = corner::top_right; // where the legend goes inside the plot area
};

// A fixed palette that stays distinguishable in print.
const char* palette(std::size_t index);

// The chart as a complete SVG document. Points outside the axis ranges, or not positive on a
// logarithmic axis, are left out rather than drawn at a wrong place.
std::string render_svg(const chart& c);

// Escapes &, <, >, " and ' for use in XML text and attribute values.
std::string xml_escape(const std::string& text);

} // namespace fscli

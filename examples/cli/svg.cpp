#include "svg.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace fscli {
namespace {

// Margins around the plot area, in pixels: room for tick labels, axis labels and the title.
constexpr double margin_left = 84;
constexpr double margin_right = 24;
constexpr double margin_top = 44;
constexpr double margin_bottom = 64;
// Room for category names written at an angle under the x axis.
constexpr double margin_categories = 170;

std::string number(double v) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.2f", v);
    return buffer;
}

std::string tick_text(double v, bool logarithmic) {
    char buffer[32];
    if (logarithmic) {
        const double exponent = std::round(std::log10(v));
        if (exponent >= -2 && exponent <= 3)
            std::snprintf(buffer, sizeof buffer, "%g", v);
        else
            std::snprintf(buffer, sizeof buffer, "1e%d", static_cast<int>(exponent));
    } else {
        std::snprintf(buffer, sizeof buffer, "%g", v);
    }
    return buffer;
}

// Maps data coordinates to pixels on one axis.
struct scale {
    double lo;
    double hi;
    double pixel_lo;
    double pixel_hi;
    bool logarithmic;

    // A value that has a place on this axis (finite; positive on a logarithmic axis).
    bool drawable(double v) const { return std::isfinite(v) && (!logarithmic || v > 0); }
    bool contains(double v) const {
        if (!drawable(v)) return false;
        const double t = to_unit(v);
        return t >= -1e-9 && t <= 1 + 1e-9;
    }
    double to_unit(double v) const {
        if (logarithmic)
            return (std::log10(v) - std::log10(lo)) / (std::log10(hi) - std::log10(lo));
        return (v - lo) / (hi - lo);
    }
    double operator()(double v) const { return pixel_lo + to_unit(v) * (pixel_hi - pixel_lo); }
};

struct tick {
    double value;
    bool major;
};

std::vector<tick> ticks_for(const axis& a) {
    std::vector<tick> result;
    if (!a.categories.empty()) {
        for (std::size_t i = 0; i < a.categories.size(); ++i)
            result.push_back({static_cast<double>(i), true});
    } else if (a.logarithmic) {
        const int first = static_cast<int>(std::floor(std::log10(a.min) + 1e-9));
        const int last = static_cast<int>(std::ceil(std::log10(a.max) - 1e-9));
        const int decades = last - first;
        // Beyond a dozen decades every other label is enough to stay legible.
        const int stride = decades > 12 ? 2 : 1;
        for (int e = first; e <= last; ++e) {
            const double decade = std::pow(10.0, e);
            if ((e - first) % stride == 0) result.push_back({decade, true});
            if (decades <= 6)
                for (int m = 2; m <= 9; ++m)
                    result.push_back({m * decade, false});
        }
    } else {
        const double span = a.max - a.min;
        const double raw = span / 6;
        const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
        const double fraction = raw / magnitude;
        const double step = (fraction < 1.5   ? 1
                             : fraction < 3.5 ? 2
                             : fraction < 7.5 ? 5
                                              : 10) *
                            magnitude;
        for (double v = std::ceil(a.min / step) * step; v <= a.max + step * 1e-9; v += step)
            result.push_back({std::abs(v) < step * 1e-9 ? 0.0 : v, true});
    }
    return result;
}

std::string dash_for(series_style style) {
    return style == series_style::dashed_line ? " stroke-dasharray=\"7 5\"" : "";
}

} // namespace

const char* palette(std::size_t index) {
    static const char* const colors[] = {"#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd",
                                         "#8c564b", "#e377c2", "#17becf", "#7f7f7f", "#bcbd22"};
    return colors[index % (sizeof colors / sizeof colors[0])];
}

std::string xml_escape(const std::string& text) {
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&apos;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

std::string render_svg(const chart& c) {
    const double w = c.width;
    const double h = c.height;
    const bool categorical = !c.x.categories.empty();
    const double bottom = categorical ? margin_categories : margin_bottom;
    const scale sx = categorical
                         ? scale{-0.5, static_cast<double>(c.x.categories.size()) - 0.5,
                                 margin_left, w - margin_right, false}
                         : scale{c.x.min, c.x.max, margin_left, w - margin_right, c.x.logarithmic};
    const scale sy{c.y.min, c.y.max, h - bottom, margin_top, c.y.logarithmic};

    std::string s;
    s += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    s += "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"" + number(w) +
         "\" height=\"" + number(h) + "\" viewBox=\"0 0 " + number(w) + " " + number(h) +
         "\" font-family=\"DejaVu Sans, Helvetica, Arial, sans-serif\">\n";
    s += "<title>" + xml_escape(c.title) + "</title>\n";
    s += "<rect x=\"0\" y=\"0\" width=\"" + number(w) + "\" height=\"" + number(h) +
         "\" fill=\"#ffffff\"/>\n";
    s += "<text x=\"" + number(w / 2) +
         "\" y=\"26\" text-anchor=\"middle\" font-size=\"17\" font-weight=\"bold\">" +
         xml_escape(c.title) + "</text>\n";

    // Grid, ticks and tick labels.
    s += "<g stroke=\"#dddddd\" stroke-width=\"1\">\n";
    const auto x_ticks = ticks_for(c.x);
    const auto y_ticks = ticks_for(c.y);
    for (const tick& t : x_ticks)
        if (sx.contains(t.value))
            s += "<line x1=\"" + number(sx(t.value)) + "\" y1=\"" + number(sy.pixel_lo) +
                 "\" x2=\"" + number(sx(t.value)) + "\" y2=\"" + number(sy.pixel_hi) + "\"" +
                 (t.major ? "" : " stroke-opacity=\"0.45\"") + "/>\n";
    for (const tick& t : y_ticks)
        if (sy.contains(t.value))
            s += "<line x1=\"" + number(sx.pixel_lo) + "\" y1=\"" + number(sy(t.value)) +
                 "\" x2=\"" + number(sx.pixel_hi) + "\" y2=\"" + number(sy(t.value)) + "\"" +
                 (t.major ? "" : " stroke-opacity=\"0.45\"") + "/>\n";
    s += "</g>\n<g font-size=\"12\" fill=\"#222222\">\n";
    for (const tick& t : x_ticks) {
        if (!t.major || !sx.contains(t.value)) continue;
        if (categorical) {
            const std::string x = number(sx(t.value) + 4);
            const std::string y = number(sy.pixel_lo + 10);
            s += "<text x=\"" + x + "\" y=\"" + y + "\" text-anchor=\"end\" font-size=\"10\" " +
                 "transform=\"rotate(-60 " + x + " " + y + ")\">" +
                 xml_escape(c.x.categories[static_cast<std::size_t>(t.value)]) + "</text>\n";
        } else {
            s += "<text x=\"" + number(sx(t.value)) + "\" y=\"" + number(sy.pixel_lo + 18) +
                 "\" text-anchor=\"middle\">" + tick_text(t.value, c.x.logarithmic) + "</text>\n";
        }
    }
    for (const tick& t : y_ticks)
        if (t.major && sy.contains(t.value))
            s += "<text x=\"" + number(sx.pixel_lo - 8) + "\" y=\"" + number(sy(t.value) + 4) +
                 "\" text-anchor=\"end\">" + tick_text(t.value, c.y.logarithmic) + "</text>\n";
    s += "</g>\n";

    // Frame and axis labels.
    s += "<rect x=\"" + number(sx.pixel_lo) + "\" y=\"" + number(sy.pixel_hi) + "\" width=\"" +
         number(sx.pixel_hi - sx.pixel_lo) + "\" height=\"" + number(sy.pixel_lo - sy.pixel_hi) +
         "\" fill=\"none\" stroke=\"#444444\" stroke-width=\"1.2\"/>\n";
    s += "<text x=\"" + number((sx.pixel_lo + sx.pixel_hi) / 2) + "\" y=\"" + number(h - 18) +
         "\" text-anchor=\"middle\" font-size=\"14\">" + xml_escape(c.x.label) + "</text>\n";
    const double y_mid = (sy.pixel_lo + sy.pixel_hi) / 2;
    s += "<text x=\"20\" y=\"" + number(y_mid) + "\" text-anchor=\"middle\" font-size=\"14\" " +
         "transform=\"rotate(-90 20 " + number(y_mid) + ")\">" + xml_escape(c.y.label) +
         "</text>\n";

    // Series, clipped to the plot area: a polyline per run of drawable points, markers as circles.
    s += "<defs><clipPath id=\"plot-area\"><rect x=\"" + number(sx.pixel_lo) + "\" y=\"" +
         number(sy.pixel_hi) + "\" width=\"" + number(sx.pixel_hi - sx.pixel_lo) + "\" height=\"" +
         number(sy.pixel_lo - sy.pixel_hi) + "\"/></clipPath></defs>\n";
    s += "<g clip-path=\"url(#plot-area)\">\n";
    for (const series& line : c.lines) {
        const bool draws_line = line.style != series_style::markers;
        const bool draws_markers =
            line.style == series_style::markers || line.style == series_style::line_and_markers;
        if (draws_line) {
            std::string path;
            for (const point& p : line.points) {
                if (!sx.drawable(p.x) || !sy.drawable(p.y)) {
                    path += '|';
                    continue;
                }
                path += number(sx(p.x)) + "," + number(sy(p.y)) + " ";
            }
            std::size_t start = 0;
            while (start <= path.size()) {
                std::size_t end = path.find('|', start);
                if (end == std::string::npos) end = path.size();
                const std::string run = path.substr(start, end - start);
                if (run.find(' ') != run.rfind(' '))
                    s += "<polyline fill=\"none\" stroke=\"" + line.color +
                         "\" stroke-width=\"2\"" + dash_for(line.style) + " points=\"" + run +
                         "\"/>\n";
                start = end + 1;
            }
        }
        if (draws_markers)
            for (const point& p : line.points)
                if (sx.contains(p.x) && sy.contains(p.y))
                    s += "<circle cx=\"" + number(sx(p.x)) + "\" cy=\"" + number(sy(p.y)) +
                         "\" r=\"4\" fill=\"" + line.color +
                         "\" stroke=\"#ffffff\" stroke-width=\"0.8\"/>\n";
    }
    s += "</g>\n";

    for (const annotation& note : c.notes)
        if (sx.contains(note.at.x) && sy.contains(note.at.y))
            s += "<text x=\"" + number(sx(note.at.x) + 6) + "\" y=\"" + number(sy(note.at.y) - 6) +
                 "\" font-size=\"10\" fill=\"" + note.color + "\">" + xml_escape(note.text) +
                 "</text>\n";

    // Legend inside the plot area, sized to its longest label (about 7 px a character at 12 px).
    std::size_t entries = 0;
    std::size_t longest = 0;
    for (const series& line : c.lines) {
        if (line.label.empty()) continue;
        ++entries;
        longest = std::max(longest, line.label.size());
    }
    if (entries > 0) {
        const double box_w = 44 + 7.0 * static_cast<double>(longest);
        const double box_h = static_cast<double>(entries) * 18 + 8;
        const double box_x =
            c.legend == corner::top_left ? sx.pixel_lo + 10 : sx.pixel_hi - 10 - box_w;
        const double box_y =
            c.legend == corner::bottom_right ? sy.pixel_lo - 10 - box_h : sy.pixel_hi + 10;
        s += "<rect x=\"" + number(box_x) + "\" y=\"" + number(box_y) + "\" width=\"" +
             number(box_w) + "\" height=\"" + number(box_h) +
             "\" fill=\"#ffffff\" fill-opacity=\"0.9\" stroke=\"#bbbbbb\"/>\n";
        double y = box_y + 20;
        const double x = box_x + 8;
        for (const series& line : c.lines) {
            if (line.label.empty()) continue;
            if (line.style == series_style::markers)
                s += "<circle cx=\"" + number(x + 11) + "\" cy=\"" + number(y - 4) +
                     "\" r=\"4\" fill=\"" + line.color + "\"/>\n";
            else
                s += "<line x1=\"" + number(x) + "\" y1=\"" + number(y - 4) + "\" x2=\"" +
                     number(x + 22) + "\" y2=\"" + number(y - 4) + "\" stroke=\"" + line.color +
                     "\" stroke-width=\"2\"" + dash_for(line.style) + "/>\n";
            s += "<text x=\"" + number(x + 30) + "\" y=\"" + number(y) + "\" font-size=\"12\">" +
                 xml_escape(line.label) + "</text>\n";
            y += 18;
        }
    }
    s += "</svg>\n";
    return s;
}

} // namespace fscli

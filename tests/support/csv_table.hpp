// The reference tables of tests/data/ read at run time: RFC 4180 fields, one header row, lines
// starting with '#' (attribution and licence notes) skipped.
#pragma once

#include "catch_compat.hpp"

#include <fstream>
#include <string>
#include <vector>

namespace csv {

// tests/data, found from this file's own path unless the build names it.
inline std::string data_dir() {
#if defined(FLOPSCALE_TEST_DATA_DIR)
    return FLOPSCALE_TEST_DATA_DIR;
#else
    const std::string file = __FILE__;
    const std::size_t slash = file.find_last_of("/\\");
    return (slash == std::string::npos ? std::string(".") : file.substr(0, slash)) + "/../data";
#endif
}

using row = std::vector<std::string>;

// Commas inside double quotes, "" for a quote.
inline row split_line(const std::string& line) {
    row fields(1);
    bool quoted = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quoted) {
            if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
                fields.back() += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                fields.back() += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            fields.emplace_back();
        } else if (c != '\r') {
            fields.back() += c;
        }
    }
    return fields;
}

struct table {
    row header;
    std::vector<row> rows;
    std::size_t column(const std::string& name) const {
        for (std::size_t i = 0; i < header.size(); ++i)
            if (header[i] == name) return i;
        FAIL("no column " << name);
        return 0;
    }
};

// Every row has as many fields as the header.
inline table read(const std::string& file_name) {
    std::ifstream in(data_dir() + "/" + file_name);
    REQUIRE(in.good());
    table t;
    std::string line;
    while (std::getline(in, line) && !line.empty() && line[0] == '#') {
    }
    t.header = split_line(line);
    while (std::getline(in, line))
        if (!line.empty() && line[0] != '#') {
            t.rows.push_back(split_line(line));
            REQUIRE(t.rows.back().size() == t.header.size());
        }
    return t;
}

// A known figure equals the cell's number; a blank cell is an unknown figure.
inline void check_figure(const std::string& cell, bool known, double value_in_unit) {
    INFO("table cell '" << cell << "', library " << (known ? "" : "unknown ") << value_in_unit);
    if (cell.empty()) {
        REQUIRE(!known);
    } else {
        REQUIRE(known);
        REQUIRE(near(value_in_unit, std::stod(cell), 1e-12));
    }
}

} // namespace csv

// SPDX-License-Identifier: GPL-3.0-or-later
// A small streaming JSON writer for the machine-readable outputs (stats --json, JSON and FHIR
// exports). Keys come out in the order written, so output is stable and diffable.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace cramp {

class JsonWriter {
public:
    // indent 0 writes one line; otherwise pretty-printed with that many spaces.
    explicit JsonWriter(int indent = 0) : indent_(indent) {}

    JsonWriter& begin_object();
    JsonWriter& end_object();
    JsonWriter& begin_array();
    JsonWriter& end_array();
    JsonWriter& key(std::string_view k);
    JsonWriter& value(std::string_view s);
    JsonWriter& value(const char* s) { return value(std::string_view(s)); }
    JsonWriter& value(const std::string& s) { return value(std::string_view(s)); }
    JsonWriter& value(std::int64_t n);
    JsonWriter& value(int n) { return value(static_cast<std::int64_t>(n)); }
    JsonWriter& value(double d);
    JsonWriter& value(bool b);
    JsonWriter& null();

    const std::string& str() const { return out_; }

    static std::string escape(std::string_view s);  // with the quotes

private:
    void before_value();
    void newline();
    int indent_;
    std::string out_;
    // per open container: whether it has an element yet
    std::vector<bool> has_element_;
    bool after_key_ = false;
};

}  // namespace cramp

// SPDX-License-Identifier: GPL-3.0-or-later
#include "json_writer.hpp"

#include <catch2/catch.hpp>

using cramp::JsonWriter;

TEST_CASE("JSON writer nests, separates and escapes", "[core][json]") {
    JsonWriter w;
    w.begin_object().key("a").value(1).key("b").begin_array().value("x\"y\n").value(true).null().end_array();
    w.key("c").begin_object().end_object().key("d").begin_array().end_array().key("e").value(2.5).end_object();
    CHECK(w.str() == R"({"a":1,"b":["x\"y\n",true,null],"c":{},"d":[],"e":2.5})");
}

TEST_CASE("JSON writer pretty-prints with an indent", "[core][json]") {
    JsonWriter w(2);
    w.begin_object().key("k").begin_array().value(1).value(2).end_array().end_object();
    CHECK(w.str() == "{\n  \"k\": [\n    1,\n    2\n  ]\n}");
}

TEST_CASE("JSON writer keeps UTF-8 and escapes control characters", "[core][json]") {
    CHECK(JsonWriter::escape("小腿\x01") == "\"小腿\\u0001\"");
}

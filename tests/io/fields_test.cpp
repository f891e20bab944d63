// SPDX-License-Identifier: GPL-3.0-or-later
// Every field of the table (episode_fields.hpp) in every export: a column of the CSV and a key of
// the JSON, in the table's order; carried through export and import; and said in the FHIR
// Observation, whose clinical coding is written field by field and so cannot be derived.
#include "csv.hpp"
#include "episode_fields.hpp"
#include "field_variations.hpp"
#include "io_fixtures.hpp"
#include "json_reader.hpp"
#include "tempdir.hpp"
#include "transfer.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace cramp;
using test::kNow;
using test::open_at;

namespace {

// A diary holding full_episode() and, for each field of content, a copy changed in that field.
Diary diary_of_every_change(const std::filesystem::path& p) {
    Diary d = open_at(p);
    const Episode e = test::full_episode();
    REQUIRE(d.add_episode(e).ok());
    test::for_each_content_change(e, [&](std::string_view name, const Episode& changed) {
        INFO(name);
        auto r = d.add_episode(changed);
        INFO((r.ok() ? std::string() : r.error()));
        REQUIRE(r.ok());
    });
    return d;
}

std::string fhir_of(const Episode& e, const std::filesystem::path& p) {
    Diary d = open_at(p);
    auto r = d.add_episode(e);
    INFO((r.ok() ? std::string() : r.error()));
    REQUIRE(r.ok());
    return export_fhir(d);
}

}  // namespace

TEST_CASE("every field of the table is a CSV column and a JSON key of an episode, in the table's order", "[io][fields]") {
    test::TempDir dir;
    Diary d = open_at(dir / "d.sqlite");
    REQUIRE(d.add_episode(test::full_episode()).ok());

    const std::string csv = export_csv(d);
    std::string header = "kind";
    for (auto name : kEpisodeFieldNames) header += "," + std::string(name);
    CHECK(csv.substr(0, csv.find("\r\n")) == header + ",factors");  // then a care record's column

    auto json = json::parse(export_json(d));
    REQUIRE(json.ok());
    const json::Value* episodes = json->find("episodes");
    REQUIRE(episodes);
    REQUIRE(episodes->items.size() == 1);
    const std::vector<std::string> expected(kEpisodeFieldNames.begin(), kEpisodeFieldNames.end());
    CHECK(episodes->items[0].keys == expected);
}

TEST_CASE("every field of content survives export and import, CSV and JSON", "[io][fields][roundtrip]") {
    const auto format = GENERATE(ExportFormat::csv, ExportFormat::json);
    CAPTURE(format_name(format));
    test::TempDir dir;
    Diary a = diary_of_every_change(dir / "a.sqlite");
    const std::string text = export_text(a, format);

    Diary b = open_at(dir / "b.sqlite");
    auto plan = plan_import(b, text);
    INFO((plan.ok() ? std::string() : plan.error()));
    REQUIRE(plan.ok());
    REQUIRE(commit_import(b, *plan).ok());
    const auto before = a.episodes(), after = b.episodes();
    REQUIRE(after.size() == before.size());
    REQUIRE(before.size() == kEpisodeFieldCount);  // the episode and one change per field of content
    for (std::size_t i = 0; i < before.size(); ++i) {
        CHECK(after[i].same_record(before[i]));
        CHECK(after[i].night == before[i].night);
    }
    CHECK(export_text(b, format) == text);
}

TEST_CASE("every field of content is said in the episode's FHIR Observation", "[io][fields][fhir]") {
    test::TempDir dir;
    const Episode e = test::full_episode();
    const std::string base = fhir_of(e, dir / "base.sqlite");
    test::for_each_content_change(e, [&](std::string_view name, const Episode& changed) {
        INFO("a change of " << name << " changes the Bundle");
        CHECK(fhir_of(changed, dir / (std::string(name) + ".sqlite")) != base);
    });
}

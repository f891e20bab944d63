// SPDX-License-Identifier: GPL-3.0-or-later
// Care records and medicines in the files (docs/formats.md): the CSV's night_factors rows and 17th
// column, JSON version 2's night_factors and dated medicines, the files written before them (16
// columns, JSON version 1), the import's rules for care records, and MedicationStatements in FHIR.
#include "csv.hpp"
#include "io_fixtures.hpp"
#include "isotime.hpp"
#include "json_reader.hpp"
#include "tempdir.hpp"
#include "transfer.hpp"

#include <catch2/catch.hpp>

using namespace cramp;
using test::kNow;
using test::open_at;

namespace {

Night day(const char* s) { return *parse_date(s); }

const std::string kHeader16 =
    "kind,night,onset,zone,duration_s,site,side,intensity,posture,numbness,weakness,radiating,tingling_symmetric,woke,relief,note\r\n";
const std::string kHeader17 = csv::header_row();
const std::string kEpisodeRow =
    "episode,2026-03-02,2026-03-03T02:30:00+08:00,Asia/Shanghai,60,calf,left,5,lying,none,,no,no,yes,,left calf,\r\n";

std::string care_row(const std::string& night, const std::string& items) {
    return "night_factors," + night + ",,,,,,,,,,,,,,," + items + "\r\n";
}

// A small diary: a cramp on 2 March, a cramp-free 3 March, care records on 2, 3 (none of these) and
// 5 March (no other record), and three medicines.
Diary small_diary(const std::filesystem::path& p) {
    Diary d = open_at(p);
    Episode e;
    e.zone = "Asia/Shanghai";
    e.onset = instant_of(*parse_iso_time("2026-03-03T02:30:00+08:00"), "UTC");
    e.note = "left calf";
    REQUIRE(d.add_episode(e).ok());
    REQUIRE(d.add_cramp_free_night(day("2026-03-03")).ok());
    REQUIRE(d.set_night_factors(day("2026-03-05"), {CareItem::fluids}).ok());
    REQUIRE(d.set_night_factors(day("2026-03-02"), {CareItem::cold_night, CareItem::calf_stretch}).ok());
    REQUIRE(d.set_night_factors(day("2026-03-03"), {}).ok());
    REQUIRE(d.replace_medicines({{0, "statin", "", {}, {}},
                                 {0, "magnesium", "200 mg", day("2026-02-01"), {}},
                                 {0, "quinine", "", day("2025-06-01"), day("2025-07-15")}})
                .ok());
    return d;
}

ImportSummary import_ok(Diary& d, const std::string& text) {
    auto plan = plan_import(d, text);
    INFO((plan.ok() ? std::string() : plan.error()));
    REQUIRE(plan.ok());
    auto done = commit_import(d, *plan);
    REQUIRE(done.ok());
    return *done;
}

std::vector<Medicine> without_ids(std::vector<Medicine> list) {
    for (auto& m : list) m.id = 0;
    return list;
}

}  // namespace

TEST_CASE("CSV: a night's care record follows its episodes or cramp-free record, by night", "[io][csv][care]") {
    test::TempDir dir;
    auto d = small_diary(dir / "d.sqlite");
    CHECK(export_csv(d) == kHeader17 + kEpisodeRow + care_row("2026-03-02", "calf_stretch;cold_night") +
                               "cramp_free_night,2026-03-03,,,,,,,,,,,,,,,\r\n" + care_row("2026-03-03", "") +
                               care_row("2026-03-05", "fluids"));
    // Into an empty diary and out again: the same bytes, and the same records.
    auto e = open_at(dir / "e.sqlite");
    const auto s = import_ok(e, export_csv(d));
    CHECK(s.added_night_factors == 3);
    CHECK(e.night_factors() == d.night_factors());
    CHECK(export_csv(e) == export_csv(d));
    // --from/--to keep the care records of those nights.
    ExportOptions o;
    o.range = NightRange{day("2026-03-03"), day("2026-03-04")};
    CHECK(export_csv(d, o) == kHeader17 + "cramp_free_night,2026-03-03,,,,,,,,,,,,,,,\r\n" + care_row("2026-03-03", ""));
}

TEST_CASE("JSON version 2: dated medicines in the profile, care records after the cramp-free nights", "[io][json][care]") {
    test::TempDir dir;
    auto d = small_diary(dir / "d.sqlite");
    const std::string text = export_json(d);
    CHECK(text.find(R"(  "version": 2,)") != std::string::npos);
    CHECK(text.find(R"(    "medicines": [
      {
        "name": "statin",
        "dose": "",
        "start": null,
        "stop": null
      },
      {
        "name": "quinine",
        "dose": "",
        "start": "2025-06-01",
        "stop": "2025-07-15"
      },
      {
        "name": "magnesium",
        "dose": "200 mg",
        "start": "2026-02-01",
        "stop": null
      }
    ]
  },)") != std::string::npos);
    CHECK(text.ends_with(R"(  "cramp_free_nights": [
    {
      "night": "2026-03-03"
    }
  ],
  "night_factors": [
    {
      "night": "2026-03-02",
      "factors": [
        "calf_stretch",
        "cold_night"
      ]
    },
    {
      "night": "2026-03-03",
      "factors": []
    },
    {
      "night": "2026-03-05",
      "factors": [
        "fluids"
      ]
    }
  ]
}
)"));
    auto e = open_at(dir / "e.sqlite");
    const auto s = import_ok(e, text);
    CHECK(s.applied_profile);
    CHECK(without_ids(e.medicines()) == without_ids(d.medicines()));
    CHECK(e.night_factors() == d.night_factors());
    CHECK(export_json(e) == text);
}

TEST_CASE("files written before care records still import: 16 CSV columns, JSON version 1", "[io][care][compat]") {
    test::TempDir dir;
    SECTION("CSV of 16 columns") {
        auto d = open_at(dir / "d.sqlite");
        const auto s = import_ok(d, kHeader16 + kEpisodeRow.substr(0, kEpisodeRow.size() - 3) + "\r\n" +
                                        "cramp_free_night,2026-03-03,,,,,,,,,,,,,,\r\n");
        CHECK(s.added_episodes == 1);
        CHECK(s.added_cramp_free_nights == 1);
        CHECK(describe(s) ==
              "added 1 episodes and 1 cramp-free nights; skipped 0 episodes and 0 cramp-free nights already in the diary");
        // A care row has no column in such a file.
        auto plan = plan_import(d, kHeader16 + "night_factors,2026-03-04,,,,,,,,,,,,,,\r\n");
        REQUIRE_FALSE(plan.ok());
        CHECK(plan.error() == "line 2, kind: 'night_factors' is not episode or cramp_free_night");
    }
    SECTION("JSON version 1: the medicines' text becomes undated records") {
        const std::string v1 = "{\n"
                               "  \"format\": \"crampdiary\",\n"
                               "  \"version\": 1,\n"
                               "  \"settings\": {\"threshold\": 3, \"day_boundary\": 12, \"week_start\": \"monday\"},\n"
                               "  \"profile\": {\"name\": \"\", \"birth_year\": null, \"risk_factors\": [], \"medicines\": "
                               "\"二甲双胍；furosemide\\nstatin\"},\n"
                               "  \"episodes\": [],\n"
                               "  \"cramp_free_nights\": [{\"night\": \"2026-03-05\"}]\n"
                               "}\n";
        auto d = open_at(dir / "d.sqlite");
        const auto s = import_ok(d, v1);
        CHECK(s.added_cramp_free_nights == 1);
        CHECK(without_ids(d.medicines()) == std::vector<Medicine>{{0, "二甲双胍", "", {}, {}},
                                                                  {0, "furosemide", "", {}, {}},
                                                                  {0, "statin", "", {}, {}}});
        // Care records came with version 2.
        auto e = open_at(dir / "e.sqlite");
        std::string with_care = v1;
        with_care.insert(with_care.rfind('\n', with_care.size() - 3), ",\n  \"night_factors\": []");
        auto plan = plan_import(e, with_care);
        REQUIRE_FALSE(plan.ok());
        CHECK(plan.error() == "line 8, night_factors: not a field of a version 1 export");
        CHECK(e.medicines().empty());
    }
}

TEST_CASE("a bad care row or care record refuses the whole file, naming where", "[io][care][errors]") {
    auto [text, expected] = GENERATE(table<std::string, std::string>({
        {kHeader17 + care_row("2026-03-02", "calf_stretch;yoga"),
         "line 2, factors: 'yoga' is not one of calf_stretch, foot_soak, legs_warm, fluids, hard_exercise, long_sitting, "
         "long_standing, sweating, cold_night"},
        {kHeader17 + care_row("2026-02-30", "fluids"), "line 2, night: '2026-02-30' is not a date (YYYY-MM-DD)"},
        {kHeader17 + care_row("2026-03-02", "fluids") + kEpisodeRow + care_row("2026-03-02", ""),
         "line 4, night: 2026-03-02 has a care record already in line 2"},
        {kHeader17 + "night_factors,2026-03-02,,,,,,,,,,,,,,note,fluids\r\n", "line 2, note: must be empty for a care record"},
        {kHeader17 + kEpisodeRow.substr(0, kEpisodeRow.size() - 3) + ",fluids\r\n", "line 2, factors: must be empty for an episode"},
        {kHeader17 + "cramp_free_night,2026-03-03,,,,,,,,,,,,,,,fluids\r\n", "line 2, factors: must be empty for a cramp-free night"},
        {kHeader17 + "care,2026-03-02,,,,,,,,,,,,,,,fluids\r\n", "line 2, kind: 'care' is not episode, cramp_free_night or night_factors"},
        {kHeader17 + care_row("2026-03-02", "fluids").substr(0, 20) + "\r\n", "line 2, columns: 2, expected 17"},
        {R"({"format": "crampdiary", "version": 2,
 "settings": {"threshold": 3, "day_boundary": 12, "week_start": "monday"},
 "profile": {"name": "", "birth_year": null, "risk_factors": [], "medicines": []},
 "episodes": [], "cramp_free_nights": [],
 "night_factors": [{"night": "2026-03-02", "factors": ["fluids"]},
                   {"night": "2026-03-02", "factors": ["fluids", "fluids"]},
                   {"night": "2026-03-04", "factors": ["fluids"], "mood": "ok"}]})",
         "night_factors[1] (line 6), factors: 'fluids' is listed twice\n"
         "night_factors[2] (line 7), mood: not a field of a care record"},
        {R"({"format": "crampdiary", "version": 2,
 "settings": {"threshold": 3, "day_boundary": 12, "week_start": "monday"},
 "profile": {"name": "", "birth_year": null, "risk_factors": [], "medicines": []},
 "episodes": [], "cramp_free_nights": [],
 "night_factors": [{"night": "2026-03-02", "factors": []}, {"night": "2026-03-02", "factors": ["fluids"]}]})",
         "night_factors[1] (line 5), night: 2026-03-02 has a care record already in night_factors[0] (line 5)"},
        {R"({"format": "crampdiary", "version": 2,
 "settings": {"threshold": 3, "day_boundary": 12, "week_start": "monday"},
 "profile": {"name": "", "birth_year": null, "risk_factors": [], "medicines": [
   {"name": "quinine", "dose": "", "start": "2026-03-01", "stop": "2026-02-01"},
   {"name": " ", "dose": "", "start": null, "stop": null},
   {"name": "x", "dose": "", "start": "March", "stop": 5}]},
 "episodes": [], "cramp_free_nights": []})",
         "line 1, night_factors: missing\n"
         "profile.medicines[0] (line 4), stop: 2026-02-01 is before the start 2026-03-01\n"
         "profile.medicines[1] (line 5), name: missing\n"
         "profile.medicines[2] (line 6), start: 'March' is not a date (YYYY-MM-DD)\n"
         "profile.medicines[2] (line 6), stop: a number, expected a date (YYYY-MM-DD) or null"},
        {R"({"format": "crampdiary", "version": 2,
 "settings": {"threshold": 3, "day_boundary": 12, "week_start": "monday"},
 "profile": {"name": "", "birth_year": null, "risk_factors": [], "medicines": "statin"},
 "episodes": [], "cramp_free_nights": [], "night_factors": []})",
         "profile (line 3), medicines: a string, expected an array of medicines"},
    }));
    test::TempDir dir;
    auto d = small_diary(dir / "d.sqlite");
    const auto before = export_json(d);
    auto plan = plan_import(d, text);
    REQUIRE_FALSE(plan.ok());
    CHECK(plan.error() == expected);
    CHECK(export_json(d) == before);
}

TEST_CASE("a care record the diary has is skipped; one that differs leaves the diary's own", "[io][care]") {
    test::TempDir dir;
    auto d = small_diary(dir / "d.sqlite");
    const auto before = d.night_factors();
    const std::string text = kHeader17 + care_row("2026-03-01", "foot_soak") +  // new
                             care_row("2026-03-02", "cold_night;calf_stretch") +   // the same, in another order
                             care_row("2026-03-03", "legs_warm") +                 // the diary's is "none of these"
                             care_row("2026-03-05", "");                           // the diary's is fluids
    auto plan = plan_import(d, text);
    REQUIRE(plan.ok());
    CHECK(plan->night_factors == 1);
    CHECK(plan->skipped_night_factors == 1);
    CHECK(plan->kept_night_factors == 2);
    auto done = commit_import(d, *plan);
    REQUIRE(done.ok());
    CHECK(describe(*done) == "added 0 episodes and 0 cramp-free nights; skipped 0 episodes and 0 cramp-free nights already in "
                             "the diary; care records: added 1, skipped 1 already in the diary, kept the diary's own on 2 nights "
                             "where the file's differ");
    auto after = d.night_factors();
    REQUIRE(after.size() == 4);
    CHECK(after.front() == NightFactors{day("2026-03-01"), {CareItem::foot_soak}});
    CHECK(std::vector<NightFactors>(after.begin() + 1, after.end()) == before);
    // The medicines stay the diary's: it has records.
    CHECK(d.medicines().size() == 3);
}

TEST_CASE("FHIR: each medicine a MedicationStatement with its period, after the observations", "[io][fhir][care]") {
    test::TempDir dir;
    auto d = small_diary(dir / "d.sqlite");
    auto bundle = json::parse(export_fhir(d));
    REQUIRE(bundle.ok());
    const auto& entries = bundle->find("entry")->items;
    REQUIRE(entries.size() == 1 + 2 + 3);  // the Patient, a cramp and a cramp-free night, three medicines
    const std::string patient = entries[0].find("fullUrl")->text;
    std::vector<std::string> seen;
    for (std::size_t i = 3; i < entries.size(); ++i) {
        const auto& r = *entries[i].find("resource");
        CHECK(r.find("resourceType")->text == "MedicationStatement");
        CHECK(r.find("subject")->find("reference")->text == patient);
        seen.push_back(r.find("medicationCodeableConcept")->find("text")->text + " " + r.find("status")->text);
    }
    CHECK(seen == std::vector<std::string>{"statin active", "quinine completed", "magnesium active"});
    const auto& undated = *entries[3].find("resource");
    CHECK_FALSE(undated.find("effectivePeriod"));
    CHECK_FALSE(undated.find("dosage"));
    const auto& stopped = *entries[4].find("resource")->find("effectivePeriod");
    CHECK(stopped.find("start")->text == "2025-06-01");
    CHECK(stopped.find("end")->text == "2025-07-15");
    const auto& taken = *entries[5].find("resource");
    CHECK_FALSE(taken.find("effectivePeriod")->find("end"));
    CHECK(taken.find("dosage")->items.at(0).find("text")->text == "200 mg");
    // No care record in the Bundle.
    CHECK(export_fhir(d).find("calf_stretch") == std::string::npos);
}

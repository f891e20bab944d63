// SPDX-License-Identifier: GPL-3.0-or-later
// The FHIR R4 export: a Bundle of type collection with a Patient, one Symptom Observation per
// episode (codes per docs/formats.md, "FHIR") and one Symptom Absent Observation per cramp-free night; fullUrls
// are unique name-based UUIDs that survive moving the diary. (tests/fhir runs the official R4 JSON
// schema over a demo diary's Bundle.)
#include "demo.hpp"
#include "io_fixtures.hpp"
#include "isotime.hpp"
#include "json_reader.hpp"
#include "night.hpp"
#include "records.hpp"
#include "run_process.hpp"
#include "tempdir.hpp"
#include "transfer.hpp"

#include <catch2/catch.hpp>

#include <regex>
#include <set>

using namespace cramp;
using test::fill_demo;
using test::kNow;
using test::open_at;

namespace {

json::Value parse(const std::string& text) {
    auto v = json::parse(text);
    INFO((v.ok() ? std::string() : v.error()));
    REQUIRE(v.ok());
    return std::move(v).value();
}

// The codings of a CodeableConcept as "system|code".
std::vector<std::string> codes(const json::Value* concept_value) {
    std::vector<std::string> out;
    if (!concept_value || !concept_value->find("coding")) return out;
    for (const auto& c : concept_value->find("coding")->items) out.push_back(c.find("system")->text + "|" + c.find("code")->text);
    return out;
}

const json::Value* component(const json::Value& obs, const std::string& system_code) {
    for (const auto& c : obs.find("component")->items) {
        auto cs = codes(c.find("code"));
        if (std::find(cs.begin(), cs.end(), system_code) != cs.end()) return &c;
    }
    return nullptr;
}

const json::Value* component_named(const json::Value& obs, const std::string& text) {
    for (const auto& c : obs.find("component")->items)
        if (auto* t = c.find("code")->find("text"); t && t->text == text) return &c;
    return nullptr;
}

}  // namespace

TEST_CASE("name-based UUIDs follow RFC 9562 version 5", "[io][fhir]") {
    // RFC 9562 appendix A.4: the DNS namespace and "www.example.com".
    CHECK(io::uuid_v5("6ba7b810-9dad-11d1-80b4-00c04fd430c8", "www.example.com") == "2ed6657d-e927-568b-95e1-2665a8aea6a2");
    CHECK(io::uuid_v5("6ba7b810-9dad-11d1-80b4-00c04fd430c8", "") != io::uuid_v5("6ba7b810-9dad-11d1-80b4-00c04fd430c8", "x"));
    // Longer than one SHA-1 block.
    auto long_name = io::uuid_v5("6ba7b810-9dad-11d1-80b4-00c04fd430c8", std::string(200, 'a'));
    CHECK(std::regex_match(long_name, std::regex("[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")));
}

TEST_CASE("an episode becomes a Symptom Observation with the codes of docs/formats.md", "[io][fhir]") {
    auto [site, side, site_code, side_code, intensity, severity] =
        GENERATE(table<Site, Side, std::string, std::string, int, std::string>({
            {Site::calf, Side::left, "53840002", "7771000", 2, "255604002"},
            {Site::foot, Side::right, "56459004", "24028007", 5, "6736007"},
            {Site::thigh_back, Side::both, "68367000", "51440002", 9, "24484000"},
            {Site::thigh_front, Side::left, "68367000", "7771000", 0, "255604002"},
            {Site::thigh_side, Side::right, "68367000", "24028007", 10, "24484000"},
            {Site::other, Side::both, "", "51440002", 7, "24484000"},
        }));
    test::TempDir dir;
    auto d = open_at(dir / "d.sqlite");
    REQUIRE(d.set_profile({"李华", 1958, {}}).ok());
    Episode e;
    e.zone = "Asia/Shanghai";
    e.onset = instant_of(*parse_iso_time("2026-03-03T02:30:00+08:00"), "UTC");
    e.duration_s = 90;
    e.site = site;
    e.side = side;
    e.intensity = intensity;
    e.posture = Posture::cough_sneeze;
    e.numbness = Numbness::persisted;
    e.weakness = {Weakness::foot_drop, Weakness::stairs};
    e.radiating = true;
    e.relief = {Relief::stretch, Relief::heat};
    e.note = "左小腿 \"很疼\"";
    REQUIRE(d.add_episode(e).ok());
    REQUIRE(d.add_cramp_free_night(*parse_date("2026-03-01")).ok());

    const auto bundle = parse(export_fhir(d));
    CHECK(bundle.find("resourceType")->text == "Bundle");
    CHECK(bundle.find("type")->text == "collection");
    const auto& entries = bundle.find("entry")->items;
    REQUIRE(entries.size() == 3);
    const auto& patient = *entries[0].find("resource");
    CHECK(patient.find("resourceType")->text == "Patient");
    CHECK(patient.find("name")->items[0].find("text")->text == "李华");
    CHECK(patient.find("birthDate")->text == "1958");
    const std::string patient_ref = entries[0].find("fullUrl")->text;

    // Night 2026-03-01 (cramp-free) sorts before the episode's night 2026-03-02.
    const auto& absent = *entries[1].find("resource");
    CHECK(codes(absent.find("code")) == std::vector<std::string>{"http://loinc.org|111551-8"});
    CHECK(codes(absent.find("valueCodeableConcept")) == std::vector<std::string>{"http://snomed.info/sct|55300003"});
    CHECK(absent.find("effectiveDateTime")->text == "2026-03-01");

    const auto& obs = *entries[2].find("resource");
    CHECK(obs.find("resourceType")->text == "Observation");
    CHECK(obs.find("status")->text == "final");
    std::set<std::string> categories;
    for (const auto& c : obs.find("category")->items)
        for (const auto& s : codes(&c)) categories.insert(s);
    CHECK(categories.count("http://hl7.org/fhir/uv/symptoms/CodeSystem/SymptomTemporary|symptom"));
    CHECK(categories.count("http://terminology.hl7.org/CodeSystem/observation-category|survey"));
    CHECK(codes(obs.find("code")) == std::vector<std::string>{"http://loinc.org|75325-1"});
    CHECK(codes(obs.find("valueCodeableConcept")) == std::vector<std::string>{"http://snomed.info/sct|55300003"});
    CHECK(obs.find("subject")->find("reference")->text == patient_ref);
    CHECK(obs.find("performer")->items[0].find("reference")->text == patient_ref);
    CHECK(obs.find("effectivePeriod")->find("start")->text == "2026-03-03T02:30:00+08:00");
    CHECK(obs.find("effectivePeriod")->find("end")->text == "2026-03-03T02:31:30+08:00");
    CHECK(obs.find("note")->items[0].find("text")->text == "左小腿 \"很疼\"");

    const auto* body = obs.find("bodySite");
    REQUIRE(body);
    if (site_code.empty()) {
        CHECK(codes(body).empty());
        CHECK(body->find("text"));
    } else {
        CHECK(codes(body) == std::vector<std::string>{"http://snomed.info/sct|" + site_code});
    }
    const auto& laterality = body->find("extension")->items.at(0);
    CHECK(laterality.find("url")->text == "http://hl7.org/fhir/StructureDefinition/observation-structureLaterality");
    CHECK(codes(laterality.find("valueCodeableConcept")) == std::vector<std::string>{"http://snomed.info/sct|" + side_code});

    const auto* sev = component(obs, "http://loinc.org|64750-3");
    REQUIRE(sev);
    CHECK(codes(sev->find("valueCodeableConcept")) == std::vector<std::string>{"http://snomed.info/sct|" + severity});
    CHECK(sev->find("valueCodeableConcept")->find("text")->text == "intensity " + std::to_string(intensity) + " of 10");
    const auto* score = component(obs, "http://loinc.org|72514-3");
    REQUIRE(score);
    CHECK(score->find("valueInteger")->integer() == intensity);
    const auto* trigger = component(obs, "http://loinc.org|100752-5");
    REQUIRE(trigger);
    CHECK(trigger->find("valueCodeableConcept")->find("text")->text == "coughing or sneezing");
    int relief = 0;
    for (const auto& c : obs.find("component")->items)
        if (codes(c.find("code")) == std::vector<std::string>{"http://loinc.org|100753-3"}) ++relief;
    CHECK(relief == 2);
    CHECK(component_named(obs, "numbness")->find("valueCodeableConcept")->find("text")->text == "lasted after the cramp");
    int weakness = 0;
    for (const auto& c : obs.find("component")->items)
        if (auto* t = c.find("code")->find("text"); t && t->text == "weakness") ++weakness;
    CHECK(weakness == 2);
    CHECK(component_named(obs, "pain radiating down the leg")->find("valueBoolean")->boolean);
    CHECK(component_named(obs, "woke the patient")->find("valueBoolean")->boolean);
    CHECK(component_named(obs, "duration")->find("valueQuantity")->find("value")->integer() == 90);
}

TEST_CASE("blank notes and names are left out (FHIR strings are never blank)", "[io][fhir]") {
    test::TempDir dir;
    auto d = open_at(dir / "d.sqlite");
    REQUIRE(d.set_profile({" ", std::nullopt, {}}).ok());
    Episode e;
    e.zone = "Europe/Berlin";
    e.onset = kNow - std::chrono::hours{30};
    e.note = " \n\t ";
    REQUIRE(d.add_episode(e).ok());
    const auto bundle = parse(export_fhir(d));
    const auto& entries = bundle.find("entry")->items;
    REQUIRE(entries.size() == 2);
    CHECK(entries[0].find("resource")->keys == std::vector<std::string>{"resourceType"});
    CHECK_FALSE(entries[1].find("resource")->find("note"));
    // A negative offset, written as FHIR's dateTime wants it.
    e.zone = "America/New_York";
    e.note = "x";
    REQUIRE(d.add_episode(e).ok());
    const auto again = parse(export_fhir(d));
    bool found = false;
    for (const auto& entry : again.find("entry")->items)
        if (auto* p = entry.find("resource")->find("effectivePeriod"); p && p->find("start")->text.ends_with("-05:00")) found = true;
    CHECK(found);
}

TEST_CASE("a demo diary's Bundle: one entry per record, unique urn:uuid fullUrls, references that resolve", "[io][fhir]") {
    test::TempDir dir;
    auto d = open_at(dir / "d.sqlite");
    fill_demo(d, 365, 3);
    // The same cramp twice still gets two fullUrls.
    auto twice = d.episodes().front();
    twice.id = 0;
    REQUIRE(d.add_episode(twice).ok());

    const auto text = export_fhir(d);
    CHECK(text == export_text(d, ExportFormat::fhir));
    CHECK(text == export_fhir(d));  // deterministic
    const auto bundle = parse(text);
    const auto& entries = bundle.find("entry")->items;
    CHECK(entries.size() == 1 + d.episode_count() + d.cramp_free_nights().size());
    std::set<std::string> urls;
    const std::regex urn("urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    int episodes = 0, absent = 0;
    for (const auto& e : entries) {
        const auto& url = e.find("fullUrl")->text;
        CHECK(std::regex_match(url, urn));
        CHECK(urls.insert(url).second);
        const auto& r = *e.find("resource");
        if (r.find("resourceType")->text != "Observation") continue;
        CHECK(r.find("subject")->find("reference")->text == entries[0].find("fullUrl")->text);
        auto c = codes(r.find("code"));
        if (c == std::vector<std::string>{"http://loinc.org|75325-1"}) ++episodes;
        if (c == std::vector<std::string>{"http://loinc.org|111551-8"}) ++absent;
    }
    CHECK(episodes == d.episode_count());
    CHECK(absent == static_cast<int>(d.cramp_free_nights().size()));

    // --from/--to limit the Observations; the Patient stays.
    ExportOptions limit;
    const Night last = last_night(kNow, "Asia/Shanghai");  // the demo's last night
    limit.range = NightRange{last - date::days{6}, last};
    const auto week = parse(export_fhir(d, limit));
    CHECK(week.find("entry")->items.size() ==
          1 + d.episodes(limit.range).size() + d.cramp_free_nights(limit.range).size());
}

TEST_CASE("FHIR export from the command line", "[io][fhir][cli]") {
    test::TempDir dir;
    const std::vector<std::string> env{"CRAMPDIARY_NOW=2026-11-25T08:00:00+08:00", "CRAMPDIARY_ZONE=Asia/Shanghai"};
    auto run = [&](std::vector<std::string> args) { return test::run_process(CRAMPDIARY_EXE, args, env); };
    const auto db = (dir / "a.sqlite").string();
    REQUIRE(run({"--db", db, "demo", "--nights", "60", "--seed", "7"}).exit_code == 0);
    auto out = run({"--db", db, "export", "--format", "fhir"});
    REQUIRE(out.exit_code == 0);
    const auto bundle = parse(out.out);
    CHECK(bundle.find("resourceType")->text == "Bundle");
    CHECK(bundle.find("entry")->items.size() > 10);
    auto file = run({"--db", db, "export", "--format", "fhir", "-o", (dir / "a.fhir.json").string()});
    CHECK(file.exit_code == 0);
    CHECK(std::filesystem::file_size(dir / "a.fhir.json") == out.out.size());
    // A FHIR Bundle is not something to import.
    auto back = run({"--db", db, "import", (dir / "a.fhir.json").string()});
    CHECK(back.exit_code == 2);
    CHECK(back.err.find("line 1, format: missing; this is not a Cramp Diary export") != std::string::npos);
}

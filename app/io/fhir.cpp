// SPDX-License-Identifier: GPL-3.0-or-later
// The diary as a FHIR R4 Bundle (type collection) for a doctor's system, following the HL7 Symptoms
// IG (http://hl7.org/fhir/uv/symptoms): a Patient; per episode a Symptom Observation (code LOINC
// 75325-1 "Symptom", value SNOMED CT 55300003 "Cramp", bodySite with the laterality extension,
// effectivePeriod from onset and duration, components for severity, trigger, relief and the
// warning-sign answers); per cramp-free night a Symptom Absent Observation (LOINC 111551-8); per
// medicine a MedicationStatement with its period. Care records are left out (docs/formats.md).
#include "isotime.hpp"
#include "json_writer.hpp"
#include "records.hpp"
#include "transfer.hpp"

#include <array>
#include <cstdint>
#include <cstdio>
#include <map>

namespace cramp {

namespace io {

namespace {

// SHA-1 (FIPS 180-4), for name-based UUIDs only.
std::array<std::uint8_t, 20> sha1(std::string_view data) {
    std::uint32_t h[5] = {0x67452301u, 0xEFCDAB89u, 0x98BADCFEu, 0x10325476u, 0xC3D2E1F0u};
    std::string msg(data);
    const std::uint64_t bits = static_cast<std::uint64_t>(data.size()) * 8;
    msg += static_cast<char>(0x80);
    while (msg.size() % 64 != 56) msg += '\0';
    for (int i = 7; i >= 0; --i) msg += static_cast<char>((bits >> (i * 8)) & 0xFF);
    auto rol = [](std::uint32_t x, int n) { return (x << n) | (x >> (32 - n)); };
    for (std::size_t chunk = 0; chunk < msg.size(); chunk += 64) {
        std::uint32_t w[80];
        for (int i = 0; i < 16; ++i)
            w[i] = (std::uint32_t(std::uint8_t(msg[chunk + 4 * i])) << 24) | (std::uint32_t(std::uint8_t(msg[chunk + 4 * i + 1])) << 16) |
                   (std::uint32_t(std::uint8_t(msg[chunk + 4 * i + 2])) << 8) | std::uint32_t(std::uint8_t(msg[chunk + 4 * i + 3]));
        for (int i = 16; i < 80; ++i) w[i] = rol(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
        std::uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4];
        for (int i = 0; i < 80; ++i) {
            std::uint32_t f, k;
            if (i < 20) f = (b & c) | (~b & d), k = 0x5A827999u;
            else if (i < 40) f = b ^ c ^ d, k = 0x6ED9EBA1u;
            else if (i < 60) f = (b & c) | (b & d) | (c & d), k = 0x8F1BBCDCu;
            else f = b ^ c ^ d, k = 0xCA62C1D6u;
            std::uint32_t t = rol(a, 5) + f + e + k + w[i];
            e = d, d = c, c = rol(b, 30), b = a, a = t;
        }
        h[0] += a, h[1] += b, h[2] += c, h[3] += d, h[4] += e;
    }
    std::array<std::uint8_t, 20> out{};
    for (int i = 0; i < 5; ++i)
        for (int j = 0; j < 4; ++j) out[4 * i + j] = static_cast<std::uint8_t>(h[i] >> (24 - 8 * j));
    return out;
}

}  // namespace

std::string uuid_v5(std::string_view name_space_uuid, std::string_view name) {
    std::string bytes;
    for (std::size_t i = 0; i + 1 < name_space_uuid.size(); ++i) {
        if (name_space_uuid[i] == '-') continue;
        bytes += static_cast<char>(std::stoi(std::string(name_space_uuid.substr(i, 2)), nullptr, 16));
        ++i;
    }
    auto hash = sha1(bytes + std::string(name));
    hash[6] = static_cast<std::uint8_t>((hash[6] & 0x0F) | 0x50);  // version 5
    hash[8] = static_cast<std::uint8_t>((hash[8] & 0x3F) | 0x80);  // RFC variant
    std::string out;
    char buf[3];
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10) out += '-';
        std::snprintf(buf, sizeof buf, "%02x", hash[i]);
        out += buf;
    }
    return out;
}

}  // namespace io

namespace {

// The namespace of Cramp Diary's name-based UUIDs (a random UUID, fixed once).
constexpr std::string_view kUuidNamespace = "6f1c2a3e-5b7d-4e8f-9a0b-1c2d3e4f5a6b";

constexpr const char* kLoinc = "http://loinc.org";
constexpr const char* kSnomed = "http://snomed.info/sct";
constexpr const char* kUcum = "http://unitsofmeasure.org";
constexpr const char* kSymptomCategory = "http://hl7.org/fhir/uv/symptoms/CodeSystem/SymptomTemporary";
constexpr const char* kObservationCategory = "http://terminology.hl7.org/CodeSystem/observation-category";
constexpr const char* kLateralityExtension = "http://hl7.org/fhir/StructureDefinition/observation-structureLaterality";

// FHIR strings hold something other than whitespace; a blank note or name is left out.
bool blank(std::string_view s) { return s.find_first_not_of(" \t\r\n") == std::string_view::npos; }

struct Code {
    const char* code;
    const char* display;
};

void coding(JsonWriter& w, const char* system, Code c) {
    w.begin_object();
    w.key("system").value(system);
    w.key("code").value(c.code);
    w.key("display").value(c.display);
    w.end_object();
}

// {"coding":[…], "text": …}; text left out when empty.
void codeable(JsonWriter& w, const char* system, Code c, std::string_view text = {}) {
    w.begin_object();
    w.key("coding").begin_array();
    coding(w, system, c);
    w.end_array();
    if (!text.empty()) w.key("text").value(text);
    w.end_object();
}

void text_concept(JsonWriter& w, std::string_view text) {
    w.begin_object();
    w.key("text").value(text);
    w.end_object();
}

void reference(JsonWriter& w, const std::string& urn) {
    w.begin_object();
    w.key("reference").value(urn);
    w.end_object();
}

Code site_code(Site s) {
    switch (s) {
    case Site::calf: return {"53840002", "Structure of calf of leg"};
    case Site::foot: return {"56459004", "Foot structure"};
    case Site::thigh_back:
    case Site::thigh_front:
    case Site::thigh_side: return {"68367000", "Thigh structure"};
    case Site::other: break;
    }
    return {nullptr, nullptr};
}

const char* site_text(Site s) {
    switch (s) {
    case Site::calf: return "calf";
    case Site::foot: return "foot";
    case Site::thigh_back: return "back of the thigh";
    case Site::thigh_front: return "front of the thigh";
    case Site::thigh_side: return "side of the thigh";
    case Site::other: break;
    }
    return "another part of the leg";
}

Code side_code(Side s) {
    switch (s) {
    case Side::left: return {"7771000", "Left"};
    case Side::right: return {"24028007", "Right"};
    case Side::both: break;
    }
    return {"51440002", "Right and left"};
}

// "left calf", "right back of the thigh", "calf, both legs"
std::string where_text(Side side, Site site) {
    if (side == Side::both) return std::string(site_text(site)) + ", both legs";
    return std::string(side == Side::left ? "left " : "right ") + site_text(site);
}

const char* posture_text(Posture p) {
    switch (p) {
    case Posture::lying: return "lying down";
    case Posture::stretching: return "stretching";
    case Posture::bending: return "bending";
    case Posture::cough_sneeze: return "coughing or sneezing";
    case Posture::long_sitting: return "sitting for a long time";
    case Posture::long_standing: return "standing for a long time";
    case Posture::exercise: return "exercise";
    case Posture::walking: return "walking";
    case Posture::other: break;
    }
    return "other";
}

const char* relief_text(Relief r) {
    switch (r) {
    case Relief::stretch: return "stretching";
    case Relief::massage: return "massage";
    case Relief::heat: return "heat";
    case Relief::walk: break;
    }
    return "walking";
}

const char* weakness_text(Weakness w) {
    switch (w) {
    case Weakness::foot_drop: return "foot drop";
    case Weakness::stairs: return "weakness climbing stairs";
    case Weakness::other: break;
    }
    return "other weakness";
}

const char* numbness_text(Numbness n) {
    switch (n) {
    case Numbness::none: return "none";
    case Numbness::during: return "during the cramp";
    case Numbness::persisted: break;
    }
    return "lasted after the cramp";
}

// SNOMED CT severity qualifiers for the 0–10 intensity.
Code severity_code(int intensity) {
    if (intensity <= 3) return {"255604002", "Mild"};
    if (intensity <= 6) return {"6736007", "Moderate"};
    return {"24484000", "Severe"};
}

void categories(JsonWriter& w) {
    w.key("category").begin_array();
    codeable(w, kSymptomCategory, {"symptom", "Symptom"});
    codeable(w, kObservationCategory, {"survey", "Survey"});
    w.end_array();
}

void component_code(JsonWriter& w, Code loinc) {
    w.begin_object();
    w.key("code");
    codeable(w, kLoinc, loinc);
}

void component_text(JsonWriter& w, std::string_view what) {
    w.begin_object();
    w.key("code");
    text_concept(w, what);
}

void episode_observation(JsonWriter& w, const Episode& e, const std::string& patient) {
    w.begin_object();
    w.key("resourceType").value("Observation");
    w.key("status").value("final");
    categories(w);
    w.key("code");
    codeable(w, kLoinc, {"75325-1", "Symptom"});
    w.key("subject");
    reference(w, patient);
    w.key("effectivePeriod").begin_object();
    w.key("start").value(format_iso_local(e.onset, e.zone));
    w.key("end").value(format_iso_local(e.onset + std::chrono::seconds{e.duration_s}, e.zone));
    w.end_object();
    w.key("performer").begin_array();
    reference(w, patient);
    w.end_array();
    w.key("valueCodeableConcept");
    codeable(w, kSnomed, {"55300003", "Cramp"}, "leg cramp");
    if (!blank(e.note)) {
        w.key("note").begin_array();
        w.begin_object();
        w.key("text").value(e.note);
        w.end_object();
        w.end_array();
    }
    w.key("bodySite").begin_object();
    w.key("extension").begin_array();
    w.begin_object();
    w.key("url").value(kLateralityExtension);
    w.key("valueCodeableConcept");
    codeable(w, kSnomed, side_code(e.side));
    w.end_object();
    w.end_array();
    if (Code c = site_code(e.site); c.code) {
        w.key("coding").begin_array();
        coding(w, kSnomed, c);
        w.end_array();
    }
    w.key("text").value(where_text(e.side, e.site));
    w.end_object();

    w.key("component").begin_array();
    component_code(w, {"64750-3", "Severity of symptoms"});
    w.key("valueCodeableConcept");
    codeable(w, kSnomed, severity_code(e.intensity), "intensity " + std::to_string(e.intensity) + " of 10");
    w.end_object();
    component_code(w, {"72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"});
    w.key("valueInteger").value(e.intensity);
    w.end_object();
    component_text(w, "duration");
    w.key("valueQuantity").begin_object();
    w.key("value").value(e.duration_s);
    w.key("unit").value("s");
    w.key("system").value(kUcum);
    w.key("code").value("s");
    w.end_object();
    w.end_object();
    component_code(w, {"100752-5", "Exacerbating factors - Reported"});
    w.key("valueCodeableConcept");
    text_concept(w, posture_text(e.posture));
    w.end_object();
    for (Relief r : e.relief.values()) {
        component_code(w, {"100753-3", "Alleviating factors - Reported"});
        w.key("valueCodeableConcept");
        text_concept(w, relief_text(r));
        w.end_object();
    }
    component_text(w, "numbness");
    w.key("valueCodeableConcept");
    text_concept(w, numbness_text(e.numbness));
    w.end_object();
    for (Weakness k : e.weakness.values()) {
        component_text(w, "weakness");
        w.key("valueCodeableConcept");
        text_concept(w, weakness_text(k));
        w.end_object();
    }
    component_text(w, "pain radiating down the leg");
    w.key("valueBoolean").value(e.radiating);
    w.end_object();
    component_text(w, "tingling in both feet alike");
    w.key("valueBoolean").value(e.tingling_symmetric);
    w.end_object();
    component_text(w, "woke the patient");
    w.key("valueBoolean").value(e.woke);
    w.end_object();
    w.end_array();
    w.end_object();
}

void cramp_free_observation(JsonWriter& w, Night night, const std::string& patient) {
    w.begin_object();
    w.key("resourceType").value("Observation");
    w.key("status").value("final");
    categories(w);
    w.key("code");
    codeable(w, kLoinc, {"111551-8", "Symptom absent"});
    w.key("subject");
    reference(w, patient);
    w.key("effectiveDateTime").value(format_date(night));
    w.key("performer").begin_array();
    reference(w, patient);
    w.end_array();
    w.key("valueCodeableConcept");
    codeable(w, kSnomed, {"55300003", "Cramp"}, "leg cramp");
    w.key("note").begin_array();
    w.begin_object();
    w.key("text").value("No leg cramp in the night that began on the evening of " + format_date(night) + ".");
    w.end_object();
    w.end_array();
    w.end_object();
}

std::string urn(std::string_view name) { return "urn:uuid:" + io::uuid_v5(kUuidNamespace, name); }

// A medicine as a MedicationStatement: the patient's own account of what they take or took.
void medication_statement(JsonWriter& w, const Medicine& m, const std::string& patient) {
    w.begin_object();
    w.key("resourceType").value("MedicationStatement");
    w.key("status").value(m.stop ? "completed" : "active");
    w.key("medicationCodeableConcept");
    text_concept(w, m.name);
    w.key("subject");
    reference(w, patient);
    if (m.start || m.stop) {
        w.key("effectivePeriod").begin_object();
        if (m.start) w.key("start").value(format_date(*m.start));
        if (m.stop) w.key("end").value(format_date(*m.stop));
        w.end_object();
    }
    if (!blank(m.dose)) {
        w.key("dosage").begin_array();
        w.begin_object();
        w.key("text").value(m.dose);
        w.end_object();
        w.end_array();
    }
    w.end_object();
}

}  // namespace

std::string export_fhir(const Diary& diary, const ExportOptions& options) {
    const auto records = io::sorted_records(diary, options.range);
    const Profile profile = diary.profile();
    const std::string patient =
        urn("patient/" + profile.name + "/" + (profile.birth_year ? std::to_string(*profile.birth_year) : std::string()));

    JsonWriter w(2);
    w.begin_object();
    w.key("resourceType").value("Bundle");
    w.key("type").value("collection");
    w.key("entry").begin_array();

    w.begin_object();
    w.key("fullUrl").value(patient);
    w.key("resource").begin_object();
    w.key("resourceType").value("Patient");
    if (!blank(profile.name)) {
        w.key("name").begin_array();
        w.begin_object();
        w.key("text").value(profile.name);
        w.end_object();
        w.end_array();
    }
    if (profile.birth_year) {
        char year[8];
        std::snprintf(year, sizeof year, "%04d", *profile.birth_year);
        w.key("birthDate").value(year);
    }
    w.end_object();
    w.end_object();

    // Same order as the CSV. Episodes are named by their instant and zone (and which of several
    // identical ones), so an exported, imported and exported again diary keeps its UUIDs.
    std::map<std::pair<Instant, std::string>, int> seen;
    std::size_t e = 0, f = 0;
    const auto& eps = records.episodes;
    const auto& free = records.cramp_free_nights;
    while (e < eps.size() || f < free.size()) {
        w.begin_object();
        if (f < free.size() && (e == eps.size() || free[f] < eps[e].night)) {
            const std::string id = urn("cramp-free-night/" + format_date(free[f]));
            w.key("fullUrl").value(id);
            w.key("resource");
            cramp_free_observation(w, free[f++], patient);
        } else {
            const Episode& ep = eps[e++];
            const int n = seen[{ep.onset, ep.zone}]++;
            const std::string id = urn("episode/" + std::to_string(ep.onset.time_since_epoch().count()) + "/" + ep.zone + "/" +
                                       std::to_string(n));
            w.key("fullUrl").value(id);
            w.key("resource");
            episode_observation(w, ep, patient);
        }
        w.end_object();
    }
    // The medicines, named by their start, name and dose (and which of several identical ones).
    std::map<std::string, int> same;
    for (const auto& m : diary.medicines()) {
        const std::string name = "medicine/" + (m.start ? format_date(*m.start) : std::string()) + "/" + m.name + "/" + m.dose;
        const int n = same[name]++;
        w.begin_object();
        w.key("fullUrl").value(urn(name + "/" + std::to_string(n)));
        w.key("resource");
        medication_statement(w, m, patient);
        w.end_object();
    }
    w.end_array();
    w.end_object();
    return w.str() + "\n";
}

}  // namespace cramp

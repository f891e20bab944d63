// The doctor report: written by the real command for a diary built here, then read back with
// poppler's pdftotext (figures, signals, rows), pdfinfo (pages) and pdftoppm (page 1 as PNG).
#include "diary.hpp"
#include "isotime.hpp"
#include "run_process.hpp"
#include "tempdir.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <map>
#include <regex>

namespace fs = std::filesystem;
using namespace cramp;

namespace {

const std::vector<std::string> kEnv{"CRAMPDIARY_NOW=2026-03-16T09:00:00+08:00", "CRAMPDIARY_ZONE=Asia/Shanghai"};
const Instant kNow = instant_of(*parse_iso_time("2026-03-16T09:00:00+08:00"), "UTC");

Episode at(const char* iso, Posture posture = Posture::lying, const char* note = "") {
    Episode e;
    e.zone = "Asia/Shanghai";
    e.onset = instant_of(*parse_iso_time(iso), e.zone);
    e.posture = posture;
    e.note = note;
    return e;
}

// Seven cramps over two weeks: four in the nights 9–12 March (over the threshold of 3), two in
// one night, two started by coughing, one with numbness that persisted.
void known_diary(const fs::path& p) {
    auto d = Diary::open(p, [] { return kNow; });
    REQUIRE(d.ok());
    Profile profile{"Wang Fang", 1961, {"diabetes"}, "furosemide"};
    REQUIRE(d->set_profile(profile).ok());
    REQUIRE(d->add_cramp_free_night(*parse_date("2026-03-05")).ok());
    for (auto e : {at("2026-03-04T02:30:00+08:00", Posture::lying, "left calf, stretched"),
                   at("2026-03-10T01:00:00+08:00", Posture::cough_sneeze, "咳嗽时小腿抽筋"),
                   at("2026-03-11T03:00:00+08:00"), at("2026-03-11T05:30:00+08:00", Posture::cough_sneeze),
                   at("2026-03-13T02:00:00+08:00"), at("2026-03-14T04:00:00+08:00")}) {
        e.duration_s = 90;
        e.intensity = 6;
        REQUIRE(d->add_episode(e).ok());
    }
    auto numb = at("2026-03-15T03:00:00+08:00");
    numb.numbness = Numbness::persisted;
    numb.intensity = 9;
    numb.duration_s = 240;
    REQUIRE(d->add_episode(numb).ok());
}

std::string pdf_text(const fs::path& pdf, int page = 0) {
    std::vector<std::string> args{"-layout"};
    if (page) args.insert(args.end(), {"-f", std::to_string(page), "-l", std::to_string(page)});
    args.insert(args.end(), {pdf.string(), "-"});
    auto r = test::run_process(PDFTOTEXT, args);
    REQUIRE(r.exit_code == 0);
    return r.out;
}

int pdf_pages(const fs::path& pdf) {
    auto r = test::run_process(PDFINFO, {pdf.string()});
    REQUIRE(r.exit_code == 0);
    std::smatch m;
    REQUIRE(std::regex_search(r.out, m, std::regex(R"(Pages:\s+(\d+))")));
    return std::stoi(m[1]);
}

// Collapses the runs of spaces pdftotext -layout puts between columns.
std::string squeeze(std::string s) { return std::regex_replace(s, std::regex(" +"), " "); }

test::ProcessResult report(const fs::path& db, const fs::path& pdf, const std::string& lang, const std::string& from,
                           const std::string& to) {
    return test::run_process(CRAMPDIARY_EXE, {"--db", db.string(), "report", "--from", from, "--to", to, "--lang", lang, "-o",
                                              pdf.string()},
                             kEnv);
}

}  // namespace

TEST_CASE("the English report shows the figures, the signals with evidence and every episode", "[report]") {
    test::TempDir dir;
    known_diary(dir / "d.sqlite");
    auto r = report(dir / "d.sqlite", dir / "en.pdf", "en", "2026-03-02", "2026-03-15");
    // Health data: the PDF is its owner's only.
    CHECK(fs::status(dir / "en.pdf").permissions() == (fs::perms::owner_read | fs::perms::owner_write));
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    const auto text = squeeze(pdf_text(dir / "en.pdf"));
    CAPTURE(text);
    CHECK(text.find("Patient: Wang Fang; age 65") != std::string::npos);
    CHECK(text.find("Risk factors: diabetes") != std::string::npos);
    CHECK(text.find("Medicines: furosemide") != std::string::npos);
    CHECK(text.find("Period: 2026-03-02 – 2026-03-15 (14 nights)") != std::string::npos);
    CHECK(text.find("Nights recorded 7 of 14") != std::string::npos);
    CHECK(text.find("Cramps per week 3.5 in this period; the 14 nights before: not recorded (0 recorded)") != std::string::npos);
    CHECK(text.find("Cramps: 7 in total. Woke the patient: 7 of 7.") != std::string::npos);
    CHECK(text.find("most: 2 cramps on 2026-03-10") != std::string::npos);
    CHECK(text.find("Duration: median 90 s, longest 240 s. Intensity (0–10): median 6, highest 9.") != std::string::npos);
    CHECK(text.find("Several cramps in one night ● present 1 2026-03-10 2026-03-10") != std::string::npos);
    CHECK(text.find("Numbness or weakness with cramps ● present 1 2026-03-14 2026-03-14") != std::string::npos);
    CHECK(text.find("numbness stayed: 1") != std::string::npos);
    CHECK(text.find("Started by a posture or action ● present 2 2026-03-09 2026-03-10") != std::string::npos);
    CHECK(text.find("cough/sneeze: 2") != std::string::npos);
    CHECK(text.find("neurology or orthopaedics") != std::string::npos);
    CHECK(text.find("name these examinations for such signs: lumbar MRI") != std::string::npos);
    CHECK(text.find("It is not a diagnosis") != std::string::npos);
    CHECK(text.find("2026-03-03 02:30 90 calf left 6 lying none left calf, stretched") != std::string::npos);
    CHECK(text.find("2026-03-14 03:00 240 calf left 9 lying persisted") != std::string::npos);
    CHECK(text.find("Cramp-free nights (1)") != std::string::npos);

    // Page 1 as an image, to be looked at.
    fs::create_directories(PNG_DIR);
    REQUIRE(test::run_process(PDFTOPPM, {"-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", (dir / "en.pdf").string(),
                                         std::string(PNG_DIR) + "/report-en-page1"}).exit_code == 0);
    CHECK(fs::file_size(std::string(PNG_DIR) + "/report-en-page1.png") > 10000);
}

TEST_CASE("the Chinese report is searchable Chinese text, with no Kangxi radicals", "[report][zh]") {
    test::TempDir dir;
    known_diary(dir / "d.sqlite");
    REQUIRE(report(dir / "d.sqlite", dir / "zh.pdf", "zh_CN", "2026-03-02", "2026-03-15").exit_code == 0);
    // Chinese wraps anywhere: search the text with its line breaks taken out.
    auto text = squeeze(pdf_text(dir / "zh.pdf"));
    text.erase(std::remove(text.begin(), text.end(), '\n'), text.end());
    CAPTURE(text);
    CHECK(text.find("夜间腿抽筋日记：就诊报告") != std::string::npos);
    CHECK(text.find("抽筋共7次") != std::string::npos);
    CHECK(text.find("神经内科或骨科") != std::string::npos);
    CHECK(text.find("腰椎磁共振（MRI）、下肢血管超声、神经传导检查或肌电图") != std::string::npos);
    CHECK(text.find("咳嗽时小腿抽筋") != std::string::npos);
    CHECK(text.find("小腿（腓肠肌）") != std::string::npos);
    // U+2E80–U+2FDF (CJK radicals supplement and Kangxi radicals) are E2 BA 80 … E2 BF 9F in UTF-8.
    for (std::size_t i = 0; i + 2 < text.size(); ++i) {
        auto b0 = static_cast<unsigned char>(text[i]), b1 = static_cast<unsigned char>(text[i + 1]);
        INFO("a radical at byte " << i);
        CHECK_FALSE((b0 == 0xE2 && b1 >= 0xBA && b1 <= 0xBF));
    }
    fs::create_directories(PNG_DIR);
    REQUIRE(test::run_process(PDFTOPPM, {"-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", (dir / "zh.pdf").string(),
                                         std::string(PNG_DIR) + "/report-zh-page1"}).exit_code == 0);
}

TEST_CASE("an empty period gives a one-page report", "[report]") {
    test::TempDir dir;
    known_diary(dir / "d.sqlite");
    REQUIRE(report(dir / "d.sqlite", dir / "empty.pdf", "en", "2025-01-01", "2025-01-28").exit_code == 0);
    CHECK(pdf_pages(dir / "empty.pdf") == 1);
    const auto text = squeeze(pdf_text(dir / "empty.pdf"));
    CHECK(text.find("No cramps were recorded in this period.") != std::string::npos);
    CHECK(text.find("none of the warning signs showed in this period.") != std::string::npos);
}

TEST_CASE("a year with over 1,000 cramps paginates: the header on every table page, no row cut", "[report][pages]") {
    test::TempDir dir;
    const auto db = dir / "year.sqlite";
    {
        auto d = Diary::open(db, [] { return kNow; });
        REQUIRE(d.ok());
        REQUIRE(d->transaction([&]() -> Result<void> {
            for (int i = 0; i < 1100; ++i) {
                Episode e;
                e.zone = "Asia/Shanghai";
                e.onset = kNow - std::chrono::minutes{i * 460 + 300};
                // Every fifth note is long enough to wrap over several lines of its cell.
                e.note = "row" + std::to_string(1000 + i) + (i % 5 == 0 ? " woke with the calf knotted, stretched it, walked about" : "");
                if (auto r = d->add_episode(e); !r) return r.failure();
            }
            return {};
        }).ok());
    }
    REQUIRE(report(db, dir / "year.pdf", "en", "2025-03-16", "2026-03-15").exit_code == 0);
    const int pages = pdf_pages(dir / "year.pdf");
    CHECK(pages > 10);
    std::map<std::string, int> seen;
    static const std::regex row_id(R"(row(\d{4}))");
    auto count = [](const std::string& text, const std::string& what) {
        std::size_t n = 0;
        for (auto pos = text.find(what); pos != std::string::npos; pos = text.find(what, pos + 1)) ++n;
        return n;
    };
    for (int page = 2; page <= pages; ++page) {
        const auto text = pdf_text(dir / "year.pdf", page);
        INFO("page " << page);
        if (text.find("row") == std::string::npos) continue;
        CHECK(std::regex_search(text, std::regex(R"(Night\s+Time\s+Duration)")));
        std::size_t long_rows = 0;
        for (auto it = std::sregex_iterator(text.begin(), text.end(), row_id); it != std::sregex_iterator(); ++it) {
            ++seen[(*it)[1]];
            if ((std::stoi((*it)[1]) - 1000) % 5 == 0) ++long_rows;
        }
        // A wrapped note starts and ends on the page its row is on.
        CHECK(count(text, "woke with") == long_rows);
        CHECK(count(text, "walked") == long_rows);
    }
    CHECK(seen.size() == 1100);
    for (const auto& [row, n] : seen) {
        INFO("row " << row);
        CHECK(n == 1);
    }
}

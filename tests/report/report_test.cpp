// SPDX-License-Identifier: GPL-3.0-or-later
// The doctor report: written by the real command for a diary built here, then read back with
// poppler's pdftotext (figures, signals, rows), pdfinfo (pages) and pdftoppm (page 1 as PNG).
#include "diary.hpp"
#include "isotime.hpp"
#include "night.hpp"
#include "pdf_reader.hpp"
#include "run_process.hpp"
#include "tempdir.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <filesystem>
#include <map>
#include <regex>
#include <tuple>

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
    Profile profile{"Wang Fang", 1961, {"diabetes"}};
    REQUIRE(d->set_profile(profile).ok());
    REQUIRE(d->add_medicine({0, "furosemide", "", {}, {}}).ok());
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

// One page's text, or all of them.
std::string pdf_text(const fs::path& pdf, int page = 0) { return test::pdf_text(pdf, page, page); }
using test::pdf_pages;

// Collapses the runs of spaces pdftotext -layout puts between columns.
std::string squeeze(std::string s) { return std::regex_replace(s, std::regex(" +"), " "); }

test::ProcessResult report(const fs::path& db, const fs::path& pdf, const std::string& lang, const std::string& from,
                           const std::string& to, const std::vector<std::string>& env = kEnv) {
    return test::run_process(CRAMPDIARY_EXE, {"--db", db.string(), "report", "--from", from, "--to", to, "--lang", lang, "-o",
                                              pdf.string()},
                             env);
}

std::size_t count(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (auto pos = text.find(what); pos != std::string::npos; pos = text.find(what, pos + 1)) ++n;
    return n;
}

std::string without_whitespace(std::string s) {
    s.erase(std::remove_if(s.begin(), s.end(), [](unsigned char c) { return std::isspace(c); }), s.end());
    return s;
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
    // Night, onset (the calendar date: 02:30 of the night of 3 March is on 4 March), duration, site,
    // side, intensity, posture, numbness, weakness, woke, relief, radiating, tingling; the note below.
    CHECK(text.find("2026-03-03 2026-03-04 02:30 90 calf left 6 lying none none yes none no no\n Note: left calf, stretched") != std::string::npos);
    CHECK(text.find("2026-03-14 2026-03-15 03:00 240 calf left 9 lying persisted none yes none no no") != std::string::npos);
    CHECK(text.find("Night Onset Duration Site Side Intensity Posture Numbness Weakness Woke Relief Radiating Symmetric") != std::string::npos);
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
    for (int page = 2; page <= pages; ++page) {
        const auto text = pdf_text(dir / "year.pdf", page);
        INFO("page " << page);
        if (text.find("row") == std::string::npos) continue;
        CHECK(std::regex_search(text, std::regex(R"(Night\s+Onset\s+Duration)")));
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

TEST_CASE("every page's footer has the name, the period, page X of N and the date the report was made", "[report][pages]") {
    test::TempDir dir;
    known_diary(dir / "d.sqlite");
    {
        // Enough rows for several pages.
        auto d = Diary::open(dir / "d.sqlite", [] { return kNow; });
        REQUIRE(d.ok());
        REQUIRE(d->transaction([&]() -> Result<void> {
            for (int i = 0; i < 150; ++i)
                if (auto r = d->add_episode(at("2026-03-12T02:00:00+08:00")); !r) return r.failure();
            return {};
        }).ok());
    }
    // CRAMPDIARY_NOW is 09:00 on 16 March in Shanghai (01:00 UTC): made on the 16th there.
    for (const auto& [lang, page_of, made] :
         {std::tuple{"en", "page %1 of %2", "made 2026-03-16"}, std::tuple{"zh_CN", "第%1页，共%2页", "生成日期：2026-03-16"}}) {
        INFO(lang);
        const auto pdf = dir / (std::string(lang) + ".pdf");
        REQUIRE(report(dir / "d.sqlite", pdf, lang, "2026-03-02", "2026-03-15").exit_code == 0);
        const int pages = pdf_pages(pdf);
        CHECK(pages >= 3);
        for (int page = 1; page <= pages; ++page) {
            INFO("page " << page);
            const auto text = pdf_text(pdf, page);
            std::string expected = page_of;
            expected.replace(expected.find("%1"), 2, std::to_string(page));
            expected.replace(expected.find("%2"), 2, std::to_string(pages));
            CHECK(count(text, expected) == 1);
            CHECK(text.find(made) != std::string::npos);
            CHECK(text.find("Wang Fang") != std::string::npos);
            CHECK(text.find("2026-03-02 – 2026-03-15") != std::string::npos);
        }
    }
}

TEST_CASE("the table tells the two 01:30 of an autumn clock change apart by their UTC offsets", "[report]") {
    test::TempDir dir;
    const std::vector<std::string> env{"CRAMPDIARY_NOW=2026-11-02T09:00:00Z", "CRAMPDIARY_ZONE=Europe/London"};
    {
        auto d = Diary::open(dir / "d.sqlite", [] { return instant_of(*parse_iso_time("2026-11-02T09:00:00Z"), "UTC"); });
        REQUIRE(d.ok());
        // Summer time (+01:00) is the period's usual offset: three cramps before the change.
        for (const char* iso : {"2026-10-20T02:00:00+01:00", "2026-10-22T03:00:00+01:00", "2026-10-25T01:30:00+01:00",
                                "2026-10-25T01:30:00+00:00"}) {
            Episode e;
            e.zone = "Europe/London";
            e.onset = instant_of(*parse_iso_time(iso), e.zone);
            REQUIRE(d->add_episode(e).ok());
        }
    }
    REQUIRE(report(dir / "d.sqlite", dir / "dst.pdf", "en", "2026-10-19", "2026-11-01", env).exit_code == 0);
    const auto text = pdf_text(dir / "dst.pdf", 2);
    CAPTURE(text);
    CHECK(count(text, "2026-10-24 2026-10-25 01:30") == 2);
    // Shown only where it differs from the usual one, on the second of the two rows.
    CHECK(count(text, "+00:00") == 1);
    CHECK(count(text, "+01:00") == 1);  // the legend names the usual one
    CHECK(text.find("01:30") < text.find("+00:00"));
    CHECK(text.find("where it is not +01:00") != std::string::npos);
}

TEST_CASE("a note of 2,000 characters is printed whole, across pages, and an emoji is a named placeholder", "[report][zh]") {
    test::TempDir dir;
    // One note of 2,000 Chinese characters on one line, one of 333 short lines (taller than a page),
    // one with emoji.
    std::string wide, tall;
    for (int i = 0; i < 181; ++i) {
        char seg[8];
        std::snprintf(seg, sizeof seg, "%04d", i);
        wide += std::string("抽筋记录第") + seg + "段。";
    }
    for (int i = 0; i < 333; ++i) {
        char seg[8];
        std::snprintf(seg, sizeof seg, "%03d", i);
        tall += std::string("第") + seg + "行\n";
    }
    REQUIRE(utf8_length(wide) <= kMaxNoteChars);
    REQUIRE(utf8_length(tall) <= kMaxNoteChars);
    {
        auto d = Diary::open(dir / "d.sqlite", [] { return kNow; });
        REQUIRE(d.ok());
        REQUIRE(d->add_episode(at("2026-03-10T01:00:00+08:00", Posture::lying, wide.c_str())).ok());
        REQUIRE(d->add_episode(at("2026-03-11T01:00:00+08:00", Posture::lying, tall.c_str())).ok());
        REQUIRE(d->add_episode(at("2026-03-12T01:00:00+08:00", Posture::lying, "woke 😀 then 🦶 stretched ✅ 👍🏽 done ☺")).ok());
    }
    for (const auto& [lang, emoji] : {std::pair{"zh_CN", "〔表情〕"}, std::pair{"en", "[emoji]"}}) {
        INFO(lang);
        const auto pdf = dir / (std::string(lang) + ".pdf");
        REQUIRE(report(dir / "d.sqlite", pdf, lang, "2026-03-02", "2026-03-15").exit_code == 0);
        const int pages = pdf_pages(pdf);
        CHECK(pages >= 4);  // page 1, and the tall note over three pages or more
        std::string all;
        for (int page = 2; page <= pages; ++page) all += pdf_text(pdf, page);
        // The wide note wraps over lines of its page: every segment is there once the line breaks go.
        const auto flat = without_whitespace(all);
        for (int i = 0; i < 181; ++i) {
            char seg[32];
            std::snprintf(seg, sizeof seg, "抽筋记录第%04d段。", i);
            INFO(seg);
            CHECK(count(flat, seg) == 1);
        }
        // The tall note continues on the next pages, marked as continued: every line is there.
        for (int i = 0; i < 333; ++i) {
            char seg[16];
            std::snprintf(seg, sizeof seg, "第%03d行", i);
            INFO(seg);
            CHECK(count(all, seg) == 1);
        }
        CHECK(count(all, std::string(lang) == "en" ? "(continued from the previous page)" : "（接上页）") >= 2);
        // Emoji: named, not a box; a skin-toned thumb is one emoji.
        CHECK(count(squeeze(all), std::string("woke ") + emoji + " then " + emoji + " stretched " + emoji + " " + emoji + " done") == 1);
        // A character the report font lacks and DejaVu Sans has is drawn from there.
        CHECK(count(all, "done ☺") == 1);
        CHECK(all.find("😀") == std::string::npos);
    }
}

TEST_CASE("the Chinese table uses clinicians' terms and full-width punctuation", "[report][zh]") {
    test::TempDir dir;
    {
        auto d = Diary::open(dir / "d.sqlite", [] { return kNow; });
        REQUIRE(d.ok());
        auto e = at("2026-03-10T01:00:00+08:00", Posture::stretching);
        e.relief = {Relief::stretch, Relief::massage};
        e.weakness = {Weakness::foot_drop};
        e.woke = false;
        e.radiating = true;
        REQUIRE(d->add_episode(e).ok());
        REQUIRE(d->add_cramp_free_night(*parse_date("2026-03-05")).ok());
        REQUIRE(d->add_cramp_free_night(*parse_date("2026-03-06")).ok());
    }
    REQUIRE(report(dir / "d.sqlite", dir / "zh.pdf", "zh_CN", "2026-03-02", "2026-03-15").exit_code == 0);
    const auto text = without_whitespace(pdf_text(dir / "zh.pdf", 2));
    CAPTURE(text);
    CHECK(text.find("侧别") != std::string::npos);
    CHECK(text.find("诱发动作") != std::string::npos);
    CHECK(text.find("拉伸小腿") != std::string::npos);
    // 走路脚尖拖地（自述） wraps in its cell, and pdftotext reads the cells beside it in between.
    for (const char* part : {"走路脚尖", "拖地（自", "述）"}) CHECK(text.find(part) != std::string::npos);
    CHECK(text.find("2026-03-05、2026-03-06") != std::string::npos);
    for (const char* wrong : {"哪一侧", "当时动作", "伸懒腰", "足下垂", "(", ")", ";"}) {
        INFO(wrong);
        CHECK(text.find(wrong) == std::string::npos);
    }
}

namespace {

// `hour`:00 on the morning after night `n`, Chinese time.
Instant morning_after(Night n, int hour) {
    return resolve_local(date::local_days{(n + date::days{1}).time_since_epoch()} + std::chrono::hours{hour}, "Asia/Shanghai");
}

// Care records on 20 nights of February, each recorded: a calf stretch on the first 10 (2 cramps),
// none on the next 10 (7 cramps); legs kept warm on all 20 and a foot soak on 3 (too few on one
// side). Left out: a night with a care record and nothing recorded, nights with cramps and no care
// record (8 cramps on each of 12 nights in March, so the table runs over more than one page). Three
// medicines: undated, stopped, still taken.
void care_diary(const fs::path& p) {
    auto d = Diary::open(p, [] { return kNow; });
    REQUIRE(d.ok());
    REQUIRE(d->add_medicine({0, "atorvastatin", "20 mg", parse_date("2026-02-10"), {}}).ok());
    REQUIRE(d->add_medicine({0, "metformin", "500 mg", parse_date("2026-01-05"), parse_date("2026-02-25")}).ok());
    REQUIRE(d->add_medicine({0, "furosemide", "", {}, {}}).ok());
    const Night first = *parse_date("2026-02-01");
    const std::map<int, int> cramps{{1, 1}, {4, 1}, {10, 2}, {11, 1}, {12, 1}, {13, 1}, {14, 1}, {15, 1}};  // day offset → cramps
    for (int i = 0; i < 20; ++i) {
        const Night n = first + date::days{i};
        EnumSet<CareItem> items{CareItem::legs_warm};
        if (i < 10) items.insert(CareItem::calf_stretch);
        if (i < 3) items.insert(CareItem::foot_soak);
        REQUIRE(d->set_night_factors(n, items).ok());
        const auto it = cramps.find(i);
        if (it == cramps.end()) {
            REQUIRE(d->add_cramp_free_night(n).ok());
            continue;
        }
        for (int k = 0; k < it->second; ++k) {
            Episode e;
            e.zone = "Asia/Shanghai";
            e.onset = morning_after(n, 2 + k);
            REQUIRE(d->add_episode(e).ok());
        }
    }
    REQUIRE(d->set_night_factors(first + date::days{20}, {CareItem::calf_stretch}).ok());
    for (int night = 1; night <= 12; ++night)
        for (int k = 0; k < 8; ++k) {
            Episode e;
            e.zone = "Asia/Shanghai";
            e.onset = morning_after(*parse_date("2026-02-28") + date::days{night}, 1 + k % 5) + std::chrono::minutes{k};
            e.note = "row " + std::to_string(k);
            REQUIRE(d->add_episode(e).ok());
        }
}

// The report pages (from 2) that list a row starting with night `n`.
std::vector<int> pages_listing(const std::vector<std::string>& pages, Night n) {
    std::vector<int> out;
    const std::string row = format_date(n) + " " + format_date(n + date::days{1});
    for (std::size_t p = 1; p < pages.size(); ++p)
        if (squeeze(pages[p]).find(row) != std::string::npos) out.push_back(int(p) + 1);
    return out;
}

}  // namespace

TEST_CASE("the report lists the medicines with their dates and compares nights with and without each care item", "[report][care]") {
    test::TempDir dir;
    const fs::path db = dir / "d.sqlite";
    care_diary(db);
    const Period period{*parse_date("2026-02-01"), *parse_date("2026-03-15")};

    // Core's comparison over the same file: the figures the report must print.
    auto d = Diary::open_read_only(db);
    REQUIRE(d.ok());
    DiaryRecords records;
    records.episodes = d->episodes(NightRange{period.from, period.to});
    for (const auto& f : d->cramp_free_nights(NightRange{period.from, period.to})) records.cramp_free_nights.push_back(f.night);
    const auto c = compare_factors(records.episodes, records.cramp_free_nights, d->night_factors(NightRange{period.from, period.to}), period);
    const auto& stretch = c[std::size_t(CareItem::calf_stretch)];
    CHECK(std::tuple{stretch.nights_with, stretch.cramps_with, stretch.nights_without, stretch.cramps_without} == std::tuple{10, 2, 10, 7});
    for (const auto& item : c) CHECK(item.shown() == (item.item == CareItem::calf_stretch));

    for (const std::string lang : {"en", "zh_CN"}) {
        INFO(lang);
        const bool zh = lang == "zh_CN";
        const auto pdf = dir / (lang + ".pdf");
        auto r = report(db, pdf, lang, format_date(period.from), format_date(period.to));
        INFO(r.err);
        REQUIRE(r.exit_code == 0);
        const int n = pdf_pages(pdf);
        REQUIRE(n >= 3);
        std::vector<std::string> pages;
        for (int p = 1; p <= n; ++p) pages.push_back(pdf_text(pdf, p));
        auto flat = [zh](std::string s) { return zh ? without_whitespace(s) : std::regex_replace(s, std::regex(R"(\s+)"), " "); };
        const std::string page1 = flat(pages[0]), page2 = flat(pages[1]);
        CAPTURE(page1, page2);

        // Page 1: each medicine with its dose and since when, or the period it was taken.
        CHECK(page1.find(zh ? "用药：furosemide（未记录开始日期）；metformin，500mg（2026-01-05–2026-02-25）；atorvastatin，20mg（2026-02-10起）"
                            : "Medicines: furosemide (no start date); metformin, 500 mg (2026-01-05 – 2026-02-25); atorvastatin, 20 mg (since 2026-02-10)") !=
              std::string::npos);

        // Page 2 opens with the comparisons: core's counts, per night, the caution, the rest in one line.
        const auto comparisons = page2.find(zh ? "个人对照" : "Personal comparisons");
        REQUIRE(comparisons != std::string::npos);
        CHECK(comparisons < page2.find(zh ? "本期全部抽筋" : "All cramps in the period"));
        char row[96];
        std::snprintf(row, sizeof row, zh ? "睡前拉伸小腿%d%d%.2f%d%d%.2f" : "calf stretch before bed %d %d %.2f %d %d %.2f", stretch.nights_with,
                      stretch.cramps_with, stretch.per_night_with(), stretch.nights_without, stretch.cramps_without, stretch.per_night_without());
        CHECK(page2.find(row) != std::string::npos);
        CHECK(page2.find(zh ? "不是病因的证据" : "not proof of cause") != std::string::npos);
        CHECK(page2.find(zh ? "夜数还不够：睡前温水泡脚、腿部保暖、"
                            : "Not enough nights yet: warm foot soak before bed, legs kept warm, drank enough,") != std::string::npos);
        for (const std::string& p : pages) CHECK(count(flat(p), zh ? "个人对照" : "Personal comparisons") <= 1);

        // Page 1's page references follow the table as it starts below the comparisons: the multi-night
        // sign lists its first night's page to its last one's.
        const auto firstPages = pages_listing(pages, *parse_date("2026-02-11"));
        const auto lastPages = pages_listing(pages, *parse_date("2026-03-12"));
        REQUIRE(!firstPages.empty());
        REQUIRE(!lastPages.empty());
        CHECK(firstPages.front() == 2);
        CHECK(lastPages.front() > 2);
        const std::string listed = std::to_string(firstPages.front()) + "–" + std::to_string(lastPages.front());
        const std::string sign = zh ? "一晚抽筋多次●出现132026-02-112026-03-12" : "Several cramps in one night ● present 13 2026-02-11 2026-03-12 ";
        CHECK(page1.find(sign + listed) != std::string::npos);

        // Pages 1 and 2 in grey, as a black-and-white printer prints them, to be looked at.
        fs::create_directories(SCREENSHOT_DIR);
        const std::string png = std::string(SCREENSHOT_DIR) + "/report-care" + (zh ? "-zh" : "");
        CHECK(test::run_process(PDFTOPPM, {"-png", "-gray", "-r", "90", "-f", "1", "-l", "2", pdf.string(), png}).exit_code == 0);
    }
}

TEST_CASE("a period without care records has no comparisons in its report", "[report][care]") {
    test::TempDir dir;
    known_diary(dir / "d.sqlite");
    REQUIRE(report(dir / "d.sqlite", dir / "en.pdf", "en", "2026-03-02", "2026-03-15").exit_code == 0);
    const auto text = pdf_text(dir / "en.pdf");
    CHECK(text.find("Personal comparisons") == std::string::npos);
    CHECK(text.find("Medicines: furosemide (no start date)") != std::string::npos);
}

// SPDX-License-Identifier: GPL-3.0-or-later
// Page 1 of the doctor report (issue 18): for an empty, a typical and an extreme diary, in both
// languages, the real command writes the PDF and pdftotext reads it back. Page 1 must hold the status
// figures exactly as the rules engine computes them (report_figures over the same file), every warning
// sign with its presence, the advice and the disclaimer; and page 1 must be the only page that holds
// them, whatever the diary (ten years, 50 cramps a week, every sign on, the longest name and medicines).
// Page 1 of each is also written as a PNG beside the screenshot tests' pictures, to be looked at.
#include "diary.hpp"
#include "isotime.hpp"
#include "report_figures.hpp"
#include "pdf_reader.hpp"
#include "run_process.hpp"
#include "tempdir.hpp"

#include <catch2/catch.hpp>

#include <cmath>
#include <filesystem>
#include <regex>

namespace fs = std::filesystem;
using namespace cramp;

namespace {

const std::vector<std::string> kEnv{"CRAMPDIARY_NOW=2026-11-30T09:00:00+08:00", "CRAMPDIARY_ZONE=Asia/Shanghai"};
const Night kTo = *parse_date("2026-11-29");

using test::pdf_pages;
using test::pdf_text;

// One line of text: line breaks and runs of spaces as one space; in Chinese, no spaces at all (a
// Chinese sentence wraps anywhere and pdftotext -layout pads columns with spaces).
std::string flat(std::string s, bool chinese) {
    s = std::regex_replace(s, std::regex(R"(\s+)"), chinese ? "" : " ");
    return s;
}

// 2 or 2.5, as the report prints a rate (written here again, not taken from the app).
std::string rate(double v) {
    char buf[32];
    if (std::abs(v - std::round(v)) < 0.05) std::snprintf(buf, sizeof buf, "%.0f", v);
    else std::snprintf(buf, sizeof buf, "%.1f", v);
    return buf;
}

void make_demo(const fs::path& db, int nights, int episodes) {
    auto r = test::run_process(CRAMPDIARY_EXE, {"--db", db.string(), "demo", "--seed", "7", "--zone", "Asia/Shanghai", "--nights",
                                                std::to_string(nights), "--episodes", std::to_string(episodes)},
                               kEnv);
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
}

// Ten years at 50 cramps a week, and on top every sign at once: 600 more cramps in the last 28 nights
// (more than in the 56 before: escalation) with persisting numbness, both weaknesses, radiating pain,
// symmetric tingling and the four triggers; the longest name, and as many medicines, each with a dose
// and started, stopped or undated, as the old free-text field held.
void make_extreme(const fs::path& db) {
    make_demo(db, 3650, 26000);
    auto d = Diary::open(db, [] { return instant_of(*parse_iso_time("2026-11-30T09:00:00+08:00"), "UTC"); });
    REQUIRE(d.ok());
    Profile p;
    for (std::size_t i = 0; p.name.size() < kMaxNameChars - 12; ++i) p.name += i % 2 ? "王小明 " : "Maximilian-Alexander ";
    p.birth_year = 1940;
    p.risk_factors = {"age_40_plus", "diabetes", "lumbar_disc_herniation", "lumbar_canal_stenosis", "varicose_veins",
                      "arterial_disease", "pregnancy", "kidney_disease"};
    std::string medicines;
    while (utf8_length(medicines) < kMaxNoteChars - 60) medicines += "呋塞米 furosemide 40 mg each morning; atorvastatin 40 mg; ";
    REQUIRE(d->set_profile(p).ok());
    // Dated as well as undated, with doses: a start, a start and a stop, none.
    auto list = medicines_from_text(medicines);
    for (std::size_t i = 0; i < list.size(); ++i) {
        list[i].dose = "40 mg each morning, 20 mg at night";
        if (i % 3 == 2) continue;
        list[i].start = kTo - date::days{30 * int(i) + 10};
        if (i % 3 == 1) list[i].stop = kTo - date::days{15 * int(i)};
    }
    REQUIRE(d->replace_medicines(list).ok());
    REQUIRE(d->transaction([&]() -> Result<void> {
        const Posture triggers[] = {Posture::bending, Posture::cough_sneeze, Posture::long_sitting, Posture::long_standing};
        for (int i = 0; i < 600; ++i) {
            Episode e;
            e.zone = "Asia/Shanghai";
            e.onset = instant_of(*parse_iso_time("2026-11-29T23:00:00+08:00"), e.zone) - std::chrono::minutes{i * 66};
            e.posture = triggers[i % 4];
            e.numbness = i % 3 ? Numbness::during : Numbness::persisted;
            if (i % 5 == 0) e.weakness = {Weakness::foot_drop, Weakness::stairs};
            e.radiating = i % 7 == 0;
            e.tingling_symmetric = i % 2 == 0;
            e.note = std::string(200, 'x');
            if (auto r = d->add_episode(e); !r) return r.failure();
        }
        return {};
    }).ok());
}

struct Words {
    bool chinese;
    std::string last7, at_or_over, under, per_week_this, nights_label, nights_value, first, none_recorded, present, not_present, advice,
        no_signs, disclaimer;
    std::vector<std::string> signs;  // in kSigns order
};

const Words kEnglish{false,
                     "Last 7 nights (to %1)",
                     "%1 cramps: at or over the threshold of %2",
                     "%1 cramps: under the threshold of %2",
                     "%1 in this period;",
                     "Nights recorded",
                     "%1 of %2",
                     "First recorded cramp %1",
                     "none recorded",
                     "● present",
                     "○ not present",
                     "these signs are worth showing a doctor: neurology or orthopaedics",
                     "none of the warning signs showed in this period",
                     "It is not a diagnosis and no basis for treatment.",
                     {"3 or more cramps in 7 nights", "Several cramps in one night", "Cramps becoming more frequent",
                      "Numbness or weakness with cramps", "Started by a posture or action"}};
const Words kChinese{true,
                     "最近7晚（截至%1）",
                     "抽筋%1次：达到或超过阈值（%2次）",
                     "抽筋%1次：低于阈值（%2次）",
                     "本期每周%1次；",
                     "有记录的夜晚",
                     "%2晚中的%1晚",
                     "首次记录的抽筋%1",
                     "未记录",
                     "●出现",
                     "○未出现",
                     "出现这些信号，值得找医生看看，可看神经内科或骨科。",
                     "本期未出现任何警示信号。",
                     "不是诊断，也不能作为治疗依据。",
                     {"7晚内抽筋3次及以上", "一晚抽筋多次", "抽筋越来越频繁", "抽筋伴麻木或无力", "由某种动作或姿势诱发"}};

std::string sentence(std::string s, const std::vector<std::string>& args, bool chinese) {
    for (std::size_t i = 0; i < args.size(); ++i) s = std::regex_replace(s, std::regex("%" + std::to_string(i + 1)), args[i]);
    return flat(s, chinese);
}

}  // namespace

TEST_CASE("page 1 holds the status figures, every sign, the advice and the disclaimer, and only page 1 does",
          "[report][page1]") {
    auto [shape, lang] = GENERATE(table<std::string, std::string>({
        {"empty", "en"}, {"empty", "zh_CN"}, {"typical", "en"}, {"typical", "zh_CN"}, {"extreme", "en"}, {"extreme", "zh_CN"}}));
    CAPTURE(shape, lang);
    test::TempDir dir;
    const fs::path db = dir / "diary.sqlite";
    Period period{kTo - date::days{83}, kTo};
    if (shape == "empty") {
        REQUIRE(Diary::open(db).ok());
    } else if (shape == "typical") {
        make_demo(db, 120, 300);
    } else {
        make_extreme(db);
        period.from = kTo - date::days{3649};
    }
    const fs::path pdf = dir / "report.pdf";
    auto r = test::run_process(CRAMPDIARY_EXE, {"--db", db.string(), "report", "--from", format_date(period.from), "--to",
                                                format_date(period.to), "--lang", lang, "-o", pdf.string()},
                               kEnv);
    INFO(r.err);
    REQUIRE(r.exit_code == 0);

    // The rules engine's figures for the same file and period.
    auto diary = Diary::open_read_only(db);
    REQUIRE(diary.ok());
    const auto [stats, f, records] = report_figures(*diary, period);
    if (shape == "extreme") {
        for (const auto& row : f.signs) CHECK(row.present);  // the diary this test promises
        CHECK(stats.episodes > 50 * 500);
    }

    const Words& w = lang == "en" ? kEnglish : kChinese;
    const bool zh = w.chinese;
    const std::string page1 = flat(pdf_text(pdf, 1, 1), zh);
    CAPTURE(page1);
    const auto& s = f.status;
    CHECK(page1.find(sentence(w.last7, {format_date(kTo)}, zh)) != std::string::npos);
    CHECK(page1.find(sentence(s.at_or_over ? w.at_or_over : w.under, {std::to_string(s.last7.cramps), std::to_string(s.threshold)}, zh)) !=
          std::string::npos);
    CHECK(page1.find(sentence(w.per_week_this, {rate(s.period.per_week())}, zh)) != std::string::npos);
    // Under half of the period's nights recorded: the figure is marked ▲, not only coloured.
    CHECK(page1.find(sentence(w.nights_label + (s.period.half_recorded() ? " " : " ▲ ") + w.nights_value,
                              {std::to_string(s.period.nights_recorded), std::to_string(s.period.nights())}, zh)) != std::string::npos);
    CHECK(page1.find(sentence(w.first, {s.first_cramp ? format_date(*s.first_cramp) : w.none_recorded}, zh)) != std::string::npos);
    bool any = false;
    for (std::size_t i = 0; i < f.signs.size(); ++i) {
        INFO("sign " << w.signs[i]);
        CHECK(page1.find(flat(w.signs[i] + " " + (f.signs[i].present ? w.present : w.not_present), zh)) != std::string::npos);
        any = any || f.signs[i].present;
    }
    CHECK(page1.find(flat(any ? w.advice : w.no_signs, zh)) != std::string::npos);
    CHECK(page1.find(flat(w.disclaimer, zh)) != std::string::npos);
    // The medicines with their dates, within their lines.
    if (shape == "extreme") CHECK(page1.find(flat(zh ? "用药：呋塞米 furosemide 40 mg each morning，40 mg each morning, 20 mg at night（" : "Medicines: 呋塞米 furosemide 40 mg each morning, 40 mg each morning, 20 mg at night (", zh)) != std::string::npos);

    const int pages = pdf_pages(pdf);
    if (pages > 1) {
        const std::string rest = flat(pdf_text(pdf, 2), zh);
        for (const auto& sign : w.signs) CHECK(rest.find(flat(sign, zh)) == std::string::npos);
        CHECK(rest.find(flat(w.advice, zh)) == std::string::npos);
        CHECK(rest.find(flat(w.disclaimer, zh)) == std::string::npos);
        CHECK(rest.find(sentence(w.last7, {format_date(kTo)}, zh)) == std::string::npos);
    }

    fs::create_directories(SCREENSHOT_DIR);
    const std::string png = std::string(SCREENSHOT_DIR) + "/report-page1-" + shape + (zh ? "-zh" : "");
    REQUIRE(test::run_process(PDFTOPPM, {"-png", "-r", "90", "-f", "1", "-l", "1", "-singlefile", pdf.string(), png}).exit_code == 0);
    CHECK(fs::file_size(png + ".png") > 10000);
}

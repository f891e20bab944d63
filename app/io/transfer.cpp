#include "transfer.hpp"

#include "csv.hpp"
#include "night.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace cramp {

std::string export_csv(const Diary& diary, const ExportOptions& options) {
    auto episodes = diary.episodes(options.range);
    auto free_nights = diary.cramp_free_nights(options.range);
    std::sort(episodes.begin(), episodes.end(), [](const Episode& a, const Episode& b) {
        return a.night != b.night ? a.night < b.night : a.onset != b.onset ? a.onset < b.onset : a.id < b.id;
    });
    std::sort(free_nights.begin(), free_nights.end(), [](const auto& a, const auto& b) { return a.night < b.night; });
    std::string out = options.bom ? "\xEF\xBB\xBF" : "";
    out += csv::header_row();
    // Merge by night: a cramp-free night never shares its night with an episode.
    std::size_t e = 0, f = 0;
    while (e < episodes.size() || f < free_nights.size()) {
        if (f < free_nights.size() && (e == episodes.size() || free_nights[f].night < episodes[e].night))
            out += csv::cramp_free_row(free_nights[f++].night);
        else
            out += csv::episode_row(episodes[e++]);
    }
    return out;
}

Result<ImportPlan> plan_import(const Diary& diary, std::string_view text) {
    auto rows = csv::parse(text);
    if (!rows) return Error{rows.error()};
    if (rows->empty()) return fail("line 1: the file is empty; expected the header " + csv::header_row().substr(0, csv::header_row().size() - 2));
    std::string header;
    for (const auto& c : rows->front().fields) header += (header.empty() ? "" : ",") + c;
    const std::string expected = csv::header_row().substr(0, csv::header_row().size() - 2);
    if (header != expected) return fail("line 1: the header is '" + header + "', expected '" + expected + "'");

    const int boundary = diary.rule_settings().day_boundary;
    const Instant now = diary.now();
    std::vector<std::string> problems;
    ImportPlan plan;
    std::map<Night, int> episode_line_of_night, free_line_of_night;
    std::vector<std::pair<int, Episode>> episodes;
    for (std::size_t i = 1; i < rows->size(); ++i) {
        const auto& row = (*rows)[i];
        std::vector<std::string> row_problems;
        auto rec = csv::read_record(row, row_problems);
        if (rec) {
            if (auto* er = std::get_if<csv::EpisodeRecord>(&*rec)) {
                Episode e = er->episode;
                for (const auto& m : validate(e, now)) row_problems.push_back(m);
                if (row_problems.empty()) {
                    e.night = night_of(e.onset, e.zone, boundary);
                    if (e.night != er->night_in_file)
                        row_problems.push_back("night: " + format_date(er->night_in_file) + " differs from " +
                                               format_date(e.night) + ", the night of its onset in " + e.zone);
                    else {
                        episodes.emplace_back(row.line, e);
                        episode_line_of_night.try_emplace(e.night, row.line);
                    }
                }
            } else {
                Night n = std::get<CrampFreeNight>(*rec).night;
                if (!free_line_of_night.try_emplace(n, row.line).second)
                    row_problems.push_back("night: " + format_date(n) + " is a cramp-free night already in line " +
                                           std::to_string(free_line_of_night[n]));
            }
        }
        for (const auto& m : row_problems) problems.push_back("line " + std::to_string(row.line) + ", " + m);
    }
    // A cramp-free night cannot share its night with a cramp, in the file or in the diary.
    for (const auto& [night, line] : free_line_of_night) {
        if (auto it = episode_line_of_night.find(night); it != episode_line_of_night.end())
            problems.push_back("line " + std::to_string(line) + ", night: " + format_date(night) +
                               " is marked cramp-free, but line " + std::to_string(it->second) + " logs a cramp that night");
        else if (!diary.episodes(NightRange{night, night}).empty())
            problems.push_back("line " + std::to_string(line) + ", night: " + format_date(night) +
                               " is marked cramp-free, but the diary has a cramp that night");
    }
    if (!problems.empty()) {
        std::sort(problems.begin(), problems.end(), [](const std::string& a, const std::string& b) {
            return std::stoi(a.substr(5)) < std::stoi(b.substr(5));
        });
        std::string all;
        for (const auto& p : problems) all += (all.empty() ? "" : "\n") + p;
        return fail(all);
    }

    // Skip what the diary already holds: read the nights the file covers once, through the index.
    if (!episodes.empty()) {
        auto [lo, hi] = std::minmax_element(episodes.begin(), episodes.end(),
                                            [](const auto& a, const auto& b) { return a.second.night < b.second.night; });
        std::multimap<Instant, Episode> existing;
        for (auto& e : diary.episodes(NightRange{lo->second.night, hi->second.night})) existing.emplace(e.onset, e);
        for (auto& [line, e] : episodes) {
            auto [b, en] = existing.equal_range(e.onset);
            bool dup = std::any_of(b, en, [&](const auto& kv) { return kv.second.same_record(e); });
            if (dup) {
                ++plan.skipped_episodes;
            } else {
                existing.emplace(e.onset, e);  // an identical row later in the file is a duplicate too
                plan.episodes.push_back(e);
            }
        }
    }
    std::set<Night> existing_free;
    for (const auto& c : diary.cramp_free_nights()) existing_free.insert(c.night);
    for (const auto& [night, line] : free_line_of_night) {
        if (existing_free.count(night)) ++plan.skipped_cramp_free_nights;
        else plan.cramp_free_nights.push_back(night);
    }
    return plan;
}

Result<ImportSummary> commit_import(Diary& diary, const ImportPlan& plan) {
    auto r = diary.transaction([&]() -> Result<void> {
        for (const auto& e : plan.episodes)
            if (auto id = diary.add_episode(e); !id) return Error{id.error()};
        for (auto n : plan.cramp_free_nights)
            if (auto id = diary.add_cramp_free_night(n); !id) return Error{id.error()};
        return {};
    });
    if (!r) return fail("nothing was imported: " + r.error());
    return ImportSummary{static_cast<int>(plan.episodes.size()), static_cast<int>(plan.cramp_free_nights.size()),
                         plan.skipped_episodes, plan.skipped_cramp_free_nights};
}

std::string describe(const ImportSummary& s) {
    return "added " + std::to_string(s.added_episodes) + " episodes and " + std::to_string(s.added_cramp_free_nights) +
           " cramp-free nights; skipped " + std::to_string(s.skipped_episodes) + " episodes and " +
           std::to_string(s.skipped_cramp_free_nights) + " cramp-free nights already in the diary";
}

}  // namespace cramp

#include "transfer.hpp"

#include "csv.hpp"
#include "night.hpp"
#include "records.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace cramp {

namespace io {

SortedRecords sorted_records(const Diary& diary, const std::optional<NightRange>& range) {
    SortedRecords r;
    r.episodes = diary.episodes(range);
    std::sort(r.episodes.begin(), r.episodes.end(), [](const Episode& a, const Episode& b) {
        return a.night != b.night ? a.night < b.night : a.onset != b.onset ? a.onset < b.onset : a.id < b.id;
    });
    for (const auto& c : diary.cramp_free_nights(range)) r.cramp_free_nights.push_back(c.night);
    std::sort(r.cramp_free_nights.begin(), r.cramp_free_nights.end());
    return r;
}

int Place::line_of(std::string_view field) const {
    for (const auto& [name, l] : field_lines)
        if (name == field) return l;
    return line;
}

Message Place::at(std::string_view field) const {
    const int l = field.empty() ? line : line_of(field);
    if (record.empty()) return Message(CRAMP_TEXT("Import", "line %1"), l);
    return Message(CRAMP_TEXT("Import", "%1 (line %2)"), record, l);
}

Problem Place::problem(const Message& what) const {
    const int l = line_of(field_of(what));
    if (record.empty()) return {l, Message(CRAMP_TEXT("Import", "line %1, %2"), l, what)};
    return {l, Message(CRAMP_TEXT("Import", "%1 (line %2), %3"), record, l, what)};
}

Result<ParsedFile> read_csv(std::string_view text) {
    auto rows = csv::parse(text);
    if (!rows) return rows.failure();
    const std::string expected = csv::header_row().substr(0, csv::header_row().size() - 2);
    if (rows->empty()) return fail(CRAMP_TEXT("Import", "line %1: the file is empty; expected the header %2"), 1, expected);
    std::string header;
    for (const auto& c : rows->front().fields) header += (header.empty() ? "" : ",") + c;
    if (header != expected) return fail(CRAMP_TEXT("Import", "line %1: the header is '%2', expected '%3'"), 1, header, expected);

    ParsedFile file;
    for (std::size_t i = 1; i < rows->size(); ++i) {
        const auto& row = (*rows)[i];
        Place place{{}, row.line, {}};
        std::vector<Message> problems;
        auto rec = csv::read_record(row, problems);
        for (const auto& m : problems) file.problems.push_back(place.problem(m));
        if (!rec) continue;
        if (auto* er = std::get_if<csv::EpisodeRecord>(&*rec))
            file.episodes.push_back({std::move(place), er->episode, er->night_in_file});
        else
            file.cramp_free_nights.push_back({std::move(place), std::get<CrampFreeNight>(*rec).night});
    }
    return file;
}

}  // namespace io

std::string_view format_name(ExportFormat f) {
    switch (f) {
    case ExportFormat::csv: return "csv";
    case ExportFormat::json: return "json";
    case ExportFormat::fhir: return "fhir";
    }
    return "csv";
}

std::optional<ExportFormat> parse_export_format(std::string_view s) {
    for (auto f : {ExportFormat::csv, ExportFormat::json, ExportFormat::fhir})
        if (format_name(f) == s) return f;
    return std::nullopt;
}

std::string export_csv(const Diary& diary, const ExportOptions& options) {
    auto records = io::sorted_records(diary, options.range);
    const auto& episodes = records.episodes;
    const auto& free_nights = records.cramp_free_nights;
    std::string out = options.bom ? "\xEF\xBB\xBF" : "";
    out += csv::header_row();
    // Merge by night: a cramp-free night never shares its night with an episode.
    std::size_t e = 0, f = 0;
    while (e < episodes.size() || f < free_nights.size()) {
        if (f < free_nights.size() && (e == episodes.size() || free_nights[f] < episodes[e].night))
            out += csv::cramp_free_row(free_nights[f++]);
        else
            out += csv::episode_row(episodes[e++]);
    }
    return out;
}

std::string export_text(const Diary& diary, ExportFormat format, const ExportOptions& options) {
    switch (format) {
    case ExportFormat::json: return export_json(diary, options);
    case ExportFormat::fhir: return export_fhir(diary, options);
    case ExportFormat::csv: break;
    }
    return export_csv(diary, options);
}

namespace {

bool looks_like_json(std::string_view text) {
    if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
    auto pos = text.find_first_not_of(" \t\r\n");
    return pos != std::string_view::npos && text[pos] == '{';
}

bool has_records(const Diary& diary) { return diary.first_record_night().has_value(); }

}  // namespace

Result<ImportPlan> plan_import(const Diary& diary, std::string_view text) {
    auto parsed = looks_like_json(text) ? io::read_json(text) : io::read_csv(text);
    if (!parsed) return parsed.failure();
    io::ParsedFile& file = *parsed;
    std::vector<io::Problem>& problems = file.problems;

    ImportPlan plan;
    const RuleSettings own = diary.rule_settings();
    // A JSON file brings its settings and profile: a diary with no records yet (a new device)
    // takes them; a diary with records keeps its own.
    if (file.settings || file.profile) {
        if (!has_records(diary)) {
            plan.settings = file.settings;
            plan.profile = file.profile;
        } else {
            plan.kept_own_settings = (file.settings && *file.settings != own) || (file.profile && *file.profile != diary.profile());
        }
    }
    // The file's nights were derived with its own day boundary; the diary derives them again with
    // the boundary it will have.
    const int file_boundary = file.settings ? file.settings->day_boundary : own.day_boundary;
    const int target_boundary = plan.settings ? plan.settings->day_boundary : own.day_boundary;

    const Instant now = diary.now();
    std::map<Night, const io::Place*> episode_of_night;
    std::vector<Episode> episodes;
    for (auto& fe : file.episodes) {
        Episode e = fe.episode;
        auto errs = validate(e, now);
        for (const auto& m : errs) problems.push_back(fe.place.problem(m));
        if (!errs.empty()) continue;
        Night night = night_of(e.onset, e.zone, file_boundary);
        if (night != fe.night_in_file && !file.settings_unreadable) {
            problems.push_back(fe.place.problem(Message(CRAMP_TEXT("Import", "%1: %2 differs from %3, the night of its onset in %4"),
                                                        "night", format_date(fe.night_in_file), format_date(night), e.zone)));
            continue;
        }
        e.night = night_of(e.onset, e.zone, target_boundary);
        episode_of_night.try_emplace(e.night, &fe.place);
        episodes.push_back(std::move(e));
    }
    std::map<Night, const io::Place*> free_of_night;
    for (const auto& fc : file.cramp_free_nights) {
        auto [it, fresh] = free_of_night.try_emplace(fc.night, &fc.place);
        if (!fresh)
            problems.push_back(fc.place.problem(Message(CRAMP_TEXT("Import", "%1: %2 is a cramp-free night already in %3"), "night",
                                                        format_date(fc.night), it->second->at())));
    }
    // A cramp-free night cannot share its night with a cramp, in the file or in the diary.
    for (const auto& [night, place] : free_of_night) {
        // One whole sentence for each case: a translation may order its parts differently.
        if (auto it = episode_of_night.find(night); it != episode_of_night.end())
            problems.push_back(place->problem(Message(CRAMP_TEXT("Import", "%1: %2 is marked cramp-free, but %3 logs a cramp that night"),
                                                      "night", format_date(night), it->second->at())));
        else if (!diary.episodes(NightRange{night, night}).empty())
            problems.push_back(place->problem(
                Message(CRAMP_TEXT("Import", "%1: %2 is marked cramp-free, but the diary has a cramp that night"), "night", format_date(night))));
    }
    if (!problems.empty()) {
        std::stable_sort(problems.begin(), problems.end(), [](const auto& a, const auto& b) { return a.line < b.line; });
        // One problem a line, each line its own message.
        std::vector<Message> lines;
        lines.reserve(problems.size());
        for (auto& p : problems) lines.push_back(std::move(p.message));
        return fail(Message::lines(std::move(lines)));
    }

    // Skip what the diary already holds: read the nights the file covers once, through the index.
    // Each diary record matches one file record, so a record the diary holds twice is added twice
    // from a file that holds it twice (an export of it), and skipped twice on the next import.
    if (!episodes.empty()) {
        auto [lo, hi] = std::minmax_element(episodes.begin(), episodes.end(),
                                            [](const Episode& a, const Episode& b) { return a.night < b.night; });
        std::multimap<Instant, Episode> existing;
        if (has_records(diary))
            for (auto& e : diary.episodes(NightRange{lo->night, hi->night})) existing.emplace(e.onset, std::move(e));
        for (auto& e : episodes) {
            auto [b, en] = existing.equal_range(e.onset);
            auto same = std::find_if(b, en, [&](const auto& kv) { return kv.second.same_record(e); });
            if (same != en) {
                existing.erase(same);
                ++plan.skipped_episodes;
            } else {
                plan.episodes.push_back(std::move(e));
            }
        }
    }
    std::set<Night> existing_free;
    for (const auto& c : diary.cramp_free_nights()) existing_free.insert(c.night);
    for (const auto& [night, place] : free_of_night) {
        if (existing_free.count(night)) ++plan.skipped_cramp_free_nights;
        else plan.cramp_free_nights.push_back(night);
    }
    return plan;
}

Result<ImportSummary> commit_import(Diary& diary, const ImportPlan& plan) {
    std::size_t replaced = 0;
    auto r = diary.transaction([&]() -> Result<void> {
        // Settings first: the day boundary decides the nights of the episodes added below.
        if (plan.settings)
            if (auto s = diary.set_rule_settings(*plan.settings); !s) return s;
        if (plan.profile)
            if (auto p = diary.set_profile(*plan.profile); !p) return p;
        // A cramp removes its night's cramp-free mark (add_episode): counted, so the summary says so.
        const std::size_t marked = diary.cramp_free_nights().size();
        for (const auto& e : plan.episodes)
            if (auto id = diary.add_episode(e); !id) return id.failure();
        replaced = marked - diary.cramp_free_nights().size();
        for (auto n : plan.cramp_free_nights)
            if (auto id = diary.add_cramp_free_night(n); !id) return id.failure();
        return {};
    });
    if (!r) return fail(CRAMP_TEXT("Import", "nothing was imported: %1"), r.problem());
    ImportSummary s{static_cast<int>(plan.episodes.size()), static_cast<int>(plan.cramp_free_nights.size()),
                    plan.skipped_episodes, plan.skipped_cramp_free_nights};
    s.applied_settings = plan.settings.has_value();
    s.applied_profile = plan.profile.has_value();
    s.kept_own_settings = plan.kept_own_settings;
    s.replaced_cramp_free_nights = static_cast<int>(replaced);
    return s;
}

std::string describe(const ImportSummary& s) {
    std::string out = "added " + std::to_string(s.added_episodes) + " episodes and " +
                      std::to_string(s.added_cramp_free_nights) + " cramp-free nights; skipped " +
                      std::to_string(s.skipped_episodes) + " episodes and " + std::to_string(s.skipped_cramp_free_nights) +
                      " cramp-free nights already in the diary";
    if (s.applied_settings && s.applied_profile) out += "; took the file's settings and patient profile";
    else if (s.applied_settings) out += "; took the file's settings";
    else if (s.applied_profile) out += "; took the file's patient profile";
    if (s.kept_own_settings) out += "; kept this diary's own settings and patient profile (the file's differ)";
    if (s.replaced_cramp_free_nights > 0)
        out += "; " + std::to_string(s.replaced_cramp_free_nights) +
               (s.replaced_cramp_free_nights == 1 ? " night recorded as cramp-free now has an imported cramp"
                                                  : " nights recorded as cramp-free now have an imported cramp");
    return out;
}

}  // namespace cramp

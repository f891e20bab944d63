// SPDX-License-Identifier: GPL-3.0-or-later
#include "transfer.hpp"

#include "csv.hpp"
#include "night.hpp"
#include "records.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
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
    r.night_factors = diary.night_factors(range);  // by night already
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

void ProblemList::add(Problem p) {
    ++total_;
    if (!keeps(p.line)) return;
    auto later = [](const Kept& x, const Kept& y) { return x.line != y.line ? x.line < y.line : x.order < y.order; };
    if (kept_.size() == kShown) {
        std::pop_heap(kept_.begin(), kept_.end(), later);
        kept_.pop_back();
    }
    kept_.push_back({p.line, total_, std::move(p.message)});
    std::push_heap(kept_.begin(), kept_.end(), later);
}

Message ProblemList::message() const {
    std::vector<Kept> sorted = kept_;
    std::sort_heap(sorted.begin(), sorted.end(),
                   [](const Kept& x, const Kept& y) { return x.line != y.line ? x.line < y.line : x.order < y.order; });
    std::vector<Message> lines;
    lines.reserve(sorted.size() + 1);
    for (auto& k : sorted) lines.push_back(std::move(k.message));
    if (total_ > sorted.size()) {
        // 349426 -> "349,426"
        std::string n = std::to_string(total_ - sorted.size());
        for (auto i = static_cast<std::ptrdiff_t>(n.size()) - 3; i > 0; i -= 3) n.insert(static_cast<std::size_t>(i), ",");
        lines.emplace_back(CRAMP_TEXT("Import", "… and %1 more"), n);
    }
    return Message::lines(std::move(lines));
}

Result<void> read_csv(ByteSource& source, RecordSink& sink) {
    csv::Reader reader(source);
    csv::Row row;
    const std::string expected = csv::header_row().substr(0, csv::header_row().size() - 2);
    // A file written before care records: the same header without its last column.
    const std::string before_care = expected.substr(0, expected.rfind(','));
    auto header = reader.next(row);
    if (!header) return header.failure();
    if (!*header) return fail(CRAMP_TEXT("Import", "line %1: the file is empty; expected the header %2"), 1, expected);
    std::string found;
    for (const auto& c : row.fields) found += (found.empty() ? "" : ",") + c;
    if ((found != expected && found != before_care) || row.too_long)
        return fail(CRAMP_TEXT("Import", "line %1: the header is '%2', expected '%3'"), 1, excerpt(found), expected);
    const std::size_t columns = found == expected ? csv::kColumns.size() : csv::kColumnsBeforeCare;

    std::vector<Message> problems;
    for (;;) {
        auto more = reader.next(row);
        if (!more) return more.failure();
        if (!*more) return {};
        // A row of junk costs a count, not a message, once the first problems are kept.
        if (row.fields.size() != columns && !sink.problems.keeps(row.line)) {
            sink.problems.count();
            continue;
        }
        // The spreadsheet export marks its file with a BOM; its guarded cells are restored.
        if (reader.had_bom())
            for (auto& f : row.fields) csv::unguard_cell(f);
        Place place{{}, row.line, {}};
        problems.clear();
        auto rec = csv::read_record(row, problems, columns);
        for (const auto& m : problems) sink.problem(place, m);
        if (!rec) continue;
        if (auto* er = std::get_if<csv::EpisodeRecord>(&*rec))
            sink.episode({std::move(place), std::move(er->episode), er->night_in_file});
        else if (auto* cf = std::get_if<CrampFreeNight>(&*rec))
            sink.cramp_free_night({std::move(place), cf->night});
        else
            sink.night_factors({std::move(place), std::get<NightFactors>(*rec)});
    }
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
    const auto& care = records.night_factors;
    std::string out = options.bom ? "\xEF\xBB\xBF" : "";
    out += csv::header_row();
    // Merge by night: a night's episodes (a cramp-free night never shares its night with one), then
    // its care record.
    std::size_t e = 0, f = 0, c = 0;
    while (e < episodes.size() || f < free_nights.size() || c < care.size()) {
        const bool episode_next = e < episodes.size() && (f == free_nights.size() || episodes[e].night < free_nights[f]);
        const Night night = episode_next ? episodes[e].night : f < free_nights.size() ? free_nights[f] : care[c].night;
        if (c < care.size() && care[c].night < night)
            out += csv::night_factors_row(care[c++]);
        else if (episode_next)
            out += csv::episode_row(episodes[e++], options.bom);
        else if (f < free_nights.size())
            out += csv::cramp_free_row(free_nights[f++]);
        else
            out += csv::night_factors_row(care[c++]);
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

// --- ImportFile

struct ImportFile::Data {
    std::string path;                  // a file by name, or
    std::string text;                  // text in memory, or
    std::shared_ptr<std::FILE> spool;  // a temporary copy
    bool is_text = false;
};

namespace {

// The diary's profile and medicines as a file would hold them (without the diary's ids).
FileProfile own_profile(const Diary& diary) {
    FileProfile p{diary.profile(), diary.medicines()};
    for (auto& m : p.medicines) m.id = 0;
    return p;
}


class FileSource : public ByteSource {
public:
    explicit FileSource(std::FILE* f, bool owned) : f_(f), owned_(owned) {}
    ~FileSource() override {
        if (owned_) std::fclose(f_);
    }
    std::size_t read(char* buf, std::size_t n) override {
        const std::size_t got = std::fread(buf, 1, n, f_);
        if (got == 0 && std::ferror(f_)) error_ = std::strerror(errno);
        return got;
    }
    std::optional<std::string> error() const override { return error_; }

private:
    std::FILE* f_;
    bool owned_;
    std::optional<std::string> error_;
};

// Text in memory that the source keeps alive.
class OwnedTextSource : public TextSource {
public:
    explicit OwnedTextSource(std::shared_ptr<const ImportFile::Data> d) : TextSource(d->text), data_(std::move(d)) {}

private:
    std::shared_ptr<const ImportFile::Data> data_;
};

// Passes bytes on and digests them (64-bit FNV-1a and the count), so that the second reading can
// tell the file is the one checked.
class DigestSource : public ByteSource {
public:
    explicit DigestSource(ByteSource& in) : in_(in) {}
    std::size_t read(char* buf, std::size_t n) override {
        const std::size_t got = in_.read(buf, n);
        for (std::size_t i = 0; i < got; ++i) digest_ = (digest_ ^ static_cast<unsigned char>(buf[i])) * 0x100000001b3ULL;
        size_ += got;
        return got;
    }
    std::optional<std::string> error() const override { return in_.error(); }
    std::uint64_t digest() const { return digest_; }
    std::uint64_t size() const { return size_; }

private:
    ByteSource& in_;
    std::uint64_t digest_ = 0xcbf29ce484222325ULL, size_ = 0;
};

}  // namespace

ImportFile ImportFile::path(std::string path) {
    ImportFile f;
    f.data_ = std::make_shared<Data>(Data{std::move(path), {}, {}, false});
    return f;
}

ImportFile ImportFile::text(std::string bytes) {
    ImportFile f;
    f.data_ = std::make_shared<Data>(Data{{}, std::move(bytes), {}, true});
    return f;
}

Result<ImportFile> ImportFile::spooled(std::istream& in) {
    std::shared_ptr<std::FILE> spool(std::tmpfile(), [](std::FILE* f) {
        if (f) std::fclose(f);
    });
    if (!spool) return fail(CRAMP_TEXT("Import", "cannot make a temporary copy of the input: %1"), std::strerror(errno));
    std::vector<char> buf(64 * 1024);
    while (in) {
        in.read(buf.data(), static_cast<std::streamsize>(buf.size()));
        const auto n = static_cast<std::size_t>(in.gcount());
        if (n > 0 && std::fwrite(buf.data(), 1, n, spool.get()) != n)
            return fail(CRAMP_TEXT("Import", "cannot make a temporary copy of the input: %1"), std::strerror(errno));
    }
    if (in.bad() || std::fflush(spool.get()) != 0)
        return fail(CRAMP_TEXT("Import", "cannot make a temporary copy of the input: %1"), std::strerror(errno));
    ImportFile f;
    f.data_ = std::make_shared<Data>(Data{{}, {}, std::move(spool), false});
    return f;
}

Result<std::unique_ptr<ByteSource>> ImportFile::open() const {
    if (data_->is_text) return std::unique_ptr<ByteSource>(std::make_unique<OwnedTextSource>(data_));
    if (data_->spool) {
        std::rewind(data_->spool.get());
        return std::unique_ptr<ByteSource>(std::make_unique<FileSource>(data_->spool.get(), false));
    }
    std::FILE* f = std::fopen(data_->path.c_str(), "rb");
    if (!f) return fail(CRAMP_TEXT("Import", "cannot read %1: %2"), data_->path, std::strerror(errno));
    return std::unique_ptr<ByteSource>(std::make_unique<FileSource>(f, true));
}

namespace {

bool has_records(const Diary& diary) { return diary.first_record_night().has_value(); }

// JSON or CSV by the first bytes; a file in UTF-16 or UTF-32 (by its BOM, or by the zero bytes
// that ASCII text has in those encodings) is refused with that name.
Result<bool> is_json(ByteSource& source) {
    Bytes in(source, 4096);
    const int b0 = in.peek(0), b1 = in.peek(1), b2 = in.peek(2), b3 = in.peek(3);
    const char* wide = nullptr;
    if ((b0 == 0xFF && b1 == 0xFE && b2 == 0 && b3 == 0) || (b0 == 0 && b1 == 0 && b2 == 0xFE && b3 == 0xFF) ||
        (b0 > 0 && b1 == 0 && b2 == 0 && b3 == 0) || (b0 == 0 && b1 == 0 && b2 == 0 && b3 > 0))
        wide = "UTF-32";
    else if ((b0 == 0xFF && b1 == 0xFE) || (b0 == 0xFE && b1 == 0xFF) || (b0 == 0 && b1 > 0) || (b0 > 0 && b1 == 0))
        wide = "UTF-16";
    if (wide) return fail(CRAMP_TEXT("Import", "the file is in %1, not UTF-8: save it as UTF-8 and import it again"), wide);
    if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) in.take(), in.take(), in.take();
    while (in.peek() == ' ' || in.peek() == '\t' || in.peek() == '\r' || in.peek() == '\n') in.take();
    const int c = in.peek();
    return c == '{' || c == '[' || (c == '/' && (in.peek(1) == '/' || in.peek(1) == '*'));
}

// 128 bits of SHA-1 of an episode's content (every field but the night), to find the file's
// records among the diary's without holding the diary's episodes.
using Fingerprint = std::pair<std::uint64_t, std::uint64_t>;
Fingerprint fingerprint(Episode e) {
    e.night = Night{};
    const std::string u = io::uuid_v5("6f1c2a3e-5b7d-4e8f-9a0b-1c2d3e4f5a6b", csv::episode_row(e));
    std::uint64_t half[2] = {0, 0};
    std::size_t n = 0;
    for (char c : u) {
        if (c == '-') continue;
        half[n / 16] = (half[n / 16] << 4) | static_cast<std::uint64_t>(c <= '9' ? c - '0' : c - 'a' + 10);
        ++n;
    }
    return {half[0], half[1]};
}

Episode with_zone(Episode e, std::string zone) {
    e.zone = std::move(zone);
    return e;
}

// Where a record stands, small enough to keep one for each night a file names.
struct Where {
    int index = -1;  // JSON: in its array; CSV: -1
    int line = 0;    // the record's
    int night_line = 0;

    explicit Where(const io::Place& p) : index(p.index), line(p.line), night_line(p.line_of("night")) {}
    io::Place place(std::string_view array) const {
        io::Place p;
        p.index = index;
        p.line = line;
        if (index >= 0) p.record = std::string(array) + "[" + std::to_string(index) + "]";
        p.field_lines.emplace_back("night", night_line);
        return p;
    }
};

// The settings a first reading found after the records (JSON lets them stand anywhere): the
// second reading knows them from its start.
struct KnownSettings {
    std::optional<RuleSettings> settings;  // nothing: unreadable
};

// The first reading: checks every record and decides which to add, keeping per night what the
// cross-record rules need, and one bit per record.
class Checker : public io::RecordSink {
public:
    Checker(const Diary& diary, io::ProblemList& list, std::optional<KnownSettings> known)
        : RecordSink(list), diary_(diary), own_(diary.rule_settings()), now_(diary.now()), known_(std::move(known)) {
        for (const auto& n : diary.night_factors()) diary_care_.emplace(n.night, n.items);
        has_records_ = has_records(diary);
        if (!has_records_) return;
        for (const auto& c : diary.cramp_free_nights()) diary_free_.insert(c.night);
        // The diary's episodes a year of nights at a time, as fingerprints.
        using date::days;
        const Night last = Night{date::floor<days>(now_)} + days{2};
        for (Night from = *diary.first_record_night();; from += days{366}) {
            const bool last_chunk = from > last;
            for (const auto& e : diary.episodes(NightRange{from, last_chunk ? Night{days{10000000}} : from + days{365}})) {
                diary_nights_.insert(e.night);
                diary_prints_.emplace_back(fingerprint(e), false);
            }
            if (last_chunk) break;
        }
        std::sort(diary_prints_.begin(), diary_prints_.end());
    }

    void settings(const std::optional<RuleSettings>& s) override {
        file_settings_ = s;
        settings_seen_ = true;
        settings_after_records_ = records_seen_;
    }
    void profile(const FileProfile& p) override { file_profile_ = p; }

    void episode(io::FileEpisode&& fe) override {
        records_seen_ = true;
        Episode& e = fe.episode;
        // validate names an unknown zone: given an excerpt, it names the same problem.
        const std::string zone = excerpt(e.zone);
        const auto errs = zone == e.zone ? validate(e, now_) : validate(with_zone(e, zone), now_);
        for (const auto& m : errs) problem(fe.place, m);
        if (!errs.empty()) return;
        const Night night = night_of(e.onset, e.zone, file_boundary());
        if (night != fe.night_in_file && !settings_unreadable()) {
            problem(fe.place, Message(CRAMP_TEXT("Import", "%1: %2 differs from %3, the night of its onset in %4"), "night",
                                      format_date(fe.night_in_file), format_date(night), e.zone));
            return;
        }
        const Night target = night_of(e.onset, e.zone, target_boundary());
        episode_of_night_.try_emplace(target, fe.place);
        bool skip = false;
        if (!diary_prints_.empty()) {
            const Fingerprint fp = fingerprint(e);
            for (auto it = std::lower_bound(diary_prints_.begin(), diary_prints_.end(), std::make_pair(fp, false));
                 it != diary_prints_.end() && it->first == fp && !skip; ++it)
                if (!it->second) it->second = skip = true;  // each diary episode matches one file episode
        }
        plan.skip_episode.push_back(skip);
        if (skip) {
            ++plan.skipped_episodes;
        } else {
            ++plan.episodes;
            if (diary_free_.count(target)) replaced_.insert(target);
        }
    }

    void cramp_free_night(io::FileCrampFreeNight&& fc) override {
        records_seen_ = true;
        auto [it, fresh] = free_of_night_.try_emplace(fc.night, fc.place);
        if (!fresh) {
            problem(fc.place, Message(CRAMP_TEXT("Import", "%1: %2 is a cramp-free night already in %3"), "night", format_date(fc.night),
                                      it->second.place("cramp_free_nights").at()));
            return;
        }
        const bool skip = diary_free_.count(fc.night) > 0;
        plan.skip_cramp_free_night.push_back(skip);
        ++(skip ? plan.skipped_cramp_free_nights : plan.cramp_free_nights);
    }

    // A care record: added, skipped when the diary's record of that night is the same, and left
    // out when the diary's differs (the diary keeps its own; the summary counts them).
    void night_factors(io::FileNightFactors&& fn) override {
        records_seen_ = true;
        const Night night = fn.record.night;
        auto [it, fresh] = care_of_night_.try_emplace(night, fn.place);
        if (!fresh) {
            problem(fn.place, Message(CRAMP_TEXT("Import", "%1: %2 has a care record already in %3"), "night", format_date(night),
                                      it->second.place("night_factors").at()));
            return;
        }
        const auto own = diary_care_.find(night);
        plan.skip_night_factors.push_back(own != diary_care_.end());
        if (own == diary_care_.end()) ++plan.night_factors;
        else ++(own->second == fn.record.items ? plan.skipped_night_factors : plan.kept_night_factors);
    }

    // After the reading: the rules between records, and the settings and profile.
    void finish() {
        // A cramp-free night cannot share its night with a cramp, in the file or in the diary.
        for (const auto& [night, where] : free_of_night_) {
            const io::Place place = where.place("cramp_free_nights");
            // One whole sentence for each case: a translation may order its parts differently.
            if (auto it = episode_of_night_.find(night); it != episode_of_night_.end())
                problem(place, Message(CRAMP_TEXT("Import", "%1: %2 is marked cramp-free, but %3 logs a cramp that night"), "night",
                                       format_date(night), it->second.place("episodes").at()));
            else if (diary_nights_.count(night))
                problem(place, Message(CRAMP_TEXT("Import", "%1: %2 is marked cramp-free, but the diary has a cramp that night"), "night",
                                       format_date(night)));
        }
        plan.replaced_cramp_free_nights = static_cast<int>(replaced_.size());
        const auto file_settings = known_ ? known_->settings : file_settings_;
        if ((settings_seen_ && file_settings) || file_profile_) {
            if (!has_records_) {
                plan.settings = file_settings;
                plan.profile = file_profile_;
            } else {
                plan.kept_own_settings = (file_settings && *file_settings != own_) || (file_profile_ && *file_profile_ != own_profile(diary_));
            }
        }
    }

    // The settings came after records and change how those records read: read again knowing them.
    std::optional<KnownSettings> read_again() const {
        if (known_ || !settings_after_records_) return std::nullopt;
        if (file_settings_ && file_settings_->day_boundary == own_.day_boundary) return std::nullopt;
        return KnownSettings{file_settings_};
    }

    ImportPlan plan;

private:
    std::optional<RuleSettings> settings_now() const {
        if (known_) return known_->settings;
        if (settings_seen_) return file_settings_;
        return own_;
    }
    bool settings_unreadable() const { return !settings_now(); }
    // The file's nights were derived with its own day boundary; the diary derives them again with
    // the boundary it will have (the file's, for a diary with no records yet).
    int file_boundary() const { return settings_now() ? settings_now()->day_boundary : own_.day_boundary; }
    int target_boundary() const { return has_records_ ? own_.day_boundary : file_boundary(); }

    const Diary& diary_;
    const RuleSettings own_;
    const Instant now_;
    const std::optional<KnownSettings> known_;
    bool has_records_ = false;
    std::set<Night> diary_free_, diary_nights_, replaced_;
    std::vector<std::pair<Fingerprint, bool>> diary_prints_;  // sorted; true once matched
    std::map<Night, Where> episode_of_night_, free_of_night_, care_of_night_;
    std::map<Night, EnumSet<CareItem>> diary_care_;
    std::optional<RuleSettings> file_settings_;
    std::optional<FileProfile> file_profile_;
    bool settings_seen_ = false, settings_after_records_ = false, records_seen_ = false;
};

// The second reading, inside the import's transaction: adds the records the plan did not skip.
class Writer : public io::RecordSink {
public:
    Writer(Diary& diary, const ImportPlan& plan, io::ProblemList& list) : RecordSink(list), diary_(diary), plan_(plan) {}

    void episode(io::FileEpisode&& fe) override {
        const std::size_t i = episodes_++;
        if (failure_ || i >= plan_.skip_episode.size() || plan_.skip_episode[i]) return;
        if (auto id = diary_.add_episode(std::move(fe.episode)); !id) failure_ = id.failure();
    }
    void cramp_free_night(io::FileCrampFreeNight&& fc) override {
        const std::size_t i = free_++;
        if (failure_ || i >= plan_.skip_cramp_free_night.size() || plan_.skip_cramp_free_night[i]) return;
        if (auto id = diary_.add_cramp_free_night(fc.night); !id) failure_ = id.failure();
    }
    void night_factors(io::FileNightFactors&& fn) override {
        const std::size_t i = care_++;
        if (failure_ || i >= plan_.skip_night_factors.size() || plan_.skip_night_factors[i]) return;
        if (auto r = diary_.set_night_factors(fn.record.night, fn.record.items); !r) failure_ = r.failure();
    }
    // Every record read as the plan counted it.
    bool as_checked() const {
        return problems.empty() && episodes_ == plan_.skip_episode.size() && free_ == plan_.skip_cramp_free_night.size() &&
               care_ == plan_.skip_night_factors.size();
    }

    std::optional<Error> failure_;

private:
    Diary& diary_;
    const ImportPlan& plan_;
    std::size_t episodes_ = 0, free_ = 0, care_ = 0;
};

// One reading of the file into `sink`: the format's reader, then the source's own error.
Result<void> read(const ImportFile& file, bool json, io::RecordSink& sink, std::uint64_t& digest, std::uint64_t& size) {
    auto source = file.open();
    if (!source) return source.failure();
    DigestSource in(**source);
    auto r = json ? io::read_json(in, sink) : io::read_csv(in, sink);
    if (auto e = in.error()) return fail(CRAMP_TEXT("Import", "cannot read the file: %1"), *e);
    digest = in.digest();
    size = in.size();
    return r;
}

}  // namespace

Result<ImportPlan> plan_import(const Diary& diary, std::string_view text) { return plan_import(diary, ImportFile::text(std::string(text))); }

Result<ImportPlan> plan_import(const Diary& diary, ImportFile file) {
    bool json = false;
    {
        auto source = file.open();
        if (!source) return source.failure();
        auto kind = is_json(**source);
        if (!kind) return kind.failure();
        json = *kind;
    }
    std::optional<KnownSettings> known;
    for (;;) {
        io::ProblemList problems;
        Checker checker(diary, problems, known);
        std::uint64_t digest = 0, size = 0;
        if (auto r = read(file, json, checker, digest, size); !r) return r.failure();
        if (!known && (known = checker.read_again())) continue;
        checker.finish();
        if (!problems.empty()) return fail(problems.message());
        ImportPlan plan = std::move(checker.plan);
        plan.file = std::move(file);
        plan.json = json;
        plan.digest = digest;
        plan.size = size;
        return plan;
    }
}

Result<ImportSummary> commit_import(Diary& diary, const ImportPlan& plan) {
    auto r = diary.transaction([&]() -> Result<void> {
        // Settings first: the day boundary decides the nights of the episodes added below.
        if (plan.settings)
            if (auto s = diary.set_rule_settings(*plan.settings); !s) return s;
        if (plan.profile)
        {
            if (auto p = diary.set_profile(plan.profile->profile); !p) return p;
            if (auto m = diary.replace_medicines(plan.profile->medicines); !m) return m;
        }
        if (!plan.file) return {};
        io::ProblemList problems;
        Writer writer(diary, plan, problems);
        std::uint64_t digest = 0, size = 0;
        auto read_ok = read(*plan.file, plan.json, writer, digest, size);
        if (writer.failure_) return *writer.failure_;
        if (!read_ok || !writer.as_checked() || digest != plan.digest || size != plan.size)
            return fail(CRAMP_TEXT("Import", "the file changed after it was checked"));
        return {};
    });
    if (!r) return fail(CRAMP_TEXT("Import", "nothing was imported: %1"), r.problem());
    ImportSummary s{plan.episodes, plan.cramp_free_nights, plan.skipped_episodes, plan.skipped_cramp_free_nights};
    s.applied_settings = plan.settings.has_value();
    s.applied_profile = plan.profile.has_value();
    s.kept_own_settings = plan.kept_own_settings;
    s.replaced_cramp_free_nights = plan.replaced_cramp_free_nights;
    s.added_night_factors = plan.night_factors;
    s.skipped_night_factors = plan.skipped_night_factors;
    s.kept_night_factors = plan.kept_night_factors;
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
        out += "; the cramps added replace " + std::to_string(s.replaced_cramp_free_nights) + " cramp-free night mark" +
               (s.replaced_cramp_free_nights == 1 ? "" : "s");
    // Said only for a file with care records, so that a file without any reads as it always did.
    if (s.added_night_factors + s.skipped_night_factors + s.kept_night_factors > 0)
        out += "; care records: added " + std::to_string(s.added_night_factors) + ", skipped " +
               std::to_string(s.skipped_night_factors) + " already in the diary";
    if (s.kept_night_factors > 0)
        out += ", kept the diary's own on " + std::to_string(s.kept_night_factors) + " night" +
               (s.kept_night_factors == 1 ? "" : "s") + " where the file's differ";
    return out;
}

}  // namespace cramp

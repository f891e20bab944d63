// SPDX-License-Identifier: GPL-3.0-or-later
// profile: the patient profile the report shows, printed or set from the command line.
#include "cli.hpp"

#include <ostream>

namespace cramp::cli {

namespace {

std::vector<std::string> split(const std::string& s) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start < s.size()) {
        auto end = s.find(';', start);
        if (end == std::string::npos) end = s.size();
        if (end > start) out.push_back(s.substr(start, end - start));
        start = end + 1;
    }
    return out;
}

void print(const Diary& diary, std::ostream& out) {
    const Profile p = diary.profile();
    std::string risks, medicines;
    for (const auto& r : p.risk_factors) risks += (risks.empty() ? "" : ";") + r;
    for (const auto& m : diary.medicines()) medicines += (medicines.empty() ? "" : "; ") + m.name;
    out << "name: " << p.name << "\n"
        << "birth year: " << (p.birth_year ? std::to_string(*p.birth_year) : std::string()) << "\n"
        << "risk factors: " << risks << "\n"
        << "medicines: " << medicines << "\n";
}

}  // namespace

int cmd_profile(const Options& o, Context& ctx) {
    const std::string_view cmd = "profile";
    if (!o.positionals.empty()) {
        ctx.err << ctx.program << " profile: unexpected '" << o.positionals.front() << "' (see crampdiary profile --help)\n";
        return kBadInput;
    }
    // The medicines were one line of names; they are records now, with dates, which replacing them
    // all with undated names would lose.
    if (o.has("medicines")) {
        ctx.err << ctx.program << " profile: --medicines is gone: medicines are records with dates now; add one with "
                << "`crampdiary medicine add --name TEXT --start YYYY-MM-DD` and see them with `crampdiary medicine list`\n";
        return kBadInput;
    }
    const bool setting = o.has("name") || o.has("birth-year") || o.has("risk");
    // Sets the fields given; checked on their own first, so a typo neither creates nor changes a diary.
    const auto set_given = [&](Profile& p) {
        p.name = o.get("name").value_or(p.name);
        if (auto risks = o.get("risk")) p.risk_factors = split(*risks);
        if (auto year = o.get("birth-year")) p.birth_year = year->empty() ? std::nullopt : int_option(o, "birth-year", ctx, cmd);
    };
    Profile given;
    set_given(given);
    if (const auto errs = validate(given); !errs.empty()) {
        for (const auto& m : errs) ctx.err << ctx.program << " profile: " << m.english() << "\n";
        return kBadInput;
    }
    auto diary = ctx.open_diary(setting ? Context::Access::create : Context::Access::read_only);
    if (!diary) return kFailed;
    Profile p = diary->profile();
    if (!setting) {
        print(*diary, ctx.out);
        return kOk;
    }
    set_given(p);
    if (auto r = diary->set_profile(p); !r) {
        ctx.err << ctx.program << " profile: " << r.error() << "\n";
        return kFailed;
    }
    print(*diary, ctx.out);
    return kOk;
}

}  // namespace cramp::cli

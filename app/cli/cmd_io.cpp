// export, import: the diary as CSV (the columns of docs/formats.md), JSON (the whole diary) or FHIR R4, out;
// CSV or JSON, in.
#include "cli.hpp"
#include "transfer.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <ostream>

namespace cramp::cli {

int cmd_export(const Options& o, Context& ctx) {
    const auto requested = o.get("format").value_or("csv");
    const auto format = parse_export_format(requested);
    if (!format) {
        ctx.err << ctx.program << " export: format: '" << requested << "' is not one of csv, json, fhir\n";
        return kBadInput;
    }
    if (o.has("bom") && *format != ExportFormat::csv) {
        ctx.err << ctx.program << " export: --bom is for CSV only (JSON and FHIR files never start with a BOM)\n";
        return kBadInput;
    }
    auto from = date_option(o, "from", ctx, "export");
    auto to = date_option(o, "to", ctx, "export");
    auto diary = ctx.open_diary();
    if (!diary) return kFailed;
    ExportOptions opts;
    opts.bom = o.has("bom");
    if (from || to) opts.range = NightRange{from.value_or(Night{date::days{-1000000}}), to.value_or(Night{date::days{1000000}})};
    const std::string text = export_text(*diary, *format, opts);
    if (auto path = o.get("output")) {
        // Health data: the file is readable by its owner only, from its first byte.
        const int fd = ::open(path->c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
        bool ok = fd >= 0 && ::fchmod(fd, 0600) == 0;
        for (std::size_t done = 0; ok && done < text.size();) {
            const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
            ok = n > 0;
            if (ok) done += std::size_t(n);
        }
        if (fd >= 0 && ::close(fd) != 0) ok = false;
        if (!ok) {
            ctx.err << ctx.program << " export: cannot write " << *path << ": " << std::strerror(errno) << "\n";
            return kFailed;
        }
    } else {
        ctx.out << text;
    }
    return kOk;
}

int cmd_import(const Options& o, Context& ctx) {
    if (o.positionals.size() != 1) {
        ctx.err << ctx.program << " import: give the FILE to import\n";
        return kBadInput;
    }
    std::ifstream in(o.positionals.front(), std::ios::binary);
    if (!in) {
        ctx.err << ctx.program << " import: cannot read " << o.positionals.front() << "\n";
        return kFailed;
    }
    auto diary = ctx.open_diary();
    if (!diary) return kFailed;
    auto plan = plan_import(*diary, ImportFile::path(o.positionals.front()));
    if (!plan) {
        ctx.err << ctx.program << " import: " << o.positionals.front() << " was not imported; nothing changed:\n"
                << plan.error() << "\n";
        return kBadInput;
    }
    auto done = commit_import(*diary, *plan);
    if (!done) {
        ctx.err << ctx.program << " import: " << done.error() << "\n";
        return kFailed;
    }
    ctx.out << describe(*done) << "\n";
    return kOk;
}

}  // namespace cramp::cli

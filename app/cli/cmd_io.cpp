// SPDX-License-Identifier: GPL-3.0-or-later
// export, import: the diary as CSV (the columns of docs/formats.md), JSON (the whole diary) or FHIR R4, out;
// CSV or JSON, in.
#include "atomic_file.hpp"
#include "cli.hpp"
#include "transfer.hpp"

#include <iostream>
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
    auto diary = ctx.open_diary(Context::Access::read_only);
    if (!diary) return kFailed;
    ExportOptions opts;
    opts.bom = o.has("bom");
    if (from || to) opts.range = NightRange{from.value_or(Night{date::days{-1000000}}), to.value_or(Night{date::days{1000000}})};
    const std::string text = export_text(*diary, *format, opts);
    const auto path = o.get("output").value_or("-");
    if (path == "-") {
        ctx.out << text;  // checked to the end when the program exits
    } else if (auto r = write_file_atomically(path, text); !r) {
        // Health data: readable by its owner only; a failure leaves an earlier file as it was.
        ctx.err << ctx.program << " export: " << r.error() << "\n";
        return kFailed;
    }
    return kOk;
}

int cmd_import(const Options& o, Context& ctx) {
    if (o.positionals.size() != 1) {
        ctx.err << ctx.program << " import: give the FILE to import\n";
        return kBadInput;
    }
    const std::string& file = o.positionals.front();
    // "-": standard input, copied to a temporary file first (the import reads its file twice).
    auto source = file == "-" ? ImportFile::spooled(std::cin) : Result<ImportFile>(ImportFile::path(file));
    if (!source) {
        ctx.err << ctx.program << " import: cannot read the standard input: " << source.error() << "\n";
        return kFailed;
    }
    auto diary = ctx.open_diary();
    if (!diary) return kFailed;
    auto plan = plan_import(*diary, std::move(source).value());
    if (!plan) {
        ctx.err << ctx.program << " import: " << file << " was not imported; nothing changed:\n"
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

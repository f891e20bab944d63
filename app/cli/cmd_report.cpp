// SPDX-License-Identifier: GPL-3.0-or-later
// report: the doctor report as a PDF from the command line.
#include "cli.hpp"
#include "atomic_file.hpp"
#include "diary_records.hpp"
#include "night.hpp"
#include "periods.hpp"
#include "reportwriter.hpp"

#include <QGuiApplication>

#include <ostream>

namespace cramp::cli {

int cmd_report(const Options& o, Context& ctx) {
    const auto lang = o.get("lang").value_or("en");
    if (lang != "en" && lang != "zh_CN") {
        ctx.err << ctx.program << " report: lang: '" << lang << "' is not zh_CN or en\n";
        return kBadInput;
    }
    auto out = o.get("output");
    if (!out) {
        ctx.err << ctx.program << " report: give the PDF file to write with -o FILE.pdf\n";
        return kBadInput;
    }
    auto from = date_option(o, "from", ctx, "report");
    auto to = date_option(o, "to", ctx, "report");
    auto diary = ctx.open_diary(Context::Access::read_only);
    if (!diary) return kFailed;
    // Default: the report's default weeks, ending where the Today screen ends.
    Period p;
    p.to = to.value_or(today_end_night(*diary, ctx.clock(), ctx.zone));
    p.from = from.value_or(report_period(p.to).from);
    if (p.to < p.from) {
        ctx.err << ctx.program << " report: from: " << format_date(p.from) << " is after to: " << format_date(p.to) << "\n";
        return kBadInput;
    }
    // Fonts and the PDF painter need a GUI application; no window is shown, so no display either.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    int argc = 1;
    char* argv[] = {ctx.argv ? ctx.argv[0] : const_cast<char*>("crampdiary"), nullptr};
    QGuiApplication app(argc, argv);
    QByteArray pdf;
    auto pages = renderReport(*diary, ReportRequest{p, QString::fromStdString(lang), local_date(ctx.clock(), ctx.zone)}, pdf);
    const std::string_view bytes(pdf.constData(), std::size_t(pdf.size()));
    if (pages && *out == "-") {
        ctx.out << bytes;  // -o -: the PDF on stdout, and no words after it
        return kOk;
    }
    if (pages)
        if (auto r = write_file_atomically(*out, bytes); !r) pages = r.failure();
    if (!pages) {
        ctx.err << ctx.program << " report: " << pages.error() << "\n";
        return kFailed;
    }
    ctx.out << "wrote " << *out << " ("<< *pages << (*pages == 1 ? " page" : " pages") << ", " << format_date(p.from)
            << " to " << format_date(p.to) << ")\n";
    return kOk;
}

}  // namespace cramp::cli

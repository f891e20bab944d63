// SPDX-License-Identifier: GPL-3.0-or-later
#include "datatransfer.hpp"

#include "atomic_file.hpp"
#include "coretext.hpp"
#include "paths.hpp"

#include <QDir>
#include <QFile>

namespace {

constexpr qint64 kLargestImport = 64 * 1024 * 1024;

}  // namespace

void DataTransfer::componentComplete() {
    if (!session_) session_ = DiarySession::of(this);
}

QUrl DataTransfer::suggestedExportFile(const QString& format) const {
    const QString today = session_ ? session_->localDate(0) : QString();
    const QString suffix = format == QLatin1String("fhir") ? QStringLiteral("fhir.json") : format;
    return QUrl::fromLocalFile(QDir(documentsFolder()).filePath(QStringLiteral("crampdiary-%1.%2").arg(today, suffix)));
}

bool DataTransfer::exportTo(const QUrl& file, const QString& format) {
    const auto* d = diary();
    if (!d) return failed(tr("The diary is not open."));
    const auto f = cramp::parse_export_format(format.toStdString());
    if (!f) return failed(tr("Unknown export format “%1”.").arg(format));
    // CSV from the window is "for spreadsheets" (the format's label): the spreadsheet mode, with a
    // BOM and no cell a spreadsheet would run as a formula.
    cramp::ExportOptions options;
    options.bom = *f == cramp::ExportFormat::csv;
    std::string text;
    if (!session_->read([&] { text = cramp::export_text(*d, *f, options); })) return failed(tr("The diary could not be read."));
    // Written whole or not at all, readable by the owner only from its first byte: it is health data.
    const QString path = localPath(file);
    if (auto r = cramp::write_file_atomically(QFile::encodeName(path).toStdString(), text); !r)
        return failed(cramp::qt::translatedError(r));
    return done(tr("Exported %n cramp(s) to %1.", "", int(session_->read([d] { return d->episode_count(); }, std::int64_t{0}))).arg(path));
}

bool DataTransfer::checkImport(const QUrl& file) {
    cancelImport();
    const auto* d = diary();
    if (!d) return failed(tr("The diary is not open."));
    const QString path = localPath(file);
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly)) return failed(tr("Could not read %1: %2").arg(path, in.errorString()));
    if (in.size() > kLargestImport) return failed(tr("%1 is larger than 64 MB; it is not a diary export.").arg(path));
    in.close();
    // Read as a stream, now to check and again on "Import" to write.
    std::optional<cramp::Result<cramp::ImportPlan>> planned;
    if (!session_->read([&] { planned = cramp::plan_import(*d, cramp::ImportFile::path(QFile::encodeName(path).toStdString())); }))
        return failed(tr("The diary could not be read."));
    auto& plan = *planned;
    if (!plan) {
        importProblems_ = cramp::qt::translatedError(plan);
        return failed(tr("Nothing was imported: %1 has these problems.").arg(path));
    }
    importSummary_ = tr("To add: %1 and %2.")
                         .arg(tr("%n cramp(s)", "", plan->episodes), tr("%n cramp-free night(s)", "", plan->cramp_free_nights));
    if (plan->skipped_episodes + plan->skipped_cramp_free_nights > 0)
        importSummary_ += QLatin1Char(' ') + tr("Already in the diary, so skipped: %1 and %2.")
                                                 .arg(tr("%n cramp(s)", "", plan->skipped_episodes),
                                                      tr("%n cramp-free night(s)", "", plan->skipped_cramp_free_nights));
    // Care records, said only for a file that has some.
    if (plan->night_factors + plan->skipped_night_factors + plan->kept_night_factors > 0)
        importSummary_ += QLatin1Char(' ') + tr("Care records to add: %1; already in the diary, so skipped: %2.")
                                                 .arg(plan->night_factors)
                                                 .arg(plan->skipped_night_factors);
    if (plan->kept_night_factors > 0)
        importSummary_ += QLatin1Char(' ') + tr("On %n night(s) the diary keeps its own care record, which differs from the file's.",
                                                "", plan->kept_night_factors);
    if (plan->settings || plan->profile)
        importSummary_ += QLatin1Char(' ') + tr("The file's settings and profile will be used, as this diary has no records yet.");
    else if (plan->kept_own_settings)
        importSummary_ += QLatin1Char(' ') + tr("This diary keeps its own settings and profile.");
    plan_ = std::move(*plan);
    forget();
    emit stateChanged();
    return true;
}

bool DataTransfer::commitImport() {
    auto* d = diary();
    if (!d || !plan_) return failed(tr("There is no checked import to write."));
    std::optional<cramp::Result<cramp::ImportSummary>> committed;
    if (!session_->read([&] { committed = cramp::commit_import(*d, *plan_); })) {
        plan_.reset();
        importSummary_.clear();
        return failed(tr("The diary could not be read."));
    }
    auto& r = *committed;
    plan_.reset();
    importSummary_.clear();
    // Core says "nothing was imported: <why>" itself.
    if (!r) return failed(cramp::qt::sentence(r.problem()));
    session_->reload();
    QString imported =
        tr("Imported %1 and %2.").arg(tr("%n cramp(s)", "", r->added_episodes), tr("%n cramp-free night(s)", "", r->added_cramp_free_nights));
    if (r->added_night_factors + r->skipped_night_factors + r->kept_night_factors > 0)
        imported += QLatin1Char(' ') + tr("Care records: %n added.", "", r->added_night_factors);
    return done(imported);
}

void DataTransfer::cancelImport() {
    const bool had = plan_.has_value() || !importProblems_.isEmpty();
    plan_.reset();
    importSummary_.clear();
    importProblems_.clear();
    if (had) emit stateChanged();
}

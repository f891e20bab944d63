// SPDX-License-Identifier: GPL-3.0-or-later
#include "doctorfigures.hpp"

#include "report_figures.hpp"

int DoctorLines::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(lines_.size());
}

QVariant DoctorLines::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const Line& l = lines_[static_cast<std::size_t>(index.row())];
    switch (role) {
    case LabelRole: return l.label;
    case ValueRole: return l.value;
    case AlertRole: return l.alert;
    case MarkRole: return l.mark;
    case PresenceRole: return l.presence;
    case PresentRole: return l.present;
    case NightsRole: return l.nights;
    case EvidenceRole: return l.evidence;
    default: return {};
    }
}

QHash<int, QByteArray> DoctorLines::roleNames() const {
    return {{LabelRole, "label"},       {ValueRole, "value"},     {AlertRole, "alert"},     {MarkRole, "mark"},
            {PresenceRole, "presence"}, {PresentRole, "present"}, {NightsRole, "nights"}, {EvidenceRole, "evidence"}};
}

void DoctorLines::sync(std::vector<Line> lines) {
    if (lines.size() != lines_.size()) {
        beginResetModel();
        lines_ = std::move(lines);
        endResetModel();
        return;
    }
    for (std::size_t i = 0; i < lines.size(); ++i)
        if (!(lines[i] == lines_[i])) {
            lines_[i] = std::move(lines[i]);
            emit dataChanged(index(int(i)), index(int(i)));
        }
}

DoctorFigures::DoctorFigures(QObject* parent) : QObject(parent), status_(this), signs_(this) {}

void DoctorFigures::setReport(ReportModel* r) {
    if (r == report_) return;
    if (report_) disconnect(report_, nullptr, this, nullptr);
    report_ = r;
    if (report_) connect(report_, &ReportModel::changed, this, &DoctorFigures::refresh);
    emit reportChanged();
    refresh();
}

void DoctorFigures::setActive(bool a) {
    if (a == active_) return;
    active_ = a;
    emit activeChanged();
    refresh();
}

void DoctorFigures::refresh() {
    if (!active_) return;
    std::vector<DoctorLines::Line> status, signs;
    title_.clear();
    period_.clear();
    signsHeading_.clear();
    last7To_.clear();
    last7Cramps_ = 0;
    DiarySession* session = report_ ? report_->session() : nullptr;
    const std::optional<ReportRequest> request = report_ ? report_->currentRequest() : std::nullopt;
    if (session && session->diary() && request) {
        const report::ReportText t(request->language);
        // Damage met while reading: the diary closes onto its error screen; nothing shown meanwhile.
        session->read([&] {
            const auto all = cramp::report_figures(*session->diary(), request->period);
            for (const auto& l : report::statusLines(all.figures, t)) {
                DoctorLines::Line line;
                line.label = l.label;
                line.value = l.value;
                line.alert = l.alert;
                status.push_back(line);
            }
            for (const auto& l : report::signLines(all.stats, all.figures, t)) {
                DoctorLines::Line line{l.name, {}, false, l.mark, l.presence, l.present, {}, l.evidence};
                if (!l.first.isEmpty())
                    line.nights = t(QT_TRANSLATE_NOOP("Report", "nights: %1 · first: %2 · latest: %3")).arg(l.nights, l.first, l.latest);
                signs.push_back(std::move(line));
            }
            last7Cramps_ = all.figures.status.last7.cramps;
            last7To_ = cramp::qt::isoDate(all.figures.status.last7.window.to);
        });
        title_ = t(QT_TRANSLATE_NOOP("Report", "Leg cramp diary: report for the doctor"));
        period_ = cramp::qt::isoDate(request->period.from) + QStringLiteral(" – ") + cramp::qt::isoDate(request->period.to);
        signsHeading_ = t(QT_TRANSLATE_NOOP("Report", "Warning signs"));
    }
    status_.sync(std::move(status));
    signs_.sync(std::move(signs));
    emit changed();
}

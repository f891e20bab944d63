// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportmodel.hpp"

#include "followsession.hpp"

#include "coretext.hpp"
#include "diary_records.hpp"
#include "night.hpp"
#include "palette.hpp"
#include "paths.hpp"
#include "periods.hpp"

#include <QDir>
#include <QPainter>
#include <QTimer>

namespace {

constexpr qreal kPageWidth = ReportModel::kPageWidth, kPageHeight = ReportModel::kPageHeight;
// 72 dots per inch, so that a font of n points is n units, as in the PDF.
constexpr int kDotsPerMeter = 2835;

QImage pointImage(int w, int h) {
    QImage img(w, h, QImage::Format_ARGB32_Premultiplied);
    img.setDotsPerMeterX(kDotsPerMeter);
    img.setDotsPerMeterY(kDotsPerMeter);
    img.fill(cramp::palette::print().paper);
    return img;
}

// Paints one page of the report into an image; the other pages go to a one-pixel image, so they
// cost their layout and almost nothing else. target < 0: only count the pages.
class ImageSurface : public ReportSurface {
public:
    // `region`: the part of the page painted, in pixels at `scale`; empty: all of it.
    ImageSurface(int target, qreal scale, const QRect& region = {})
        : target_(target), scale_(scale), region_(region), scratch_(pointImage(1, 1)) {}
    bool begin(QPainter& p, const QString&) override { return start(p); }
    void newPage(QPainter& p) override {
        p.end();
        ++index_;
        start(p);
    }
    void finish(QPainter& p) override { p.end(); }
    QImage page() const { return page_; }

private:
    bool start(QPainter& p) {
        if (index_ != target_) return p.begin(&scratch_);
        const QRect area = region_.isEmpty() ? QRect(0, 0, int(kPageWidth * scale_), int(kPageHeight * scale_)) : region_;
        page_ = pointImage(area.width(), area.height());
        if (!p.begin(&page_)) return false;
        p.setRenderHint(QPainter::Antialiasing);
        p.setRenderHint(QPainter::TextAntialiasing);
        p.translate(-area.topLeft());
        p.scale(scale_, scale_);
        return true;
    }
    int target_, index_ = 0;
    qreal scale_;
    QRect region_;
    QImage scratch_, page_;
};


}  // namespace

ReportModel::ReportModel(QObject* parent) : QObject(parent) {
    // The patient's own choices show at once; the diary's changes (which come several at a time) are
    // gathered into one refresh.
    connect(this, &ReportModel::requestChanged, this, &ReportModel::refresh);
}

void ReportModel::setSession(DiarySession* session) {
    if (followSession(this, session_, session, &ReportModel::scheduleRefresh)) refresh();
}

void ReportModel::componentComplete() {
    if (!session_) setSession(DiarySession::of(this));
}

void ReportModel::setWeeks(int w) {
    if ((w != 0 && w != 4 && w != 8 && w != 12) || w == weeks_) return;
    // A custom period starts as the one shown, so the dates are there to be changed.
    if (w == 0 && current_ && customFrom_.isEmpty() && customTo_.isEmpty()) {
        customFrom_ = cramp::qt::isoDate(current_->period.from);
        customTo_ = cramp::qt::isoDate(current_->period.to);
    }
    weeks_ = w;
    emit requestChanged();
}

void ReportModel::setCustomFrom(const QString& d) {
    if (d == customFrom_) return;
    customFrom_ = d;
    emit requestChanged();
}

void ReportModel::setCustomTo(const QString& d) {
    if (d == customTo_) return;
    customTo_ = d;
    emit requestChanged();
}

void ReportModel::setLanguage(const QString& l) {
    if ((l != QLatin1String("zh_CN") && l != QLatin1String("en")) || l == language_) return;
    language_ = l;
    emit requestChanged();
}

QString ReportModel::from() const { return current_ ? cramp::qt::isoDate(current_->period.from) : QString(); }
QString ReportModel::to() const { return current_ ? cramp::qt::isoDate(current_->period.to) : QString(); }

QUrl ReportModel::suggestedFile() const {
    const QString name = current_ ? QStringLiteral("cramp-report-%1-%2.pdf").arg(from(), to()) : QStringLiteral("cramp-report.pdf");
    return QUrl::fromLocalFile(QDir(documentsFolder()).filePath(name));
}

std::optional<ReportRequest> ReportModel::request(QString* problem) const {
    const cramp::Diary* d = session_ ? session_->diary() : nullptr;
    if (!d) return std::nullopt;
    cramp::Period p;
    if (weeks_ > 0) {
        p = cramp::report_period(cramp::today_end_night(*d, d->now(), session_->zoneName()), weeks_);
    } else {
        auto f = cramp::parse_date(customFrom_.trimmed().toStdString());
        auto t = cramp::parse_date(customTo_.trimmed().toStdString());
        if (!f || !t) {
            *problem = !f ? tr("From: “%1” is not a date like 2026-03-02.").arg(customFrom_)
                          : tr("To: “%1” is not a date like 2026-03-02.").arg(customTo_);
            return std::nullopt;
        }
        if (*t < *f) {
            *problem = tr("From (%1) is after To (%2).").arg(customFrom_, customTo_);
            return std::nullopt;
        }
        if (cramp::night_count({*f, *t}) > cramp::kMaxWindowReportNights) {
            *problem = tr("The period is longer than ten years; choose a shorter one.");
            return std::nullopt;
        }
        p = {*f, *t};
    }
    return ReportRequest{p, language_, cramp::local_date(d->now(), session_->zoneName())};
}

void ReportModel::scheduleRefresh() {
    if (refreshPending_) return;
    refreshPending_ = true;
    // Several changes in a row (a new diary, its settings) make one refresh.
    QTimer::singleShot(0, this, [this] {
        refreshPending_ = false;
        refresh();
    });
}

void ReportModel::refresh() {
    QString problem;
    current_.reset();
    pageCount_ = 0;
    cache_.clear();
    earliest_.clear();
    latest_.clear();
    // Damage met while reading: the diary closes onto its error screen, and this refreshes again.
    if (session_)
        session_->read([&] {
            if (const cramp::Diary* d = session_->diary()) {
                const auto last = cramp::today_end_night(*d, d->now(), session_->zoneName());
                auto first = last - date::days{cramp::kMaxWindowReportNights - 1};
                if (const auto recorded = d->first_record_night()) first = std::min(first, *recorded);
                earliest_ = cramp::qt::isoDate(first);
                latest_ = cramp::qt::isoDate(last);
            }
            current_ = request(&problem);
            if (!current_) return;
            ImageSurface counter(-1, 1);
            auto pages = paintReport(*session_->diary(), *current_, counter);
            if (pages)
                pageCount_ = *pages;
            else
                problem = cramp::qt::translatedError(pages);
        });
    error_ = problem;
    emit changed();
}

QImage ReportModel::pageImage(int index, qreal scale, const QRect& region) {
    if (!current_ || index < 0 || index >= pageCount_ || scale <= 0 || !session_ || !session_->diary()) return {};
    const bool whole = region.isEmpty();
    if (whole && scale != cacheScale_) {
        cache_.clear();
        cacheScale_ = scale;
    }
    if (auto it = cache_.constFind(index); whole && it != cache_.constEnd()) return *it;
    ImageSurface surface(index, scale, region);
    if (!session_->read([&] { return paintReport(*session_->diary(), *current_, surface).ok(); }, false)) return {};
    if (!whole) return surface.page();
    if (cache_.size() >= 6) cache_.clear();
    cache_.insert(index, surface.page());
    return surface.page();
}

bool ReportModel::savePdf(const QUrl& file) {
    if (!current_) return false;
    const QString path = localPath(file);
    if (!session_ || !session_->diary()) return false;
    QString problem;
    const bool read = session_->read([&] {
        if (auto pages = writeReport(*session_->diary(), *current_, path); !pages) problem = cramp::qt::translatedError(pages);
    });
    if (!read) problem = tr("The diary could not be read.");
    if (!problem.isEmpty()) {
        error_ = problem;
        emit changed();
        return false;
    }
    savedPath_ = path;
    emit savedChanged();
    return true;
}

#include "reportpreview.hpp"

#include "coretext.hpp"

#include "diary_records.hpp"
#include "palette.hpp"
#include "paths.hpp"

#include <QDir>
#include <QPainter>
#include <QQuickWindow>
#include <QTimer>

namespace {

constexpr qreal kPageWidth = 595, kPageHeight = 842;
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
    ImageSurface(int target, qreal scale) : target_(target), scale_(scale), scratch_(pointImage(1, 1)) {}
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
        page_ = pointImage(int(kPageWidth * scale_), int(kPageHeight * scale_));
        if (!p.begin(&page_)) return false;
        p.setRenderHint(QPainter::Antialiasing);
        p.setRenderHint(QPainter::TextAntialiasing);
        p.scale(scale_, scale_);
        return true;
    }
    int target_, index_ = 0;
    qreal scale_;
    QImage scratch_, page_;
};

QString iso(cramp::Night n) { return QString::fromStdString(cramp::format_date(n)); }

}  // namespace

ReportModel::ReportModel(QObject* parent) : QObject(parent) {
    // The patient's own choices show at once; the diary's changes (which come several at a time) are
    // gathered into one refresh.
    connect(this, &ReportModel::requestChanged, this, &ReportModel::refresh);
}

void ReportModel::setDiary(DiaryController* d) {
    if (d == diary_) return;
    if (diary_) disconnect(diary_, nullptr, this, nullptr);
    diary_ = d;
    if (diary_) {
        for (auto signal : {&DiaryController::diaryChanged, &DiaryController::openedChanged, &DiaryController::settingsChanged,
                            &DiaryController::profileChanged})
            connect(diary_, signal, this, &ReportModel::scheduleRefresh);
    }
    emit diaryChanged();
    refresh();
}

void ReportModel::setWeeks(int w) {
    if ((w != 0 && w != 4 && w != 8 && w != 12) || w == weeks_) return;
    // A custom period starts as the one shown, so the dates are there to be changed.
    if (w == 0 && current_ && customFrom_.isEmpty() && customTo_.isEmpty()) {
        customFrom_ = iso(current_->period.from);
        customTo_ = iso(current_->period.to);
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

QString ReportModel::from() const { return current_ ? iso(current_->period.from) : QString(); }
QString ReportModel::to() const { return current_ ? iso(current_->period.to) : QString(); }

QUrl ReportModel::suggestedFile() const {
    const QString name = current_ ? QStringLiteral("cramp-report-%1-%2.pdf").arg(from(), to()) : QStringLiteral("cramp-report.pdf");
    return QUrl::fromLocalFile(QDir(documentsFolder()).filePath(name));
}

std::optional<ReportRequest> ReportModel::request(QString* problem) const {
    const cramp::Diary* d = diary_ ? diary_->diary() : nullptr;
    if (!d) return std::nullopt;
    cramp::Period p;
    if (weeks_ > 0) {
        p.to = cramp::today_end_night(*d, d->now(), diary_->zone().toStdString());
        p.from = p.to - date::days{7 * weeks_ - 1};
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
        if (*t - *f > date::days{3660}) {
            *problem = tr("The period is longer than ten years; choose a shorter one.");
            return std::nullopt;
        }
        p = {*f, *t};
    }
    return ReportRequest{p, language_};
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
    current_ = request(&problem);
    error_ = problem;
    pageCount_ = 0;
    cache_.clear();
    if (current_) {
        ImageSurface counter(-1, 1);
        auto pages = paintReport(*diary_->diary(), *current_, counter);
        if (pages)
            pageCount_ = *pages;
        else
            error_ = cramp::qt::translatedError(pages);
    }
    emit changed();
}

QImage ReportModel::pageImage(int index, qreal scale) {
    if (!current_ || index < 0 || index >= pageCount_ || scale <= 0) return {};
    if (scale != cacheScale_) {
        cache_.clear();
        cacheScale_ = scale;
    }
    if (auto it = cache_.constFind(index); it != cache_.constEnd()) return *it;
    ImageSurface surface(index, scale);
    if (!paintReport(*diary_->diary(), *current_, surface)) return {};
    if (cache_.size() >= 6) cache_.clear();
    cache_.insert(index, surface.page());
    return surface.page();
}

bool ReportModel::savePdf(const QUrl& file) {
    if (!current_) return false;
    const QString path = localPath(file);
    auto pages = writeReport(*diary_->diary(), *current_, path);
    if (!pages) {
        error_ = cramp::qt::translatedError(pages);
        emit changed();
        return false;
    }
    savedPath_ = path;
    emit savedChanged();
    return true;
}

ReportPageView::ReportPageView(QQuickItem* parent) : QQuickPaintedItem(parent) {
    setFillColor(cramp::palette::print().paper);
}

void ReportPageView::setReport(ReportModel* r) {
    if (r == report_) return;
    if (report_) disconnect(report_, nullptr, this, nullptr);
    report_ = r;
    if (report_) connect(report_, &ReportModel::changed, this, [this] { update(); });
    emit reportChanged();
    update();
}

void ReportPageView::setPage(int p) {
    if (p == page_) return;
    page_ = p;
    emit pageChanged();
    update();
}

void ReportPageView::paint(QPainter* painter) {
    if (!report_ || width() <= 0) return;
    const qreal dpr = window() ? window()->effectiveDevicePixelRatio() : 1;
    const QImage img = report_->pageImage(page_, width() * dpr / kPageWidth);
    if (img.isNull()) return;
    painter->setRenderHint(QPainter::SmoothPixmapTransform);
    painter->drawImage(QRectF(0, 0, width(), height()), img);
}

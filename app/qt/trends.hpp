// The Trends page's data: cramps per calendar week for the last 12, 26 or 52 weeks and the night
// calendar (cramp / cramp-free / not recorded), from the diary's rules; and the chart item that
// paints the weeks with the same drawing as the PDF report.
#pragma once

#include "diarycontroller.hpp"
#include "weekchart.hpp"

#include <QObject>
#include <QPointer>
#include <QQuickPaintedItem>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

class TrendsModel : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(DiaryController* diary READ diary WRITE setDiary NOTIFY diaryChanged)
    Q_PROPERTY(int weeksShown READ weeksShown WRITE setWeeksShown NOTIFY changed)  // 12, 26 or 52
    Q_PROPERTY(QVariantList weeks READ weeks NOTIFY changed)    // {label, episodes, over}
    Q_PROPERTY(QVariantList nights READ nights NOTIFY changed)  // {night, episodes, recorded}, Monday/Sunday-aligned
    Q_PROPERTY(int threshold READ threshold NOTIFY changed)
    Q_PROPERTY(int episodes READ episodes NOTIFY changed)
    Q_PROPERTY(int weeksOver READ weeksOver NOTIFY changed)

public:
    using QObject::QObject;
    DiaryController* diary() const { return diary_; }
    void setDiary(DiaryController* d);
    int weeksShown() const { return weeksShown_; }
    void setWeeksShown(int n);
    QVariantList weeks() const { return weeks_; }
    QVariantList nights() const { return nights_; }
    int threshold() const { return threshold_; }
    int episodes() const { return episodes_; }
    int weeksOver() const { return weeksOver_; }

signals:
    void diaryChanged();
    void changed();

private:
    void refresh();
    QPointer<DiaryController> diary_;
    int weeksShown_ = 12, threshold_ = 3, episodes_ = 0, weeksOver_ = 0;
    QVariantList weeks_, nights_;
};

class WeekChart : public QQuickPaintedItem {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QVariantList weeks READ weeks WRITE setWeeks NOTIFY appearanceChanged)
    Q_PROPERTY(int threshold MEMBER threshold_ NOTIFY appearanceChanged)
    Q_PROPERTY(QString thresholdLabel MEMBER thresholdLabel_ NOTIFY appearanceChanged)
    Q_PROPERTY(QColor barColor MEMBER barColor_ NOTIFY appearanceChanged)
    Q_PROPERTY(QColor overColor MEMBER overColor_ NOTIFY appearanceChanged)
    Q_PROPERTY(QColor textColor MEMBER textColor_ NOTIFY appearanceChanged)
    Q_PROPERTY(QColor axisColor MEMBER axisColor_ NOTIFY appearanceChanged)
    Q_PROPERTY(int fontPixelSize MEMBER fontPixelSize_ NOTIFY appearanceChanged)

public:
    explicit WeekChart(QQuickItem* parent = nullptr);
    void paint(QPainter* painter) override;
    QVariantList weeks() const { return weeks_; }
    void setWeeks(const QVariantList& w);

signals:
    void appearanceChanged();

private:
    QVariantList weeks_;
    int threshold_ = 3, fontPixelSize_ = 12;
    QString thresholdLabel_;
    QColor barColor_, overColor_, textColor_, axisColor_;
};

// SPDX-License-Identifier: GPL-3.0-or-later
// The Trends page's weekly bar chart (QML: WeekChart): paints the weeks it is given with the same
// drawing as the PDF report (weekchart.hpp). `weeks` are TrendsModel's: {start (ISO date), episodes,
// over, partial, marks: [{medicine (its number in medicineKey, from 1), start (true: started, false:
// stopped)}]}.
#pragma once

#include <QColor>
#include <QQuickPaintedItem>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

class WeekChartItem : public QQuickPaintedItem {
    Q_OBJECT
    QML_NAMED_ELEMENT(WeekChart)
    Q_PROPERTY(QVariantList weeks READ weeks WRITE setWeeks NOTIFY appearanceChanged)
    Q_PROPERTY(int threshold MEMBER threshold_ NOTIFY appearanceChanged)
    Q_PROPERTY(QString thresholdLabel MEMBER thresholdLabel_ NOTIFY appearanceChanged)
    Q_PROPERTY(QColor barColor MEMBER barColor_ NOTIFY appearanceChanged)
    Q_PROPERTY(QColor overColor MEMBER overColor_ NOTIFY appearanceChanged)
    Q_PROPERTY(QColor textColor MEMBER textColor_ NOTIFY appearanceChanged)
    Q_PROPERTY(QColor axisColor MEMBER axisColor_ NOTIFY appearanceChanged)
    Q_PROPERTY(QColor paperColor MEMBER paperColor_ NOTIFY appearanceChanged)  // the page behind the chart
    // The legend's words (weekchart.hpp: WeekChartStyle); empty leaves an item out.
    Q_PROPERTY(QString legendOver MEMBER legendOver_ NOTIFY appearanceChanged)
    Q_PROPERTY(QString legendPartial MEMBER legendPartial_ NOTIFY appearanceChanged)
    Q_PROPERTY(QString legendStart MEMBER legendStart_ NOTIFY appearanceChanged)
    Q_PROPERTY(QString legendStop MEMBER legendStop_ NOTIFY appearanceChanged)
    // The medicines the marks number (TrendsModel's medicineKey).
    Q_PROPERTY(QStringList medicineKey MEMBER medicineKey_ NOTIFY appearanceChanged)
    Q_PROPERTY(int fontPixelSize MEMBER fontPixelSize_ NOTIFY appearanceChanged)

public:
    explicit WeekChartItem(QQuickItem* parent = nullptr);
    void paint(QPainter* painter) override;
    QVariantList weeks() const { return weeks_; }
    void setWeeks(const QVariantList& w);

signals:
    void appearanceChanged();

private:
    QVariantList weeks_;
    int threshold_ = 3, fontPixelSize_ = 12;
    QString thresholdLabel_, legendOver_, legendPartial_, legendStart_, legendStop_;
    QStringList medicineKey_;
    QColor barColor_, overColor_, textColor_, axisColor_, paperColor_;
};

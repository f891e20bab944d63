// SPDX-License-Identifier: GPL-3.0-or-later
// The "show the doctor" view's figures (QML: DoctorFigures): the report's status box and warning
// signs, for the report the Report page shows (its ReportModel: period and language), worded by the
// same code as page 1 of the PDF (reportwords.hpp), in the report's language. Read only while the
// view is open (`active`), again when the report changes.
#pragma once

#include "reportmodel.hpp"
#include "reportwords.hpp"

#include <QAbstractListModel>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

#include <vector>

// The lines of the status box or the signs: a label and a value (status), or a sign's name, its mark
// and word, its nights and one line of evidence.
class DoctorLines : public QAbstractListModel {
    Q_OBJECT
    QML_ANONYMOUS

public:
    enum Role { LabelRole = Qt::UserRole + 1, ValueRole, AlertRole, MarkRole, PresenceRole, PresentRole, NightsRole, EvidenceRole };
    Q_ENUM(Role)
    struct Line {
        QString label, value;
        bool alert = false;
        QString mark, presence;
        bool present = false;
        QString nights, evidence;
        friend bool operator==(const Line&, const Line&) = default;
    };

    using QAbstractListModel::QAbstractListModel;
    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    // The new lines: changed rows in place when there are as many (there always are), else anew.
    void sync(std::vector<Line> lines);

private:
    std::vector<Line> lines_;
};

class DoctorFigures : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(ReportModel* report READ report WRITE setReport NOTIFY reportChanged)
    // True while the view is shown: the figures are read then, and kept up to date.
    Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged)
    // In the report's language: the report's title, its period, the signs' heading.
    Q_PROPERTY(QString title READ title NOTIFY changed)
    Q_PROPERTY(QString period READ period NOTIFY changed)
    Q_PROPERTY(QString signsHeading READ signsHeading NOTIFY changed)
    Q_PROPERTY(DoctorLines* status READ status CONSTANT)
    Q_PROPERTY(DoctorLines* signs READ signs CONSTANT)
    // The status box's first figure: cramps in the 7 nights to `last7To` (tests).
    Q_PROPERTY(int last7Cramps READ last7Cramps NOTIFY changed)
    Q_PROPERTY(QString last7To READ last7To NOTIFY changed)

public:
    explicit DoctorFigures(QObject* parent = nullptr);
    ReportModel* report() const { return report_; }
    void setReport(ReportModel* r);
    bool active() const { return active_; }
    void setActive(bool a);
    QString title() const { return title_; }
    QString period() const { return period_; }
    QString signsHeading() const { return signsHeading_; }
    DoctorLines* status() { return &status_; }
    DoctorLines* signs() { return &signs_; }
    int last7Cramps() const { return last7Cramps_; }
    QString last7To() const { return last7To_; }

signals:
    void reportChanged();
    void activeChanged();
    void changed();

private:
    void refresh();
    QPointer<ReportModel> report_;
    bool active_ = false;
    QString title_, period_, signsHeading_, last7To_;
    int last7Cramps_ = 0;
    DoctorLines status_, signs_;
};

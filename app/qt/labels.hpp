// SPDX-License-Identifier: GPL-3.0-or-later
// The words for the diary's field values, in one table for every place that shows them: the chips
// and rows on screen (QML's Labels), the sentences of the Today summary and the doctor's report.
// Keyed by core's spelling (EnumNames, kRiskFactors): a value added in core without its words here
// does not compile.
#pragma once

#include "care.hpp"
#include "episode.hpp"
#include "settings.hpp"

#include <QObject>
#include <QString>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <span>
#include <string_view>

class LanguageController;
class QQmlEngine;
class QJSEngine;

namespace cramp::labels {

// One value's words, each marked for lupdate in its own context (the screen, the report and the
// summary say it differently: "Back of thigh" on a chip, "back of thigh" in a report's sentence).
// A source string with its disambiguation where one source means two things (QT_TRANSLATE_NOOP3:
// "Stretching" the posture that started a cramp and "Stretching" the calf to ease one).
struct Source {
    const char* text;
    const char* disambiguation = nullptr;
    constexpr Source(const char* t, const char* d = nullptr) : text(t), disambiguation(d) {}
};

struct Words {
    std::string_view value;          // core's spelling: "thigh_back"
    Source screen;                   // context kScreen: "Back of thigh"
    const char* report = nullptr;    // context kReport (the report's own language): "back of thigh"
    const char* summary = nullptr;   // context kSummary, inside a Today summary sentence
};

inline constexpr const char* kScreen = "Labels";
inline constexpr const char* kReport = "Report";
inline constexpr const char* kSummary = "TodaySummary";

template <typename E>
const Words& of(E value);  // Site, Side, Posture, Numbness, Weakness, Relief, CareItem
const Words& of(WeekStart value);
const Words* riskFactor(std::string_view name);  // one of kRiskFactors, or null

// A field's table in core's order, by its name: site, side, posture, numbness, weakness, relief,
// risk_factor, week_start, factors (the care items). Empty for any other name.
std::span<const Words> field(std::string_view name);

// In the app's language (the report translates `report` itself, in the report's language).
QString screen(const Words& w);
QString summary(const Words& w);

}  // namespace cramp::labels

// QML's view of the table: option lists for chips ({value, label}) and the words a row shows.
class Labels : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    // Read a word through `tr` (Labels.tr.place(...)): the binding then reads a property that
    // changes with the language and is evaluated again. QML does not see what a C++ call reads.
    Q_PROPERTY(Labels* tr READ self NOTIFY changed)
    Q_PROPERTY(QVariantList sites READ sites NOTIFY changed)
    Q_PROPERTY(QVariantList sides READ sides NOTIFY changed)
    Q_PROPERTY(QVariantList postures READ postures NOTIFY changed)
    Q_PROPERTY(QVariantList numbness READ numbness NOTIFY changed)
    Q_PROPERTY(QVariantList weakness READ weakness NOTIFY changed)
    Q_PROPERTY(QVariantList reliefs READ reliefs NOTIFY changed)
    Q_PROPERTY(QVariantList riskFactors READ riskFactors NOTIFY changed)
    Q_PROPERTY(QVariantList weekStarts READ weekStarts NOTIFY changed)
    // The bedtime care log's two groups of items: done before bed, and what the day was like.
    Q_PROPERTY(QVariantList careBeforeBed READ careBeforeBed NOTIFY changed)
    Q_PROPERTY(QVariantList careTheDay READ careTheDay NOTIFY changed)

public:
    // No default constructor: Qt 6.4 would use it instead of create().
    explicit Labels(LanguageController* language, QObject* parent = nullptr);
    static Labels* create(QQmlEngine* engine, QJSEngine*);

    Labels* self() { return this; }
    QVariantList sites() const { return options("site"); }
    QVariantList sides() const { return options("side"); }
    QVariantList postures() const { return options("posture"); }
    QVariantList numbness() const { return options("numbness"); }
    QVariantList weakness() const { return options("weakness"); }
    QVariantList reliefs() const { return options("relief"); }
    QVariantList riskFactors() const { return options("risk_factor"); }
    QVariantList weekStarts() const { return options("week_start"); }
    QVariantList careBeforeBed() const;
    QVariantList careTheDay() const;

    // ("calf", "left") → "Left calf"; ("calf", "both") → "Calf, both sides"
    Q_INVOKABLE QString place(const QString& site, const QString& side) const;
    // "2026-03-02" → "3月2日 周一" / "Mon 2 Mar" (Language.nightLabel)
    Q_INVOKABLE QString night(const QString& isoDate) const;
    // 95 → "1 min 35 s" / "1分35秒" (Language.duration)
    Q_INVOKABLE QString duration(int seconds) const;

signals:
    void changed();

private:
    static QVariantList options(std::string_view field);
    static QVariantList options(std::span<const cramp::labels::Words> words);
    LanguageController* language_;
};

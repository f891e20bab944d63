// SPDX-License-Identifier: GPL-3.0-or-later
#include "labels.hpp"

#include "languagecontroller.hpp"

#include <QCoreApplication>
#include <QQmlEngine>
#include <QVariantMap>

#include <array>

namespace cramp::labels {
namespace {

constexpr std::array kSites{
    Words{"calf", QT_TRANSLATE_NOOP("Labels", "Calf"), QT_TRANSLATE_NOOP("Report", "calf")},
    Words{"foot", QT_TRANSLATE_NOOP("Labels", "Foot"), QT_TRANSLATE_NOOP("Report", "foot")},
    Words{"thigh_back", QT_TRANSLATE_NOOP("Labels", "Back of thigh"), QT_TRANSLATE_NOOP("Report", "back of thigh")},
    Words{"thigh_front", QT_TRANSLATE_NOOP("Labels", "Front of thigh"), QT_TRANSLATE_NOOP("Report", "front of thigh")},
    Words{"thigh_side", QT_TRANSLATE_NOOP("Labels", "Side of thigh"), QT_TRANSLATE_NOOP("Report", "side of thigh")},
    Words{"other", QT_TRANSLATE_NOOP("Labels", "Other"), QT_TRANSLATE_NOOP("Report", "other site")},
};
constexpr std::array kSides{
    Words{"left", QT_TRANSLATE_NOOP("Labels", "Left"), QT_TRANSLATE_NOOP("Report", "left")},
    Words{"right", QT_TRANSLATE_NOOP("Labels", "Right"), QT_TRANSLATE_NOOP("Report", "right")},
    Words{"both", QT_TRANSLATE_NOOP("Labels", "Both"), QT_TRANSLATE_NOOP("Report", "both sides")},
};
// The summary names only the postures that can start a "posture-linked" signal.
constexpr std::array kPostures{
    Words{"lying", QT_TRANSLATE_NOOP("Labels", "Lying in bed"), QT_TRANSLATE_NOOP("Report", "lying")},
    Words{"stretching", QT_TRANSLATE_NOOP("Labels", "Stretching"), QT_TRANSLATE_NOOP("Report", "stretching")},
    Words{"bending", QT_TRANSLATE_NOOP("Labels", "Bending"), QT_TRANSLATE_NOOP("Report", "bending"),
          QT_TRANSLATE_NOOP("TodaySummary", "bending")},
    Words{"cough_sneeze", QT_TRANSLATE_NOOP("Labels", "Coughing or sneezing"), QT_TRANSLATE_NOOP("Report", "cough/sneeze"),
          QT_TRANSLATE_NOOP("TodaySummary", "coughing or sneezing")},
    Words{"long_sitting", QT_TRANSLATE_NOOP("Labels", "After long sitting"), QT_TRANSLATE_NOOP("Report", "long sitting"),
          QT_TRANSLATE_NOOP("TodaySummary", "sitting for a long time")},
    Words{"long_standing", QT_TRANSLATE_NOOP("Labels", "After long standing"), QT_TRANSLATE_NOOP("Report", "long standing"),
          QT_TRANSLATE_NOOP("TodaySummary", "standing for a long time")},
    Words{"exercise", QT_TRANSLATE_NOOP("Labels", "Exercise"), QT_TRANSLATE_NOOP("Report", "exercise")},
    Words{"walking", QT_TRANSLATE_NOOP("Labels", "Walking"), QT_TRANSLATE_NOOP("Report", "walking")},
    Words{"other", QT_TRANSLATE_NOOP("Labels", "Other"), QT_TRANSLATE_NOOP("Report", "other activity")},
};
constexpr std::array kNumbness{
    Words{"none", QT_TRANSLATE_NOOP("Labels", "None"), QT_TRANSLATE_NOOP("Report", "none")},
    Words{"during", QT_TRANSLATE_NOOP("Labels", "During the cramp"), QT_TRANSLATE_NOOP("Report", "during")},
    Words{"persisted", QT_TRANSLATE_NOOP("Labels", "Still numb after"), QT_TRANSLATE_NOOP("Report", "persisted")},
};
constexpr std::array kWeakness{
    // What the patient noticed, not the clinical sign (foot drop) a doctor would examine for.
    Words{"foot_drop", QT_TRANSLATE_NOOP("Labels", "Toes drag when walking"), QT_TRANSLATE_NOOP("Report", "toes drag when walking (self-reported)"),
          QT_TRANSLATE_NOOP("TodaySummary", "toes dragging (foot drop)")},
    Words{"stairs", QT_TRANSLATE_NOOP("Labels", "Trouble with stairs"), QT_TRANSLATE_NOOP("Report", "stairs"),
          QT_TRANSLATE_NOOP("TodaySummary", "weakness on stairs")},
    Words{"other", QT_TRANSLATE_NOOP("Labels", "Other weakness"), QT_TRANSLATE_NOOP("Report", "other weakness"),
          QT_TRANSLATE_NOOP("TodaySummary", "weakness")},
};
constexpr std::array kReliefs{
    Words{"stretch", QT_TRANSLATE_NOOP3("Labels", "Stretching", "what eased the cramp"), QT_TRANSLATE_NOOP("Report", "stretching the calf")},
    Words{"massage", QT_TRANSLATE_NOOP("Labels", "Massage"), QT_TRANSLATE_NOOP("Report", "massage")},
    Words{"heat", QT_TRANSLATE_NOOP("Labels", "Warmth"), QT_TRANSLATE_NOOP("Report", "warmth")},
    Words{"walk", QT_TRANSLATE_NOOP("Labels", "Walking about"), QT_TRANSLATE_NOOP("Report", "walking about")},
};
constexpr std::array kRisks{
    Words{"age_40_plus", QT_TRANSLATE_NOOP("Labels", "Age 40 or over"), QT_TRANSLATE_NOOP("Report", "age 40 or over")},
    Words{"diabetes", QT_TRANSLATE_NOOP("Labels", "Diabetes"), QT_TRANSLATE_NOOP("Report", "diabetes")},
    Words{"lumbar_disc_herniation", QT_TRANSLATE_NOOP("Labels", "Lumbar disc herniation"),
          QT_TRANSLATE_NOOP("Report", "lumbar disc herniation")},
    Words{"lumbar_canal_stenosis", QT_TRANSLATE_NOOP("Labels", "Lumbar spinal canal stenosis"),
          QT_TRANSLATE_NOOP("Report", "lumbar spinal canal stenosis")},
    Words{"varicose_veins", QT_TRANSLATE_NOOP("Labels", "Varicose veins"), QT_TRANSLATE_NOOP("Report", "varicose veins")},
    Words{"arterial_disease", QT_TRANSLATE_NOOP("Labels", "Arterial disease of the legs"),
          QT_TRANSLATE_NOOP("Report", "arterial disease of the legs")},
    Words{"pregnancy", QT_TRANSLATE_NOOP("Labels", "Pregnancy"), QT_TRANSLATE_NOOP("Report", "pregnancy")},
    Words{"kidney_disease", QT_TRANSLATE_NOOP("Labels", "Kidney disease"), QT_TRANSLATE_NOOP("Report", "kidney disease")},
};
// In WeekStart's order (settings.hpp), spelled as storage, the diary's JSON and Diary.weekStart do.
constexpr std::array kWeekStarts{
    Words{"monday", QT_TRANSLATE_NOOP("Labels", "Monday"), QT_TRANSLATE_NOOP("Report", "Monday")},
    Words{"sunday", QT_TRANSLATE_NOOP("Labels", "Sunday"), QT_TRANSLATE_NOOP("Report", "Sunday")},
};
// Care items (care.hpp), in core's order: the four done before bed first, then the five of the day.
constexpr std::array kCareItems{
    Words{"calf_stretch", QT_TRANSLATE_NOOP("Labels", "Calf stretch"), QT_TRANSLATE_NOOP("Report", "calf stretch before bed")},
    Words{"foot_soak", QT_TRANSLATE_NOOP("Labels", "Warm foot soak"), QT_TRANSLATE_NOOP("Report", "warm foot soak before bed")},
    Words{"legs_warm", QT_TRANSLATE_NOOP("Labels", "Legs kept warm"), QT_TRANSLATE_NOOP("Report", "legs kept warm")},
    Words{"fluids", QT_TRANSLATE_NOOP("Labels", "Drank enough"), QT_TRANSLATE_NOOP("Report", "drank enough")},
    Words{"hard_exercise", QT_TRANSLATE_NOOP("Labels", "Hard exercise"), QT_TRANSLATE_NOOP("Report", "hard exercise that day")},
    Words{"long_sitting", QT_TRANSLATE_NOOP("Labels", "Long sitting"), QT_TRANSLATE_NOOP("Report", "long sitting that day")},
    Words{"long_standing", QT_TRANSLATE_NOOP("Labels", "Long standing"), QT_TRANSLATE_NOOP("Report", "long standing that day")},
    Words{"sweating", QT_TRANSLATE_NOOP("Labels", "Heavy sweating or diarrhoea"), QT_TRANSLATE_NOOP("Report", "heavy sweating or diarrhoea")},
    Words{"cold_night", QT_TRANSLATE_NOOP("Labels", "A cold night"), QT_TRANSLATE_NOOP("Report", "a cold night")},
};
constexpr std::size_t kCareBeforeBed = static_cast<std::size_t>(CareItem::fluids) + 1;

template <typename E> struct Table;
template <> struct Table<Site> { static constexpr const auto& words = kSites; };
template <> struct Table<Side> { static constexpr const auto& words = kSides; };
template <> struct Table<Posture> { static constexpr const auto& words = kPostures; };
template <> struct Table<Numbness> { static constexpr const auto& words = kNumbness; };
template <> struct Table<Weakness> { static constexpr const auto& words = kWeakness; };
template <> struct Table<Relief> { static constexpr const auto& words = kReliefs; };
template <> struct Table<CareItem> { static constexpr const auto& words = kCareItems; };

// The table holds core's values, in core's order (of() indexes it by the enum).
template <std::size_t N, typename Names>
constexpr bool sameValues(const std::array<Words, N>& words, const Names& names) {
    if (N != names.size()) return false;
    for (std::size_t i = 0; i < N; ++i)
        if (words[i].value != names[i]) return false;
    return true;
}
template <typename... E>
constexpr bool everyEnumMatchesCore() {
    return (sameValues(Table<E>::words, EnumNames<E>::names) && ...);
}
static_assert(everyEnumMatchesCore<Site, Side, Posture, Numbness, Weakness, Relief, CareItem>());
static_assert(sameValues(kRisks, kRiskFactors));
static_assert(sameValues(kWeekStarts, EnumNames<WeekStart>::names));

struct Field {
    std::string_view name;
    std::span<const Words> words;
};
template <typename E>
constexpr Field fieldOf() {
    return {EnumNames<E>::field, Table<E>::words};
}
constexpr std::array kFields{fieldOf<Site>(),     fieldOf<Side>(),     fieldOf<Posture>(),
                             fieldOf<Numbness>(), fieldOf<Weakness>(), fieldOf<Relief>(),
                             Field{"risk_factor", kRisks},  Field{"week_start", kWeekStarts},
                             fieldOf<CareItem>()};

// A value's words in a field, or the field's last ("other") when the value is not in it.
const Words& find(std::string_view fieldName, const QString& value) {
    const auto words = field(fieldName);
    const std::string v = value.toStdString();
    for (const auto& w : words)
        if (w.value == v) return w;
    return words.back();
}

QString text(std::string_view s) { return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size())); }

}  // namespace

template <typename E>
const Words& of(E value) {
    return Table<E>::words[static_cast<std::size_t>(value)];
}
template const Words& of(Site);
template const Words& of(Side);
template const Words& of(Posture);
template const Words& of(Numbness);
template const Words& of(Weakness);
template const Words& of(Relief);
template const Words& of(CareItem);

const Words* riskFactor(std::string_view name) {
    for (const auto& w : kRisks)
        if (w.value == name) return &w;
    return nullptr;
}

const Words& of(WeekStart value) { return kWeekStarts[static_cast<std::size_t>(value)]; }

std::span<const Words> field(std::string_view name) {
    for (const auto& f : kFields)
        if (f.name == name) return f.words;
    return {};
}

QString screen(const Words& w) { return QCoreApplication::translate(kScreen, w.screen.text, w.screen.disambiguation); }

QString summary(const Words& w) {
    return w.summary ? QCoreApplication::translate(kSummary, w.summary) : text(w.value);
}

}  // namespace cramp::labels

namespace labels = cramp::labels;

Labels::Labels(LanguageController* language, QObject* parent) : QObject(parent), language_(language) {
    if (language_) connect(language_, &LanguageController::changed, this, &Labels::changed);
}

Labels* Labels::create(QQmlEngine* engine, QJSEngine*) {
    return new Labels(engine->singletonInstance<LanguageController*>(qmlTypeId("CrampDiary", 1, 0, "Language")));
}

QVariantList Labels::options(std::string_view field) { return options(labels::field(field)); }

QVariantList Labels::options(std::span<const labels::Words> words) {
    QVariantList out;
    for (const auto& w : words)
        out << QVariantMap{{QStringLiteral("value"), labels::text(w.value)}, {QStringLiteral("label"), labels::screen(w)}};
    return out;
}

QVariantList Labels::careBeforeBed() const { return options(std::span(labels::kCareItems).first(labels::kCareBeforeBed)); }

QVariantList Labels::careTheDay() const { return options(std::span(labels::kCareItems).subspan(labels::kCareBeforeBed)); }

QString Labels::place(const QString& site, const QString& side) const {
    const QString name = labels::screen(labels::find("site", site));
    if (side == QLatin1String("left")) return tr("Left %1").arg(name.toLower());
    if (side == QLatin1String("right")) return tr("Right %1").arg(name.toLower());
    return tr("%1, both sides").arg(name);
}

QString Labels::night(const QString& isoDate) const { return language_ ? language_->nightLabel(isoDate) : isoDate; }

QString Labels::duration(int seconds) const { return language_ ? language_->duration(seconds) : QString::number(seconds); }

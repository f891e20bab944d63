// SPDX-License-Identifier: GPL-3.0-or-later
#include "careadvice.hpp"

#include <QCoreApplication>
#include <QEvent>
#include <QStringList>
#include <QVariantMap>

#include <array>
#include <initializer_list>

namespace {

struct Section {
    const char* title;
    std::initializer_list<const char*> lines;
};

// Context "CareAdvice" for lupdate; the Chinese is written as Chinese clinicians write it.
const std::array kSections{
    Section{QT_TRANSLATE_NOOP("CareAdvice", "Keep your legs warm"),
            {QT_TRANSLATE_NOOP("CareAdvice", "Keep your legs warm at night."),
             QT_TRANSLATE_NOOP("CareAdvice", "Do not let an air conditioner or a fan blow on your legs: cold makes the nerves more excitable.")}},
    Section{QT_TRANSLATE_NOOP("CareAdvice", "Before bed"),
            {QT_TRANSLATE_NOOP("CareAdvice", "Soak your feet in warm water for 10–15 minutes."),
             QT_TRANSLATE_NOOP("CareAdvice", "Stretch your calves.")}},
    Section{QT_TRANSLATE_NOOP("CareAdvice", "During the day"),
            {QT_TRANSLATE_NOOP("CareAdvice", "Older people and those who sit for long: simple leg exercises, such as rising onto your toes and pulling your toes up.")}},
    Section{QT_TRANSLATE_NOOP("CareAdvice", "Food and drink"),
            {QT_TRANSLATE_NOOP("CareAdvice", "A balanced diet with enough calcium, magnesium and potassium: milk, soy foods, dark green vegetables, bananas."),
             QT_TRANSLATE_NOOP("CareAdvice", "Calcium alone does little for cramps that are not caused by a lack of calcium."),
             QT_TRANSLATE_NOOP("CareAdvice", "After heavy sweating or diarrhoea, drink and replace potassium."),
             QT_TRANSLATE_NOOP("CareAdvice", "If you have diabetes, avoid low blood sugar.")}},
    Section{QT_TRANSLATE_NOOP("CareAdvice", "During a cramp"),
            {QT_TRANSLATE_NOOP("CareAdvice", "Pull your toes up toward you to stretch the muscle."),
             QT_TRANSLATE_NOOP("CareAdvice", "Then massage the muscle or warm it.")}},
    Section{QT_TRANSLATE_NOOP("CareAdvice", "When to see a doctor"),
            {QT_TRANSLATE_NOOP("CareAdvice", "Cramps becoming frequent: three or more a week, several in one night, or a sudden rise."),
             QT_TRANSLATE_NOOP("CareAdvice", "Numbness or weakness with the cramps: numbness that stays after the cramp, toes dragging when walking, trouble with stairs, or pain running down the leg."),
             QT_TRANSLATE_NOOP("CareAdvice", "Cramps that begin with a posture or an action: bending, coughing or sneezing, or after sitting or standing for a long time."),
             QT_TRANSLATE_NOOP("CareAdvice", "With any of these, see a doctor: neurology (神经内科) or orthopaedics (骨科).")}},
};

QString translate(const char* text) { return QCoreApplication::translate("CareAdvice", text); }

}  // namespace

CareAdvice::CareAdvice(QObject* parent) : QObject(parent) {
    if (QCoreApplication::instance()) QCoreApplication::instance()->installEventFilter(this);
}

bool CareAdvice::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::LanguageChange && watched == QCoreApplication::instance()) emit changed();
    return QObject::eventFilter(watched, event);
}

QVariantList CareAdvice::sections() const {
    QVariantList out;
    for (const auto& s : kSections) {
        QStringList lines;
        for (const char* l : s.lines) lines << translate(l);
        out << QVariantMap{{QStringLiteral("title"), translate(s.title)}, {QStringLiteral("lines"), lines}};
    }
    return out;
}

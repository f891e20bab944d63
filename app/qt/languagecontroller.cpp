// SPDX-License-Identifier: GPL-3.0-or-later
#include "languagecontroller.hpp"

#include <QCoreApplication>
#include <QDate>
#include <QEvent>
#include <QFont>
#include <QGuiApplication>

#include <algorithm>
#include <QQmlEngine>
#include <QSettings>

namespace {

std::unique_ptr<QTranslator>& installed() {
    static std::unique_ptr<QTranslator> t;
    return t;
}

QString storedChoice() {
    return QSettings().value(QStringLiteral("language"), QStringLiteral("system")).toString();
}

// The choice in effect in this process: read from the settings at start, or given by main or a
// test (which must not depend on, or change, the user's stored choice).
QString& activeChoice() {
    static QString c;
    return c;
}

void install(const QString& lang) {
    // The locale first: (un)installing a translator sends LanguageChange at once, and what is
    // re-made then (Today's weekday names and dates, in C++) must already read the new locale.
    QLocale::setDefault(QLocale(lang == QLatin1String("zh_CN") ? QLocale::Chinese : QLocale::English,
                                lang == QLatin1String("zh_CN") ? QLocale::China : QLocale::UnitedStates));
    auto& t = installed();
    if (t) QCoreApplication::removeTranslator(t.get());
    t = std::make_unique<QTranslator>();
    // The source strings are English; crampdiary_en.qm exists so that plural forms are right.
    if (t->load(QStringLiteral(":/i18n/crampdiary_%1.qm").arg(lang)))
        QCoreApplication::installTranslator(t.get());
    else
        t.reset();
}

}  // namespace

LanguageController::LanguageController(QQmlEngine* engine, QObject* parent) : QObject(parent), engine_(engine) {
    if (qGuiApp) qGuiApp->installEventFilter(this);
}

bool LanguageController::eventFilter(QObject* watched, QEvent* event) {
    if (watched == qGuiApp && event->type() == QEvent::ApplicationFontChange) emit textScaleChanged();
    return QObject::eventFilter(watched, event);
}

qreal LanguageController::textScale() const {
    const QFont f = QGuiApplication::font();
    const qreal pt = f.pointSizeF() > 0 ? f.pointSizeF() : f.pixelSize() * 0.75;
    return std::max<qreal>(1.0, pt / 10.0);
}
LanguageController::~LanguageController() = default;

LanguageController* LanguageController::create(QQmlEngine* engine, QJSEngine*) { return new LanguageController(engine); }

QString LanguageController::resolve(const QString& choice) {
    if (choice == QLatin1String("zh_CN") || choice == QLatin1String("en")) return choice;
    // The system's: Chinese for any Chinese locale (Simplified is what we ship), English otherwise.
    for (const auto& ui : QLocale::system().uiLanguages())
        if (ui.startsWith(QLatin1String("zh"))) return QStringLiteral("zh_CN");
    return QStringLiteral("en");
}

void LanguageController::installInitial(const QString& choiceOverride) {
    activeChoice() = choiceOverride.isEmpty() ? storedChoice() : choiceOverride;
    install(resolve(activeChoice()));
}

QString LanguageController::choice() const { return activeChoice().isEmpty() ? storedChoice() : activeChoice(); }

void LanguageController::setChoice(const QString& choice) {
    if (choice != QLatin1String("system") && choice != QLatin1String("zh_CN") && choice != QLatin1String("en")) return;
    if (choice == this->choice()) return;
    activeChoice() = choice;
    QSettings().setValue(QStringLiteral("language"), choice);
    install(resolve(choice));
    if (engine_) engine_->retranslate();
    emit changed();
}

QLocale LanguageController::locale() const {
    return current() == QLatin1String("zh_CN") ? QLocale(QLocale::Chinese, QLocale::China)
                                               : QLocale(QLocale::English, QLocale::UnitedStates);
}

QString LanguageController::nightLabel(const QString& isoDate) const {
    QDate d = QDate::fromString(isoDate, Qt::ISODate);
    if (!d.isValid()) return isoDate;
    return current() == QLatin1String("zh_CN") ? locale().toString(d, QStringLiteral("M月d日 ddd"))
                                               : locale().toString(d, QStringLiteral("ddd d MMM"));
}

QString LanguageController::longDate(const QString& isoDate) const {
    QDate d = QDate::fromString(isoDate, Qt::ISODate);
    if (!d.isValid()) return isoDate;
    return current() == QLatin1String("zh_CN") ? locale().toString(d, QStringLiteral("yyyy年M月d日"))
                                               : locale().toString(d, QStringLiteral("d MMMM yyyy"));
}

QString LanguageController::timeOfDay(const QString& isoLocal) const {
    // The wall time of the episode in its own zone: the characters after 'T', never converted.
    return isoLocal.size() >= 16 ? isoLocal.mid(11, 5) : isoLocal;
}

QString LanguageController::duration(int seconds) const {
    int m = seconds / 60, s = seconds % 60;
    if (m == 0) return tr("%n s", "duration in seconds", s);
    if (s == 0) return tr("%n min", "duration in minutes", m);
    return tr("%1 min %2 s", "duration").arg(m).arg(s);
}

// SPDX-License-Identifier: GPL-3.0-or-later
// The app's language and the locale-aware formatting QML uses. Follows the system by default;
// switching installs the other translation and retranslates every qsTr() binding at once, without
// a restart. The choice is kept in the user's settings (not the diary: it is needed before a diary
// is open, e.g. to say that it cannot be opened).
#pragma once

#include <QLocale>
#include <QObject>
#include <QString>
#include <QTranslator>
#include <QtQml/qqmlregistration.h>

#include <memory>

class QQmlEngine;
class QJSEngine;

class LanguageController : public QObject {
    Q_OBJECT
    QML_NAMED_ELEMENT(Language)
    QML_SINGLETON
    // "system", "zh_CN" or "en"
    Q_PROPERTY(QString choice READ choice WRITE setChoice NOTIFY changed)
    // the language in effect: "zh_CN" or "en"
    Q_PROPERTY(QString current READ current NOTIFY changed)
    Q_PROPERTY(QLocale locale READ locale NOTIFY changed)
    // How much larger than usual the system's text is (1 at 10 pt or less; 2 at 20 pt): Theme
    // scales its font sizes by it, for patients who enlarge their fonts.
    Q_PROPERTY(qreal textScale READ textScale NOTIFY textScaleChanged)

public:
    // No default constructor: Qt 6.4 would use it instead of create().
    LanguageController(QQmlEngine* engine, QObject* parent = nullptr);
    ~LanguageController() override;
    static LanguageController* create(QQmlEngine* engine, QJSEngine*);

    // Installs the translation for `choice` on the application, before any QML is loaded (main, tests).
    static void installInitial(const QString& choiceOverride = {});
    // "zh_CN" or "en" for a choice, resolving "system" from the system locale.
    static QString resolve(const QString& choice);

    QString choice() const;
    void setChoice(const QString& choice);
    QString current() const { return resolve(choice()); }
    QLocale locale() const;
    qreal textScale() const;

    // "2026-03-02" → "3月2日 周一" / "Mon 2 Mar"
    Q_INVOKABLE QString nightLabel(const QString& isoDate) const;
    // "2026-03-02" → "2026年3月2日" / "2 March 2026"
    Q_INVOKABLE QString longDate(const QString& isoDate) const;
    // "2026-03-03T02:30:00+08:00" → "02:30"
    Q_INVOKABLE QString timeOfDay(const QString& isoLocal) const;
    // 95 → "1 min 35 s" / "1分35秒"
    Q_INVOKABLE QString duration(int seconds) const;

    bool eventFilter(QObject* watched, QEvent* event) override;

signals:
    void changed();
    void textScaleChanged();

private:
    QQmlEngine* engine_;
};

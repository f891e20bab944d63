// SPDX-License-Identifier: GPL-3.0-or-later
// Every page in Chinese and in English, at the normal and at twice the system font size, rendered
// into PNG files (build/tests/i18n/png/) to be looked at. Fails on a blank image, a QML warning, or
// an untranslated English word left on a Chinese screen's title.
#include "appwindow.hpp"
#include "clock.hpp"
#include "diary.hpp"
#include "languagecontroller.hpp"
#include "night.hpp"
#include "screens.hpp"
#include "tempdir.hpp"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QFont>
#include <QGuiApplication>
#include <QQmlEngineExtensionPlugin>
#include <QStandardPaths>
#include <QtTest>

Q_IMPORT_QML_PLUGIN(CrampDiaryPlugin)

namespace {

void fillDiary(const QString& path) {
    auto d = cramp::Diary::open(path.toStdString(), cramp::test::fixedClock());
    QVERIFY(d.ok());
    auto now = d->now();
    for (int i = 0; i < 5; ++i) {
        cramp::Episode e;
        e.zone = "Asia/Shanghai";
        e.onset = now - std::chrono::hours{20 * i + 1};
        e.intensity = 3 + i;
        e.duration_s = 30 + 50 * i;
        e.posture = i % 2 ? cramp::Posture::bending : cramp::Posture::lying;
        e.numbness = i == 1 ? cramp::Numbness::persisted : cramp::Numbness::none;
        e.note = i == 0 ? "左小腿，伸展后缓解" : "";
        QVERIFY(d->add_episode(e).ok());
    }
    QVERIFY(d->set_preference("theme", "dark").ok());
}

// An export with mistakes of several kinds, and a night that clashes with the diary: every problem
// the import lists comes from the Qt-free core and must read in the app's language.
const char* const kDamagedCsv =
    "kind,night,onset,zone,duration_s,site,side,intensity,posture,numbness,weakness,radiating,tingling_symmetric,woke,relief,note\r\n"
    "episode,2026-11-20,2026-11-21T02:30:00+08:00,Asia/Shanghai,60,calf,left,11,lying,none,,no,no,yes,,\r\n"
    "episode,2026-13-01,2026-11-21T03:30:00+08:00,Mars/Base,sixty,knee,up,5,lying,none,,maybe,no,yes,,\r\n"
    "cramp_free_night,2026-11-21,,,,,,,,,,,,,,\r\n"
    "episode,2026-11-21,2026-11-22T01:00:00+08:00,Asia/Shanghai,60,calf,left,4,lying,none,,no,no,yes,,\r\n"
    "episode,2026-11-23\r\n";

// English function words that only a template (not a field name or a value) would bring in.
QStringList englishWords(const QString& text) {
    static const QRegularExpression words(QStringLiteral("\\b(is|not|the|a|an|of|to|cannot|expected|line|outside|was|has|after|before|must|be)\\b"),
                                          QRegularExpression::CaseInsensitiveOption);
    QStringList out;
    for (auto it = words.globalMatch(text); it.hasNext();) out << it.next().captured(0);
    return out;
}

}  // namespace

class I18nScreenshotTest : public QObject {
    Q_OBJECT
    QFont normalFont_;

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);  // the language choice goes to a test folder
        normalFont_ = QGuiApplication::font();
    }

    void page_data() {
        QTest::addColumn<QString>("page");
        QTest::addColumn<QString>("lang");
        QTest::addColumn<double>("scale");
        QTest::addColumn<QSize>("size");
        for (auto lang : {"zh_CN", "en"})
            for (auto page : {"today", "log", "history", "trends", "report", "settings", "settings-end", "today-end", "import-problems", "open-error",
                              "trends-night", "care", "care-end", "carelog"}) {
                QTest::addRow("%s-%s-phone", page, lang) << QString::fromLatin1(page) << QString::fromLatin1(lang) << 1.0 << QSize(390, 844);
                QTest::addRow("%s-%s-phone-2x", page, lang) << QString::fromLatin1(page) << QString::fromLatin1(lang) << 2.0 << QSize(390, 844);
                QTest::addRow("%s-%s-desktop-1.5x", page, lang) << QString::fromLatin1(page) << QString::fromLatin1(lang) << 1.5 << QSize(1280, 800);
            }
    }

    void page() {
        QFETCH(QString, page);
        QFETCH(QString, lang);
        QFETCH(double, scale);
        QFETCH(QSize, size);
        LanguageController::installInitial(lang);
        QFont f = normalFont_;
        f.setPointSizeF(10 * scale);  // the system font size the patient chose
        QGuiApplication::setFont(f);

        // The same folder every run: Settings shows the backups' path.
        const cramp::test::TempDir dir(SCREENSHOT_DIARY_DIR);
        const QString path = QString::fromStdString((dir / "diary.sqlite").string());
        // "open-error": a file that is not a diary, as the window shows it.
        const bool openError = page == QLatin1String("open-error");
        if (openError) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("shopping list: milk, bread\n");
            f.close();
            page = QStringLiteral("today");
        } else {
            fillDiary(path);
        }
        const bool importProblems = page == QLatin1String("import-problems");
        if (importProblems) page = QStringLiteral("settings");
        cramp::test::AppWindow app(path, size);
        QVERIFY(app.window());
        QVERIFY(app.shown());
        QTRY_COMPARE(app.window()->size(), size);
        const bool toEnd = page.endsWith(QLatin1String("-end"));
        if (toEnd) page.chop(4);
        // "trends-night": the night calendar with last night tapped, its panel in view.
        const bool night = page == QLatin1String("trends-night");
        if (night) page = QStringLiteral("trends");
        QVERIFY(QMetaObject::invokeMethod(app.window(), "openPage", Q_ARG(QString, page)));
        QTRY_VERIFY(app.idle());
        if (night) {
            const QByteArray cell = "night_" + QByteArray::fromStdString(cramp::format_date(cramp::last_night(cramp::test::fixedNow(), "Asia/Shanghai")));
            QTRY_VERIFY(app.item(cell.constData()));
            QVERIFY(app.scrollTo("trendsForm", "nightCalendar"));
            QVERIFY(app.click(cell.constData()));
            QTRY_VERIFY(app.visible("nightPanel"));
            QVERIFY(app.scrollTo("trendsForm", "nightCalendar"));
        }
        // (Today scrolls only when its content does not fit: at 2x with several warning signs.)
        if (toEnd && page == QLatin1String("settings")) QVERIFY(app.scrollToEnd("settingsForm"));
        if (toEnd && page == QLatin1String("today")) app.scrollToEnd("todayForm");
        if (toEnd && page == QLatin1String("care")) QVERIFY(app.scrollToEnd("careForm"));
        QString coreText;  // what the core said, as shown
        if (importProblems) {
            auto* transfer = app.window()->findChild<QObject*>(QStringLiteral("transfer"));
            QVERIFY(transfer);
            const QString file = QString::fromStdString((dir / "damaged.csv").string());
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(kDamagedCsv);
            f.close();
            QVERIFY(!QMetaObject::invokeMethod(transfer, "checkImport", Q_ARG(QUrl, QUrl::fromLocalFile(file))) ||
                    !transfer->property("importProblems").toString().isEmpty());
            coreText = transfer->property("importProblems").toString();
            QVERIFY2(coreText.count(QLatin1Char('\n')) >= 6, qPrintable(coreText));  // one line per problem
            auto* review = app.window()->findChild<QObject*>(QStringLiteral("importReview"));
            QVERIFY(review);
            QTRY_VERIFY(review->property("opened").toBool());
        }
        if (openError) {
            QTRY_VERIFY(app.visible("openErrorText"));
            coreText = app.prop("openErrorText", "text").toString();
            QVERIFY(coreText.contains(QDir::toNativeSeparators(path)) || coreText.contains(path));
        }
        if (!coreText.isEmpty()) {
            qInfo().noquote() << QTest::currentDataTag() << ":\n" << coreText;
            if (lang == QLatin1String("zh_CN")) {
                const QStringList english = englishWords(coreText);
                QVERIFY2(english.isEmpty(), qPrintable(QStringLiteral("English in a Chinese message (%1):\n%2").arg(english.join(QLatin1Char(' ')), coreText)));
            } else {
                QVERIFY2(!englishWords(coreText).isEmpty(), qPrintable(coreText));  // the check can see English
            }
        }
        QImage img = app.window()->grabWindow();
        QDir().mkpath(QStringLiteral(SCREENSHOT_DIR));
        const QString file = QStringLiteral(SCREENSHOT_DIR "/%1.png").arg(QString::fromLatin1(QTest::currentDataTag()));
        QVERIFY(img.save(file));
        const QString blank = cramp::test::blankness(img);
        QVERIFY2(blank.isEmpty(), qPrintable(file + ": " + blank));
        QVERIFY2(app.warnings().isEmpty(), qPrintable(app.warnings().join('\n')));
        if (lang == QLatin1String("zh_CN")) QCOMPARE(app.window()->title(), QStringLiteral("抽筋日记"));
        else QCOMPARE(app.window()->title(), QStringLiteral("Cramp Diary"));
    }
};

QTEST_MAIN(I18nScreenshotTest)
#include "i18n_screenshot_test.moc"

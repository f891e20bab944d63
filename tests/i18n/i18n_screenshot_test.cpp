// Every page in Chinese and in English, at the normal and at twice the system font size, rendered
// into PNG files (build/tests/i18n/png/) to be looked at. Fails on a blank image, a QML warning, or
// an untranslated English word left on a Chinese screen's title.
#include "appwindow.hpp"
#include "diary.hpp"
#include "languagecontroller.hpp"
#include "night.hpp"
#include "screens.hpp"

#include <QDir>
#include <QFont>
#include <QGuiApplication>
#include <QQmlEngineExtensionPlugin>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

Q_IMPORT_QML_PLUGIN(CrampDiaryPlugin)

namespace {

void fillDiary(const QString& path) {
    auto d = cramp::Diary::open(path.toStdString());
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
            for (auto page : {"today", "log", "history", "trends", "report", "settings", "settings-end"}) {
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

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("diary.sqlite"));
        fillDiary(path);
        cramp::test::AppWindow app(path, size);
        QVERIFY(app.window());
        QVERIFY(app.shown());
        QTRY_COMPARE(app.window()->size(), size);
        const bool toEnd = page.endsWith(QLatin1String("-end"));
        if (toEnd) page.chop(4);
        QVERIFY(QMetaObject::invokeMethod(app.window(), "openPage", Q_ARG(QString, page)));
        QTRY_VERIFY(app.idle());
        if (toEnd) QVERIFY(app.scrollToEnd("settingsForm"));
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

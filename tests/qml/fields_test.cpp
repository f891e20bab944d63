// SPDX-License-Identifier: GPL-3.0-or-later
// The Qt side of the table of episode fields (episode_fields.hpp), read at run time: every field of
// content is a role of the episode models, and every field the log form shows is a key of the map
// the form sends (LogPage fields()) and of the one it is loaded from (Entries::episodeFields).
// The roles and the form name fields by hand (QML's camelCase); this fails when one misses a field.
#include "appwindow.hpp"
#include "diary.hpp"
#include "diarysession.hpp"
#include "entries.hpp"
#include "episode_fields.hpp"

#include <QJSValue>
#include <QQmlEngineExtensionPlugin>
#include <QTemporaryDir>
#include <QtTest>

Q_IMPORT_QML_PLUGIN(CrampDiaryPlugin)

namespace {

// QML's name of a file-format name: "tingling_symmetric" → "tinglingSymmetric".
QString camel(std::string_view name) {
    QString out;
    bool upper = false;
    for (char c : name) {
        if (c == '_') upper = true;
        else out += upper ? QChar::fromLatin1(c).toUpper() : QChar::fromLatin1(c);
        if (c != '_') upper = false;
    }
    return out;
}

// The names, keys or roles in `have` that are missing, of each field `want` gives (empty: none).
template <typename Want>
QStringList missing(const QSet<QString>& have, Want want) {
    QStringList out;
    cramp::for_each_field([&](const auto& f) {
        const QString name = want(f);
        if (!name.isEmpty() && !have.contains(name)) out << name;
    });
    return out;
}

QSet<QString> roleNames(const QAbstractItemModel& model) {
    QSet<QString> out;
    for (const auto& n : model.roleNames()) out << QString::fromLatin1(n);
    return out;
}

QSet<QString> keys(const QVariantMap& m) {
    const auto k = m.keys();
    return {k.begin(), k.end()};
}

const auto kRole = [](const auto& f) { return f.content() ? camel(f.name) : QString(); };
const auto kFormKey = [](const auto& f) { return QString::fromLatin1(f.form.data(), qsizetype(f.form.size())); };

}  // namespace

class FieldsTest : public QObject {
    Q_OBJECT
private slots:
    void everyFieldIsARoleAndTheFormsFieldsAreItsKeys() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("diary.sqlite"));
        qint64 id = 0;
        {
            auto d = cramp::Diary::open(path.toStdString());
            QVERIFY(d.ok());
            cramp::Episode e;
            e.zone = "Asia/Shanghai";
            e.onset = d->now() - std::chrono::hours{2};
            auto added = d->add_episode(e);
            QVERIFY(added.ok());
            id = *added;
        }
        DiarySession session(path);
        QVERIFY(session.isOpen());
        Entries c(&session);
        QCOMPARE(missing(roleNames(*c.latest()), kRole), QStringList());
        QCOMPARE(missing(roleNames(*c.history()), kRole), QStringList());
        const QVariantMap loaded = c.episodeFields(id);
        QVERIFY(!loaded.isEmpty());
        QCOMPARE(missing(keys(loaded), kFormKey), QStringList());
    }

    void theLogPageSendsEveryFieldItShows() {
        QTemporaryDir dir;
        cramp::test::AppWindow app(dir.filePath(QStringLiteral("diary.sqlite")));
        QVERIFY(app.shown());
        QVERIFY(QMetaObject::invokeMethod(app.window(), "openPage", Q_ARG(QString, QStringLiteral("log"))));
        QTRY_VERIFY(app.item("logPage") && app.idle());
        QQuickItem* page = app.item("logPage");
        page->setProperty("onsetChoice", QStringLiteral("pick"));  // a time picked on the form: onsetLocal
        QVariant sent;
        QVERIFY(QMetaObject::invokeMethod(page, "fields", Q_RETURN_ARG(QVariant, sent)));
        if (sent.metaType() == QMetaType::fromType<QJSValue>()) sent = sent.value<QJSValue>().toVariant();
        QCOMPARE(missing(keys(sent.toMap()), kFormKey), QStringList());
        QVERIFY2(app.warnings().isEmpty(), qPrintable(app.warnings().join('\n')));
    }
};

QTEST_MAIN(FieldsTest)
#include "fields_test.moc"

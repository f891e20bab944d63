// SPDX-License-Identifier: GPL-3.0-or-later
// Opens the app's real main window (Main.qml of the CrampDiary module) on a given diary, at a given
// time (the tests' fixed clock unless one is passed), for tests that drive or photograph it. Needs
// Q_IMPORT_QML_PLUGIN(CrampDiaryPlugin) in the test's main file.
#pragma once

#include "clock.hpp"
#include "diarysession.hpp"
#include "startup.hpp"

#include <QRegularExpression>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>

#include <algorithm>
#include <memory>

namespace cramp::test {

class AppWindow {
public:
    explicit AppWindow(const QString& diaryPath, QSize size = {390, 844}, cramp::Diary::Clock clock = fixedClock()) {
        // QML errors that are only printed (a page or delegate that fails to load: "Component is not
        // ready", a ReferenceError in a delegate, a "Cyclic dependency" between QML singletons) fail
        // the test too.
        QTest::failOnWarning(QRegularExpression(QStringLiteral("qrc:/|QQmlComponent|Cyclic dependency")));
        DiarySession::setStartupPath(diaryPath);
        DiarySession::setStartupClock(std::move(clock));
        engine_ = std::make_unique<QQmlApplicationEngine>();
        QObject::connect(engine_.get(), &QQmlEngine::warnings, [this](const QList<QQmlError>& ws) {
            for (const auto& w : ws) warnings_ << w.toString();
        });
        engine_->addImportPath(QStringLiteral("qrc:/"));
        engine_->load(QUrl(QStringLiteral("qrc:/CrampDiary/qml/Main.qml")));
        if (!engine_->rootObjects().isEmpty()) window_ = qobject_cast<QQuickWindow*>(engine_->rootObjects().first());
        if (window_) {
            window_->resize(size);
            window_->show();
        }
    }

    QQuickWindow* window() const { return window_; }
    // Exposed and its first frame shown; what the window creates right after that frame (the rest
    // of the Today page, the navigation) exists and is laid out once this is true.
    bool shown() const {
        if (!window_ || !QTest::qWaitForWindowExposed(window_)) return false;
        auto* startup = engine_->singletonInstance<Startup*>(qmlTypeId("CrampDiary", 1, 0, "Startup"));
        if (!startup || !QTest::qWaitFor([startup] { return startup->firstFrameShown(); })) return false;
        (void)window_->grabWindow();  // a frame: polish and lay out what was just created
        return true;
    }
    // A JavaScript garbage collection now, as the engine may run one at any time: what QML holds
    // only through a C++ pointer must survive it.
    void collectGarbage() const { engine_->collectGarbage(); }
    QStringList warnings() const { return warnings_; }

    // An item's property, or an invalid QVariant while the item does not exist (yet): safe inside
    // QTRY_ while a page is still being created.
    QVariant prop(const char* objectName, const char* property) const {
        auto* it = item(objectName);
        return it ? it->property(property) : QVariant();
    }
    bool visible(const char* objectName) const {
        auto* it = item(objectName);
        return it && it->isVisible();
    }

    // Scrolls the Flickable `objectName` to its end, once its layout has settled (content below the
    // fold may still be laid out a frame later). False when there is nothing to scroll.
    bool scrollToEnd(const char* objectName) const {
        auto* form = item(objectName);
        if (!form) return false;
        const auto end = [form] { return form->property("contentHeight").toReal() - form->height(); };
        if (!QTest::qWaitFor([&] { return end() > 0; })) return false;
        for (qreal last = -1; last != end();) {
            last = end();
            form->setProperty("contentY", last);
            (void)window_->grabWindow();  // a frame: polish and lay out what is now in view
        }
        return true;
    }

    // A cramp logged with the defaults, as from Today: "Log a cramp", then Save, and back on Today
    // once the page stack is still.
    bool logWithDefaults() const {
        const auto shownAndStill = [this](const char* name) {
            return QTest::qWaitFor([this, name] { return item(name) && visible(name) && idle(); });
        };
        return click("logButton") && shownAndStill("saveButton") && click("saveButton") && shownAndStill("logButton");
    }

    // Scrolls the Flickable `formName` so that `itemName` starts at the top of the view (16 px
    // below it), or as near as the content allows. False when either is missing.
    bool scrollTo(const char* formName, const char* itemName) const {
        auto* form = item(formName);
        auto* target = item(itemName);
        auto* content = form ? form->property("contentItem").value<QQuickItem*>() : nullptr;
        if (!target || !content) return false;
        (void)window_->grabWindow();  // a frame: the layout has settled
        const qreal top = target->mapToItem(content, QPointF(0, 0)).y() - 16;
        const qreal max = std::max<qreal>(0, form->property("contentHeight").toReal() - form->height());
        form->setProperty("contentY", std::clamp<qreal>(top, 0, max));
        (void)window_->grabWindow();
        return true;
    }

    // By objectName, in the QObject tree or else the visual tree (items a Repeater or a view
    // creates have no QObject parent), the first visible one first.
    QQuickItem* item(const char* objectName) const {
        if (!window_) return nullptr;
        if (auto* it = window_->findChild<QQuickItem*>(QLatin1String(objectName)); it && it->isVisible()) return it;
        if (auto* it = findVisual(window_->contentItem(), QLatin1String(objectName))) return it;
        return window_->findChild<QQuickItem*>(QLatin1String(objectName));
    }

    // True once the page stack has finished its transition (clicks during one land in the wrong place).
    bool idle() const {
        auto* stack = window_ ? window_->findChild<QObject*>(QStringLiteral("stack")) : nullptr;
        return stack && !stack->property("busy").toBool();
    }

    // A real mouse click in the middle of the item, as a finger would.
    bool click(const char* objectName) const {
        auto* it = item(objectName);
        if (!it || !it->isVisible()) return false;
        QPointF centre = it->mapToScene(QPointF(it->width() / 2, it->height() / 2));
        QTest::mouseClick(window_, Qt::LeftButton, {}, centre.toPoint());
        return true;
    }

private:
    static QQuickItem* findVisual(QQuickItem* root, QLatin1String name) {
        if (!root) return nullptr;
        if (root->objectName() == name && root->isVisible()) return root;
        for (auto* child : root->childItems())
            if (auto* found = findVisual(child, name)) return found;
        return nullptr;
    }

    std::unique_ptr<QQmlApplicationEngine> engine_;
    QQuickWindow* window_ = nullptr;
    QStringList warnings_;
};

}  // namespace cramp::test

// SPDX-License-Identifier: GPL-3.0-or-later
// The app shell: a page stack with the navigation beside it (desktop, a side bar) or under it
// (phone, a bottom bar). Pages are created when opened, so start-up pays only for Today.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import CrampDiary

ApplicationWindow {
    id: window
    width: 390
    height: 844
    visible: true
    title: qsTr("Cramp Diary")
    // Set before the first frame: no white flash at night.
    color: Theme.background

    readonly property bool wide: width >= 700
    property string currentPage: "today"
    readonly property bool logOpen: stack.depth > 1
    property bool undoShown: false

    // The navigation, in one place: a new page is one entry here and its file.
    readonly property var pages: [
        { name: "today", title: qsTr("Today"), url: "pages/TodayPage.qml" },
        { name: "history", title: qsTr("History"), url: "pages/HistoryPage.qml" },
        { name: "trends", title: qsTr("Trends"), url: "pages/TrendsPage.qml" },
        { name: "care", title: qsTr("Care"), url: "pages/CarePage.qml" },
        { name: "report", title: qsTr("Report"), url: "pages/ReportPage.qml" },
        { name: "settings", title: qsTr("Settings"), url: "pages/SettingsPage.qml" }
    ]

    function pageUrl(name: string): string {
        for (const p of window.pages) {
            if (p.name === name)
                return Qt.resolvedUrl(p.url)
        }
        return ""
    }

    // `page` is untyped: each page declares only the signals it needs.
    function connectPage(page): void {
        // Pages ask for the log page (new or editing an entry) through their own signals.
        if (page && page.logRequested)
            page.logRequested.connect(() => window.openLog(0, ""))
        if (page && page.logNightRequested)
            page.logNightRequested.connect(night => window.openLog(0, night))
        if (page && page.editRequested)
            page.editRequested.connect(id => window.openLog(id, ""))
        if (page && page.careLogRequested)
            page.careLogRequested.connect(night => window.openCareLog(night))
        if (page && page.backRequested)
            page.backRequested.connect(() => window.openPage("today"))
    }

    // `night` (YYYY-MM-DD, or empty): the night a new entry is logged for.
    function openLog(episodeId: int, night: string): void {
        const properties = night === "" ? { episodeId: episodeId } : { episodeId: episodeId, night: night }
        const page = stack.push(Qt.resolvedUrl("pages/LogPage.qml"), properties)
        page["done"].connect(() => stack.pop())
    }

    // The bedtime care log of `night` (YYYY-MM-DD, or "" for tonight), over the page it was asked from.
    function openCareLog(night: string): void {
        const page = stack.push(Qt.resolvedUrl("pages/CareLogPage.qml"), { night: night })
        page["done"].connect(() => stack.pop())
    }

    // Opens a page by name ("today", "history", "settings", "log" over Today, or "carelog": tonight's
    // bedtime care over Care): for the navigation, keyboard shortcuts, reminders and the screenshot tests.
    function openPage(name: string): void {
        const target = name === "log" ? "today" : name === "carelog" ? "care" : name
        const url = window.pageUrl(target)
        if (url === "")
            return
        if (target !== window.currentPage || stack.depth !== 1) {
            window.currentPage = target
            const page = stack.replace(null, url, {}, StackView.Immediate)
            window.connectPage(page)
            page.forceActiveFocus()
        }
        if (name === "log")
            window.openLog(0, "")
        if (name === "carelog")
            window.openCareLog("")
    }

    Component.onCompleted: {
        window.connectPage(stack.currentItem)
        Startup.watch(window)
    }

    Connections {
        target: Entries
        function onUndoChanged() {
            window.undoShown = Entries.canUndo
            if (Entries.canUndo)
                undoTimer.restart()
        }
    }
    Timer {
        id: undoTimer
        interval: 10000
        onTriggered: window.undoShown = false
    }

    // A diary closed while in use (a read met damage): Today says why and offers the latest backup.
    Connections {
        target: DiaryFile
        function onOpenedChanged() {
            if (!DiaryFile.isOpen && (window.currentPage !== "today" || stack.depth > 1))
                window.openPage("today")
        }
    }

    Shortcut {
        sequence: "Ctrl+N"
        onActivated: window.openPage("log")
    }

    Rectangle {
        id: sideBar
        objectName: "sideBar"
        visible: window.wide
        width: visible ? 220 : 0
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        color: Theme.surface
        Column {
            anchors.fill: parent
            anchors.margins: Theme.spacing
            spacing: 4
            Text {
                text: qsTr("Cramp Diary")
                color: Theme.text
                font.pixelSize: Theme.fontTitle
                font.bold: true
                height: Theme.touch + 16
                verticalAlignment: Text.AlignVCenter
                leftPadding: 16
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Repeater {
                // Only the navigation in use is created: start-up pays for five buttons, not ten,
                // and only after the first frame (the bar is there, its buttons a frame later).
                model: window.wide && Startup.firstFrameShown ? window.pages : []
                delegate: NavButton {
                    required property var modelData
                    objectName: "nav_" + modelData.name
                    width: parent ? parent.width : 200
                    text: modelData.title
                    current: window.currentPage === modelData.name
                    onClicked: window.openPage(modelData.name)
                }
            }
        }
    }

    StackView {
        id: stack
        objectName: "stack"
        anchors.left: sideBar.right
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.bottom: undoBar.visible ? undoBar.top : (bottomBar.visible ? bottomBar.top : parent.bottom)
        // Today is in the first frame, created with the window; every other page on demand.
        initialItem: todayComponent
        // The keyboard follows the page in view, from the moment it opens: Enter and Esc work on
        // Today at launch and on the log page before anything is clicked.
        onCurrentItemChanged: if (currentItem) currentItem.forceActiveFocus()
    }

    Component {
        id: todayComponent
        TodayPage {}
    }

    // "Saved · Undo" (or what else was written), created only while an undo is offered (from its file: Qt 6.4 cannot
    // create an inline component of this Bound file from a Loader).
    Loader {
        id: undoBar
        active: window.undoShown && Entries.canUndo
        visible: active
        height: active ? implicitHeight : 0
        anchors.left: sideBar.right
        anchors.right: parent.right
        anchors.bottom: bottomBar.visible ? bottomBar.top : parent.bottom
        source: "components/UndoBar.qml"
        onLoaded: undoBar.item.objectName = "undoBar"
    }
    Connections {
        target: undoBar.item
        ignoreUnknownSignals: true
        function onUndo() {
            Entries.undo()
            window.undoShown = false
        }
    }

    Rectangle {
        id: bottomBar
        objectName: "bottomBar"
        visible: !window.wide && !window.logOpen
        height: visible ? Theme.touch + 16 : 0
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        color: Theme.surface
        Row {
            anchors.fill: parent
            anchors.margins: 4
            Repeater {
                model: window.wide || !Startup.firstFrameShown ? [] : window.pages
                delegate: NavButton {
                    required property var modelData
                    objectName: "tab_" + modelData.name
                    vertical: true
                    width: bottomBar.width / window.pages.length - 2
                    height: Theme.touch + 8
                    text: modelData.title
                    current: window.currentPage === modelData.name
                    onClicked: window.openPage(modelData.name)
                }
            }
        }
    }
}

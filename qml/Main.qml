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
    color: Theme.background

    // Opens a page by name ("today", "log"): for keyboard shortcuts and for the screenshot tests.
    function openPage(name: string): void {
        stack.pop(null)
        if (name === "log")
            stack.push(logComponent)
    }

    StackView {
        id: stack
        objectName: "stack"
        anchors.fill: parent
        initialItem: todayComponent
    }

    Component {
        id: todayComponent
        TodayPage {
            onLogRequested: stack.push(logComponent)
        }
    }

    Component {
        id: logComponent
        LogPage {
            onDone: stack.pop()
        }
    }
}

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

    StackView {
        id: stack
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

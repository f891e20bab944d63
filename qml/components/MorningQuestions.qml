// SPDX-License-Identifier: GPL-3.0-or-later
// Today's morning questions (Morning, C++): the morning after a night whose cramps kept the log
// page's default answers, whether numbness stayed after the cramp and whether the toes dragged or
// stairs were hard. One tap answers a question for every cramp of that night, and it goes; which
// night and which questions is decided in C++ (app/service/morning_questions.hpp).
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import CrampDiary

Rectangle {
    id: card
    objectName: "morningQuestions"
    visible: Morning.askNumbness || Morning.askWeakness
    implicitHeight: visible ? column.implicitHeight + 2 * Theme.spacing : 0
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.outline
    Accessible.role: Accessible.Grouping
    Accessible.name: title.text

    ColumnLayout {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.spacing
        spacing: Theme.spacing / 2

        Text {
            id: title
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Theme.text
            font.pixelSize: Theme.fontBody
            font.bold: true
            text: qsTr("About last night (%1)").arg(Labels.tr.night(Morning.night))
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }

        Text {
            visible: Morning.askNumbness
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Theme.text
            font.pixelSize: Theme.fontBody
            text: qsTr("Did numbness stay after the cramp eased?")
        }
        Flow {
            objectName: "numbnessAnswers"
            visible: Morning.askNumbness
            Layout.fillWidth: true
            spacing: 8
            AccentButton {
                objectName: "numbnessYes"
                quiet: true
                text: qsTr("Yes")
                Accessible.name: qsTr("Numbness stayed: yes")
                onClicked: Morning.answerNumbness(true)
            }
            AccentButton {
                objectName: "numbnessNo"
                quiet: true
                text: qsTr("No")
                Accessible.name: qsTr("Numbness stayed: no")
                onClicked: Morning.answerNumbness(false)
            }
        }

        Text {
            visible: Morning.askWeakness
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Theme.text
            font.pixelSize: Theme.fontBody
            text: qsTr("Did your toes drag when walking, or were stairs hard?")
        }
        Flow {
            objectName: "weaknessAnswers"
            visible: Morning.askWeakness
            Layout.fillWidth: true
            spacing: 8
            Repeater {
                model: Labels.weakness
                delegate: AccentButton {
                    required property var modelData
                    objectName: "weakness_" + modelData.value
                    visible: Morning.weaknessAnswers.indexOf(modelData.value) >= 0
                    quiet: true
                    text: modelData.label
                    onClicked: Morning.answerWeakness([modelData.value])
                }
            }
            AccentButton {
                objectName: "weaknessNo"
                quiet: true
                text: qsTr("No")
                Accessible.name: qsTr("Weakness: no")
                onClicked: Morning.answerWeakness([])
            }
        }
    }
}

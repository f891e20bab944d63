// SPDX-License-Identifier: GPL-3.0-or-later
// "Show the doctor": the report's status box and warning signs over the whole window, in large text
// in the report's language, to be turned across the desk. Night-safe: the theme's own background and
// surfaces, no white sheet. Esc (or Back) closes it, as does its button. A sign reads without
// colour: its mark (● / ○) and its word, "present" or "not present".
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CrampDiary

Popup {
    id: view
    required property ReportModel report
    // For the tests: what the view shows.
    readonly property DoctorFigures figures: doctorFigures
    // Readable at arm's length: twice the body text for the figures, 1.5× for the words.
    readonly property int bigText: Math.round(Theme.fontBody * 1.5)
    readonly property int hugeText: Math.round(Theme.fontBody * 2)

    parent: Overlay.overlay
    x: 0
    y: 0
    width: parent ? parent.width : 390
    height: parent ? parent.height : 844
    modal: true
    focus: true
    padding: 0
    closePolicy: Popup.CloseOnEscape
    background: Rectangle { color: Theme.background }

    DoctorFigures {
        id: doctorFigures
        report: view.report
        active: view.visible
    }

    onOpened: closeButton.forceActiveFocus()

    FocusFlickable {
        id: flick
        objectName: "doctorFlick"
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.spacing
        clip: true
        Accessible.role: Accessible.Dialog
        Accessible.name: doctorFigures.title

        ColumnLayout {
            id: column
            x: Math.max(Theme.spacing, (flick.width - width) / 2)
            y: Theme.spacing
            width: Math.min(flick.width - 2 * Theme.spacing, 900)
            spacing: Theme.spacing

            RowLayout {
                Layout.fillWidth: true
                Text {
                    objectName: "doctorTitle"
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    text: doctorFigures.title
                    color: Theme.text
                    font.pixelSize: view.bigText
                    font.bold: true
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
                AccentButton {
                    id: closeButton
                    objectName: "doctorClose"
                    Layout.alignment: Qt.AlignTop
                    quiet: true
                    text: qsTr("Close")
                    onClicked: view.close()
                }
            }
            Text {
                objectName: "doctorPeriod"
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: doctorFigures.period
                color: Theme.textMuted
                font.pixelSize: view.bigText
            }

            // The status box.
            Rectangle {
                Layout.fillWidth: true
                implicitHeight: status.implicitHeight + 2 * Theme.spacing
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.outline
                ColumnLayout {
                    id: status
                    x: Theme.spacing
                    y: Theme.spacing
                    width: parent.width - 2 * Theme.spacing
                    spacing: Theme.spacing
                    Repeater {
                        model: doctorFigures.status
                        delegate: ColumnLayout {
                            id: line
                            required property int index
                            required property string label
                            required property string value
                            required property bool alert
                            objectName: "doctorStatus" + index
                            Layout.fillWidth: true
                            spacing: 0
                            Text {
                                Layout.fillWidth: true
                                wrapMode: Text.Wrap
                                text: line.label
                                color: Theme.textMuted
                                font.pixelSize: view.bigText
                            }
                            Text {
                                objectName: "value"
                                Layout.fillWidth: true
                                wrapMode: Text.Wrap
                                text: line.value
                                // Over a limit: bold and in the danger colour, never colour alone.
                                color: line.alert ? Theme.danger : Theme.text
                                font.pixelSize: view.hugeText
                                font.bold: line.alert
                            }
                        }
                    }
                }
            }

            Text {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                wrapMode: Text.Wrap
                text: doctorFigures.signsHeading
                color: Theme.text
                font.pixelSize: view.bigText
                font.bold: true
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Repeater {
                model: doctorFigures.signs
                delegate: Rectangle {
                    id: sign
                    required property int index
                    required property string label
                    required property string mark
                    required property string presence
                    required property bool present
                    required property string nights
                    required property string evidence
                    objectName: "doctorSign" + index
                    Layout.fillWidth: true
                    implicitHeight: signText.implicitHeight + 2 * Theme.spacing
                    radius: Theme.radius
                    color: sign.present ? Theme.surfaceRaised : Theme.surface
                    border.color: sign.present ? Theme.danger : Theme.outline
                    border.width: sign.present ? 2 : 1
                    Accessible.role: Accessible.StaticText
                    // The sign and its word; its nights and evidence are read as their own text.
                    Accessible.name: sign.label + ": " + sign.presence
                    RowLayout {
                        id: signText
                        x: Theme.spacing
                        y: Theme.spacing
                        width: parent.width - 2 * Theme.spacing
                        spacing: Theme.spacing
                        Text {
                            Layout.alignment: Qt.AlignTop
                            text: sign.mark
                            color: sign.present ? Theme.danger : Theme.textMuted
                            font.pixelSize: view.hugeText
                        }
                        ColumnLayout {
                            Layout.fillWidth: true
                            spacing: 2
                            Text {
                                Layout.fillWidth: true
                                wrapMode: Text.Wrap
                                text: sign.label
                                color: Theme.text
                                font.pixelSize: view.bigText
                                font.bold: true
                            }
                            Text {
                                objectName: "presence"
                                Layout.fillWidth: true
                                wrapMode: Text.Wrap
                                text: sign.presence
                                color: sign.present ? Theme.danger : Theme.textMuted
                                font.pixelSize: view.bigText
                                font.bold: sign.present
                            }
                            Text {
                                visible: sign.nights.length > 0
                                Layout.fillWidth: true
                                wrapMode: Text.Wrap
                                text: sign.nights
                                color: Theme.text
                                font.pixelSize: view.bigText
                            }
                            Text {
                                visible: sign.evidence.length > 0
                                Layout.fillWidth: true
                                wrapMode: Text.Wrap
                                text: sign.evidence
                                color: Theme.textMuted
                                font.pixelSize: view.bigText
                            }
                        }
                    }
                }
            }
        }
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
// Care: the everyday advice for night cramps, what to do during one and when to see a doctor
// (CareAdvice, C++), the way to tonight's bedtime care log, and the patient's own comparisons of
// nights with and without each care item (CareComparisons, C++), with their caution.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import CrampDiary

ThemedPage {
    id: page
    objectName: "carePage"
    signal backRequested()
    signal careLogRequested(string night)
    Keys.onEscapePressed: page.backRequested()
    Accessible.name: qsTr("Care")
    // Room for the advice and the comparisons side by side.
    readonly property bool wide: width >= 1000

    CareComparisons {
        id: comparisons
    }

    FocusFlickable {
        id: flick
        objectName: "careForm"
        anchors.fill: parent
        contentHeight: column.implicitHeight + 32
        clip: true

        ColumnLayout {
            id: column
            x: 16
            y: 16
            width: Math.min(flick.width - 32, page.wide ? 1200 : 720)
            spacing: Theme.spacing

            Heading {
                text: qsTr("Care")
            }
            AccentButton {
                objectName: "careLogTonight"
                // Large text wraps inside the button rather than running off the page.
                Layout.maximumWidth: column.width
                enabled: DiaryFile.isOpen
                text: qsTr("Log tonight's care")
                onClicked: page.careLogRequested("")
            }

            // The advice and the comparisons side by side on a wide window, one under the other on a phone.
            // (Explicit widths: wrapped text in a two-column layout would be measured at the wrong width.)
            Item {
                Layout.fillWidth: true
                implicitHeight: page.wide ? Math.max(advice.implicitHeight, compared.implicitHeight)
                                          : advice.implicitHeight + Theme.spacing + compared.implicitHeight
                ColumnLayout {
                    id: advice
                    width: page.wide ? (parent.width - 24) / 2 : parent.width
                    spacing: Theme.spacing
                    Repeater {
                        model: CareAdvice.sections
                        delegate: Rectangle {
                            id: section
                            required property var modelData
                            objectName: "careAdvice"
                            Layout.fillWidth: true
                            implicitHeight: lines.implicitHeight + 2 * Theme.spacing
                            radius: Theme.radius
                            color: Theme.surface
                            ColumnLayout {
                                id: lines
                                x: Theme.spacing
                                y: Theme.spacing
                                width: parent.width - 2 * Theme.spacing
                                spacing: 6
                                Heading {
                                    section: true
                                    text: section.modelData.title
                                }
                                Repeater {
                                    model: section.modelData.lines
                                    delegate: Text {
                                        required property string modelData
                                        Layout.fillWidth: true
                                        wrapMode: Text.Wrap
                                        color: Theme.text
                                        font.pixelSize: Theme.fontBody
                                        leftPadding: bullet.implicitWidth + 6
                                        text: modelData
                                        // The bullet hangs in the left padding, the wrapped lines align.
                                        Text {
                                            id: bullet
                                            text: "•"
                                            color: Theme.textMuted
                                            font.pixelSize: Theme.fontBody
                                        }
                                    }
                                }
                            }
                        }
                    }

                }
                ColumnLayout {
                    id: compared
                    x: page.wide ? advice.width + 24 : 0
                    y: page.wide ? 0 : advice.implicitHeight + Theme.spacing
                    width: advice.width
                    spacing: Theme.spacing
                    Heading {
                        objectName: "comparisonsTitle"
                        section: true
                        Layout.topMargin: page.wide ? 0 : Theme.spacing
                        text: qsTr("Your nights compared")
                    }
                    Text {
                        objectName: "comparisonsPeriod"
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        color: Theme.text
                        font.pixelSize: Theme.fontSmall
                        text: comparisons.from === ""
                              ? qsTr("No nights recorded yet.")
                              : qsTr("Cramps a night on the nights from %1 to last night (%2) that are recorded and have a bedtime care record, with the item and without it. Each side needs %3 nights.")
                                .arg(Language.longDate(comparisons.from)).arg(Language.longDate(comparisons.to)).arg(comparisons.minimumNights)
                    }
                    Repeater {
                        model: comparisons
                        delegate: ColumnLayout {
                            id: row
                            required property string label
                            required property string text
                            required property bool shown
                            objectName: "comparison"
                            Layout.fillWidth: true
                            spacing: 2
                            Text {
                                Layout.fillWidth: true
                                wrapMode: Text.Wrap
                                color: Theme.text
                                font.pixelSize: Theme.fontBody
                                font.bold: true
                                text: row.label
                            }
                            Text {
                                Layout.fillWidth: true
                                wrapMode: Text.Wrap
                                color: row.shown ? Theme.text : Theme.textMuted
                                font.pixelSize: Theme.fontSmall
                                text: row.text
                            }
                        }
                    }
                    Text {
                        objectName: "comparisonsCaution"
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                        text: qsTr("An association in your own diary, not proof of cause.")
                    }
                    Text {
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                        text: qsTr("The diary records and summarises what you logged. It is not a diagnosis and no basis for treatment.")
                    }
                }
            }
        }
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
// The bedtime care log of one night (tonight unless `night` says otherwise): one tap per item, in two
// groups (before bed, and what the day was like), saved as the night's one record; "None of these"
// saves an empty record in one tap, and a saved record can be cleared. A night still to come offers
// nothing. The record, the rule and the words are CareLog's (C++).
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CrampDiary

ThemedPage {
    id: page
    objectName: "careLogPage"
    signal done()
    // YYYY-MM-DD, or "" for tonight.
    property string night: ""
    readonly property CareLog care: careLog

    Accessible.name: qsTr("Bedtime care")
    Keys.onEscapePressed: page.done()

    CareLog {
        id: careLog
        night: page.night
    }

    header: ThemedToolBar {
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 4
            anchors.rightMargin: 8
            RowButton {
                objectName: "careBack"
                text: qsTr("Back")
                font.pixelSize: Theme.fontBody
                Accessible.name: text
                onClicked: page.done()
            }
            Heading {
                text: qsTr("Bedtime care")
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
                Layout.fillHeight: true
                // With large text the title shrinks to fit the bar before it is cut.
                wrapMode: Text.NoWrap
                fontSizeMode: Text.HorizontalFit
                minimumPixelSize: Theme.fontBody
                elide: Text.ElideRight
            }
        }
    }

    FocusFlickable {
        id: flick
        objectName: "careLogForm"
        anchors.fill: parent
        contentHeight: form.implicitHeight + 32
        clip: true

        ColumnLayout {
            id: form
            x: 16
            y: 16
            width: Math.min(flick.width - 32, 720)
            spacing: Theme.spacing

            Heading {
                objectName: "careNight"
                section: true
                text: careLog.shownNight === careLog.tonight ? qsTr("Tonight, %1").arg(Labels.tr.night(careLog.shownNight))
                                                             : Labels.tr.night(careLog.shownNight)
            }
            Text {
                objectName: "careStatus"
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: careLog.canLog ? Theme.textMuted : Theme.warning
                font.pixelSize: Theme.fontSmall
                text: !careLog.canLog ? qsTr("This night is still to come: care can be logged for tonight or a past night.")
                      : careLog.recorded ? qsTr("Recorded: %1").arg(careLog.summary)
                      : qsTr("Not recorded yet. Tap what you did before bed and what the day was like, then save.")
            }
            Text {
                visible: DiaryFile.lastError.length > 0
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Theme.danger
                font.pixelSize: Theme.fontSmall
                text: DiaryFile.lastError
            }

            ColumnLayout {
                objectName: "careChoices"
                visible: careLog.canLog
                Layout.fillWidth: true
                spacing: Theme.spacing

                SectionLabel { text: qsTr("Before bed") }
                ChoiceChips {
                    id: beforeBed
                    objectName: "careBeforeBed"
                    Layout.fillWidth: true
                    multiple: true
                    accessibleGroup: qsTr("Before bed")
                    options: Labels.careBeforeBed
                    values: careLog.selected
                    onActivated: value => careLog.toggle(value)
                }
                SectionLabel { text: qsTr("The day") }
                ChoiceChips {
                    id: theDay
                    objectName: "careTheDay"
                    Layout.fillWidth: true
                    multiple: true
                    accessibleGroup: qsTr("The day")
                    options: Labels.careTheDay
                    values: careLog.selected
                    onActivated: value => careLog.toggle(value)
                }
                // A tap replaces the chips' list; the record read again (another night, a save) comes back here.
                Connections {
                    target: careLog
                    function onSelectedChanged() {
                        beforeBed.values = careLog.selected
                        theDay.values = careLog.selected
                    }
                }

                PrimaryButton {
                    objectName: "careSave"
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.touch + 8
                    enabled: careLog.selected.length > 0
                    text: qsTr("Save")
                    font.pixelSize: Theme.fontBody
                    onClicked: if (careLog.save()) page.done()
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: 8
                    AccentButton {
                        objectName: "careNone"
                        quiet: true
                        text: qsTr("None of these")
                        Accessible.name: qsTr("Save: none of these")
                        onClicked: if (careLog.saveNone()) page.done()
                    }
                    AccentButton {
                        objectName: "careClear"
                        visible: careLog.recorded
                        quiet: true
                        plain: true
                        text: qsTr("Clear the record")
                        onClicked: careLog.clear()
                    }
                }
            }
        }
    }
}

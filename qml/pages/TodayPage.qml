// SPDX-License-Identifier: GPL-3.0-or-later
// Where the app opens: the one-tap cramp-free check-in, where the last 7 nights stand, the latest
// entries, and the big "Log a cramp" button low on the screen, where a thumb reaches it.
// The window's first frame has what a patient needs at once: the check-in (or that last night is
// recorded), the count of the last 7 nights with its gauge, and "Log a cramp". The rest of the
// summary and the latest entries are created right after that frame (Startup.firstFrameShown).
import QtQuick
import QtQuick.Layouts
import CrampDiary

ThemedPage {
    id: page
    signal logRequested()
    signal editRequested(int episodeId)
    signal careLogRequested(string night)
    Accessible.name: qsTr("Today")
    // Enter starts a log wherever the focus is on the page (Ctrl+N does it from anywhere).
    Keys.onReturnPressed: page.logRequested()
    Keys.onEnterPressed: page.logRequested()

    // Also for a page shown in a window other than Main.qml's (the Quick Tests').
    Component.onCompleted: Startup.watch(page.Window.window)

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 16
        spacing: Theme.spacing

        Heading {
            text: qsTr("Today")
        }

        // Everything between the title and "Log a cramp" scrolls when it does not fit (several
        // warning signs at twice the font size); the button stays where the thumb expects it.
        Flickable {
            id: todayScroll
            objectName: "todayForm"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            contentWidth: width
            contentHeight: todayColumn.implicitHeight
            boundsBehavior: Flickable.StopAtBounds

            // Where the view is, when there is more: a plain bar, as the Controls ScrollIndicator
            // would cost the first frame 13 M instructions (loading its style).
            Rectangle {
                parent: todayScroll
                visible: todayScroll.contentHeight > todayScroll.height + 1
                x: todayScroll.width - width
                y: todayScroll.visibleArea.yPosition * todayScroll.height
                width: 3
                height: todayScroll.visibleArea.heightRatio * todayScroll.height
                radius: 1.5
                color: Theme.textMuted
                opacity: 0.7
            }

            ColumnLayout {
                id: todayColumn
                // Room for the bar when the page scrolls.
                width: todayScroll.width - (todayScroll.contentHeight > todayScroll.height + 1 ? 8 : 0)
                spacing: Theme.spacing

                // Only when the diary could not be opened (never overwritten): the reason, and the newest
                // daily backup offered. Loaded only then, so a normal start does not pay for it.
                Loader {
                    id: openErrorLoader
                    active: !DiaryFile.isOpen
                    visible: active
                    Layout.fillWidth: true
                    sourceComponent: ColumnLayout {
                        id: errorScreen
                        signal restoreAsked()
                        spacing: Theme.spacing
                        Text {
                            objectName: "openErrorText"
                            Layout.fillWidth: true
                            wrapMode: Text.Wrap
                            color: Theme.danger
                            font.pixelSize: Theme.fontBody
                            text: qsTr("The diary could not be opened: %1").arg(DiaryFile.openError)
                        }
                        AccentButton {
                            objectName: "restoreLatestButton"
                            visible: Backups.latestBackup.length > 0
                            Layout.fillWidth: true
                            quiet: true
                            text: qsTr("Restore the latest backup (%1); the damaged file is kept").arg(Backups.latestBackup)
                            onClicked: errorScreen.restoreAsked()
                        }
                    }
                }

                AccentButton {
                    objectName: "checkInButton"
                    visible: DiaryFile.isOpen && !Entries.lastNightRecorded
                    Layout.fillWidth: true
                    implicitHeight: Theme.touch + 8
                    quiet: true
                    plain: true
                    text: qsTr("No cramps last night")
                    Accessible.name: text
                    Accessible.description: Labels.tr.night(Entries.lastNight)
                    onClicked: Entries.checkInLastNight()
                    Keys.onReturnPressed: Entries.checkInLastNight()
                }
                Text {
                    objectName: "lastNightRecorded"
                    visible: DiaryFile.isOpen && Entries.lastNightRecorded
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                    text: qsTr("Last night (%1) is recorded.").arg(Labels.tr.night(Entries.lastNight))
                }

                // The morning questions about last night's cramps, after the first frame (as below).
                Loader {
                    objectName: "morningLoader"
                    Layout.fillWidth: true
                    source: Startup.firstFrameShown && DiaryFile.isOpen ? "../components/MorningQuestions.qml" : ""
                }

                // Tonight's care, in the evening only (CareLog's hour rule), after the first frame.
                Loader {
                    id: tonightCare
                    objectName: "tonightCareLoader"
                    // No gap in the page while the card is hidden (outside the evening).
                    visible: item !== null && (item as TonightCare).shown
                    Layout.fillWidth: true
                    source: Startup.firstFrameShown && DiaryFile.isOpen ? "../components/TonightCare.qml" : ""
                }
                Connections {
                    target: tonightCare.item
                    ignoreUnknownSignals: true
                    function onCareRequested(night: string) {
                        page.careLogRequested(night)
                    }
                }

                TodaySummaryCard {
                    objectName: "todaySummary"
                    visible: DiaryFile.isOpen
                    Layout.fillWidth: true
                    summary: Entries.today
                    details: Startup.firstFrameShown
                }

                // The latest entries, after the first frame (from their file, so that start-up does not
                // load their types either).
                Loader {
                    id: latestEntries
                    objectName: "latestEntries"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    source: Startup.firstFrameShown ? "../components/LatestEntries.qml" : ""
                }
                // A tapped entry opens for editing.
                Connections {
                    target: latestEntries.item
                    ignoreUnknownSignals: true
                    function onEditRequested(episodeId: int) {
                        page.editRequested(episodeId)
                    }
                }
            }
        }

        PrimaryButton {
            objectName: "logButton"
            Layout.fillWidth: true
            Layout.preferredHeight: 96
            enabled: DiaryFile.isOpen
            text: qsTr("Log a cramp")
            font.pixelSize: Theme.fontHuge
            focus: true
            onClicked: page.logRequested()
            Keys.onReturnPressed: page.logRequested()
            Keys.onEnterPressed: page.logRequested()
        }
    }

    // Restoring the latest backup from the "could not be opened" screen, as Settings does (the
    // question with both summaries, then what happened with an undo); created only when asked, and
    // kept while its dialogs are open (the screen it was asked from goes once the diary opens).
    Loader {
        id: todayRestore
    }
    Connections {
        target: openErrorLoader.item
        ignoreUnknownSignals: true
        function onRestoreAsked() {
            todayRestore.setSource("../components/RestoreFlow.qml", {
                file: String(Backups.backupFolder) + "/" + Backups.latestBackup, openAtOnce: true
            })
        }
    }
}

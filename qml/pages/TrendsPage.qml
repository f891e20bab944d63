// SPDX-License-Identifier: GPL-3.0-or-later
// How the cramps went over weeks: the weekly chart with the threshold line (drawn in C++, the same
// drawing as the doctor report), the calendar of nights (tap one to see and change its records),
// and the warning signs in plain words.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CrampDiary

ThemedPage {
    id: page
    signal backRequested()
    // "Log a cramp" for a night of the calendar, and an entry of a night tapped to edit it.
    signal logNightRequested(string night)
    signal editRequested(int episodeId)
    // The bedtime care log of a night of the calendar.
    signal careLogRequested(string night)
    Keys.onEscapePressed: page.backRequested()
    Accessible.name: qsTr("Trends")

    TrendsModel {
        id: trends
    }
    NightCalendar {
        id: nights
        language: Language.current
    }

    Flickable {
        objectName: "trendsForm"
        anchors.fill: parent
        contentHeight: column.implicitHeight + 32
        clip: true

        ColumnLayout {
            id: column
            x: 16
            y: 16
            width: parent.width - 32
            spacing: Theme.spacing

            Heading {
                text: qsTr("Trends")
            }

            ChoiceChips {
                objectName: "weeksChips"
                Layout.fillWidth: true
                accessibleGroup: qsTr("Weeks shown")
                options: [{ value: "12", label: qsTr("12 weeks") }, { value: "26", label: qsTr("26 weeks") },
                          { value: "52", label: qsTr("52 weeks") }]
                value: String(trends.weeksShown)
                onActivated: (v) => trends.weeksShown = Number(v)
            }

            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                text: qsTr("Cramps per calendar week: %1 in %2 weeks; %3 weeks at or over your threshold of %4.")
                      .arg(trends.episodes).arg(trends.weeksShown).arg(trends.weeksOver).arg(trends.threshold)
            }

            WeekChart {
                objectName: "weekChart"
                Layout.fillWidth: true
                // The plot keeps its height as the text grows, and as medicines' marks and key come.
                Layout.preferredHeight: 150 + 6 * Theme.fontSmall + (trends.medicineKey.length > 0 ? 3 * Theme.fontSmall : 0)
                weeks: trends.weeks
                medicineKey: trends.medicineKey
                threshold: trends.threshold
                thresholdLabel: qsTr("threshold %1").arg(trends.threshold)
                barColor: Theme.accent
                overColor: Theme.danger
                textColor: Theme.textMuted
                axisColor: Theme.outline
                paperColor: Theme.background
                legendOver: qsTr("at or over your threshold")
                legendPartial: qsTr("this week so far")
                legendStart: qsTr("medicine started")
                legendStop: qsTr("medicine stopped")
                fontPixelSize: Theme.fontSmall - 2
                Accessible.role: Accessible.Chart
                Accessible.name: qsTr("Weekly cramps chart: %1 cramps in %2 weeks, %3 weeks at or over the threshold")
                                 .arg(trends.episodes).arg(trends.weeksShown).arg(trends.weeksOver)
            }

            Heading {
                text: qsTr("Nights")
                section: true
            }
            Text {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                text: qsTr("Tap a night to see its entries, log a cramp for it, or record it as cramp-free.")
            }
            // The calendar and the tapped night: side by side on a wide window, one under the other on a phone.
            GridLayout {
                Layout.fillWidth: true
                columns: page.width >= 760 ? 2 : 1
                columnSpacing: 24
                rowSpacing: Theme.spacing
                NightCalendarView {
                    id: calendarView
                    objectName: "nightCalendar"
                    Layout.alignment: Qt.AlignTop
                    Layout.fillWidth: true
                    Layout.maximumWidth: 480
                    Layout.preferredWidth: 480
                    calendar: nights
                }
                NightPanel {
                    objectName: "nightPanel"
                    visible: shown
                    Layout.alignment: Qt.AlignTop
                    Layout.fillWidth: true
                    calendar: nights
                    onLogNightRequested: night => page.logNightRequested(night)
                    onEditRequested: episodeId => page.editRequested(episodeId)
                    onCareRequested: night => page.careLogRequested(night)
                }
            }
            Flow {
                id: legend
                Layout.fillWidth: true
                spacing: 12
                Repeater {
                    model: [{ mark: "2", label: qsTr("cramps that night") },
                            { mark: "✓", label: qsTr("no cramps (recorded)") },
                            { mark: "", label: qsTr("not recorded") },
                            { mark: "▲", label: qsTr("the last 7 nights reached the threshold") }]
                    delegate: Row {
                        id: legendItem
                        required property var modelData
                        spacing: 6
                        Rectangle {
                            id: legendMark
                            width: Theme.fontSmall + 8
                            height: Theme.fontSmall + 8
                            radius: 4
                            color: "transparent"
                            border.color: legendItem.modelData.mark === "▲" ? Theme.danger : Theme.outline
                            border.width: 1
                            Text {
                                anchors.centerIn: parent
                                text: legendItem.modelData.mark
                                color: legendItem.modelData.mark === "▲" ? Theme.danger : Theme.text
                                font.pixelSize: Theme.fontSmall - 2
                                font.bold: true
                            }
                        }
                        Text {
                            anchors.verticalCenter: parent.verticalCenter
                            width: Math.min(implicitWidth, legend.width - legendMark.width - legendItem.spacing)
                            wrapMode: Text.Wrap
                            text: legendItem.modelData.label
                            color: Theme.textMuted
                            font.pixelSize: Theme.fontSmall
                        }
                    }
                }
            }

            Heading {
                text: qsTr("Warning signs in the last 28 nights")
                section: true
            }
            Label {
                visible: !Entries.today.hasSignals
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Theme.textMuted
                font.pixelSize: Theme.fontBody
                text: qsTr("No warning signs in the last 28 nights.")
            }
            Repeater {
                model: Entries.today.activeSignals
                delegate: Rectangle {
                    id: signalBox
                    required property var modelData
                    Layout.fillWidth: true
                    implicitHeight: signalText.implicitHeight + 20
                    radius: Theme.radius
                    color: Theme.surface
                    ColumnLayout {
                        id: signalText
                        x: 10
                        y: 10
                        width: parent.width - 20
                        spacing: 4
                        Text {
                            Layout.fillWidth: true
                            wrapMode: Text.Wrap
                            text: signalBox.modelData.title
                            color: Theme.warning
                            font.pixelSize: Theme.fontBody
                            font.bold: true
                        }
                        Text {
                            Layout.fillWidth: true
                            wrapMode: Text.Wrap
                            text: signalBox.modelData.evidence
                            color: Theme.text
                            font.pixelSize: Theme.fontSmall
                        }
                        Text {
                            Layout.fillWidth: true
                            wrapMode: Text.Wrap
                            color: Theme.textMuted
                            font.pixelSize: Theme.fontSmall
                            text: signalBox.modelData.kind === "weekly_threshold" || signalBox.modelData.kind === "multi_night"
                                  || signalBox.modelData.kind === "escalation"
                                  ? qsTr("Frequent or increasing cramps can have nerve, blood-vessel or metabolic causes (for example diabetes, a lumbar disc, or the leg's arteries or veins).")
                                  : signalBox.modelData.kind === "numbness_weakness"
                                    ? qsTr("Numbness that stays, weakness (toes dragging, trouble with stairs) or pain running down the leg can come from the nerves or the lower back.")
                                    : qsTr("Cramps started by bending, coughing or long sitting or standing help a doctor tell a lower-back cause from a blood-vessel one.")
                        }
                    }
                }
            }
            Text {
                visible: Entries.today.hasSignals
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: Entries.today.advice
                color: Theme.text
                font.pixelSize: Theme.fontBody
            }
            Text {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: Entries.today.note
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
            }
        }
    }
}

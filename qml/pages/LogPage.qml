// Logging one cramp on a single screen. Every field has a sensible default (now, the site and side
// used last time), so "Save" is the only tap needed after "Log a cramp".
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CrampDiary

Page {
    id: page
    signal done()

    property int minutesAgo: 0
    property string site: Diary.defaultSite
    property string side: Diary.defaultSide
    property int durationS: 60
    property int intensity: 5
    property string posture: "lying"
    property string numbness: "none"
    property var weakness: []
    property string note: ""

    function save(): void {
        const ok = Diary.logEpisode({
            minutesAgo: page.minutesAgo, site: page.site, side: page.side, durationS: page.durationS,
            intensity: page.intensity, posture: page.posture, numbness: page.numbness,
            weakness: page.weakness, note: page.note
        })
        if (ok)
            page.done()
    }

    background: Rectangle { color: Theme.background }
    Keys.onEscapePressed: page.done()

    header: ToolBar {
        background: Rectangle { color: Theme.surface }
        RowLayout {
            anchors.fill: parent
            ToolButton {
                id: cancelButton
                text: qsTr("Cancel")
                Accessible.name: text
                implicitHeight: Theme.touch
                onClicked: page.done()
                contentItem: Text { text: cancelButton.text; color: Theme.text; font.pixelSize: Theme.fontBody; verticalAlignment: Text.AlignVCenter }
            }
            Label {
                text: qsTr("Log a cramp")
                color: Theme.text
                font.pixelSize: Theme.fontTitle
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
            }
            Button {
                id: saveButton
                objectName: "saveButton"
                text: qsTr("Save")
                Accessible.name: text
                implicitHeight: Theme.touch
                implicitWidth: 96
                font.pixelSize: Theme.fontBody
                font.bold: true
                background: Rectangle { radius: Theme.touch / 2; color: Theme.accent }
                contentItem: Text { text: saveButton.text; font: saveButton.font; color: Theme.onAccent; horizontalAlignment: Text.AlignHCenter; verticalAlignment: Text.AlignVCenter }
                onClicked: page.save()
            }
        }
    }

    Flickable {
        objectName: "logForm"
        anchors.fill: parent
        contentHeight: form.implicitHeight + 32
        clip: true

        ColumnLayout {
            id: form
            x: 16
            y: 16
            width: parent.width - 32
            spacing: Theme.spacing

            Label { text: qsTr("When"); color: Theme.textMuted; font.pixelSize: Theme.fontSmall }
            ChoiceChips {
                objectName: "onsetChips"
                Layout.fillWidth: true
                accessibleGroup: qsTr("When")
                options: [{ value: "0", label: qsTr("Now") }, { value: "15", label: qsTr("15 min ago") },
                          { value: "60", label: qsTr("1 h ago") }]
                value: String(page.minutesAgo)
                onActivated: (v) => page.minutesAgo = Number(v)
            }

            Label { text: qsTr("Where"); color: Theme.textMuted; font.pixelSize: Theme.fontSmall }
            ChoiceChips {
                objectName: "siteChips"
                Layout.fillWidth: true
                accessibleGroup: qsTr("Where")
                options: [{ value: "calf", label: qsTr("Calf") }, { value: "foot", label: qsTr("Foot") },
                          { value: "thigh_back", label: qsTr("Back of thigh") }, { value: "thigh_front", label: qsTr("Front of thigh") },
                          { value: "thigh_side", label: qsTr("Side of thigh") }, { value: "other", label: qsTr("Other") }]
                value: page.site
                onActivated: (v) => page.site = v
            }
            ChoiceChips {
                objectName: "sideChips"
                Layout.fillWidth: true
                accessibleGroup: qsTr("Side")
                options: [{ value: "left", label: qsTr("Left") }, { value: "right", label: qsTr("Right") },
                          { value: "both", label: qsTr("Both") }]
                value: page.side
                onActivated: (v) => page.side = v
            }

            Label { text: qsTr("How long"); color: Theme.textMuted; font.pixelSize: Theme.fontSmall }
            ChoiceChips {
                objectName: "durationChips"
                Layout.fillWidth: true
                accessibleGroup: qsTr("How long")
                options: [{ value: "20", label: qsTr("Under 30 s") }, { value: "60", label: qsTr("About 1 min") },
                          { value: "120", label: qsTr("About 2 min") }, { value: "300", label: qsTr("5 min or more") }]
                value: String(page.durationS)
                onActivated: (v) => page.durationS = Number(v)
            }

            Label { text: qsTr("How strong: %1 of 10").arg(page.intensity); color: Theme.textMuted; font.pixelSize: Theme.fontSmall }
            Slider {
                objectName: "intensitySlider"
                Layout.fillWidth: true
                implicitHeight: Theme.touch
                from: 0
                to: 10
                stepSize: 1
                snapMode: Slider.SnapAlways
                value: page.intensity
                Accessible.name: qsTr("Intensity")
                onMoved: page.intensity = value
            }

            Label { text: qsTr("What you were doing"); color: Theme.textMuted; font.pixelSize: Theme.fontSmall }
            ChoiceChips {
                objectName: "postureChips"
                Layout.fillWidth: true
                accessibleGroup: qsTr("What you were doing")
                options: [{ value: "lying", label: qsTr("Lying in bed") }, { value: "stretching", label: qsTr("Stretching") },
                          { value: "bending", label: qsTr("Bending") }, { value: "cough_sneeze", label: qsTr("Coughing or sneezing") },
                          { value: "long_sitting", label: qsTr("After long sitting") }, { value: "long_standing", label: qsTr("After long standing") },
                          { value: "exercise", label: qsTr("Exercise") }, { value: "walking", label: qsTr("Walking") },
                          { value: "other", label: qsTr("Other") }]
                value: page.posture
                onActivated: (v) => page.posture = v
            }

            Label { text: qsTr("Numbness"); color: Theme.textMuted; font.pixelSize: Theme.fontSmall }
            ChoiceChips {
                objectName: "numbnessChips"
                Layout.fillWidth: true
                accessibleGroup: qsTr("Numbness")
                options: [{ value: "none", label: qsTr("None") }, { value: "during", label: qsTr("During the cramp") },
                          { value: "persisted", label: qsTr("Still numb after") }]
                value: page.numbness
                onActivated: (v) => page.numbness = v
            }

            Label { text: qsTr("Weakness"); color: Theme.textMuted; font.pixelSize: Theme.fontSmall }
            ChoiceChips {
                objectName: "weaknessChips"
                Layout.fillWidth: true
                multiple: true
                accessibleGroup: qsTr("Weakness")
                options: [{ value: "foot_drop", label: qsTr("Toes drag when walking") }, { value: "stairs", label: qsTr("Trouble with stairs") },
                          { value: "other", label: qsTr("Other weakness") }]
                values: page.weakness
                onActivated: page.weakness = values
            }

            TextField {
                objectName: "noteField"
                Layout.fillWidth: true
                implicitHeight: Theme.touch
                placeholderText: qsTr("Note (optional)")
                Accessible.name: qsTr("Note")
                text: page.note
                onTextEdited: page.note = text
                onAccepted: page.save()
            }
        }
    }
}

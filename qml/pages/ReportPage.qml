// The doctor's report on screen: the period and the report's language, the pages exactly as the
// PDF has them (painted by the same C++ code), and saving the PDF.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import CrampDiary

ThemedPage {
    id: reportPage
    signal backRequested()
    Keys.onEscapePressed: reportPage.backRequested()
    Accessible.name: qsTr("Report for the doctor")

    // For the tests and the screenshots: the report behind the page.
    property alias report: reportModel

    ReportModel {
        id: reportModel
        // The report's language follows the app's until the patient picks one for the report.
        language: Language.current
    }

    ThemedFileDialog {
        id: saveDialog
        objectName: "saveDialog"
        title: qsTr("Save the report as PDF")
        fileMode: ThemedFileDialog.SaveFile
        defaultSuffix: "pdf"
        nameFilters: [qsTr("PDF files (*.pdf)")]
        currentFile: reportModel.suggestedFile
        onAccepted: reportModel.savePdf(selectedFile)
    }

    // The controls, then the pages; a page is painted only while it is on screen, so a year's
    // report (dozens of pages) costs no more to show than its first two.
    Flickable {
        id: pages
        objectName: "reportPages"
        anchors.fill: parent
        contentHeight: column.implicitHeight + 16
        clip: true

        Column {
            id: column
            x: 16
            width: Math.min(pages.width - 32, 800)
            spacing: 16

            ReportControls {
                width: parent.width
                report: reportModel
                onSaveRequested: saveDialog.open()
            }
            Repeater {
                model: reportModel.pageCount
                delegate: ReportSheet {
                    width: column.width
                    report: reportModel
                    shown: y + height > pages.contentY && y < pages.contentY + pages.height
                }
            }
        }
    }
}

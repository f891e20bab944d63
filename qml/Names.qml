// How the diary's field values (the stable names storage and CSV use) read on screen.
pragma Singleton
import QtQuick
import CrampDiary

QtObject {
    // Dates and durations in the chosen language. Reading Language.current here makes every
    // binding that calls these re-run when the language changes (a call into C++ alone does not).
    function night(isoDate: string): string {
        return Language.current.length > 0 ? Language.nightLabel(isoDate) : isoDate
    }
    function duration(seconds: int): string {
        return Language.current.length > 0 ? Language.duration(seconds) : String(seconds)
    }

    function site(v: string): string {
        switch (v) {
        case "calf": return qsTr("Calf")
        case "foot": return qsTr("Foot")
        case "thigh_back": return qsTr("Back of thigh")
        case "thigh_front": return qsTr("Front of thigh")
        case "thigh_side": return qsTr("Side of thigh")
        default: return qsTr("Other")
        }
    }
    function side(v: string): string {
        switch (v) {
        case "left": return qsTr("Left")
        case "right": return qsTr("Right")
        default: return qsTr("Both sides")
        }
    }
    // "Left calf", "Calf, both sides"
    function place(siteValue: string, sideValue: string): string {
        const name = site(siteValue)
        switch (sideValue) {
        case "left": return qsTr("Left %1").arg(name.toLowerCase())
        case "right": return qsTr("Right %1").arg(name.toLowerCase())
        default: return qsTr("%1, both sides").arg(name)
        }
    }
    function posture(v: string): string {
        switch (v) {
        case "lying": return qsTr("Lying in bed")
        case "stretching": return qsTr("Stretching")
        case "bending": return qsTr("Bending")
        case "cough_sneeze": return qsTr("Coughing or sneezing")
        case "long_sitting": return qsTr("After long sitting")
        case "long_standing": return qsTr("After long standing")
        case "exercise": return qsTr("Exercise")
        case "walking": return qsTr("Walking")
        default: return qsTr("Other")
        }
    }
    function riskFactor(v: string): string {
        switch (v) {
        case "age_40_plus": return qsTr("Age 40 or over")
        case "diabetes": return qsTr("Diabetes")
        case "lumbar_disc_herniation": return qsTr("Lumbar disc herniation")
        case "lumbar_canal_stenosis": return qsTr("Lumbar spinal canal stenosis")
        case "varicose_veins": return qsTr("Varicose veins")
        case "arterial_disease": return qsTr("Arterial disease of the legs")
        case "pregnancy": return qsTr("Pregnancy")
        case "kidney_disease": return qsTr("Kidney disease")
        default: return v
        }
    }
}

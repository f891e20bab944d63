// SPDX-License-Identifier: GPL-3.0-or-later
// The Chinese translation is complete for the sources as they are now (lupdate is run on a copy of
// the .ts file first, so a new string without a translation fails), and no QML file shows the user
// a string that bypasses qsTr().
#include "run_process.hpp"
#include "tempdir.hpp"

#include <catch2/catch.hpp>

#include <cctype>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

namespace fs = std::filesystem;

namespace {

std::string read_file(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// Source texts of messages whose translation is unfinished or empty.
std::vector<std::string> untranslated(const std::string& ts) {
    std::vector<std::string> out;
    static const std::regex message(R"(<message( numerus="yes")?>\s*<source>([\s\S]*?)</source>[\s\S]*?</message>)");
    for (auto it = std::sregex_iterator(ts.begin(), ts.end(), message); it != std::sregex_iterator(); ++it) {
        const std::string m = it->str();
        bool unfinished = m.find("type=\"unfinished\"") != std::string::npos || m.find("type=\"vanished\"") != std::string::npos;
        bool empty = m.find("<translation></translation>") != std::string::npos || m.find("<translation/>") != std::string::npos ||
                     m.find("<numerusform></numerusform>") != std::string::npos;
        if ((unfinished && m.find("type=\"vanished\"") == std::string::npos) || empty) out.push_back((*it)[2].str());
    }
    return out;
}

}  // namespace

TEST_CASE("every zh_CN string of the current sources is translated", "[i18n]") {
    cramp::test::TempDir dir;
    const fs::path root = SOURCE_ROOT;
    const auto ts = dir / "crampdiary_zh_CN.ts";
    fs::copy_file(root / "assets/translations/crampdiary_zh_CN.ts", ts);
    // Core's message templates (CRAMP_TEXT) in app/ and storage/ are collected too.
    auto r = cramp::test::run_process(LUPDATE, {"-no-obsolete", "-locations", "none", "-tr-function-alias",
                                                "QT_TRANSLATE_NOOP+=CRAMP_TEXT", (root / "app").string(),
                                                (root / "storage").string(), (root / "qml").string(), "-ts", ts.string()});
    REQUIRE(r.exit_code == 0);
    auto missing = untranslated(read_file(ts));
    std::string list;
    for (const auto& s : missing) list += "\n  " + s;
    INFO("untranslated or new strings (run `/usr/lib/qt6/bin/lupdate -no-obsolete -locations none -tr-function-alias QT_TRANSLATE_NOOP+=CRAMP_TEXT app storage qml -ts assets/translations/*.ts` and translate):" << list);
    CHECK(missing.empty());
}

TEST_CASE("the check finds an unfinished translation", "[i18n]") {
    const std::string ts = R"(<message><source>Save</source><translation>保存</translation></message>
<message><source>Log a cramp</source><translation type="unfinished"></translation></message>
<message numerus="yes"><source>%n cramps</source><translation><numerusform></numerusform></translation></message>)";
    CHECK(untranslated(ts) == std::vector<std::string>{"Log a cramp", "%n cramps"});
}

namespace {
// A user-visible property set to a bare string literal ("text: \"Save\"", "label: \"Calf\"").
const std::regex kBareString(
    R"re((?:^|[{;,])\s*(text|title|placeholderText|label|description|Accessible\.name|Accessible\.description|ToolTip\.text|accessibleGroup)\s*:\s*"([^"]*)")re");

// Words are ASCII letters or CJK characters (UTF-8 lead bytes E4–E9 cover U+4E00–U+9FFF);
// " · " or "" are not words.
bool has_words(const std::string& s) {
    for (unsigned char c : s)
        if (std::isalpha(c) || (c >= 0xE4 && c <= 0xE9)) return true;
    return false;
}

std::vector<std::string> bare_strings(const std::string& qml) {
    std::vector<std::string> out;
    std::istringstream lines(qml);
    std::string line;
    int n = 0;
    while (std::getline(lines, line)) {
        ++n;
        auto comment = line.find("//");
        std::string code = comment == std::string::npos ? line : line.substr(0, comment);
        for (auto it = std::sregex_iterator(code.begin(), code.end(), kBareString); it != std::sregex_iterator(); ++it)
            if (has_words((*it)[2].str())) {
                out.push_back(std::to_string(n) + ": " + line);
                break;
            }
    }
    return out;
}
}  // namespace

TEST_CASE("no QML file shows a string outside qsTr", "[i18n]") {
    std::string found;
    for (const auto& entry : fs::recursive_directory_iterator(fs::path(SOURCE_ROOT) / "qml")) {
        if (entry.path().extension() != ".qml") continue;
        for (const auto& l : bare_strings(read_file(entry.path()))) found += "\n  " + entry.path().filename().string() + ":" + l;
    }
    INFO("user-visible strings without qsTr():" << found);
    CHECK(found.empty());
}

TEST_CASE("the QML check catches a bare string and passes a translated one", "[i18n]") {
    CHECK(bare_strings("    text: \"Save\"\n").size() == 1);
    CHECK(bare_strings("    options: [{ value: \"calf\", label: \"Calf\" }]\n").size() == 1);
    CHECK(bare_strings("    text: qsTr(\"Save\")\n").empty());
    CHECK(bare_strings("    objectName: \"saveButton\"\n").empty());
    CHECK(bare_strings("    text: \"\"\n").empty());
    CHECK(bare_strings("    text: \" · \"\n").empty());
    CHECK(bare_strings("    border.color: focus ? Theme.text : \"transparent\"\n").empty());
    CHECK(bare_strings("    text: \"抽筋\"\n").size() == 1);
}

namespace {
// The Qt-free core tells people what is wrong through fail(...) and Message::verbatim(...). Their
// English must be a CRAMP_TEXT template (translated at the Qt edge), never a bare literal: a
// literal would reach a Chinese screen in English. Returns the offending calls.
std::vector<std::string> bare_core_messages(const std::string& source) {
    std::vector<std::string> out;
    static const std::regex call(R"((?:^|[^\w.>:])(fail|Message::verbatim)\()");
    for (auto it = std::sregex_iterator(source.begin(), source.end(), call); it != std::sregex_iterator(); ++it) {
        // The call's arguments, up to the matching parenthesis; string literals are skipped whole.
        std::size_t i = static_cast<std::size_t>(it->position() + it->length());
        int depth = 1;
        std::string args, literals;
        bool in_string = false;
        for (; i < source.size() && depth > 0; ++i) {
            const char c = source[i];
            if (in_string) {
                if (c == '\\') {
                    args += c;
                    args += source[++i];
                    continue;
                }
                if (c == '"') in_string = false;
            } else if (c == '"') {
                in_string = true;
            } else if (c == '(') {
                ++depth;
            } else if (c == ')') {
                if (--depth == 0) break;
            }
            args += c;
        }
        // Literals outside CRAMP_TEXT(...) that hold words; a single identifier is the name of a
        // field of the file format ("intensity", "format"), which stays as the file spells it.
        std::string rest = std::regex_replace(args, std::regex(R"re(CRAMP_TEXT\(\s*"[^"]*"\s*,\s*(?:"(?:[^"\\]|\\.)*"\s*)+\))re"), "");
        static const std::regex literal(R"re("((?:[^"\\]|\\.)*)")re");
        for (auto l = std::sregex_iterator(rest.begin(), rest.end(), literal); l != std::sregex_iterator(); ++l)
            if (has_words((*l)[1].str()) && !std::regex_match((*l)[1].str(), std::regex(R"((\\")?[A-Za-z_][A-Za-z0-9_]*(\\")?)"))) {
                out.push_back((*it)[1].str() + "(" + args.substr(0, 80) + ")");
                break;
            }
    }
    return out;
}
}  // namespace

TEST_CASE("the core's messages are translatable templates, not English literals", "[i18n]") {
    std::string found;
    int files = 0;
    for (const char* dir : {"app/core", "app/io", "storage", "app/qt/report"})
        for (const auto& entry : fs::recursive_directory_iterator(fs::path(SOURCE_ROOT) / dir)) {
            const auto ext = entry.path().extension();
            if (ext != ".cpp" && ext != ".hpp") continue;
            ++files;
            for (const auto& call : bare_core_messages(read_file(entry.path())))
                found += "\n  " + entry.path().filename().string() + ": " + call;
        }
    CHECK(files > 10);
    INFO("write these as fail(CRAMP_TEXT(\"Context\", \"… %1 …\"), args…):" << found);
    CHECK(found.empty());
}

TEST_CASE("the core message check catches an English literal and passes a template", "[i18n]") {
    CHECK(bare_core_messages(R"(return fail("line " + std::to_string(n) + ": bad");)").size() == 1);
    CHECK(bare_core_messages(R"(return fail(std::string("cannot open ") + p);)").size() == 1);
    CHECK(bare_core_messages(R"(x.push_back(Message::verbatim("not translated")); )").size() == 1);
    CHECK(bare_core_messages(R"(return fail(CRAMP_TEXT("Import", "line %1: \"%2\" is bad"), n, quote(v));)").empty());
    CHECK(bare_core_messages(R"(return fail(CRAMP_TEXT("Diary file", "cannot open %1: %2"), "'" + p + "'", db.problem());)").empty());
    CHECK(bare_core_messages(R"(return fail(db.last_error());)").empty());
    CHECK(bare_core_messages(R"(return fail(Message(CRAMP_TEXT("Import", "%1: missing"), "duration_s"));)").empty());
    CHECK(bare_core_messages(R"(return fail(Message(CRAMP_TEXT("Import", "%1: not %2; a long "
                                                               "template"), "format", "\"crampdiary\""));)")
              .empty());
    CHECK(bare_core_messages(R"(return fail(Message(CRAMP_TEXT("Import", "%1: %2"), "format", "not ours"));)").size() == 1);
    CHECK(bare_core_messages(R"(if (!r) return r.failure(); auto f = surface.failure();)").empty());
    // Nested calls are seen whole.
    CHECK(bare_core_messages(R"(return fail(Message(CRAMP_TEXT("A", "x %1"), g("bad words")));)").size() == 1);
}

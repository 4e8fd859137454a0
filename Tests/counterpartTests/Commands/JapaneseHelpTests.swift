import Foundation
import Testing

/// With a Japanese locale every help text is Japanese: no English sentence, tokens, ids,
/// options and file names aside.
@Suite struct JapaneseHelpTests {
    /// Every command path of the tool.
    static let commands: [[String]] = [
        [], ["validate"], ["plan"], ["coverage"], ["drill"], ["drill", "run"], ["roster"], ["roster", "import"],
        ["roster", "diff"], ["roster", "show"], ["roster", "contacts"], ["roster", "export"], ["roster", "history"],
        ["incident"], ["incident", "open"], ["incident", "list"], ["incident", "show"], ["incident", "extend"],
        ["incident", "plan"], ["incident", "close"], ["request"], ["request", "add"], ["request", "change"],
        ["request", "cancel"], ["request", "list"], ["assignment"], ["assignment", "confirm"],
        ["assignment", "decline"], ["assignment", "substitute"], ["assignment", "dispatched"],
        ["assignment", "returned"], ["assignment", "correct"], ["assignment", "list"], ["staff"],
        ["staff", "unavailable"], ["staff", "lift"], ["staff", "unavailability"], ["ack"], ["followup"],
        ["followup", "list"], ["followup", "renotify"], ["notice"],
        ["notice", "post"], ["notice", "list"], ["notice", "show"], ["sitrep"], ["account"], ["account", "invite"],
        ["account", "token"], ["account", "revoke"], ["db"], ["db", "backup"], ["db", "check"], ["serve"],
        ["generate"], ["generate", "roster"], ["generate", "scenario"],
    ]

    /// Runs of three or more Latin words in `text` once options, placeholders, quoted commands,
    /// file names and tokens are taken out: what reads as an English sentence.
    static func englishRuns(_ text: String) -> [String] {
        var cleaned = text
        for pattern in [
            #"（(?:値|既定値): [^）]*）"#, #"使い方: counterpart[^\n]*"#, #"'[^']*'"#, #"<[^>]*>"#, #"--?[A-Za-z][A-Za-z-]*"#,
            #"\$[A-Z_]+"#, #"[A-Za-z0-9_./-]+\.(xml|json|sqlite|md|xsd|pem)"#,
            #"urn:[a-z:0-9]+"#, #"[a-z]+-[a-z-]+"#, #"counterpart-plan/1"#, #"scope=\\?"[a-z]+\\?""#,
        ] {
            cleaned = cleaned.replacingOccurrences(of: pattern, with: " ", options: .regularExpression)
        }
        let regex = try! NSRegularExpression(pattern: #"[A-Za-z]+(?:[ ,]+[A-Za-z]+){2,}"#)
        return regex.matches(in: cleaned, range: NSRange(cleaned.startIndex..., in: cleaned)).compactMap {
            Range($0.range, in: cleaned).map { String(cleaned[$0]) }
        }
    }

    @Test func everyHelpIsJapaneseWithAJapaneseLocale() throws {
        for command in Self.commands {
            let result = try CommandRunner.run(command + ["--help"], environment: ["LANG": "ja_JP.UTF-8"])
            #expect(result.status == 0, "\(command)")
            #expect(result.standardOutput.contains("使い方:"), "\(command)")
            let runs = Self.englishRuns(result.standardOutput)
            #expect(runs.isEmpty, "counterpart \(command.joined(separator: " ")) --help: \(runs)")
        }
    }

    @Test func englishStaysAvailable() throws {
        let english = try CommandRunner.run(
            ["request", "add", "--help"], environment: ["LANG": "ja_JP.UTF-8", "LC_ALL": "C"])
        #expect(english.standardOutput.hasPrefix("OVERVIEW: File a request"))
        let chosen = try CommandRunner.run(
            ["--lang", "en", "request", "add", "--help"], environment: ["LANG": "ja_JP.UTF-8"])
        #expect(chosen.standardOutput == english.standardOutput)
        let japanese = try CommandRunner.run(["request", "add", "--help", "--lang", "ja"])
        #expect(japanese.standardOutput.hasPrefix("概要: 応援要請を登録します。"))
    }
}

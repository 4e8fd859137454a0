import Foundation
import Testing

/// The message catalogue of the command line: every `L(japanese, english)` pair of the
/// sources has both texts and the same values put in (`\(…)`), so that neither language
/// says less than the other.
@Suite struct CatalogueTests {
    /// Every `L("…", "…")` pair written with plain string literals in `text`.
    static func pairs(_ text: String) -> [(japanese: String, english: String)] {
        let literal = #""((?:[^"\\]|\\.)*)""#
        let regex = try! NSRegularExpression(pattern: #"\bL\(\s*"# + literal + #"\s*,\s*"# + literal + #"\s*\)"#)
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { match in
            guard let japanese = Range(match.range(at: 1), in: text), let english = Range(match.range(at: 2), in: text)
            else { return nil }
            return (String(text[japanese]), String(text[english]))
        }
    }

    /// The values a literal puts in: its interpolated expressions, a value and its Japanese
    /// form (`state` and `state.japaneseLabel`, a day and its `japaneseShort`) counted as one.
    static func values(_ literal: String) -> Set<String> {
        Set(
            interpolations(literal).map { expression in
                var value = expression
                for suffix in [".japaneseLabel", ".japaneseShort", ".japaneseLong", ".japanTime"]
                where value.hasSuffix(suffix) {
                    value.removeLast(suffix.count)
                }
                // `japaneseVerb` is the Japanese of `verb`.
                if value.hasPrefix("japanese"), value.count > 8 {
                    value = value.dropFirst(8).prefix(1).lowercased() + value.dropFirst(9)
                }
                return value
            })
    }

    /// The interpolated expressions of a literal, sorted.
    static func interpolations(_ literal: String) -> [String] {
        var found: [String] = []
        var rest = literal[...]
        while let start = rest.range(of: #"\("#) {
            var depth = 1
            var index = start.upperBound
            while index < rest.endIndex, depth > 0 {
                if rest[index] == "(" { depth += 1 }
                if rest[index] == ")" { depth -= 1 }
                index = rest.index(after: index)
            }
            found.append(String(rest[start.upperBound..<rest.index(before: index)]))
            rest = rest[index...]
        }
        return found.sorted()
    }

    @Test func everyEntryHasBothLanguagesAndTheSameValues() throws {
        let sources = CommandRunner.repositoryRoot.appendingPathComponent("Sources/counterpart")
        let files = try #require(FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil))
        var count = 0
        for case let file as URL in files where file.pathExtension == "swift" {
            let text = try String(contentsOf: file, encoding: .utf8)
            for (japanese, english) in Self.pairs(text) {
                count += 1
                #expect(!japanese.isEmpty && !english.isEmpty, "\(file.lastPathComponent): \(english)")
                #expect(
                    japanese.unicodeScalars.contains { $0.value >= 0x3000 }
                        || !japanese.replacingOccurrences(of: #"\\\([^)]*\)+"#, with: "", options: .regularExpression)
                            .contains { $0.isASCII && $0.isLetter && $0 != "n" },
                    "\(file.lastPathComponent): not Japanese: \(japanese)")
                #expect(
                    Self.values(japanese) == Self.values(english),
                    "\(file.lastPathComponent): \(japanese) / \(english)")
            }
        }
        #expect(count > 200, "the catalogue is read (\(count) entries)")
    }

    @Test func thePairsAreReadAsWritten() {
        let pairs = Self.pairs(#"x L("「\(a)」は \(b(c)) です。", "'\(a)' is \(b(c)).") y"#)
        #expect(pairs.count == 1)
        #expect(Self.interpolations(pairs[0].japanese) == ["a", "b(c)"])
        #expect(Self.interpolations(pairs[0].english) == ["a", "b(c)"])
    }
}

import CounterpartCore

/// One problem found in an input file, reported to a person as `FILE:LINE: message`, in
/// English or in Japanese.
public struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file as the user named it.
    public var file: String
    /// The line (from 1), or `nil` when the problem is with the file as a whole.
    public var line: Int?
    /// What is wrong, in English.
    public var message: String
    /// What is wrong, in Japanese: the same sentence, naming the element, the attribute,
    /// the value and what is allowed.
    public var japanese: String

    /// A diagnostic, with its sentence in both languages.
    public init(file: String, line: Int?, message: String, japanese: String) {
        self.file = file
        self.line = line
        self.message = message
        self.japanese = japanese
    }

    /// A diagnostic with an English sentence only: the Japanese says that there is a
    /// problem and quotes the English.
    public init(file: String, line: Int?, message: String) {
        self.init(file: file, line: line, message: message, japanese: "問題があります（英語の説明）: \(message)")
    }

    /// The sentence in `language`.
    public func message(in language: Language) -> String {
        language == .japanese ? japanese : message
    }

    /// `FILE:LINE: message`, or `FILE: message` without a line, in `language`.
    public func description(in language: Language) -> String {
        let text = message(in: language)
        if let line { return "\(file):\(line): \(text)" }
        return "\(file): \(text)"
    }

    /// `FILE:LINE: message`, or `FILE: message` without a line, in English.
    public var description: String { description(in: .english) }

    /// Two diagnostics are the same when they name the same place and say the same thing;
    /// the Japanese is a rendering of the same sentence.
    public static func == (left: Diagnostic, right: Diagnostic) -> Bool {
        left.file == right.file && left.line == right.line && left.message == right.message
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(file)
        hasher.combine(line)
        hasher.combine(message)
    }
}

extension Diagnostic {
    /// The most problems of one file shown to a person (``Swift/Array/reportLines(limit:)``).
    public static let reportLimit = 100
}

extension Array where Element == Diagnostic {
    /// The lines that show these diagnostics to a person, in English: each file's first
    /// `limit`, in the order given, then one line saying how many more that file has. The
    /// diagnostics themselves stay whole (a count of them stays true); only what is printed
    /// is cut, so that a file with thousands of problems does not flood the screen.
    public func reportLines(limit: Int = Diagnostic.reportLimit) -> [String] {
        reportLines(in: .english, limit: limit)
    }

    /// The lines that show these diagnostics to a person in `language`, cut as
    /// ``reportLines(limit:)`` cuts them; each line is `FILE:LINE: ` and the sentence.
    public func reportLines(in language: Language, limit: Int = Diagnostic.reportLimit) -> [String] {
        var counts: [String: Int] = [:]
        var lastShown: [String: Int] = [:]
        var lines: [String] = []
        for diagnostic in self {
            let count = counts[diagnostic.file, default: 0]
            counts[diagnostic.file] = count + 1
            guard count < limit else { continue }
            lines.append(diagnostic.description(in: language))
            lastShown[diagnostic.file] = lines.count - 1
        }
        for (file, index) in lastShown.sorted(by: { $0.value > $1.value }) where counts[file]! > limit {
            let more = counts[file]! - limit
            let english =
                "\(file): and \(more) more problem\(more == 1 ? "" : "s") not shown (at most \(limit) are listed for a file)"
            let japanese = "\(file): ほかに \(more) 件の問題があります（1つのファイルにつき \(limit) 件まで表示します）"
            lines.insert(language.pick(japanese, english), at: index + 1)
        }
        return lines
    }

    /// Diagnostics in line order; those without a line come first; the order among
    /// diagnostics of one line is kept.
    func sortedByLine() -> [Diagnostic] {
        enumerated().sorted { left, right in
            let leftLine = left.element.line ?? 0
            let rightLine = right.element.line ?? 0
            return leftLine != rightLine ? leftLine < rightLine : left.offset < right.offset
        }.map(\.element)
    }
}

/// One problem found in an input file, reported to a person as `FILE:LINE: message`.
public struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file as the user named it.
    public var file: String
    /// The line (from 1), or `nil` when the problem is with the file as a whole.
    public var line: Int?
    /// What is wrong.
    public var message: String

    /// A diagnostic.
    public init(file: String, line: Int?, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    /// `FILE:LINE: message`, or `FILE: message` without a line.
    public var description: String {
        if let line { return "\(file):\(line): \(message)" }
        return "\(file): \(message)"
    }
}

extension Diagnostic {
    /// The most problems of one file shown to a person (``Swift/Array/reportLines(limit:)``).
    public static let reportLimit = 100
}

extension Array where Element == Diagnostic {
    /// The lines that show these diagnostics to a person: each file's first `limit`, in the
    /// order given, then one line saying how many more that file has. The diagnostics
    /// themselves stay whole (a count of them stays true); only what is printed is cut, so
    /// that a file with thousands of problems does not flood the screen.
    public func reportLines(limit: Int = Diagnostic.reportLimit) -> [String] {
        var counts: [String: Int] = [:]
        var lastShown: [String: Int] = [:]
        var lines: [String] = []
        for diagnostic in self {
            let count = counts[diagnostic.file, default: 0]
            counts[diagnostic.file] = count + 1
            guard count < limit else { continue }
            lines.append(diagnostic.description)
            lastShown[diagnostic.file] = lines.count - 1
        }
        for (file, index) in lastShown.sorted(by: { $0.value > $1.value }) where counts[file]! > limit {
            let more = counts[file]! - limit
            lines.insert(
                "\(file): and \(more) more problem\(more == 1 ? "" : "s") not shown (at most \(limit) are listed for a file)",
                at: index + 1)
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

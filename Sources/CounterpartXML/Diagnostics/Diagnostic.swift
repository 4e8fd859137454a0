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

extension Array where Element == Diagnostic {
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

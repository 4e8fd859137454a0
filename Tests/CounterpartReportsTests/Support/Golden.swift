import Foundation
import Testing

/// Golden files: what a renderer must write, byte for byte, kept in `Golden/` beside these
/// tests (read through `#filePath`, so they are not resources of the test bundle).
///
/// After a deliberate change to an output, write them again from what the renderers give
/// now and read the difference before committing it; a golden file is right only once a
/// person has checked it:
///
///     COUNTERPART_UPDATE_GOLDEN=1 swift test --filter CounterpartReportsTests
///     git diff Tests/CounterpartReportsTests/Golden
enum Golden {
    /// `Tests/CounterpartReportsTests/Golden`.
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Golden")

    /// Whether the tests write the golden files instead of comparing with them.
    static var isUpdating: Bool { ProcessInfo.processInfo.environment["COUNTERPART_UPDATE_GOLDEN"] == "1" }

    /// Compares `text` with the golden file `name`, byte for byte (no Unicode normalisation),
    /// and names the first line that differs.
    static func check(_ text: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = directory.appendingPathComponent(name)
        if isUpdating {
            try Data(text.utf8).write(to: url, options: .atomic)
            return
        }
        guard let expected = FileManager.default.contents(atPath: url.path) else {
            Issue.record(
                "no golden file \(name); write it with COUNTERPART_UPDATE_GOLDEN=1", sourceLocation: sourceLocation)
            return
        }
        guard Array(text.utf8) != Array(expected) else { return }
        let actualLines = Array(text.utf8).split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        let expectedLines = Array(expected).split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        let line =
            zip(actualLines, expectedLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
            ?? min(actualLines.count, expectedLines.count)
        func show(_ lines: [ArraySlice<UInt8>]) -> String {
            line < lines.count ? String(decoding: lines[line], as: UTF8.self).debugDescription : "(end of text)"
        }
        Issue.record(
            "differs from Golden/\(name) at line \(line + 1):\n  expected \(show(expectedLines))\n  actual   \(show(actualLines))",
            sourceLocation: sourceLocation)
    }
}

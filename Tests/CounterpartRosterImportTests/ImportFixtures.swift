import CounterpartStore
import Foundation

/// A folder of its own for each test, removed when the value goes away.
final class TemporaryFolder {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("counterpart-import-\(UUID().uuidString)")

    init() { try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) }

    deinit { try? FileManager.default.removeItem(at: url) }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    /// Writes `text` (UTF-8) to `name` in the folder and returns its path.
    @discardableResult
    func write(_ name: String, _ text: String) -> String {
        FileManager.default.createFile(atPath: path(name), contents: Data(text.utf8))
        return path(name)
    }

    /// A new store in the folder.
    func store(_ name: String = "counterpart.sqlite") throws -> RosterStore {
        try RosterStore(path: path(name))
    }
}

/// The files the tests import.
enum ImportFixtures {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The shipped roster of Ehime: 20 municipalities, 1,500 staff.
    static let ehime = repositoryRoot.appendingPathComponent("Data/ehime/roster.xml").path

    static let user = "tester"
    static let time = "2026-11-23T12:00:00Z"

    /// A full roster of one municipality and `people` (person elements, one a line from line 7).
    static func roster(_ people: String...) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <roster xmlns="urn:counterpart:roster:1" prefecture="380008" effective="2026-04-01">
          <municipalities>
            <municipality code="382019" name="松山市" kind="city" lat="33.8392" lon="132.7657"/>
          </municipalities>
          <staff>
        \(people.map { "    " + $0 }.joined(separator: "\n"))
          </staff>
        </roster>

        """
    }

    /// A first import whose last person (line 9) repeats the first one's id: found only once
    /// every person was read, and so stored already by the streamed first import.
    static let repeatedID = roster(
        #"<person id="s-1" municipality="382019" name="松山 一郎" skills="shelter"/>"#,
        #"<person id="s-2" municipality="382019" name="松山 二郎" skills="general"/>"#,
        #"<person id="s-1" municipality="382019" name="二重 登録" skills="shelter"/>"#)

    /// The temporary files uploads are read from that exist now.
    /// Whether no staged upload is left, waiting up to 10 s: other suites running beside this
    /// one (the server's roster uploads) stage their own for a moment, and a leaked file of
    /// this test would stay for good.
    static func noStagedUploadsRemain() throws -> Bool {
        for _ in 0..<100 {
            if try stagedUploads().isEmpty { return true }
            Thread.sleep(forTimeInterval: 0.1)
        }
        return try stagedUploads().isEmpty
    }

    static func stagedUploads() throws -> [String] {
        let folder = FileManager.default.temporaryDirectory.path
        return try FileManager.default.contentsOfDirectory(atPath: folder)
            .filter { $0.hasPrefix("counterpart-upload-") }
            .map { folder + "/" + $0 }
    }
}

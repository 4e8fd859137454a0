import Foundation

/// A folder of its own for each test, removed when the value goes away.
final class TemporaryFolder {
    let url: URL

    init() {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("counterpart-tests-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    /// Writes `text` (UTF-8) to `name` in the folder and returns its path.
    @discardableResult
    func write(_ name: String, _ text: String) -> String {
        write(name, Array(text.utf8))
    }

    /// Writes `bytes` to `name` in the folder and returns its path.
    @discardableResult
    func write(_ name: String, _ bytes: [UInt8]) -> String {
        let path = url.appendingPathComponent(name).path
        FileManager.default.createFile(atPath: path, contents: Data(bytes))
        return path
    }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }
}

/// Paths inside the repository, found from this source file.
enum RepositoryPaths {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Corpus")
}

/// The two examples of FORMATS.md, verbatim.
enum FormatsExamples {
    static let roster = """
        <?xml version="1.0" encoding="UTF-8"?>
        <roster xmlns="urn:counterpart:roster:1" prefecture="380008" effective="2026-04-01" scope="full">
          <municipalities>
            <municipality code="382019" name="松山市" kind="city" lat="33.8392" lon="132.7657" dispatchCapacity="40" population="511192"/>
            <municipality code="382035" name="宇和島市" kind="city" lat="33.2233" lon="132.5606"/>
            <municipality code="382159" name="東温市" kind="city" lat="33.7911" lon="132.8719"/>
            <municipality code="383562" name="上島町" kind="town" lat="34.2575" lon="133.2044"/>
          </municipalities>
          <groups>
            <group id="C" name="Cグループ">
              <pairing affected="382035" primary="382019">
                <secondary code="382159"/>
                <secondary code="383562"/>
              </pairing>
            </group>
          </groups>
          <members>
            <member id="m-382035-1" municipality="382035" role="vice-mayor" name="宇和島 太郎" phone="0895-00-0000" email="vm@example.jp"/>
            <member id="p-1" municipality="380008" role="hq-promotion" name="県庁 花子" phone="089-000-0000"/>
          </members>
          <staff>
            <person id="s-382019-0001" municipality="382019" name="松山 一郎" skills="shelter general">
              <available from="2026-04-01" to="2027-03-31"/>
            </person>
          </staff>
        </roster>

        """

    static let scenario = """
        <?xml version="1.0" encoding="UTF-8"?>
        <scenario xmlns="urn:counterpart:scenario:1" id="drill-2026-11" name="南予地震想定訓練"
                  start="2026-11-01" rotationDays="7">
          <affected code="382035"/>
          <request id="r-001" municipality="382035" category="shelter" headcount="10"
                   from="2026-11-02" to="2026-11-15" priority="critical"/>
          <request id="r-002" municipality="382035" category="health" headcount="2"
                   from="2026-11-02" to="2026-11-08" priority="high"/>
          <pin request="r-001" staff="s-382019-0001" period="0"/>
          <policy>
            <tierCost primary="0" secondary="1000" group="2000" prefecture="3000"/>
            <priorityValue critical="1000000" high="100000" normal="10000"/>
            <maxConsecutivePeriods value="1"/>
          </policy>
        </scenario>

        """
}

import CounterpartCore
import CounterpartRosterImport
import CounterpartStorage
import CounterpartStore
import CounterpartXML
import Foundation
import Testing

/// The import every edge shares, called in-process: from paths and from uploaded bytes.
/// Serialized, because some tests look at the temporary files uploads are read from.
@Suite(.serialized) struct RosterImporterTests {
    let folder = TemporaryFolder()

    func importer(_ store: RosterStore) -> RosterImporter {
        RosterImporter(
            store: store, actor: .operatingSystemUser(ImportFixtures.user), time: try! Timestamp(ImportFixtures.time))
    }

    /// The problems `sources` are refused with.
    func refusal(_ sources: [RosterSource], into store: RosterStore, isDryRun: Bool = false) -> RosterImportError? {
        do {
            _ = try importer(store).importRosters(sources, isDryRun: isDryRun)
            return nil
        } catch {
            return error
        }
    }

    @Test func aFileIsImportedFromItsPath() throws {
        let store = try folder.store()
        var stages: [RosterImportStage] = []
        let outcome = try importer(store).importRosters([.file(path: ImportFixtures.ehime)], isDryRun: false) {
            stages.append($0)
        }
        #expect(outcome.revision == 1)
        #expect(outcome.changes.municipalities.added.count == 20)
        #expect(outcome.changes.staff.added.count == 1500)
        #expect(stages == [.readingCheckingAndStoring(file: ImportFixtures.ehime)])
        let revision = try #require(try store.revisions().first)
        #expect(revision.user == ImportFixtures.user && revision.createdAt == ImportFixtures.time)
        #expect(revision.files.map(\.path) == [ImportFixtures.ehime])
        #expect(revision.files[0].sha256.hasPrefix("58bc18c8"))
        #expect(try store.currentRoster()?.staff.count == 1500)
    }

    /// An upload stored (here the streamed first import) appends one `roster.imported` event
    /// with the uploader's address; a dry run, or a file that changes nothing, appends none.
    @Test func aStoredImportIsRecordedWithItsOrigin() async throws {
        let store = try folder.store()
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: ImportFixtures.ehime)))
        _ = try importer(store).importRosters([.upload(name: "roster.xml", bytes: bytes)], isDryRun: true)
        #expect(try await store.read { rows in try rows.latestEventID() } == 0)
        let outcome = try importer(store).importRosters(
            [.upload(name: "roster.xml", bytes: bytes)], isDryRun: false, origin: "192.0.2.10")
        #expect(outcome.revision == 1)
        _ = try importer(store).importRosters([.file(path: ImportFixtures.ehime)], isDryRun: false)
        let events = try await store.read { rows in try rows.events(after: 0, limit: 10) }
        #expect(
            events == [
                EventRow(
                    id: 1, incident: nil, at: ImportFixtures.time, actor: ImportFixtures.user, subject: "revision 1",
                    text: "roster imported: revision 1 (full)", kind: "roster.imported", origin: "192.0.2.10")
            ])
        #expect(try store.integrityCheck() == ["ok"])
    }

    @Test func bytesAreStoredExactlyAsTheFileTheyCameFrom() throws {
        let fromPath = try folder.store("path.sqlite")
        let fromBytes = try folder.store("bytes.sqlite")
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: ImportFixtures.ehime)))
        let pathOutcome = try importer(fromPath).importRosters([.file(path: ImportFixtures.ehime)], isDryRun: false)
        let bytesOutcome = try importer(fromBytes).importRosters(
            [.upload(name: ImportFixtures.ehime, bytes: bytes)], isDryRun: false)
        #expect(bytesOutcome.revision == pathOutcome.revision)
        #expect(bytesOutcome.changes == pathOutcome.changes)
        #expect(try fromBytes.currentRoster() == fromPath.currentRoster())
        #expect(try fromBytes.revisions() == fromPath.revisions())
        #expect(try ImportFixtures.noStagedUploadsRemain())
    }

    @Test func anUploadIsReadFromAPrivateTemporaryFileRemovedAfterwards() throws {
        let store = try folder.store()
        var modes: [Int] = []
        let outcome = try importer(store).importRosters(
            [
                .upload(
                    name: "松山.xml",
                    bytes: Array(
                        ImportFixtures.roster(
                            #"<person id="s-1" municipality="382019" name="松山 一郎" skills="shelter"/>"#
                        ).utf8))
            ],
            isDryRun: false
        ) { _ in
            modes =
                (try? ImportFixtures.stagedUploads())?.map { path in
                    ((try? FileManager.default.attributesOfItem(atPath: path)[.posixPermissions]) as? Int) ?? -1
                } ?? []
        }
        #expect(outcome.revision == 1)
        // Other suites may stage uploads of their own meanwhile: every staged file is 0600.
        #expect(!modes.isEmpty && modes.allSatisfy { $0 == 0o600 })
        #expect(try ImportFixtures.noStagedUploadsRemain())
        #expect(try store.revisions().first?.files.map(\.path) == ["松山.xml"])
    }

    @Test func aDryRunStoresNothing() throws {
        let store = try folder.store()
        let before = try Data(contentsOf: URL(fileURLWithPath: store.path))
        var stages: [RosterImportStage] = []
        let outcome = try importer(store).importRosters([.file(path: ImportFixtures.ehime)], isDryRun: true) {
            stages.append($0)
        }
        #expect(outcome.revision == nil)
        #expect(outcome.changes.staff.added.count == 1500)
        #expect(stages == [.readingAndChecking(file: ImportFixtures.ehime), .comparing])
        #expect(try store.holdsNoRoster())
        #expect(try store.revisions().isEmpty)
        #expect(try Data(contentsOf: URL(fileURLWithPath: store.path)) == before)
    }

    @Test func aFileWithAProblemIsReportedAtItsLineAndNothingIsStored() throws {
        let store = try folder.store()
        let file = folder.write("repeated.xml", ImportFixtures.repeatedID)
        let before = try Data(contentsOf: URL(fileURLWithPath: store.path))
        // Again and again in one process: the threads of the import (hashing, storing) must
        // have ended every time before the call returns.
        for round in 1...30 {
            let refused = refusal([.file(path: file)], into: store)
            #expect(
                refused == .badInput([Diagnostic(file: file, line: 9, message: "staff id 's-1' is used twice")]),
                "round \(round)")
            #expect(try store.holdsNoRoster())
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: store.path)) == before)
    }

    @Test func anUploadWithAProblemIsReportedUnderItsOwnName() throws {
        let store = try folder.store()
        for round in 1...30 {
            let refused = refusal(
                [.upload(name: "upload.xml", bytes: Array(ImportFixtures.repeatedID.utf8))], into: store)
            #expect(
                refused
                    == .badInput([Diagnostic(file: "upload.xml", line: 9, message: "staff id 's-1' is used twice")]),
                "round \(round)")
        }
        #expect(try store.holdsNoRoster())
        #expect(try ImportFixtures.noStagedUploadsRemain())
    }

    @Test func aMissingFileIsRefusedClearly() throws {
        let store = try folder.store()
        let missing = folder.path("missing.xml")
        for round in 1...30 {
            let alone = refusal([.file(path: missing)], into: store)
            #expect(
                alone
                    == .badInput([
                        Diagnostic(file: missing, line: nil, message: "cannot open the file: No such file or directory")
                    ]),
                "round \(round)")
            let inABatch = refusal([.file(path: ImportFixtures.ehime), .file(path: missing)], into: store)
            #expect(inABatch == alone, "round \(round)")
            #expect(alone?.description == "\(missing): cannot open the file: No such file or directory")
        }
        #expect(try store.revisions().isEmpty)
    }

    @Test func anEmptyUploadIsRefusedLikeAnEmptyFile() throws {
        let refused = refusal([.upload(name: "empty.xml", bytes: [])], into: try folder.store())
        #expect(refused == .badInput([Diagnostic(file: "empty.xml", line: nil, message: "the file is empty")]))
    }

    @Test func aClashWithTheStoredRosterIsPlacedAtTheUploadsLine() throws {
        let store = try folder.store()
        _ = try importer(store).importRosters([.file(path: ImportFixtures.ehime)], isDryRun: false)
        let clash = """
            <?xml version="1.0" encoding="UTF-8"?>
            <roster xmlns="urn:counterpart:roster:1" prefecture="380008" effective="2027-04-01" scope="municipality" municipality="382159">
              <staff>
                <person id="s-382019-0001" municipality="382159" name="東温 一郎" skills="shelter"/>
              </staff>
            </roster>
            """
        let refused = refusal([.upload(name: "clash.xml", bytes: Array(clash.utf8))], into: store)
        #expect(
            refused
                == .badInput([Diagnostic(file: "clash.xml", line: 4, message: "staff id 's-382019-0001' is used twice")]
                ))
        #expect(try store.revisions().count == 1)
    }

    @Test func aFileOfAnotherPrefectureIsTheStoresError() throws {
        let store = try folder.store()
        _ = try importer(store).importRosters([.file(path: ImportFixtures.ehime)], isDryRun: false)
        let other = ImportFixtures.roster(#"<person id="s-1" municipality="382019" name="松山 一郎" skills="shelter"/>"#)
            .replacingOccurrences(of: "prefecture=\"380008\"", with: "prefecture=\"370002\"")
            .replacingOccurrences(of: "code=\"382019\"", with: "code=\"372013\"").replacingOccurrences(
                of: "municipality=\"382019\"", with: "municipality=\"372013\"")
        let refused = refusal([.upload(name: "kagawa.xml", bytes: Array(other.utf8))], into: store)
        #expect(
            refused
                == .store(
                    .otherPrefecture(
                        file: "kagawa.xml", stored: try LocalGovernmentCode("380008"),
                        found: try LocalGovernmentCode("370002"))))
    }

    /// Issue 14, item 23: a file that says ISO-8859-1 but is written in UTF-8 is imported as
    /// it says, with a warning, named after the upload; on the streamed first import and on
    /// the ordinary way alike.
    @Test func aFileThatSaysLatin1ButIsUTF8IsImportedWithAWarning() throws {
        let store = try folder.store()
        let text = ImportFixtures.roster(#"<person id="s-1" municipality="382019" name="松山 一郎" skills="shelter"/>"#)
            .replacingOccurrences(of: "encoding=\"UTF-8\"", with: "encoding=\"ISO-8859-1\"")
        let message =
            "warning: the file says ISO-8859-1, but its bytes look like UTF-8: Japanese names will be garbled; save it as UTF-8 with encoding=\"UTF-8\""
        var warnings: [String] = []
        let first = try importer(store).importRosters(
            [.upload(name: "roster.xml", bytes: Array(text.utf8))], isDryRun: false,
            warning: { warnings.append($0.description) })
        #expect(first.revision == 1)
        #expect(warnings == ["roster.xml:4: \(message)"])
        let path = folder.write("latin.xml", text)
        warnings = []
        _ = try importer(store).importRosters(
            [.file(path: path)], isDryRun: true, warning: { warnings.append($0.description) })
        #expect(warnings == ["\(path):4: \(message)"])
    }
}

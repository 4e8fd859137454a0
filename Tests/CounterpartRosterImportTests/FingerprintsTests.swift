import Foundation
import Testing

@testable import CounterpartRosterImport

@Suite struct FingerprintsTests {
    @Test func eachFileIsHashedInOrderAndAMissingOneCountsAsEmpty() {
        let empty = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        let digests = Fingerprints([ImportFixtures.ehime, "/nonexistent/roster.xml"]).join()
        #expect(digests.count == 2)
        #expect(digests[0].hasPrefix("58bc18c8"))
        #expect(digests[1] == empty)
    }

    @Test func joiningTwiceGivesTheSameDigests() {
        let fingerprints = Fingerprints([ImportFixtures.ehime])
        #expect(fingerprints.join() == fingerprints.join())
    }

    @Test func aThreadIsJoinedAlsoWhenNobodyAsks() {
        // The value goes away unjoined: its deinit joins, and the work has been done.
        final class Flag: @unchecked Sendable { var isSet = false }
        let flag = Flag()
        do { _ = JoinableThread { flag.isSet = true } }
        #expect(flag.isSet)
    }

    /// Issue 14, item 19: a FIFO is never opened (opening it waits for a writer, and the
    /// import joining this thread would wait for ever); it counts as empty, and its reading
    /// says why it is refused. Should hashing wait all the same, a writer that comes and goes
    /// after 5 seconds releases it, so that the test fails instead of hanging.
    @Test func aFIFOIsNeverOpenedAndCountsAsEmpty() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fingerprints-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let fifo = folder.appendingPathComponent("roster.xml").path
        #expect(mkfifo(fifo, 0o600) == 0)
        DispatchQueue.global().asyncAfter(deadline: .now() + 5) {
            let descriptor = open(fifo, O_WRONLY | O_NONBLOCK)
            if descriptor >= 0 { close(descriptor) }
        }
        let started = ContinuousClock.now
        let digests = Fingerprints([fifo]).join()
        #expect(ContinuousClock.now - started < .seconds(4))
        #expect(digests == ["e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"])
    }
}

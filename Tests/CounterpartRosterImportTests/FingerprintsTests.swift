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
}

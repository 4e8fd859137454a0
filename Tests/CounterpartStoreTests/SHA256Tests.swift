import Testing

@testable import CounterpartStore

@Suite struct SHA256Tests {
    // The FIPS 180-4 examples and the empty message.
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        (
            "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
        ),
    ])
    func knownDigests(message: String, digest: String) {
        var hash = SHA256()
        hash.update(message.utf8)
        #expect(hash.hexDigest() == digest)
    }

    @Test func aMillionAs() {
        var hash = SHA256()
        hash.update([UInt8](repeating: 0x61, count: 1_000_000))
        #expect(hash.hexDigest() == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }
}

@Suite struct SHA256ChunkingTests {
    @Test func chunksOfAnySizeGiveTheSameDigest() {
        let message = (0..<1000).map { UInt8(truncatingIfNeeded: $0 &* 7) }
        var whole = SHA256()
        whole.update(message)
        let expected = whole.hexDigest()
        for size in [1, 3, 63, 64, 65, 200] {
            var pieces = SHA256()
            var start = 0
            while start < message.count {
                pieces.update(message[start..<min(start + size, message.count)])
                start += size
            }
            #expect(pieces.hexDigest() == expected)
        }
    }
}

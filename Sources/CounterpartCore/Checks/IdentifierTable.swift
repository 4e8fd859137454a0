/// Finds repeated ids among many, faster than a `Set` of strings: open addressing over
/// flat arrays, keyed by a 64-bit FNV-1a hash of each id's UTF-8 bytes, with the ids
/// themselves compared only when two hashes meet.
///
/// Complexity: O(1) expected per insertion; memory 12 bytes per slot, at most 4 slots per id.
struct IdentifierTable {
    private var hashes: [UInt64]
    private var positions: [Int32]
    private let mask: Int

    /// A table for about `count` ids.
    init(capacity count: Int) {
        var size = 16
        while size < count * 2 { size <<= 1 }
        hashes = [UInt64](repeating: 0, count: size)
        positions = [Int32](repeating: 0, count: size)
        mask = size - 1
    }

    /// Records the id at `position`; returns the position of an earlier equal id, if any.
    /// `idAt` gives the id at a recorded position.
    mutating func insert(_ id: String, at position: Int, idAt: (Int) -> String) -> Int? {
        let hash = IdentifierTable.hash(id)
        var slot = Int(truncatingIfNeeded: hash) & mask
        while hashes[slot] != 0 {
            if hashes[slot] == hash && idAt(Int(positions[slot])) == id { return Int(positions[slot]) }
            slot = (slot + 1) & mask
        }
        hashes[slot] = hash
        positions[slot] = Int32(position)
        return nil
    }

    /// FNV-1a over the UTF-8 bytes, never 0 (0 marks an empty slot).
    static func hash(_ id: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in id.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        return hash | 1
    }
}

import Testing

@testable import CounterpartXML

/// Issue "Japanese first", item 3: a file that is not UTF-8 is told apart by its bytes.
@Suite struct EncodingGuessTests {
    /// 宇和島市 in Shift_JIS (CP932).
    static let uwajimaShiftJIS: [UInt8] = [0x89, 0x46, 0x98, 0x61, 0x93, 0x87, 0x8E, 0x73]
    /// 宇和島市 in EUC-JP.
    static let uwajimaEUCJP: [UInt8] = [0xB1, 0xA7, 0xCF, 0xC2, 0xC5, 0xE7, 0xBB, 0xD4]

    static func municipality(_ name: [UInt8]) -> [UInt8] {
        Array("<municipality code=\"382035\" name=\"".utf8) + name + Array("\" kind=\"city\"/>\n".utf8)
    }

    /// `text` in UTF-16, little- or big-endian, with or without a byte order mark.
    static func utf16(_ text: String, isLittleEndian: Bool, hasByteOrderMark: Bool) -> [UInt8] {
        var bytes: [UInt8] = hasByteOrderMark ? (isLittleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]) : []
        for unit in text.utf16 {
            let pair = [UInt8(unit & 0xFF), UInt8(unit >> 8)]
            bytes += isLittleEndian ? pair : pair.reversed()
        }
        return bytes
    }

    @Test func utf8IsUTF8() {
        #expect(EncodingGuess.guess(Self.municipality(Array("宇和島市".utf8))) == .utf8)
        #expect(EncodingGuess.guess([]) == .utf8)
    }

    @Test func shiftJISIsToldByItsLeadAndTrailBytes() {
        #expect(EncodingGuess.guess(Self.municipality(Self.uwajimaShiftJIS)) == .shiftJIS)
        // 松山市 (8F BC 8E 52 8E 73): 0x8E 0x52 would be no EUC-JP half-width kana.
        #expect(EncodingGuess.guess([0x8F, 0xBC, 0x8E, 0x52, 0x8E, 0x73]) == .shiftJIS)
    }

    @Test func eucJPIsToldFromShiftJISHalfWidthKana() {
        #expect(EncodingGuess.guess(Self.municipality(Self.uwajimaEUCJP)) == .eucJP)
    }

    @Test func utf16ByItsByteOrderMarkOrItsZeroBytes() {
        let text = "<roster xmlns=\"urn:counterpart:roster:1\" name=\"宇和島市\"/>"
        #expect(
            EncodingGuess.guess(Self.utf16(text, isLittleEndian: true, hasByteOrderMark: true))
                == .utf16(isLittleEndian: true, hasByteOrderMark: true))
        #expect(
            EncodingGuess.guess(Self.utf16(text, isLittleEndian: false, hasByteOrderMark: true))
                == .utf16(isLittleEndian: false, hasByteOrderMark: true))
        #expect(
            EncodingGuess.guess(Self.utf16(text, isLittleEndian: true, hasByteOrderMark: false))
                == .utf16(isLittleEndian: true, hasByteOrderMark: false))
        #expect(
            EncodingGuess.guess(Self.utf16(text, isLittleEndian: false, hasByteOrderMark: false))
                == .utf16(isLittleEndian: false, hasByteOrderMark: false))
    }

    @Test func bytesOfNeitherAreUnknown() {
        // 0x80 is a lead byte of neither encoding.
        #expect(EncodingGuess.guess([0x41, 0x80, 0x80, 0x80]) == .unknown)
    }
}

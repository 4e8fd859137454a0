import CounterpartCore
import CounterpartOperations
import CounterpartReports
import Testing

/// Events shown in Japanese from their kind and the figures their recorded sentence holds.
@Suite struct EventJapaneseTests {
    static func event(_ text: String, _ kind: EventKind?) -> OperationsEvent {
        OperationsEvent(
            id: 1, stamp: Stamp(time: Timestamp(secondsSinceEpoch: 1_800_000_000), actor: "hq-1"),
            incident: Incident.ID(1), subject: "X1", text: text, kind: kind)
    }

    @Test func eachKindHasItsSentence() {
        #expect(
            Self.event("plan version 2 of I1 (P3): 1 newly proposed, 0 no longer needed, 4 short", .planStored)
                .japaneseText == "計画版を記録しました（新規提案 1人、取下げ 0人、不足 4人）")
        #expect(
            Self.event("s-2 for R1 period 0: proposed → declined (家族の事情)", .assignmentAnswered).japaneseText
                == "割当の状態: 提案 → 辞退")
        #expect(Self.event("acknowledged by m-382035-1", .ackRecorded).japaneseText == "m-382035-1 の確認（既読）を記録しました")
        #expect(Self.event("affected added: 愛南町", .incidentChanged).japaneseText == "被災市町を追加しました（愛南町）")
        #expect(Self.event("filed: 宇和島市 給水 water ×2", .requestFiled).japaneseText == "応援要請を登録しました")
        #expect(Self.event("incident closed", .incidentClosed).japaneseText == "災害を終了しました")
        #expect(Self.event("something new", .planStored).japaneseText == "計画版を記録しました")
        #expect(Self.event("invited to enrol", nil).japaneseText == "invited to enrol", "no streamed kind: as recorded")
    }
}

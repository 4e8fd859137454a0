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
        #expect(Self.event("invited to enrol", nil).japaneseText == "invited to enrol", "a form not known: as recorded")
    }

    @Test func correctionsAreNamedSo() {
        #expect(
            Self.event("corrected: s-2 for R1 period 0: returned → dispatched (A30 の誤入力)", .assignmentAnswered)
                .japaneseText == "割当の状態を訂正しました: 帰任 → 派遣中（A30 の誤入力）")
    }

    /// Accounts and unavailability have no streamed kind; their sentences, as the desks write
    /// them, are read back into Japanese.
    @Test func eventsOfNoStreamedKindAreReadFromTheirSentence() {
        let cases: [(String, String)] = [
            ("signed in", "ログインしました"),
            ("password set", "パスワードを設定しました"),
            ("enrolment code used", "招待コードが使われました"),
            ("access token issued: 集計スクリプト", "トークンを発行しました（集計スクリプト）"),
            (
                "access revoked: 1 tokens, 2 sessions, 0 codes ended",
                "アクセスを止めました（トークン 1件、ログイン 2件、招待コード 0件）"
            ),
            ("invited to enrol, code valid until 2026-11-26T00:30:00Z", "招待コードを発行しました（有効期限 2026-11-26T00:30:00Z）"),
            (
                "invited to enrol, code valid until 2026-11-26T00:30:00Z; the earlier code no longer works",
                "招待コードを発行しました（有効期限 2026-11-26T00:30:00Z）。以前のコードは無効になりました"
            ),
            ("lifted: s-382019-0003 available again", "派遣不可を解除しました（s-382019-0003）"),
            (
                "s-382019-0002 unavailable 2026-11-23..2026-12-06: 入院",
                "派遣不可にしました（s-382019-0002、2026-11-23..2026-12-06、入院）"
            ),
        ]
        for (recorded, japanese) in cases {
            #expect(Self.event(recorded, nil).japaneseText == japanese)
        }
    }
}

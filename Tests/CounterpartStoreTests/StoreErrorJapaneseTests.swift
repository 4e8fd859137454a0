import CounterpartCore
import CounterpartStore
import Testing

/// The store's refusals in Japanese: the file, what is wrong, and that nothing changed.
@Suite struct StoreErrorJapaneseTests {
    @Test func refusalsNameTheFileAndWhatIsWrong() throws {
        #expect(
            StoreError.notACounterpartDatabase(path: "/tmp/x.sqlite").message(in: .japanese)
                == "/tmp/x.sqlite: Counterpart のデータベースではありません。ファイルには手を付けていません。")
        #expect(
            StoreError.backupTargetExists(path: "copy.sqlite").message(in: .japanese)
                == "copy.sqlite は既にあります。バックアップで置き換えてはいません。")
        #expect(
            StoreError.earlierEffective(
                file: "uwajima.xml", found: try CalendarDay("2026-04-01"), stored: try CalendarDay("2027-04-01"),
                list: "宇和島市"
            ).message(in: .japanese)
                == "uwajima.xml: このファイルの適用開始日 2026年4月1日(水) は記録されている 宇和島市 の名簿（2027年4月1日(木)から適用）より前です。取り込んでいません。"
        )
        #expect(
            StoreError.notACounterpartDatabase(path: "postgres://hotline@db1:5432/other").message(in: .japanese)
                == "postgres://hotline@db1:5432/other: Counterpart のデータベースではありません。データベースには手を付けていません。")
        #expect(
            StoreError.unreachable(path: "postgres://hotline@db1:5432/c", detail: "db1:5432: connectionError")
                .message(in: .japanese)
                == "postgres://hotline@db1:5432/c: 書き込みを受け付ける PostgreSQL サーバーに接続できません（db1:5432: connectionError）。"
                + "サーバーが動いているか、アドレスと利用者名を確かめてください。")
        #expect(
            StoreError.targetNotEmpty(path: "b.sqlite").message(in: .japanese)
                == "b.sqlite には既にデータがあります。複製先は空のデータベースに限ります（何も変えていません）。")
        #expect(StoreError.unknownRevision(7).message(in: .japanese) == "第7版はありません。")
        #expect(StoreError.unknownRevision(7).message(in: .english) == "there is no revision 7")
    }
}

import CounterpartCore
import CounterpartReports
import Testing

@Suite struct ChangeDetailsTests {
    let code = try! LocalGovernmentCode("382035")

    func person(_ id: String, _ name: String, _ skills: [JobCategory], to last: String = "2027-03-31") throws
        -> StaffPerson
    {
        StaffPerson(
            id: StaffID(id), municipality: code, name: name, skills: JobCategorySet(skills),
            availability: [try DayRange(from: CalendarDay("2026-04-01"), to: CalendarDay(last))])
    }

    func rosters() throws -> (Roster, Roster) {
        let old = Roster(
            prefecture: try LocalGovernmentCode("380008"), effective: try CalendarDay("2026-04-01"),
            members: [
                HotlineMember(id: "m-1", municipality: code, role: .liaison, name: "日野 雄一", phone: "0895-00-0304")
            ],
            staff: [
                try person("s-1", "加藤 和也", [.civilEngineering]), try person("s-2", "西原 綾", [.shelter, .general]),
                try person("s-3", "長谷川 智子", [.shelter]),
            ])
        var new = old
        new.members[0].phone = "0895-00-9999"
        new.staff[0].name = "加藤 和哉"
        new.staff[1].skills.insert(.health)
        new.staff[1].availability = [try DayRange(from: CalendarDay("2026-04-01"), to: CalendarDay("2026-09-30"))]
        new.staff.remove(at: 2)
        new.staff.append(try person("s-4", "愛媛 花子", [.shelter]))
        return (old, new)
    }

    @Test func membersAndStaffAreShownWithNamesAndOldAndNewValues() throws {
        let (old, new) = try rosters()
        let changes = RosterChanges.between(old, new)
        #expect(
            ChangeDetails.render(changes, old: old, new: new, language: .japanese) == """
                ホットラインのメンバー: 追加 0、削除 0、変更 1
                  ~ m-1 日野 雄一: 電話番号 0895-00-0304 → 0895-00-9999
                職員: 追加 1、削除 1、変更 2
                  + s-4 愛媛 花子（避難所運営）
                  − s-3 長谷川 智子（避難所運営）
                  ~ s-1 加藤 和也: 氏名 加藤 和也 → 加藤 和哉
                  ~ s-2 西原 綾: 業務 避難所運営、一般事務 → 避難所運営、保健師、一般事務、派遣できる期間 2026-04-01〜2027-03-31 → 2026-04-01〜2026-09-30

                """)
        #expect(
            ChangeDetails.render(changes, old: old, new: new).hasPrefix(
                "members: 0 added, 0 removed, 1 changed\n  ~ m-1 日野 雄一: phone 0895-00-0304 → 0895-00-9999\n"))
    }

    @Test func noChangesAreSaidAsTheShortReportSaysThem() throws {
        let (old, _) = try rosters()
        #expect(
            ChangeDetails.render(RosterChanges.between(old, old), old: old, new: old, language: .japanese)
                == "変更はありません\n")
    }
}

import CounterpartCore
import CounterpartReports
import Testing

@Suite struct RosterNamesTests {
    let names = IncidentFixtures.names

    @Test func municipalitiesByName() {
        #expect(names.name(IncidentFixtures.uwajima) == "宇和島市")
    }

    @Test func thePrefectureAsHeadquarters() {
        #expect(names.name(IncidentFixtures.prefecture) == "県本部 headquarters")
    }

    @Test func aCodeTheRosterLacksAsItself() {
        #expect(names.name(LocalGovernmentCode(prefix: 38205)) == "382051")
    }

    @Test func staffAndMembersWhenTheRosterHasThem() {
        #expect(names.staffName("s-2") == "松山 花子")
        #expect(names.staffName("s-9") == nil)
        #expect(names.member("m-u-1")?.phone == "0895-24-1111")
        #expect(names.member("m-m-1") == nil)
    }
}

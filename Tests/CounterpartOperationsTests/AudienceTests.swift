import CounterpartCore
import Testing

@testable import CounterpartOperations

@Suite struct AudienceTests {
    typealias F = OperationsFixtures

    @Test func aRequestConcernsTheGroupHoldingThePairingAndHeadquarters() {
        // Group C's members are 宇和島, 松山, 東温; 上島 is in no pairing and is left out.
        #expect(
            Audience.concerned(with: [F.uwajima], in: F.roster).map(\.id.rawValue) == [
                "hq-1", "hq-2", "m-u-1", "m-u-4", "m-m-2", "m-t-3",
            ])
    }

    @Test func aMunicipalityInNoPairingBringsOnlyItsOwnMembers() {
        #expect(Audience.concerned(with: [F.kamijima], in: F.roster).map(\.id.rawValue) == ["hq-1", "hq-2", "m-k-4"])
    }

    @Test func noticesGoToOneGroupOrToAll() {
        #expect(Audience.group("C", in: F.roster)?.count == 6)
        #expect(Audience.group("Z", in: F.roster) == nil)
        #expect(Audience.everyone(in: F.roster).count == 7)
    }

    @Test func thePersonToPhoneIsTheLiaisonWithAPhoneElseTheNextRole() {
        // 宇和島's liaison has no phone registered: the vice-mayor is the next role that answers.
        #expect(Audience.contact(at: F.uwajima, in: F.roster)?.id == "m-u-1")
        #expect(Audience.contact(at: F.matsuyama, in: F.roster)?.id == "m-m-2")
        #expect(Audience.contact(at: F.toon, in: F.roster)?.id == "m-t-3")
    }

    /// Headquarters' own unread items: the hotline officer (市町振興課) is not told to phone
    /// their own division; the member on duty who has not read them is named, the disaster
    /// office (防災局) first, and never the member asking.
    @Test func atHeadquartersTheMemberOnDutyWhoHasNotReadIt() {
        #expect(Audience.contact(at: F.ehime, in: F.roster, waiting: ["hq-1", "hq-2"])?.id == "hq-1")
        #expect(Audience.contact(at: F.ehime, in: F.roster, waiting: ["hq-2"])?.id == "hq-2")
        #expect(Audience.contact(at: F.ehime, in: F.roster, waiting: ["hq-1", "hq-2"], caller: "hq-1")?.id == "hq-2")
        // The only one waiting is the one asking: another headquarters member is named.
        #expect(Audience.contact(at: F.ehime, in: F.roster, waiting: ["hq-2"], caller: "hq-2")?.id == "hq-1")
        #expect(Audience.contact(at: F.ehime, in: F.roster)?.id == "hq-1")
        // At a municipality, the person to phone stays who the hotline names.
        #expect(Audience.contact(at: F.matsuyama, in: F.roster, caller: "m-m-2")?.id == "m-m-2")
    }
}

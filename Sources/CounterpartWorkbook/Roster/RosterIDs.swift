import CounterpartCore

/// The ids new members and people of a municipality get: the municipality's pattern
/// (`m-382035-5`, `s-382035-0412`) with the next number after every one in use, in the
/// workbook or in the stored roster (also of people the workbook removes, so that a new
/// person never takes the id of one who left).
struct RosterIDs {
    private let memberPrefix: String
    private let staffPrefix: String
    private var used: Set<String>
    private var nextMember: Int
    private var nextPerson: Int

    init(code: LocalGovernmentCode, stored: Roster?, members: [HotlineMember], staff: [StaffPerson]) {
        memberPrefix = "m-\(code)-"
        staffPrefix = "s-\(code)-"
        let memberIDs = members.map(\.id.rawValue) + (stored?.members.map(\.id.rawValue) ?? [])
        let staffIDs = staff.map(\.id.rawValue) + (stored?.staff.map(\.id.rawValue) ?? [])
        used = Set(memberIDs + staffIDs)
        nextMember = RosterIDs.largestNumber(in: memberIDs, prefix: memberPrefix) + 1
        nextPerson = RosterIDs.largestNumber(in: staffIDs, prefix: staffPrefix) + 1
    }

    /// A new member's id.
    mutating func newMember() -> MemberID {
        var number = nextMember
        defer { nextMember = number }
        return MemberID(take(prefix: memberPrefix, number: &number, width: 1))
    }

    /// A new person's id.
    mutating func newPerson() -> StaffID {
        var number = nextPerson
        defer { nextPerson = number }
        return StaffID(take(prefix: staffPrefix, number: &number, width: 4))
    }

    private mutating func take(prefix: String, number: inout Int, width: Int) -> String {
        while true {
            let digits = String(number)
            let id = prefix + String(repeating: "0", count: max(0, width - digits.count)) + digits
            number += 1
            if used.insert(id).inserted { return id }
        }
    }

    private static func largestNumber(in ids: [String], prefix: String) -> Int {
        ids.lazy.filter { $0.hasPrefix(prefix) }.compactMap { Int($0.dropFirst(prefix.count)) }.max() ?? 0
    }
}

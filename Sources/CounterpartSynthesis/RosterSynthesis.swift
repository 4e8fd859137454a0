import CounterpartCore

/// Synthetic rosters for drills and benchmarks: the same parameters always give the same
/// roster, and every roster made is valid.
public enum RosterSynthesis {
    /// What to make.
    public struct Parameters: Hashable, Sendable {
        /// The seed of every random choice.
        public var seed: UInt64
        /// How many municipalities (at least 1).
        public var municipalities: Int
        /// How many dispatchable staff in all.
        public var staff: Int
        /// How many counterpart groups (at least 1).
        public var groups: Int
        /// How many secondary supporters each pairing names (at most).
        public var secondariesPerPairing: Int
        /// The roster's effective day; staff are available for the year from it.
        public var effective: CalendarDay

        /// Parameters; the defaults make an Ehime-sized roster.
        public init(
            seed: UInt64, municipalities: Int = 20, staff: Int = 1500, groups: Int = 3,
            secondariesPerPairing: Int = 2, effective: CalendarDay = CalendarDay(year: 2026, month: 4, day: 1)!
        ) {
            precondition(municipalities >= 1 && municipalities <= 89_999, "between 1 and 89,999 municipalities")
            precondition(groups >= 1 && staff >= 0 && secondariesPerPairing >= 0)
            self.seed = seed
            self.municipalities = municipalities
            self.staff = staff
            self.groups = groups
            self.secondariesPerPairing = secondariesPerPairing
            self.effective = effective
        }
    }

    /// The code of synthetic municipality `index` (0-based): prefixes 10001, 10002, ….
    /// Only the index decides it, so a scenario made for N municipalities fits any
    /// roster made for N or more.
    public static func municipalityCode(_ index: Int) -> LocalGovernmentCode {
        LocalGovernmentCode(prefix: 10_001 + index)
    }

    /// The synthetic prefecture's code (990000 and its check digit).
    public static let prefectureCode = LocalGovernmentCode(prefix: 99_000)

    /// Makes the roster. Complexity: O(staff + municipalities × groups).
    public static func make(_ parameters: Parameters) -> Roster {
        var generator = SeededGenerator(seed: parameters.seed)
        let municipalities = makeMunicipalities(parameters, using: &generator)
        let staff = StaffSynthesis.make(
            count: parameters.staff, municipalities: municipalities, from: parameters.effective, using: &generator)
        let capped = municipalities.map { municipality -> Municipality in
            var municipality = municipality
            let count = staff.counts[municipality.code] ?? 0
            if generator.chance(0.8) {
                municipality.dispatchCapacity = max(1, count * generator.integer(in: 20...40) / 100)
            }
            return municipality
        }
        return Roster(
            prefecture: prefectureCode, effective: parameters.effective, scope: .full,
            municipalities: capped,
            groups: makeGroups(capped, parameters: parameters, using: &generator),
            members: makeMembers(capped, using: &generator),
            staff: staff.people)
    }

    private static func makeMunicipalities(_ parameters: Parameters, using generator: inout SeededGenerator)
        -> [Municipality]
    {
        // Offices scattered over a box that grows with the count: about 10 km apart on average.
        let side = max(0.5, Double(parameters.municipalities).squareRoot() * 0.1)
        return (0..<parameters.municipalities).map { index in
            let population = Int(3000.0 * pow200(generator.unit()))
            let kind: MunicipalityKind = population > 30_000 ? .city : (generator.chance(0.9) ? .town : .village)
            let latitude = 33.0 + (generator.unit() * side * 1000).rounded() / 1000
            let longitude = 132.0 + (generator.unit() * side * 1000).rounded() / 1000
            return Municipality(
                code: municipalityCode(index), name: "合成\(kind.japaneseLabel)\(index + 1)", kind: kind,
                latitude: latitude, longitude: longitude, population: population)
        }
    }

    /// 200 to the power `unit`: populations from 3,000 to 600,000, most of them small.
    private static func pow200(_ unit: Double) -> Double {
        var result = 1.0
        var exponent = unit * 5.298_317  // ln 200
        // e^x by its series, in basic arithmetic only: a libm's exp may differ in the last
        // bit between machines, and the files must not.
        while exponent > 0.5 {
            result *= 1.648_721_270_700_128  // e^0.5
            exponent -= 0.5
        }
        var term = 1.0
        var sum = 1.0
        for step in 1...12 {
            term *= exponent / Double(step)
            sum += term
        }
        return result * sum
    }

    private static func makeGroups(
        _ municipalities: [Municipality], parameters: Parameters, using generator: inout SeededGenerator
    ) -> [CounterpartGroup] {
        let groupCount = min(parameters.groups, max(1, municipalities.count / 2))
        var members = [[Municipality]](repeating: [], count: groupCount)
        for (index, municipality) in municipalities.enumerated() {
            members[index % groupCount].append(municipality)
        }
        let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        return members.enumerated().map { groupIndex, group in
            let id = groupIndex < letters.count ? String(letters[groupIndex]) : "G\(groupIndex + 1)"
            guard group.count >= 2 else { return CounterpartGroup(id: GroupID(id), name: "\(id)グループ") }
            let pairings = group.map { affected -> Pairing in
                let others = generator.shuffled(group.filter { $0.code != affected.code })
                let primary = others.first { $0.kind == .city } ?? others[0]
                let secondaries = others.filter { $0.code != primary.code }.prefix(parameters.secondariesPerPairing)
                return Pairing(
                    affected: affected.code, primary: primary.code,
                    secondaries: secondaries.map(\.code), status: .proposed)
            }
            return CounterpartGroup(id: GroupID(id), name: "\(id)グループ", pairings: pairings)
        }
    }

    private static func makeMembers(_ municipalities: [Municipality], using generator: inout SeededGenerator)
        -> [HotlineMember]
    {
        let roles: [HotlineRole] = [.viceMayor, .disasterManager, .personnelManager, .liaison]
        var members: [HotlineMember] = []
        for municipality in municipalities {
            for (number, role) in roles.enumerated() {
                members.append(
                    HotlineMember(
                        id: MemberID("m-\(municipality.code)-\(number + 1)"), municipality: municipality.code,
                        role: role, name: JapaneseNames.random(using: &generator),
                        phone: "0000-00-\(1000 + generator.below(9000))",
                        email: "\(role.rawValue).\(municipality.code)@example.jp"))
            }
        }
        for (number, role) in [HotlineRole.hqDisaster, .hqPromotion].enumerated() {
            members.append(
                HotlineMember(
                    id: MemberID("hq-\(number + 1)"), municipality: prefectureCode, role: role,
                    name: JapaneseNames.random(using: &generator), phone: "0000-00-\(1000 + generator.below(9000))"))
        }
        return members
    }
}

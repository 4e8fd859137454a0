import CounterpartCore

/// Solves one period exactly as a minimum-cost flow on an aggregated network:
///
///     source → municipality (capacity left) → class (its size) → supply (m, k, windows)
///            → request (cost: tier cost + distance − priority value) → sink (open slots)
///
/// A *class* gathers the people of one municipality whose skills and covered windows are
/// the same, so they are interchangeable; a *supply* node gathers, for one category, the
/// classes of a municipality that cover the same windows. Only arcs of negative cost are
/// built: an assignment that does not lower the cost is never worth making.
/// Complexity: O(people) to build classes, O(supply nodes × requests of their category)
/// arcs, then ``MinCostFlow``.
struct PeriodSolver {
    let staff: [StaffPerson]
    let context: PlanningContext
    let policy: PlanningPolicy
    /// Whether to start each request from its cheapest suppliers and price the rest (the
    /// default), or to build the whole network at once (for tests that compare the two).
    var usesPricing = true

    /// (person index, request index into `problem.requests`) pairs, deterministic.
    func solve(_ problem: PeriodProblem) -> [(person: Int, request: Int)] {
        guard !problem.requests.isEmpty, !problem.candidates.isEmpty else { return [] }
        let windows = distinctWindows(problem)
        let classes = buildClasses(problem, windows: windows)
        guard !classes.isEmpty else { return [] }
        return flowAssignments(problem, windows: windows, classes: classes)
    }

    // MARK: - Windows and classes

    struct Windows {
        /// The distinct windows of the active requests.
        var list: [DayRange]
        /// For each request, the index of its window.
        var ofRequest: [Int]
        /// For each category, the windows its requests use.
        var ofCategory: [JobCategory: [Int]]
    }

    private func distinctWindows(_ problem: PeriodProblem) -> Windows {
        var index: [DayRange: Int] = [:]
        var list: [DayRange] = []
        var ofRequest: [Int] = []
        var ofCategory: [JobCategory: [Int]] = [:]
        for open in problem.requests {
            let position =
                index[open.window]
                ?? {
                    list.append(open.window)
                    index[open.window] = list.count - 1
                    return list.count - 1
                }()
            ofRequest.append(position)
            if ofCategory[open.request.category]?.contains(position) != true {
                ofCategory[open.request.category, default: []].append(position)
            }
        }
        return Windows(list: list, ofRequest: ofRequest, ofCategory: ofCategory)
    }

    /// People of one municipality with the same usable skills and the same covered windows.
    struct PersonClass {
        var municipality: LocalGovernmentCode
        var skills: JobCategorySet
        var covered: WindowSet
        /// What earlier answers say about these people (usually nothing).
        var history: PersonHistory
        var people: [Int]
    }

    struct ClassKey: Hashable {
        var municipality: LocalGovernmentCode
        var skills: UInt16
        var covered: WindowSet
        var history: PersonHistory
    }

    private func buildClasses(_ problem: PeriodProblem, windows: Windows) -> [PersonClass] {
        let activeCategories = JobCategorySet(problem.requests.map(\.request.category))
        var classIndex: [ClassKey: Int] = [:]
        var classes: [PersonClass] = []
        for person in problem.candidates {
            let someone = staff[person]
            let skills = JobCategorySet(someone.skills.filter { activeCategories.contains($0) })
            guard !skills.isEmpty, problem.capacityLeft[someone.municipality].map({ $0 > 0 }) ?? true else { continue }
            var covered = WindowSet(count: windows.list.count)
            for category in skills {
                for window in windows.ofCategory[category] ?? []
                where someone.isAvailable(throughout: windows.list[window]) {
                    covered.insert(window)
                }
            }
            guard !covered.isEmpty else { continue }
            let history = PersonHistory(
                excluded: problem.exclusions[person] ?? [], preferred: problem.preferences[person],
                isProposedLater: problem.laterProposals.contains(person))
            let key = ClassKey(
                municipality: someone.municipality, skills: skills.bits, covered: covered, history: history)
            if let existing = classIndex[key] {
                classes[existing].people.append(person)
            } else {
                classIndex[key] = classes.count
                classes.append(
                    PersonClass(
                        municipality: someone.municipality, skills: skills, covered: covered,
                        history: history, people: [person]))
            }
        }
        return classes
    }
}

import CounterpartCore

extension HotlineMember {
    /// Whether the member is headquarters (HQ) in `roster`: a headquarters role, or the
    /// prefecture's municipality — as ``Audience/concerned(with:in:)`` counts them.
    func isHeadquarters(in roster: Roster) -> Bool {
        role.isHeadquarters || municipality == roster.prefecture
    }
}

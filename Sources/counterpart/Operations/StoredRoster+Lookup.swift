extension StoredRoster {
    /// Names for the current roster's municipalities, members and staff.
    static func lookup(_ options: OperationsOptions) throws -> MunicipalityLookup {
        MunicipalityLookup(roster: try current(options.database))
    }
}

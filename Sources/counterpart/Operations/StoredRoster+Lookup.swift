extension StoredRoster {
    /// Names for the current roster's municipalities, members and staff.
    static func lookup(_ options: OperationsOptions) throws -> MunicipalityLookup {
        try lookup(options.database)
    }

    /// Names for the current roster of the database `database` names.
    static func lookup(_ database: DatabaseOptions) throws -> MunicipalityLookup {
        MunicipalityLookup(roster: try current(database))
    }
}

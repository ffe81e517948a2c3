namespace Mobility.Access.Users;

internal enum MembershipKind
{
    /// <summary>Coordinates an Enrolment consortium (role ConsortiumCoordinator): sees every member organisation.</summary>
    Coordinates,

    /// <summary>Works at an Enrolment organisation (role SchoolStaff): sees that organisation's people.</summary>
    WorksAt,

    /// <summary>Funds an Enrolment consortium (role Funder): reads its aggregates only.</summary>
    Funds,
}

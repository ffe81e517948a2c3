namespace Mobility.Enrolment.Staff;

internal enum StaffRole
{
    Teacher,

    /// <summary>The teacher appointed as referent for European and international action in a school.</summary>
    EuropeanInternationalReferent,
    AccompanyingPerson,
    Accountant,
    Coordinator,
}

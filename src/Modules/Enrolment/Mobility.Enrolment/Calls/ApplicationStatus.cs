namespace Mobility.Enrolment.Calls;

internal enum ApplicationStatus
{
    Applied,
    Shortlisted,
    Selected,
    Reserve,
    Rejected,
    Withdrawn,
}

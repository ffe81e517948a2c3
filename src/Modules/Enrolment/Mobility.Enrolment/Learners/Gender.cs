namespace Mobility.Enrolment.Learners;

internal enum Gender
{
    Female,
    Male,
    NonBinary,
    Undisclosed,
}

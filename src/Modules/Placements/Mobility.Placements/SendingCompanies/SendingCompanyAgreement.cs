namespace Mobility.Placements.SendingCompanies;

internal enum SendingCompanyAgreement
{
    Pending,
    Agreed,
    Refused,
}

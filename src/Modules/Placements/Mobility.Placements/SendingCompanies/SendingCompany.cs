using Mobility.BuildingBlocks.Domain;

namespace Mobility.Placements.SendingCompanies;

/// <summary>
/// An apprentice's employer at home. The company must be told that a mobility is planned, ideally when the
/// apprenticeship contract is signed, and must agree before the apprentice's placement is confirmed.
/// </summary>
internal sealed class SendingCompany
{
    private SendingCompany()
    {
    }

    public Guid Id { get; private set; }

    public Guid LearnerId { get; private set; }

    public string Name { get; private set; } = "";

    public string City { get; private set; } = "";

    public string ContactName { get; private set; } = "";

    public string ContactEmail { get; private set; } = "";

    public DateOnly ContractSignedOn { get; private set; }

    public DateOnly? InformedOn { get; private set; }

    public SendingCompanyAgreement Agreement { get; private set; }

    public DateOnly? AgreementDecidedOn { get; private set; }

    public string? AgreementNote { get; private set; }

    /// <summary>Days between the contract and telling the company; the seed advises zero.</summary>
    public int? DaysFromContractToInformed => InformedOn is { } informed ? informed.DayNumber - ContractSignedOn.DayNumber : null;

    public static SendingCompany Register(
        Guid id, Guid learnerId, string name, string city, string contactName, string contactEmail, DateOnly contractSignedOn)
    {
        Rule.Require(!string.IsNullOrWhiteSpace(name), "SENDING_COMPANY_NAME_REQUIRED", "A sending company needs a name.");
        return new SendingCompany
        {
            Id = id,
            LearnerId = learnerId,
            Name = name.Trim(),
            City = city.Trim(),
            ContactName = contactName.Trim(),
            ContactEmail = contactEmail.Trim(),
            ContractSignedOn = contractSignedOn,
            Agreement = SendingCompanyAgreement.Pending,
        };
    }

    public void RecordInformed(DateOnly informedOn, DateOnly today)
    {
        Rule.Require(informedOn >= ContractSignedOn, "SENDING_COMPANY_INFORMED_BEFORE_CONTRACT",
            $"{Name} cannot be informed before the apprenticeship contract was signed on {ContractSignedOn:O}.");
        Rule.Require(informedOn <= today, "DATE_IN_FUTURE", $"{informedOn:O} has not happened yet.");
        InformedOn = informedOn;
    }

    public void RecordAgreement(bool agreed, DateOnly decidedOn, string? note, DateOnly today)
    {
        Rule.Require(InformedOn is not null, "SENDING_COMPANY_NOT_INFORMED",
            $"{Name} must first be informed of the planned mobility.");
        Rule.Require(decidedOn >= InformedOn!.Value && decidedOn <= today, "SENDING_COMPANY_DECISION_DATE",
            $"The decision must fall between the day {Name} was informed ({InformedOn:O}) and today.");
        Agreement = agreed ? SendingCompanyAgreement.Agreed : SendingCompanyAgreement.Refused;
        AgreementDecidedOn = decidedOn;
        AgreementNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
    }
}

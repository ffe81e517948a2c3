namespace Mobility.Recognition.Europass;

/// <summary>
/// Everything a Europass Mobility document states, frozen when it is issued: the holder (1), the issuer (2), the
/// sending and host partners (3), the mobility experience (4) and the skills and competences acquired (5a), with
/// the host assessment they rest on. <see cref="Language"/> is the ISO 639-1 language its free text is written in. The PDF and the European Learning Model JSON are both drawn from it.
/// </summary>
internal sealed record EuropassMobilityRecord(
    string Number,
    DateOnly IssuedOn,
    string Language,
    EuropassHolder Holder,
    EuropassOrganisation Issuer,
    EuropassPartner SendingPartner,
    EuropassPartner HostPartner,
    EuropassExperience Experience,
    EuropassAssessment Assessment,
    IReadOnlyList<EuropassUnit> Units);

internal sealed record EuropassHolder(string FirstName, string LastName, DateOnly BirthDate, string Nationality);

internal sealed record EuropassOrganisation(string Name, string City, string Country);

internal sealed record EuropassPartner(EuropassOrganisation Organisation, string? Kind, string? ReferencePerson, string? ReferencePosition, string? ReferenceEmail);

internal sealed record EuropassExperience(
    string Initiative,
    int CallYear,
    string Qualification,
    int EqfLevel,
    DateOnly From,
    DateOnly To,
    int DurationDays,
    IReadOnlyList<string> Objectives);

internal sealed record EuropassAssessment(string Method, DateOnly? HeldOn, string? Language, string? AssessedBy, bool SendingCompanyTookPart, bool SchoolTeacherTookPart);

/// <summary>A unit as assessed; <see cref="LevelLabels"/> holds the grid level's label in each language.</summary>
internal sealed record EuropassUnit(
    string Title,
    string QualificationUnitCode,
    string QualificationUnitTitle,
    IReadOnlyList<string> Knowledge,
    IReadOnlyList<string> Skills,
    IReadOnlyList<string> Competences,
    string SchemeCode,
    IReadOnlyDictionary<string, string> LevelLabels,
    decimal? Mark,
    decimal? MarkScale,
    string? Evidence,
    string? Comment,
    string? Recognition,
    string? Attestation);

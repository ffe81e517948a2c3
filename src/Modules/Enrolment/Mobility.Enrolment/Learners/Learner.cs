using Mobility.BuildingBlocks.Domain;
using Mobility.BuildingBlocks.Geography;
using Mobility.Enrolment.Organisations;
using Mobility.Enrolment.Qualifications;

namespace Mobility.Enrolment.Learners;

/// <summary>
/// A learner enrolled at a school, preparing a qualification. Fewer-opportunities and special-needs flags are
/// deliberately not here: they live in <see cref="LearnerSensitiveData"/> and are only loaded on purpose.
/// </summary>
internal sealed class Learner
{
    public const int AgeOfMajority = 18;

    private readonly List<LearnerLanguage> _languages = [];

    private Learner()
    {
    }

    public Guid Id { get; private set; }

    public string FirstName { get; private set; } = "";

    public string LastName { get; private set; } = "";

    public string? Email { get; private set; }

    public DateOnly BirthDate { get; private set; }

    public Gender Gender { get; private set; }

    public string Nationality { get; private set; } = "";

    public Guid SchoolId { get; private set; }

    public Guid QualificationId { get; private set; }

    /// <summary>The year of the programme the learner is in (1 for the first year of a CAP or Bac Pro).</summary>
    public int ProgrammeYear { get; private set; }

    public string? GuardianConsentBy { get; private set; }

    public DateTime? GuardianConsentAt { get; private set; }

    public bool HasGuardianConsent => GuardianConsentBy is not null;

    /// <summary>
    /// Changes with every selection of the learner: a concurrency token, so two selections decided at the same time
    /// cannot both pass the overlapping-call check (the later one is checked again).
    /// </summary>
    public int SelectionVersion { get; private set; }

    public void NoteSelection() => SelectionVersion++;

    public IReadOnlyList<LearnerLanguage> Languages => _languages;

    public static Learner Register(
        Guid id, string firstName, string lastName, string? email, DateOnly birthDate, Gender gender, string nationality,
        Organisation school, Qualification qualification, int programmeYear, DateOnly today)
    {
        Rule.Require(!string.IsNullOrWhiteSpace(firstName) && !string.IsNullOrWhiteSpace(lastName), "LEARNER_NAME_REQUIRED",
            "A learner needs a first and a last name.");
        Rule.Require(birthDate < today, "BIRTH_DATE_IN_FUTURE", $"A learner cannot be born on {birthDate:O}.");
        Rule.Require(CountryCode.IsValid(nationality), "COUNTRY_UNKNOWN", $"'{nationality}' is not an ISO 3166-1 country code.");
        Rule.Require(school.TrainsLearners, "LEARNER_SCHOOL_KIND",
            $"{school.Name} is a {school.Kind}; learners are enrolled at schools, training centres or chambers of crafts.");
        Rule.Require(programmeYear is >= 1 and <= 5, "PROGRAMME_YEAR_RANGE", "The programme year runs from 1 to 5.");
        return new Learner
        {
            Id = id,
            FirstName = firstName.Trim(),
            LastName = lastName.Trim(),
            Email = string.IsNullOrWhiteSpace(email) ? null : email.Trim(),
            BirthDate = birthDate,
            Gender = gender,
            Nationality = CountryCode.Parse(nationality).Iso,
            SchoolId = school.Id,
            QualificationId = qualification.Id,
            ProgrammeYear = programmeYear,
        };
    }

    public int AgeOn(DateOnly date)
    {
        var age = date.Year - BirthDate.Year;
        return BirthDate.AddYears(age) > date ? age - 1 : age;
    }

    public bool IsMinorOn(DateOnly date) => AgeOn(date) < AgeOfMajority;

    public void RecordGuardianConsent(string givenBy, DateTime at)
    {
        Rule.Require(!string.IsNullOrWhiteSpace(givenBy), "GUARDIAN_NAME_REQUIRED", "Say which parent or guardian consented.");
        Rule.Require(IsMinorOn(DateOnly.FromDateTime(at)), "LEARNER_NOT_A_MINOR",
            $"{FirstName} {LastName} is of age; no guardian consent is needed.");
        GuardianConsentBy = givenBy.Trim();
        GuardianConsentAt = at;
    }

    public void RecordLanguageLevel(string language, CefrLevel level)
    {
        Rule.Require(LanguageCode.IsValid(language), "LANGUAGE_UNKNOWN", $"'{language}' is not an ISO 639-1 language code.");
        Rule.Require(Enum.IsDefined(level), "CEFR_LEVEL_UNKNOWN", $"{level} is not a CEFR level.");
        var code = LanguageCode.Normalise(language);
        var known = _languages.Find(l => l.Language == code);
        if (known is null)
        {
            _languages.Add(new LearnerLanguage(Id, code, level));
        }
        else
        {
            known.Reach(level);
        }
    }
}

using Mobility.Enrolment.Contracts.Directory;

namespace Mobility.Recognition.Demo;

/// <summary>The learning outcomes, evidence and comments the demo's units and assessments are written with.</summary>
internal static class DemoOutcomes
{
    public const string UfmTitle = "Unité facultative de mobilité – découverte professionnelle et culturelle";

    public const string Evidence = "Observed during daily work; photos and work sheets kept in the learner's portfolio.";

    public static readonly IReadOnlyList<string> UfmKnowledge =
        ["Describe how the host company is organised and where the learner's trade fits in it."];

    public static readonly IReadOnlyList<string> UfmSkills =
        ["Carry out the tasks of the trade entrusted by the tutor, following the host's methods and safety rules (C1).",
         "Compare the host's professional practices with those learnt in France (C3)."];

    public static readonly IReadOnlyList<string> UfmCompetences =
        ["Adapt to a team, working hours and customs abroad, and take part in the life of the company."];

    private static readonly string[] Practical = ["EP2", "E3", "U2", "U10", "GP1", "0048", "PRA", "M2"];

    private static readonly string[] Comments =
    [
        "Reliable and punctual; asks good questions.",
        "Gained confidence quickly and worked on their own by the end of the stay.",
        "Careful work; should speak up more with customers.",
        "Very good integration in the team.",
        "Progressed steadily; needs more practice on speed.",
    ];

    private static readonly Dictionary<string, string> Languages = new(StringComparer.Ordinal)
    {
        ["DE"] = "de", ["AT"] = "de", ["ES"] = "es", ["IT"] = "it", ["PT"] = "pt", ["IE"] = "en", ["GB"] = "en", ["MT"] = "en",
        ["BE"] = "fr", ["LU"] = "fr", ["NL"] = "nl", ["PL"] = "pl", ["CZ"] = "cs", ["SE"] = "sv", ["FI"] = "fi", ["DK"] = "da",
        ["GR"] = "el", ["HU"] = "hu", ["RO"] = "ro", ["SI"] = "sl", ["HR"] = "hr", ["SK"] = "sk", ["EE"] = "et", ["LV"] = "lv",
        ["LT"] = "lt", ["BG"] = "bg", ["CY"] = "el", ["FR"] = "fr",
    };

    public static string HostLanguage(string country) => Languages.GetValueOrDefault(country, "en");

    public static string Comment(int index) => Comments[index % Comments.Length];

    /// <summary>The qualification's practical unit (the one a stay in a company best serves), else its first mandatory unit.</summary>
    public static QualificationUnitSummary? ProfessionalUnit(QualificationSummary qualification)
        => qualification.Units.Where(u => !u.IsOptional).OrderBy(u => Array.IndexOf(Practical, u.Code) is var i && i >= 0 ? i : int.MaxValue).FirstOrDefault();

    public static (IReadOnlyList<string> Knowledge, IReadOnlyList<string> Skills, IReadOnlyList<string> Competences) Statements(
        QualificationUnitSummary unit, string city)
        => ([$"Know the host's products, tools and quality standards used for: {unit.Title}."],
            [$"Carry out the tasks of '{unit.Title}' to the host's standard, within the time allowed.",
             "Organise one's workstation and follow hygiene and safety rules."],
            [$"Work as a member of a team in {city}, taking responsibility for the tasks entrusted."]);
}

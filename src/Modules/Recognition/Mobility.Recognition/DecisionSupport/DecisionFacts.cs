using Mobility.BuildingBlocks.Geography;

namespace Mobility.Recognition.DecisionSupport;

/// <summary>
/// What the decision-support tool knows about a planned certificative mobility. Rules test these facts by the
/// names in <see cref="DecisionFact"/>.
/// </summary>
internal sealed record DecisionFacts(
    string QualificationLevel,
    int EqfLevel,
    bool HasOptionalMobilityUnit,
    int DurationDays,
    HostKind HostKind,
    bool SendingCompanyTakesPart,
    bool ReceivingCompanyTakesPart,
    CefrLevel LanguageLevel);

/// <summary>The kind of host abroad.</summary>
internal enum HostKind
{
    Company,
    TrainingBody,
}

internal enum FactType
{
    Number,
    Text,
    Boolean,
    Cefr,
    HostKind,
}

/// <summary>The facts a rule's conditions may test, with their type (which decides the operators and values allowed).</summary>
internal sealed record DecisionFact(string Name, FactType Type, string Description, Func<DecisionFacts, object> Read)
{
    public static readonly IReadOnlyList<DecisionFact> All =
    [
        new("qualificationLevel", FactType.Text, "The qualification's national level, e.g. CAP, Bac Pro, BP, BMA, BTS.", f => f.QualificationLevel),
        new("eqfLevel", FactType.Number, "The qualification's EQF level (1 to 8).", f => f.EqfLevel),
        new("hasOptionalMobilityUnit", FactType.Boolean, "Whether the qualification has an optional mobility unit (the French UFM).", f => f.HasOptionalMobilityUnit),
        new("durationDays", FactType.Number, "Days abroad.", f => f.DurationDays),
        new("hostKind", FactType.HostKind, "Company or TrainingBody.", f => f.HostKind),
        new("sendingCompanyTakesPart", FactType.Boolean, "Whether the apprentice's employer at home can take part in the evaluation.", f => f.SendingCompanyTakesPart),
        new("receivingCompanyTakesPart", FactType.Boolean, "Whether the host abroad can take part in the evaluation.", f => f.ReceivingCompanyTakesPart),
        new("languageLevel", FactType.Cefr, "The learner's CEFR level in the host's working language (A1 to C2).", f => f.LanguageLevel),
    ];

    public static DecisionFact? Named(string name) => All.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));
}

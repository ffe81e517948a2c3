using Mobility.BuildingBlocks.Geography;

namespace Mobility.Enrolment.Contracts.Directory;

/// <summary>An ISO 639-1 language studied and the CEFR level reached in it.</summary>
public sealed record LanguageSkill(string Language, CefrLevel Level);

namespace Mobility.Impact.Outcomes;

/// <summary>The CEFR's five skills, assessed before departure and after return.</summary>
internal enum LanguageSkill
{
    Listening,
    Reading,
    SpokenInteraction,
    SpokenProduction,
    Writing,
}

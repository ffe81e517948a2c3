namespace Mobility.Impact.Outcomes;

/// <summary>The survey's questions in each language it is offered in; the answers are the same Likert scale in all.</summary>
internal static class SurveyQuestionnaire
{
    public static readonly IReadOnlyList<string> Languages = ["en", "fr", "de", "es", "it"];

    public static readonly IReadOnlyList<string> Questions = ["satisfaction", "languageSkillsImproved", "selfConfidenceImproved", "readyToGoAgain", "openAnswer"];

    private static readonly Dictionary<string, string[]> Texts = new(StringComparer.Ordinal)
    {
        ["en"] =
        [
            "Overall, I am satisfied with my placement abroad.",
            "I improved my language skills.",
            "I have more self-confidence than before.",
            "I am ready to go abroad again.",
            "What would you like to tell us about your placement?",
        ],
        ["fr"] =
        [
            "Dans l'ensemble, je suis satisfait(e) de ma mobilité.",
            "J'ai amélioré mon niveau en langue.",
            "J'ai davantage confiance en moi qu'avant.",
            "Je suis prêt(e) à renouveler l'expérience.",
            "Que souhaitez-vous nous dire de votre mobilité ?",
        ],
        ["de"] =
        [
            "Insgesamt bin ich mit meinem Auslandspraktikum zufrieden.",
            "Ich habe meine Sprachkenntnisse verbessert.",
            "Ich habe mehr Selbstvertrauen als vorher.",
            "Ich würde wieder ins Ausland gehen.",
            "Was möchten Sie uns über Ihr Praktikum sagen?",
        ],
        ["es"] =
        [
            "En general, estoy satisfecho/a con mi estancia en el extranjero.",
            "He mejorado mis competencias lingüísticas.",
            "Tengo más confianza en mí mismo/a que antes.",
            "Estoy dispuesto/a a repetir la experiencia.",
            "¿Qué nos quiere contar de su estancia?",
        ],
        ["it"] =
        [
            "Nel complesso sono soddisfatto/a del mio tirocinio all'estero.",
            "Ho migliorato le mie competenze linguistiche.",
            "Ho più fiducia in me stesso/a di prima.",
            "Sono pronto/a a ripetere l'esperienza.",
            "Che cosa vuole raccontarci del suo tirocinio?",
        ],
    };

    private static readonly Dictionary<string, string[]> Scale = new(StringComparer.Ordinal)
    {
        ["en"] = ["Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree"],
        ["fr"] = ["Pas du tout d'accord", "Plutôt pas d'accord", "Ni d'accord ni pas d'accord", "Plutôt d'accord", "Tout à fait d'accord"],
        ["de"] = ["Stimme gar nicht zu", "Stimme nicht zu", "Weder noch", "Stimme zu", "Stimme voll zu"],
        ["es"] = ["Totalmente en desacuerdo", "En desacuerdo", "Ni de acuerdo ni en desacuerdo", "De acuerdo", "Totalmente de acuerdo"],
        ["it"] = ["Per niente d'accordo", "Non d'accordo", "Né d'accordo né in disaccordo", "D'accordo", "Del tutto d'accordo"],
    };

    /// <summary>The question's text in the language, falling back to English.</summary>
    public static string Text(string question, string language)
        => (Texts.GetValueOrDefault(language) ?? Texts["en"])[IndexOf(question)];

    public static IReadOnlyList<string> ScaleLabels(string language) => Scale.GetValueOrDefault(language) ?? Scale["en"];

    /// <summary>The language a participant is asked in: the sending country's, when the survey exists in it.</summary>
    public static string LanguageFor(string originCountry) => originCountry switch
    {
        "FR" or "BE" or "LU" => "fr",
        "DE" or "AT" => "de",
        "ES" => "es",
        "IT" => "it",
        _ => "en",
    };

    private static int IndexOf(string question)
    {
        for (var i = 0; i < Questions.Count; i++)
        {
            if (string.Equals(Questions[i], question, StringComparison.Ordinal))
            {
                return i;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(question), question, "Not a survey question.");
    }
}

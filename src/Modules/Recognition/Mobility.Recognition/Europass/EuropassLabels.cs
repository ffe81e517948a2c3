namespace Mobility.Recognition.Europass;

/// <summary>The Europass Mobility document's headings and captions in English, French, Spanish and German.</summary>
internal static class EuropassLabels
{
    public static readonly IReadOnlyList<string> Languages = ["en", "fr", "es", "de"];

    private static readonly Dictionary<string, string[]> Texts = new(StringComparer.Ordinal)
    {
        // key: en, fr, es, de
        ["title"] = ["Europass Mobility", "Europass Mobilité", "Europass Movilidad", "Europass Mobilitätsnachweis"],
        ["number"] = ["Europass Mobility number", "Numéro du document Europass Mobilité", "Número del documento Europass Movilidad", "Nummer des Europass Mobilitätsnachweises"],
        ["issued"] = ["Date of issue", "Date de délivrance", "Fecha de expedición", "Ausstellungsdatum"],
        ["holder"] = ["1. The holder of this Europass Mobility document", "1. Le titulaire du document Europass Mobilité", "1. El titular del documento Europass Movilidad", "1. Inhaber/in des Europass Mobilitätsnachweises"],
        ["surname"] = ["Surname", "Nom", "Apellidos", "Nachname"],
        ["firstName"] = ["First name", "Prénom", "Nombre", "Vorname"],
        ["birthDate"] = ["Date of birth", "Date de naissance", "Fecha de nacimiento", "Geburtsdatum"],
        ["nationality"] = ["Nationality", "Nationalité", "Nacionalidad", "Staatsangehörigkeit"],
        ["issuer"] = ["2. The Europass Mobility document is issued by", "2. Le document Europass Mobilité est délivré par", "2. El documento Europass Movilidad es expedido por", "2. Der Europass Mobilitätsnachweis wird ausgestellt von"],
        ["issuingOrganisation"] = ["Issuing organisation", "Organisme émetteur", "Organización emisora", "Ausstellende Einrichtung"],
        ["partners"] = ["3. Partner organisations", "3. Organismes partenaires", "3. Organizaciones socias", "3. Partnereinrichtungen"],
        ["sendingPartner"] = ["Sending partner", "Partenaire d'envoi", "Socio de envío", "Entsendende Einrichtung"],
        ["hostPartner"] = ["Host partner", "Partenaire d'accueil", "Socio de acogida", "Aufnehmende Einrichtung"],
        ["referencePerson"] = ["Reference person", "Personne de référence", "Persona de referencia", "Kontaktperson"],
        ["mentor"] = ["Mentor / tutor", "Tuteur", "Tutor", "Mentor/in"],
        ["experience"] = ["4. Description of the Europass Mobility experience", "4. Description du parcours Europass Mobilité", "4. Descripción de la experiencia Europass Movilidad", "4. Beschreibung des Europass Mobilitätsabschnitts"],
        ["initiative"] = ["Community or mobility programme", "Programme communautaire ou de mobilité", "Programa comunitario o de movilidad", "Gemeinschafts- oder Mobilitätsprogramm"],
        ["qualification"] = ["Qualification being prepared", "Qualification préparée", "Cualificación en curso", "Angestrebte Qualifikation"],
        ["eqf"] = ["EQF level", "Niveau CEC", "Nivel MEC", "EQR-Niveau"],
        ["duration"] = ["Duration", "Durée", "Duración", "Dauer"],
        ["from"] = ["From", "Du", "Desde", "Von"],
        ["to"] = ["to", "au", "hasta", "bis"],
        ["days"] = ["days", "jours", "días", "Tage"],
        ["objectives"] = ["Objectives of the mobility experience", "Objectifs du parcours de mobilité", "Objetivos de la experiencia de movilidad", "Ziele des Mobilitätsabschnitts"],
        ["skills"] = ["5a. Skills and competences acquired during the Europass Mobility experience", "5a. Aptitudes et compétences acquises pendant le parcours Europass Mobilité", "5a. Capacidades y competencias adquiridas durante la experiencia Europass Movilidad", "5a. Während des Europass Mobilitätsabschnitts erworbene Fähigkeiten und Kompetenzen"],
        ["unit"] = ["Unit of the qualification", "Unité du diplôme", "Unidad de la cualificación", "Einheit der Qualifikation"],
        ["knowledge"] = ["Knowledge", "Savoirs", "Conocimientos", "Kenntnisse"],
        ["skillsList"] = ["Skills", "Aptitudes", "Destrezas", "Fertigkeiten"],
        ["competences"] = ["Competences (responsibility and autonomy)", "Compétences (responsabilité et autonomie)", "Competencias (responsabilidad y autonomía)", "Kompetenzen (Verantwortung und Selbstständigkeit)"],
        ["level"] = ["Level reached", "Niveau atteint", "Nivel alcanzado", "Erreichtes Niveau"],
        ["mark"] = ["Mark", "Note", "Nota", "Note"],
        ["evidence"] = ["Evidence", "Preuves", "Evidencias", "Nachweise"],
        ["comment"] = ["Comment of the host tutor", "Commentaire du tuteur d'accueil", "Comentario del tutor de acogida", "Kommentar des Mentors"],
        ["recognition"] = ["Recognition by the sending school", "Reconnaissance par l'établissement d'envoi", "Reconocimiento por el centro de envío", "Anerkennung durch die entsendende Einrichtung"],
        ["assessment"] = ["Assessment", "Évaluation", "Evaluación", "Bewertung"],
        ["method"] = ["Method", "Modalité", "Modalidad", "Verfahren"],
        ["heldOn"] = ["Held on", "Date", "Fecha", "Datum"],
        ["language"] = ["Language of the assessment", "Langue de l'évaluation", "Idioma de la evaluación", "Sprache der Bewertung"],
        ["assessedBy"] = ["Assessed by", "Évalué par", "Evaluado por", "Bewertet von"],
        ["participants"] = ["Also taking part", "Ont aussi participé", "También participaron", "Ebenfalls beteiligt"],
        ["sendingCompany"] = ["the sending company", "l'entreprise d'envoi", "la empresa de envío", "der entsendende Betrieb"],
        ["teacher"] = ["the school's teacher", "l'enseignant de l'établissement", "el profesor del centro", "die Lehrkraft der Schule"],
        ["signatures"] = ["Signatures", "Signatures", "Firmas", "Unterschriften"],
        ["hostSignature"] = ["Signature of the mentor / tutor", "Signature du tuteur", "Firma del tutor", "Unterschrift des Mentors"],
        ["issuerSignature"] = ["Signature of the issuing organisation", "Signature de l'organisme émetteur", "Firma de la organización emisora", "Unterschrift der ausstellenden Einrichtung"],
        ["OnSite"] = ["on site at the host", "sur place chez l'accueillant", "in situ en la entidad de acogida", "vor Ort beim Gastbetrieb"],
        ["VideoCall"] = ["by video call", "par visioconférence", "por videollamada", "per Videoanruf"],
        ["Portfolio"] = ["on a portfolio of evidence", "sur portfolio de preuves", "sobre un portafolio de evidencias", "anhand eines Nachweisportfolios"],
        ["CreditedTowardQualification"] = ["credited toward the qualification", "prise en compte pour l'obtention du diplôme", "reconocida para la obtención de la cualificación", "auf die Qualifikation angerechnet"],
        ["CountedInContinuousAssessment"] = ["counted in continuous assessment", "prise en compte dans le contrôle en cours de formation", "computada en la evaluación continua", "in der laufenden Leistungsbewertung berücksichtigt"],
        ["RecordedInTranscript"] = ["recorded in the transcript", "inscrite au relevé de compétences", "registrada en el expediente", "im Leistungsnachweis vermerkt"],
        ["NotRecognised"] = ["not recognised", "non reconnue", "no reconocida", "nicht anerkannt"],
    };

    public static string Get(string key, string language)
    {
        var texts = Texts[key];
        var index = Math.Max(0, Languages.ToList().IndexOf(language));
        return texts[index];
    }

    /// <summary>The label in every language, keyed by ISO 639-1 code (for the European Learning Model's language maps).</summary>
    public static Dictionary<string, string> All(string key) => Languages.Select((l, i) => (l, i)).ToDictionary(x => x.l, x => Texts[key][x.i]);

    public static bool IsSupported(string language) => Languages.Contains(language);
}

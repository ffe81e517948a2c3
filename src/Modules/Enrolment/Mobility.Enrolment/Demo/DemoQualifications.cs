namespace Mobility.Enrolment.Demo;

internal sealed record DemoUnit(string Code, string Title, bool IsOptional = false);

internal sealed record DemoQualification(
    string Key, string Name, string Level, string Country, int Eqf, string Isced, IReadOnlyList<DemoUnit> Units)
{
    public Guid Id => DemoIds.Of("qualification", Key);

    /// <summary>How many years the programme lasts, for the learners' programme year.</summary>
    public int Years => Level switch
    {
        "Bac Pro" => 3,
        "FCIL" => 1,
        _ => 2,
    };
}

/// <summary>The qualifications of the two demo consortia, each with a few units (the French ones with the UFM).</summary>
internal static class DemoQualifications
{
    private static readonly DemoUnit Ufm = new("UFM", "Unité facultative de mobilité", IsOptional: true);

    public static readonly IReadOnlyList<DemoQualification> All =
    [
        Cap("cap-flou", "CAP Métiers de la mode – vêtement flou", "0723", "vêtement flou"),
        Cap("cap-peau", "CAP Vêtement de peau", "0723", "vêtement de peau"),
        Cap("cap-fourrure", "CAP Métiers de la fourrure", "0723", "fourrure"),
        Cap("cap-plumassier", "CAP Plumassier", "0214", "plumasserie"),
        Cap("cap-modiste", "CAP Chapelier-modiste", "0214", "chapellerie"),
        BacPro("bp-couture", "Baccalauréat professionnel Métiers de la couture et de la confection", "0723", "couture"),
        new("bma-bijou", "BMA Bijou – option bijouterie joaillerie", "BMA", "FR", 4, "0214",
            [new("U1", "Arts appliqués et cultures artistiques"), new("U2", "Réalisation d'un bijou"), Ufm]),
        Fcil("fcil-plumasserie", "FCIL Plumasserie et fleurs artificielles", "plumasserie"),
        Fcil("fcil-modiste", "FCIL Modiste-chapelier", "chapellerie"),
        Cap("cap-esthetique", "CAP Esthétique cosmétique parfumerie", "1012", "esthétique"),
        BacPro("bp-esthetique", "Baccalauréat professionnel Esthétique cosmétique parfumerie", "1012", "esthétique"),
        Cap("cap-coiffure", "CAP Métiers de la coiffure", "1012", "coiffure"),
        BacPro("bp-accueil", "Baccalauréat professionnel Métiers de l'accueil", "0416", "accueil"),
        BacPro("bp-commerce", "Baccalauréat professionnel Métiers du commerce et de la vente", "0416", "vente"),
        Cap("cap-commerce", "CAP Équipier polyvalent du commerce", "0416", "commerce"),
        Cap("cap-cuisine", "CAP Cuisine", "1013", "cuisine"),
        Cap("cap-hcr", "CAP Commercialisation et services en hôtel-café-restaurant", "1013", "service"),
        BacPro("bp-cuisine", "Baccalauréat professionnel Cuisine", "1013", "cuisine"),
        BacPro("bp-csr", "Baccalauréat professionnel Commercialisation et services en restauration", "1013", "service"),
        BacPro("bp-melec", "Baccalauréat professionnel Métiers de l'électricité et de ses environnements connectés", "0713", "électricité"),
        BacPro("bp-mspc", "Baccalauréat professionnel Maintenance des systèmes de production connectés", "0715", "maintenance"),
        Cap("cap-mv", "CAP Maintenance des véhicules", "0716", "maintenance automobile"),
        BacPro("bp-mv", "Baccalauréat professionnel Maintenance des véhicules", "0716", "maintenance automobile"),
        Cap("cap-patissier", "CAP Pâtissier", "0721", "pâtisserie"),
        new("bp-coiffure", "BP Coiffure", "BP", "FR", 4, "1012",
            [new("U10", "Conception et réalisation de coiffures"), new("U20", "Management et gestion d'un salon"), Ufm]),
        new("de-friseur", "Gesellenprüfung Friseur", "Gesellenprüfung", "DE", 4, "1012",
            [new("GP1", "Gesellenprüfung Teil 1"), new("GP2", "Gesellenprüfung Teil 2")]),
        new("es-cocina", "Técnico en Cocina y Gastronomía", "Técnico", "ES", 4, "1013",
            [new("0046", "Preelaboración y conservación de alimentos"), new("0048", "Productos culinarios"),
             new("FCT", "Formación en centros de trabajo")]),
        new("be-boulanger", "Certificat d'apprentissage Boulanger-pâtissier", "Certificat d'apprentissage", "BE", 3, "0721",
            [new("PRA", "Pratique professionnelle en entreprise"), new("TEC", "Cours professionnels en centre")]),
    ];

    public static DemoQualification Get(string key) => All.Single(q => q.Key == key);

    private static DemoQualification Cap(string key, string name, string isced, string speciality)
        => new(key, name, "CAP", "FR", 3, isced,
            [new("EP1", $"Analyse d'une situation professionnelle – {speciality}"),
             new("EP2", $"Réalisation professionnelle – {speciality}"),
             new("EG1", "Français, histoire-géographie et enseignement moral et civique"), Ufm]);

    private static DemoQualification BacPro(string key, string name, string isced, string speciality)
        => new(key, name, "Bac Pro", "FR", 4, isced,
            [new("E2", $"Étude et préparation d'une intervention – {speciality}"),
             new("E3", $"Pratique professionnelle – {speciality}"),
             new("E5", "Français, histoire-géographie et enseignement moral et civique"), Ufm]);

    // An FCIL is a local programme taken after a baccalaureate that awards no higher level, hence EQF 4 and no UFM.
    private static DemoQualification Fcil(string key, string name, string speciality)
        => new(key, name, "FCIL", "FR", 4, "0214",
            [new("M1", $"Techniques d'atelier – {speciality}"), new("M2", "Période en entreprise")]);
}

namespace Mobility.Enrolment.Demo;

internal sealed record DemoSchool(int Number, string Name, IReadOnlyList<string> Sectors, IReadOnlyList<string> Qualifications)
{
    public string Key => $"capmob-school-{Number:D2}";

    public Guid Id => DemoIds.Of("organisation", Key);
}

/// <summary>
/// The 33 Paris vocational schools of CAPMOB 2.0, in tutoring teams: the first school of each team is the
/// experienced tutor. Apart from the two hotel schools named in the project's story, names are generic.
/// </summary>
internal static class ParisSchools
{
    private static readonly string[] Fashion = ["Fashion"];
    private static readonly string[] Beauty = ["Beauty"];
    private static readonly string[] Customer = ["Customer relations"];
    private static readonly string[] Hotel = ["Hospitality", "Catering"];
    private static readonly string[] Engineering = ["Engineering"];

    public static readonly IReadOnlyList<IReadOnlyList<DemoSchool>> Teams =
    [
        [S(1, "Lycée professionnel des métiers de la mode (Paris 11e)", Fashion, "cap-flou", "bp-couture"),
         S(2, "Lycée professionnel du vêtement de peau et de la fourrure (Paris 10e)", [.. Fashion, "Leather and fur clothing"], "cap-peau", "cap-fourrure"),
         S(3, "Lycée professionnel de la plumasserie (Paris 2e)", [.. Fashion, "Ornamental feathers"], "cap-plumassier", "fcil-plumasserie")],
        [S(4, "Lycée professionnel de la couture (Paris 3e)", Fashion, "cap-flou", "bp-couture"),
         S(5, "Lycée professionnel de la chapellerie (Paris 9e)", [.. Fashion, "Millinery"], "cap-modiste", "fcil-modiste"),
         S(6, "Lycée professionnel des métiers du cuir (Paris 20e)", [.. Fashion, "Leather and fur clothing"], "cap-peau", "bp-couture")],
        [S(7, "Lycée professionnel du textile et de l'habillement (Paris 13e)", Fashion, "bp-couture", "cap-flou"),
         S(8, "Lycée professionnel du bijou et des accessoires de mode (Paris 3e)", [.. Fashion, "Jewellery"], "bma-bijou", "cap-modiste"),
         S(9, "Lycée professionnel du tailleur (Paris 17e)", Fashion, "cap-flou", "bp-couture")],
        [S(10, "Lycée professionnel de l'esthétique (Paris 15e)", Beauty, "cap-esthetique", "bp-esthetique"),
         S(11, "Lycée professionnel de la coiffure (Paris 14e)", Beauty, "cap-coiffure", "cap-esthetique"),
         S(12, "Lycée professionnel des soins et de la parfumerie (Paris 8e)", Beauty, "bp-esthetique", "cap-esthetique")],
        [S(13, "Lycée professionnel de l'accueil et de la relation client (Paris 12e)", Customer, "bp-accueil", "bp-commerce"),
         S(14, "Lycée professionnel du commerce et de la vente (Paris 19e)", Customer, "bp-commerce", "cap-commerce"),
         S(15, "Lycée professionnel de la relation usager (Paris 5e)", Customer, "bp-accueil", "cap-commerce")],
        [S(16, "Lycée professionnel des métiers du tertiaire (Paris 16e)", Customer, "bp-accueil", "bp-commerce"),
         S(17, "Lycée professionnel de la vente (Paris 4e)", Customer, "bp-commerce", "cap-commerce"),
         S(18, "Lycée professionnel des services aux usagers (Paris 7e)", Customer, "bp-accueil", "cap-commerce")],
        [S(19, "Lycée Guillaume Tirel", Hotel, "bp-cuisine", "bp-csr"),
         S(20, "Lycée professionnel de la restauration (Paris 6e)", Hotel, "cap-cuisine", "cap-hcr"),
         S(21, "Lycée professionnel de la cuisine et du service (Paris 1er)", Hotel, "cap-cuisine", "bp-csr")],
        [S(22, "Lycée Jean Drouant", Hotel, "bp-cuisine", "bp-csr"),
         S(23, "Lycée professionnel de l'hôtellerie (Paris 18e)", Hotel, "cap-hcr", "bp-csr"),
         S(24, "Lycée professionnel des métiers de bouche (Paris 12e)", Hotel, "cap-cuisine", "bp-cuisine")],
        [S(25, "Lycée professionnel de l'électrotechnique (Paris 11e)", Engineering, "bp-melec"),
         S(26, "Lycée professionnel de la maintenance industrielle (Paris 13e)", Engineering, "bp-mspc"),
         S(27, "Lycée professionnel de l'usinage (Paris 20e)", Engineering, "bp-mspc", "bp-melec")],
        [S(28, "Lycée professionnel de l'automobile (Paris 18e)", Engineering, "cap-mv", "bp-mv"),
         S(29, "Lycée professionnel de la maintenance des véhicules (Paris 19e)", Engineering, "bp-mv", "cap-mv")],
        [S(30, "Lycée professionnel de l'énergie (Paris 15e)", Engineering, "bp-melec"),
         S(31, "Lycée professionnel des installations électriques (Paris 10e)", Engineering, "bp-melec")],
        [S(32, "Lycée professionnel de la mécanique (Paris 13e)", Engineering, "bp-mspc"),
         S(33, "Lycée professionnel des systèmes connectés (Paris 15e)", Engineering, "bp-melec", "bp-mspc")],
    ];

    public static IEnumerable<DemoSchool> All => Teams.SelectMany(t => t);

    private static DemoSchool S(int number, string name, string[] sectors, params string[] qualifications)
        => new(number, name, sectors, qualifications);
}

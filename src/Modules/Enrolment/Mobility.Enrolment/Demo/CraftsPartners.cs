using Mobility.Enrolment.Organisations;

namespace Mobility.Enrolment.Demo;

internal sealed record DemoPartner(
    string Key, string Name, OrganisationKind Kind, string Country, string City, IReadOnlyList<string> Sectors,
    IReadOnlyList<string> Qualifications)
{
    public Guid Id => DemoIds.Of("organisation", Key);
}

/// <summary>The eight partners of the chambers-of-crafts project on recognising learning outcomes abroad.</summary>
internal static class CraftsPartners
{
    public static readonly IReadOnlyList<DemoPartner> All =
    [
        new("crafts-cmar-na", "Chambre de métiers et de l'artisanat de région Nouvelle-Aquitaine", OrganisationKind.ChamberOfCrafts,
            "FR", "Bordeaux",
            ["Food", "Arts and wood", "Wellness and personal services", "Cooking and hospitality", "Mechanics and bodywork",
             "Construction and metal", "Commerce and sales"], ["cap-patissier", "cap-cuisine"]),
        new("crafts-cma-france", "CMA France", OrganisationKind.PublicAuthority, "FR", "Paris", ["Crafts"], []),
        new("crafts-cfa-versailles", "CFA de Versailles – CMA Île-de-France", OrganisationKind.TrainingCentre, "FR", "Versailles",
            ["Beauty", "Food"], ["cap-esthetique", "bp-coiffure"]),
        new("crafts-campus-tours", "Campus des métiers et de l'artisanat de Tours – CMA Centre-Val de Loire",
            OrganisationKind.TrainingCentre, "FR", "Tours",
            ["Motor vehicles", "Food industry", "Hairdressing and aesthetics", "Leather goods and applied arts",
             "Commerce, management and logistics", "Health and social action"], ["cap-patissier", "bp-coiffure"]),
        new("crafts-navarra", "Departamento de Educación del Gobierno de Navarra", OrganisationKind.PublicAuthority, "ES",
            "Pamplona", ["Vocational education"], []),
        new("crafts-benapres", "Institut Joan Ramon Benaprès", OrganisationKind.VocationalSchool, "ES", "Sitges",
            ["Hospitality", "Catering"], ["es-cocina"]),
        new("crafts-ifapme", "Centre IFAPME Liège-Huy-Verviers", OrganisationKind.TrainingCentre, "BE", "Liège",
            ["Food industry", "Crafts"], ["be-boulanger"]),
        new("crafts-hwk-frankfurt-oder", "Handwerkskammer Frankfurt (Oder)", OrganisationKind.ChamberOfCrafts, "DE",
            "Frankfurt (Oder)", ["Hairdressing", "Beauty", "Plumbing", "Electrical", "Metalwork", "Motor vehicles"],
            ["de-friseur"]),
    ];
}

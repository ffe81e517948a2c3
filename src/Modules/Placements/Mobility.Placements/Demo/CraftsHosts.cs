using Mobility.Placements.HostOrganisations;

namespace Mobility.Placements.Demo;

/// <summary>Craft businesses hosting the partnership's apprentices: in Spain, Belgium and Germany, and in France for those coming in.</summary>
internal static class CraftsHosts
{
    private const HostOrganisationKind Company = HostOrganisationKind.Company;

    public static readonly IReadOnlyList<DemoHost> All =
    [
        new("crafts-es-sitges-hotel", "Hotel Passeig Marítim", Company, "ES", "Sitges", 41.2352, 1.8110, "Cooking and hospitality", "Jordi Soler", "Head chef"),
        new("crafts-es-pamplona-pastry", "Pastelería Plaza del Castillo", Company, "ES", "Pamplona", 42.8169, -1.6432, "Food", "Itziar Etxeberria", "Master pastry cook"),
        new("crafts-be-liege-bakery", "Boulangerie du Carré", Company, "BE", "Liège", 50.6412, 5.5718, "Food", "Julien Collard", "Master baker"),
        new("crafts-be-huy-salon", "Salon de coiffure Mosan", Company, "BE", "Huy", 50.5183, 5.2394, "Beauty", "Nathalie Renard", "Salon owner"),
        new("crafts-de-frankfurt-salon", "Friseursalon am Oderturm", Company, "DE", "Frankfurt (Oder)", 52.3425, 14.5536, "Beauty", "Sabine Krüger", "Master hairdresser"),
        new("crafts-de-frankfurt-konditorei", "Konditorei an der Marienkirche", Company, "DE", "Frankfurt (Oder)", 52.3430, 14.5530, "Food", "Thomas Lehmann", "Master confectioner"),
        new("crafts-fr-bordeaux-bakery", "Boulangerie-pâtisserie des Chartrons", Company, "FR", "Bordeaux", 44.8500, -0.5700, "Food", "Sylvie Garnier", "Master baker"),
        new("crafts-fr-tours-salon", "Salon de coiffure Plumereau", Company, "FR", "Tours", 47.3960, 0.6830, "Beauty", "Karine Moreau", "Salon owner"),
        new("crafts-fr-versailles-restaurant", "Restaurant du Potager", Company, "FR", "Versailles", 48.8000, 2.1250, "Cooking and hospitality", "Olivier Marchand", "Head chef"),
    ];
}

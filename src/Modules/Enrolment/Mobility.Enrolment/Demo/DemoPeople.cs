using System.Globalization;
using System.Text;
using Mobility.Enrolment.Learners;

namespace Mobility.Enrolment.Demo;

/// <summary>Invented people: common first and last names, combined at random.</summary>
internal static class DemoPeople
{
    public static readonly string[] FemaleNames =
    [
        "Camille", "Inès", "Léa", "Manon", "Chloé", "Sarah", "Aya", "Fatoumata", "Lina", "Jade", "Yasmine", "Emma",
        "Louise", "Nour", "Mariam", "Clara", "Maëlys", "Océane", "Amel", "Kenza", "Lucie", "Anaïs", "Salomé", "Mei",
    ];

    public static readonly string[] MaleNames =
    [
        "Yanis", "Adam", "Lucas", "Mohamed", "Hugo", "Théo", "Ibrahim", "Nathan", "Rayan", "Enzo", "Moussa", "Louis",
        "Karim", "Mathis", "Samuel", "Bilal", "Tom", "Amadou", "Noah", "Kylian", "Wassim", "Jules", "Hamza", "Minh",
    ];

    public static readonly string[] LastNames =
    [
        "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Petit", "Durand", "Leroy", "Moreau", "Simon", "Laurent",
        "Lefebvre", "Michel", "Garcia", "Benali", "Traoré", "Nguyen", "Diallo", "Fernandes", "Haddad", "Rousseau",
        "Fontaine", "Chevalier", "Bouchard", "Mercier", "Blanc", "Guerin", "Cissé", "Kone", "Da Silva", "Lambert",
        "Bonnet", "François", "Mansouri", "Chen", "Girard", "André", "Lemoine", "Faure", "Renard",
    ];

    public static (string First, Gender Gender) FirstName(DemoRandom random)
    {
        var gender = random.Next(100) switch
        {
            < 48 => Gender.Female,
            < 96 => Gender.Male,
            < 98 => Gender.NonBinary,
            _ => Gender.Undisclosed,
        };
        var names = gender == Gender.Male || (gender != Gender.Female && random.Chance(50)) ? MaleNames : FemaleNames;
        return (random.Pick(names), gender);
    }

    public static string Slug(string text)
    {
        var letters = text.Normalize(NormalizationForm.FormD)
            .Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && char.IsAsciiLetterOrDigit(c));
        return new string(letters.ToArray()).ToLowerInvariant();
    }
}

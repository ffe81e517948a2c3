using System.Text;

namespace Mobility.Placements.Tests.OpenData;

/// <summary>Small files in the Erasmus+ open-data format, written by the tests so every clone covers the import.</summary>
internal static class OpenDataSample
{
    public const string TwentyColumnHeader =
        "id,project_reference,academic_year,mobility_start_month,mobility_end_month,mobility_duration,activity_mob,"
        + "participant_nationality,participant_gender,participant_profile,special_needs,fewer_opportunities,group_leader,"
        + "participant_age,sending_country_code,sending_city,sending_organization,receiving_country_code,receiving_city,"
        + "receiving_organization";

    public const string TwentyFourColumnHeader =
        "project_reference,academic_year,mobility_start_month,mobility_end_month,mobility_duration,activity_mob,"
        + "field_of_education,participant_nationality,education_level,participant_gender,participant_profile,special_needs,"
        + "fewer_opportunities,group_leader,participant_age,sending_country_code,sending_city,sending_organization,"
        + "sending_organisation_erasmus_code,receiving_country_code,receiving_city,receiving_organization,"
        + "receiving_organisation_erasmus_code,participants,remarks";

    private const string Lycee = "\"Lycée Jean Moulin, Paris\"";

    /// <summary>Lines 2-4 and 10-11 (one record over two lines) and 13 load; 5-9 and 12 are rejected.</summary>
    public static readonly string[] TwentyColumnRows =
    [
        $"1,2019-1-FR01-KA102-000001,2019-2020,2019-10,2019-11,30,\"Work placement, VET\",FR,Female,Learner,No,Yes,No,17,FR,Paris,{Lycee},PL,Łódź,\"Zakład \"\"Łódź\"\" Sp. z o.o.\"",
        $"2,2019-1-FR01-KA102-000001,2019-2020,2019-10,2019-11,30,Work placement,-,Male,Learner,No,No,No,18,FR,Paris,{Lycee},EL,Athens,Atelier Kostas",
        $"3,2019-1-FR01-KA102-000001,2019-2020,2020-01,2020-02,45,Work placement,EL,Female,Learner,Yes,No,No,19,FR,Paris,{Lycee},UK,London,Salon Ltd",
        $"4,2019-1-FR01-KA102-000001,2019-2020,2019-10,2019-11,30,Work placement,FR,Male,Learner,No,No,No,17,FR,Paris,{Lycee},ZZ,Nowhere,Ghost Ltd",
        $"5,2019-1-FR01-KA102-000001,2019-2020,2019-10,2019-11,thirty,Work placement,FR,Male,Learner,No,No,No,17,FR,Paris,{Lycee},DE,Berlin,Salon Haarwerk",
        $"6,2019-1-FR01-KA102-000001,2019-2020,2019-11,2019-10,30,Work placement,FR,Male,Learner,No,No,No,17,FR,Paris,{Lycee},DE,Berlin,Salon Haarwerk",
        $"7,2019-1-FR01-KA102-000001,2019-2020,2019-10,2019-11,30,Work placement,FR,Male,Learner,No,No,No,17,FR,Paris,{Lycee},DE,Berlin,",
        $"8,2019-1-FR01-KA102-000001,2019-2020,2019-10,2019-11,30,Work placement,FR,Male,Learner,No,No,No,17,FR,Paris",
        "9,2020-1-FR01-KA116-000002,2020-2021,2021-03,2021-03,10,\"Job shadowing\nabroad\",FR,Female,Staff,No,No,Yes,45,FR,Paris,\"  lycée jean moulin,   paris \",DE,Berlin,Salon Haarwerk",
        $"1,2019-1-FR01-KA102-000001,2019-2020,2019-10,2019-11,30,Work placement,FR,Male,Learner,No,No,No,17,FR,Paris,{Lycee},DE,Berlin,Salon Haarwerk",
        $"10,2020-1-FR01-KA116-000002,2020-2021,2021-04,2021-05,31,Work placement,XK,Male,Learner,No,Yes,No,20,FR,Paris,{Lycee},DE,Berlin,Salon Haarwerk",
    ];

    /// <summary>Lines 2 and 3 are the same mobility twice (two participants), 4 loads, 5 is rejected.</summary>
    public static readonly string[] TwentyFourColumnRows =
    [
        "2018-1-ES01-KA102-000123,2018-2019,2019-03,2019-04,28,VET learners traineeships in vocational institutes or companies,Hair and beauty services,ES,ISCED-3,Female,Learner,No,No,No,18,ES,Valencia,\"IES Ausiàs March, Valencia\",E VALENCI01,IT,Bologna,Parrucchieri Rossi,,1,first",
        "2018-1-ES01-KA102-000123,2018-2019,2019-03,2019-04,28,VET learners traineeships in vocational institutes or companies,Hair and beauty services,ES,ISCED-3,Female,Learner,No,No,No,18,ES,Valencia,\"IES Ausiàs March, Valencia\",E VALENCI01,IT,Bologna,Parrucchieri Rossi,,1,first",
        "2018-1-ES01-KA102-000123,2018-2019,2019-05,2019-05,14,Accompanying persons,Hair and beauty services,ES,Unknown,Male,Staff,No,No,Yes,41,ES,Valencia,\"IES Ausiàs March, Valencia\",E VALENCI01,IT,Bologna,Parrucchieri Rossi,,2,",
        "2018-1-ES01-KA102-000123,2018-2019,2019-05,2019-05,14,Accompanying persons,Hair and beauty services,ES,Unknown,Male,Staff,No,No,Yes,41,ES,Valencia,\"IES Ausiàs March, Valencia\",E VALENCI01,IT,Bologna,Parrucchieri Rossi,,two,",
    ];

    /// <summary>The 20-column sample as the course file writes it, here with a BOM and \r\n line ends.</summary>
    public static string TwentyColumns() => "\uFEFF" + string.Join("\r\n", [TwentyColumnHeader, .. TwentyColumnRows]) + "\r\n";

    public static string TwentyColumnsGoodRowsOnly()
        => string.Join("\n", [TwentyColumnHeader, .. new[] { 0, 1, 2, 8, 10 }.Select(i => TwentyColumnRows[i])]) + "\n";

    public static string TwentyFourColumns() => string.Join("\n", [TwentyFourColumnHeader, .. TwentyFourColumnRows]) + "\n";

    public static async Task<string> WriteAsync(string content)
    {
        var path = Path.Combine(Path.GetTempPath(), $"mobility-open-data-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(path, content, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return path;
    }
}

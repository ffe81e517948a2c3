using Npgsql;

namespace Mobility.Impact.Bench;

/// <summary>
/// The end-of-year statistics of every consortium as one hand-written PostgreSQL query straight over the read models
/// and outcome data (no fact table): each learner's latest placement by a window function, exams and careers
/// aggregated per learner, every breakdown by GROUPING SETS, CEFR gains per skill alongside. Its rows are turned into
/// the same figures the platform stores, so the two can be compared one by one.
/// </summary>
internal static class HandWrittenStatistics
{
    // One column per dimension's group; only the grouped ones are non-null in a row (GROUPING tells which).
    private const string Breakdowns = """
        GROUPING SETS (
            (f.consortium_id {0}), (f.consortium_id, f.academic_year {0}), (f.consortium_id, f.organisation_id {0}),
            (f.consortium_id, f.destination_country {0}), (f.consortium_id, f.sector {0}),
            (f.consortium_id, f.qualification_id {0}), (f.consortium_id, f.qualification_level {0}),
            (f.consortium_id, f.duration_band {0}), (f.consortium_id, f.gender {0}), (f.consortium_id, f.fewer_opportunities {0}))
        """;

    private const string Dimension = """
        CASE WHEN GROUPING(f.academic_year) = 0 THEN 'AcademicYear'
             WHEN GROUPING(f.organisation_id) = 0 THEN 'Organisation'
             WHEN GROUPING(f.destination_country) = 0 THEN 'DestinationCountry'
             WHEN GROUPING(f.sector) = 0 THEN 'Sector'
             WHEN GROUPING(f.qualification_id) = 0 THEN 'Qualification'
             WHEN GROUPING(f.qualification_level) = 0 THEN 'QualificationLevel'
             WHEN GROUPING(f.duration_band) = 0 THEN 'DurationBand'
             WHEN GROUPING(f.gender) = 0 THEN 'Gender'
             WHEN GROUPING(f.fewer_opportunities) = 0 THEN 'FewerOpportunities'
             ELSE 'Total' END AS dimension,
        CASE WHEN GROUPING(f.academic_year) = 0 THEN f.academic_year
             WHEN GROUPING(f.organisation_id) = 0 THEN f.organisation_id::text
             WHEN GROUPING(f.destination_country) = 0 THEN f.destination_country
             WHEN GROUPING(f.sector) = 0 THEN f.sector
             WHEN GROUPING(f.qualification_id) = 0 THEN COALESCE(f.qualification_id::text, 'Unknown')
             WHEN GROUPING(f.qualification_level) = 0 THEN f.qualification_level
             WHEN GROUPING(f.duration_band) = 0 THEN f.duration_band
             WHEN GROUPING(f.gender) = 0 THEN f.gender
             WHEN GROUPING(f.fewer_opportunities) = 0 THEN f.fewer_opportunities
             ELSE 'All' END AS grp
        """;

    public static string Sql { get; } = $"""
        WITH placement AS (
            SELECT p.placement_id, p.learner_id, lp.consortium_id,
                COALESCE(p.sending_organisation_id, lp.school_id) AS organisation_id, p.academic_year,
                p.destination_country, p.sector, lp.qualification_id,
                COALESCE(lp.qualification_level, 'Unknown') AS qualification_level, p.duration_band,
                COALESCE(lp.gender, 'Unknown') AS gender, COALESCE(lp.fewer_opportunities, 'Unknown') AS fewer_opportunities,
                row_number() OVER (PARTITION BY p.learner_id ORDER BY p.ends_on DESC, p.placement_id DESC) = 1 AS latest
            FROM impact.participations p
            LEFT JOIN impact.learner_profiles lp ON lp.learner_id = p.learner_id
        ),
        exam AS (
            SELECT learner_id, qualification_id, bool_or(outcome = 'Passed') AS passed,
                bool_or(outcome IN ('Passed', 'Failed')) AS decided
            FROM impact.exam_results GROUP BY learner_id, qualification_id
        ),
        career AS (
            SELECT learner_id, bool_or(kind IN ('JobOffer', 'SeasonalContract')) AS job,
                bool_or(kind = 'FurtherStudy') AS study, bool_or(kind = 'LeftTraining') AS left_training
            FROM impact.career_outcomes GROUP BY learner_id
        ),
        recognised AS (
            SELECT learner_id, bool_or(outcome = 'CreditedTowardQualification') AS credited
            FROM impact.unit_recognitions GROUP BY learner_id
        ),
        f AS MATERIALIZED (
            SELECT x.*,
                (s.placement_id IS NOT NULL)::int AS sent,
                (s.status IS NOT DISTINCT FROM 'Answered')::int AS answered,
                CASE WHEN s.status = 'Answered' THEN (s.satisfaction >= 4)::int END AS satisfied,
                CASE WHEN s.status = 'Answered' THEN (s.language_skills_improved >= 4)::int END AS language,
                CASE WHEN s.status = 'Answered' THEN (s.self_confidence_improved >= 4)::int END AS confident,
                CASE WHEN s.status = 'Answered' THEN (s.ready_to_go_again >= 4)::int END AS ready,
                CASE WHEN x.latest AND e.decided THEN e.passed::int END AS passed,
                (x.latest AND c.job IS TRUE)::int AS job,
                (x.latest AND c.study IS TRUE)::int AS study,
                (x.latest AND c.left_training IS TRUE)::int AS left_training,
                (x.latest AND r.credited IS TRUE)::int AS unit_recognised
            FROM placement x
            LEFT JOIN impact.surveys s ON s.placement_id = x.placement_id
            LEFT JOIN exam e ON e.learner_id = x.learner_id AND e.qualification_id = x.qualification_id
            LEFT JOIN career c ON c.learner_id = x.learner_id
            LEFT JOIN recognised r ON r.learner_id = x.learner_id
            WHERE x.academic_year = @year AND x.consortium_id IS NOT NULL
        )
        SELECT f.consortium_id, {Dimension}, NULL AS skill,
            count(*) AS placements, sum(f.latest::int) AS participants, sum(f.sent) AS sent, sum(f.answered) AS answered,
            sum(f.satisfied) AS satisfied, count(f.satisfied) AS satisfied_base,
            sum(f.language) AS language, count(f.language) AS language_base,
            sum(f.confident) AS confident, count(f.confident) AS confident_base,
            sum(f.ready) AS ready, count(f.ready) AS ready_base,
            sum(f.passed) AS passed, count(f.passed) AS passed_base,
            sum(f.job) AS job, sum(f.study) AS study, sum(f.left_training) AS left_training, sum(f.unit_recognised) AS unit_recognised,
            NULL::bigint AS gain_sum, NULL::bigint AS gain_count
        FROM f
        GROUP BY {Breakdowns.Replace("{0}", "", StringComparison.Ordinal)}
        UNION ALL
        SELECT f.consortium_id, {Dimension}, a.skill,
            NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
            sum(a.gain), count(*)
        FROM f JOIN impact.language_assessments a ON a.placement_id = f.placement_id AND a.gain IS NOT NULL
        GROUP BY {Breakdowns.Replace("{0}", ", a.skill", StringComparison.Ordinal)}
        """;

    public static async Task<List<Figure>> RunAsync(NpgsqlConnection connection, string academicYear, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(Sql, connection) { CommandTimeout = 0 };
        command.Parameters.AddWithValue("year", academicYear);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var figures = new List<Figure>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var consortium = reader.GetGuid(0);
            var dimension = reader.GetString(1);
            var group = reader.GetString(2);
            long N(int i) => reader.IsDBNull(i) ? 0 : Convert.ToInt64(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture);
            if (!reader.IsDBNull(3))
            {
                figures.Add(new Figure(consortium, "CefrGain", dimension, group, reader.GetString(3), N(22), N(23)));
                if (dimension == "Total")
                {
                    figures.Add(new Figure(consortium, "CefrGain", "Consortium", consortium.ToString(), reader.GetString(3), N(22), N(23)));
                }

                continue;
            }

            // Consortium: the one group of a consortium's own statistics, the same counts as its total.
            IEnumerable<(string Dimension, string Group)> keys = dimension == "Total"
                ? [(dimension, group), ("Consortium", consortium.ToString())]
                : [(dimension, group)];
            foreach (var (d, g) in keys)
            {
                var participants = N(5);
                figures.Add(new Figure(consortium, "Participants", d, g, null, participants, participants));
                figures.Add(new Figure(consortium, "Placements", d, g, null, N(4), N(4)));
                figures.Add(new Figure(consortium, "SurveyResponseRate", d, g, null, N(7), N(6)));
                figures.Add(new Figure(consortium, "PassRate", d, g, null, N(16), N(17)));
                figures.Add(new Figure(consortium, "LanguageImproved", d, g, null, N(10), N(11)));
                figures.Add(new Figure(consortium, "SatisfactionRate", d, g, null, N(8), N(9)));
                figures.Add(new Figure(consortium, "SelfConfidence", d, g, null, N(12), N(13)));
                figures.Add(new Figure(consortium, "ReadyToRepeat", d, g, null, N(14), N(15)));
                figures.Add(new Figure(consortium, "JobOffers", d, g, null, N(18), participants));
                figures.Add(new Figure(consortium, "FurtherStudy", d, g, null, N(19), participants));
                figures.Add(new Figure(consortium, "LeftTraining", d, g, null, N(20), participants));
                figures.Add(new Figure(consortium, "UnitRecognised", d, g, null, N(21), participants));
            }
        }

        return figures;
    }
}

/// <summary>One figure with the counts behind it; <see cref="Value"/> is the exact rate or mean.</summary>
internal sealed record Figure(Guid Consortium, string Indicator, string Dimension, string Group, string? Skill, long Numerator, long Denominator)
{
    public decimal? Value => Indicator is "Participants" or "Placements" ? Numerator
        : Denominator == 0 ? null : (decimal)Numerator / Denominator;

    /// <summary>The value as the platform stored it (rounded to 4 decimals); null for the hand-written query's figures.</summary>
    public decimal? Stored { get; init; }

    public (Guid, string, string, string, string?) Key => (Consortium, Indicator, Dimension, Group, Skill);
}

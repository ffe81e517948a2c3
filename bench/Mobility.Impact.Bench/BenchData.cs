using Npgsql;
using NpgsqlTypes;

namespace Mobility.Impact.Bench;

/// <summary>
/// A deterministic population of completed learner placements with their outcomes, written with binary COPY into the
/// Impact tables the end-of-year statistics read (the read models and outcome data; every learner marked for the next
/// refresh, as the module's event handlers and use cases leave them). Realistic dimensions: a consortium per 25,000
/// placements, 20 member schools each, 30 qualifications of 150, 30 destination countries, 20 sectors; one learner in
/// four goes twice; all placements end in the academic year 2024-2025.
/// </summary>
internal sealed class BenchData
{
    public const string AcademicYear = "2024-2025";
    public static readonly DateOnly YearEnd = new(2025, 8, 31);

    private static readonly string[] Levels = ["CAP", "Bac Pro", "BMA", "BP", "BTS", "MC"];
    private static readonly string[] Genders = ["Female", "Male", "NonBinary", "Undisclosed"];
    private static readonly string[] Countries =
    [
        "ES", "IE", "DE", "IT", "PT", "MT", "BE", "NL", "AT", "PL", "CZ", "SE", "FI", "DK", "GR",
        "HU", "RO", "BG", "HR", "SI", "SK", "LT", "LV", "EE", "CY", "LU", "NO", "IS", "TR", "RS",
    ];

    private static readonly string[] Sectors =
    [
        "Hospitality", "Catering", "Retail", "Construction", "Automotive", "Health and social care", "Agriculture",
        "Logistics", "Electrical engineering", "Hairdressing and beauty", "Office administration", "Tourism",
        "Mechanical engineering", "Food processing", "Horticulture", "Information technology", "Early childhood",
        "Sales", "Maintenance", "Fashion and textiles",
    ];

    private static readonly string[] Skills = ["Listening", "Reading", "SpokenInteraction", "SpokenProduction", "Writing"];

    private readonly int _seed;
    private readonly Learner[] _learners;
    private readonly Placement[] _placements;
    private readonly Guid[] _consortia;
    private readonly Guid[][] _schools;
    private readonly (Guid Id, int Level)[] _qualifications;

    private BenchData(int rows, int seed)
    {
        _seed = seed;
        var rng = new Random(seed);
        _consortia = [.. Enumerable.Range(0, Math.Clamp(rows / 25_000, 2, 400)).Select(_ => NewId(rng))];
        _schools = [.. _consortia.Select(_ => Enumerable.Range(0, 20).Select(_ => NewId(rng)).ToArray())];
        _qualifications = [.. Enumerable.Range(0, 150).Select(i => (NewId(rng), i % Levels.Length))];

        var learnerCount = (int)Math.Ceiling(rows / 1.25);
        _learners = new Learner[learnerCount];
        for (var i = 0; i < learnerCount; i++)
        {
            var consortium = i % _consortia.Length;
            _learners[i] = new Learner(
                NewId(rng), consortium, rng.Next(20), (consortium * 7 + rng.Next(30)) % _qualifications.Length,
                Pick(rng, Genders, 48, 48, 2, 2), Pick(rng, ["Yes", "No", "Unknown"], 25, 65, 10));
        }

        _placements = new Placement[rows];
        for (var i = 0; i < rows; i++)
        {
            var days = Pick(rng, [rng.Next(10, 15), rng.Next(15, 31), rng.Next(31, 61), rng.Next(61, 90), rng.Next(90, 181)], 20, 45, 20, 5, 10);
            _placements[i] = new Placement(
                NewId(rng), i < learnerCount ? i : i - learnerCount, new DateOnly(2024, 9, 1).AddDays(rng.Next(365)), days,
                rng.Next(100) < 95, (int)Math.Min(Countries.Length - 1, Math.Floor(rng.NextDouble() * rng.NextDouble() * Countries.Length * 1.6)),
                rng.Next(Sectors.Length));
        }
    }

    public int Placements => _placements.Length;

    public int Learners => _learners.Length;

    public int Consortia => _consortia.Length;

    public static BenchData Create(int rows, int seed) => new(rows, seed);

    public async Task LoadAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await CopyAsync(connection, "learner_profiles", ["learner_id", "school_id", "consortium_id", "qualification_id", "qualification_name", "qualification_level", "eqf_level", "gender", "fewer_opportunities", "updated_at", "consortium_selected_at", "flags_recorded_at"], async w =>
        {
            var at = new DateTime(2024, 6, 1, 0, 0, 0, DateTimeKind.Utc);
            foreach (var l in _learners)
            {
                var (qualification, level) = _qualifications[l.Qualification];
                await w.StartRowAsync(cancellationToken);
                await w.WriteAsync(l.Id, NpgsqlDbType.Uuid, cancellationToken);
                await w.WriteAsync(_schools[l.Consortium][l.School], NpgsqlDbType.Uuid, cancellationToken);
                await w.WriteAsync(_consortia[l.Consortium], NpgsqlDbType.Uuid, cancellationToken);
                await w.WriteAsync(qualification, NpgsqlDbType.Uuid, cancellationToken);
                await w.WriteAsync($"{Levels[level]} qualification {l.Qualification}", NpgsqlDbType.Text, cancellationToken);
                await w.WriteAsync(Levels[level], NpgsqlDbType.Text, cancellationToken);
                await w.WriteAsync(level == 4 ? 5 : 3 + level % 2, NpgsqlDbType.Integer, cancellationToken);
                await w.WriteAsync(l.Gender, NpgsqlDbType.Text, cancellationToken);
                await w.WriteAsync(l.FewerOpportunities, NpgsqlDbType.Text, cancellationToken);
                await w.WriteAsync(at, NpgsqlDbType.TimestampTz, cancellationToken);
                await w.WriteAsync(at, NpgsqlDbType.TimestampTz, cancellationToken);
                await w.WriteAsync(at, NpgsqlDbType.TimestampTz, cancellationToken);
            }
        }, cancellationToken);

        await CopyAsync(connection, "participations", ["placement_id", "learner_id", "sending_organisation_id", "call_year", "starts_on", "ends_on", "duration_days", "destination_country", "sector", "kind", "completed_at", "academic_year", "duration_band"], async w =>
        {
            foreach (var p in _placements)
            {
                var learner = _learners[p.Learner];
                await w.StartRowAsync(cancellationToken);
                await w.WriteAsync(p.Id, NpgsqlDbType.Uuid, cancellationToken);
                await w.WriteAsync(learner.Id, NpgsqlDbType.Uuid, cancellationToken);
                if (p.SchoolSends)
                {
                    await w.WriteAsync(_schools[learner.Consortium][learner.School], NpgsqlDbType.Uuid, cancellationToken);
                }
                else
                {
                    await w.WriteNullAsync(cancellationToken);
                }

                await w.WriteAsync(2024, NpgsqlDbType.Integer, cancellationToken);
                await w.WriteAsync(p.EndsOn.AddDays(1 - p.Days), NpgsqlDbType.Date, cancellationToken);
                await w.WriteAsync(p.EndsOn, NpgsqlDbType.Date, cancellationToken);
                await w.WriteAsync(p.Days, NpgsqlDbType.Integer, cancellationToken);
                await w.WriteAsync(Countries[p.Country], NpgsqlDbType.Text, cancellationToken);
                await w.WriteAsync(Sectors[p.Sector], NpgsqlDbType.Text, cancellationToken);
                await w.WriteAsync(p.Days >= 90 ? "LongTermLearner" : "ShortTermLearner", NpgsqlDbType.Text, cancellationToken);
                await w.WriteAsync(p.EndsOn.ToDateTime(new TimeOnly(18, 0), DateTimeKind.Utc), NpgsqlDbType.TimestampTz, cancellationToken);
                await w.WriteAsync(AcademicYear, NpgsqlDbType.Text, cancellationToken);
                await w.WriteAsync(Indicators.DurationBands.Of(p.Days), NpgsqlDbType.Text, cancellationToken);
            }
        }, cancellationToken);

        await LoadOutcomesAsync(connection, cancellationToken);
    }

    private async Task LoadOutcomesAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var rng = new Random(_seed + 1);
        await CopyAsync(connection, "surveys", ["id", "placement_id", "learner_id", "language", "status", "sent_at", "reminders_sent", "answered_at", "satisfaction", "language_skills_improved", "self_confidence_improved", "ready_to_go_again"], async w =>
        {
            foreach (var p in _placements)
            {
                if (rng.Next(100) >= 95)
                {
                    continue;
                }

                var status = Pick(rng, ["Answered", "Sent", "Expired"], 85, 10, 5);
                var sent = p.EndsOn.ToDateTime(new TimeOnly(19, 0), DateTimeKind.Utc);
                await w.StartRowAsync(cancellationToken);
                await w.WriteAsync(NewId(rng), NpgsqlDbType.Uuid, cancellationToken);
                await w.WriteAsync(p.Id, NpgsqlDbType.Uuid, cancellationToken);
                await w.WriteAsync(_learners[p.Learner].Id, NpgsqlDbType.Uuid, cancellationToken);
                await w.WriteAsync("en", NpgsqlDbType.Text, cancellationToken);
                await w.WriteAsync(status, NpgsqlDbType.Text, cancellationToken);
                await w.WriteAsync(sent, NpgsqlDbType.TimestampTz, cancellationToken);
                await w.WriteAsync(status == "Answered" ? 0 : 2, NpgsqlDbType.Integer, cancellationToken);
                if (status == "Answered")
                {
                    await w.WriteAsync(sent.AddDays(rng.Next(1, 20)), NpgsqlDbType.TimestampTz, cancellationToken);
                    for (var question = 0; question < 4; question++)
                    {
                        await WriteOptionalAsync(w, rng.Next(100) < 2 ? null : Pick(rng, [5, 4, 3, 2, 1], 50, 35, 8, 4, 3), cancellationToken);
                    }
                }
                else
                {
                    for (var column = 0; column < 5; column++)
                    {
                        await w.WriteNullAsync(cancellationToken);
                    }
                }
            }
        }, cancellationToken);

        await CopyAsync(connection, "language_assessments", ["id", "placement_id", "learner_id", "language", "skill", "before", "after", "gain", "updated_at"], async w =>
        {
            foreach (var p in _placements)
            {
                if (rng.Next(100) >= 60)
                {
                    continue;
                }

                foreach (var skill in Skills.Where(_ => rng.Next(100) < 70))
                {
                    var before = rng.Next(1, 5);
                    int? after = rng.Next(100) < 10 ? null : Math.Min(6, before + Pick(rng, [0, 1, 2], 30, 55, 15));
                    await w.StartRowAsync(cancellationToken);
                    await w.WriteAsync(NewId(rng), NpgsqlDbType.Uuid, cancellationToken);
                    await w.WriteAsync(p.Id, NpgsqlDbType.Uuid, cancellationToken);
                    await w.WriteAsync(_learners[p.Learner].Id, NpgsqlDbType.Uuid, cancellationToken);
                    await w.WriteAsync("en", NpgsqlDbType.Text, cancellationToken);
                    await w.WriteAsync(skill, NpgsqlDbType.Text, cancellationToken);
                    await w.WriteAsync(before, NpgsqlDbType.Integer, cancellationToken);
                    await WriteOptionalAsync(w, after, cancellationToken);
                    await WriteOptionalAsync(w, after - before, cancellationToken);
                    await w.WriteAsync(p.EndsOn.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), NpgsqlDbType.TimestampTz, cancellationToken);
                }
            }
        }, cancellationToken);

        await CopyAsync(connection, "exam_results", ["id", "learner_id", "qualification_id", "session", "outcome", "updated_at"], async w =>
        {
            foreach (var l in _learners)
            {
                if (rng.Next(100) >= 90)
                {
                    continue;
                }

                // Now and then a result of an earlier qualification, which the pass rate leaves out.
                var qualification = _qualifications[rng.Next(100) < 3 ? (l.Qualification + 1) % _qualifications.Length : l.Qualification].Id;
                var first = Pick(rng, ["Passed", "Failed", "Pending"], 78, 15, 7);
                await WriteExamAsync(w, l.Id, qualification, "2025-06", first, rng, cancellationToken);
                if (first == "Failed" && rng.Next(100) < 40)
                {
                    await WriteExamAsync(w, l.Id, qualification, "2025-09", Pick(rng, ["Passed", "Failed"], 50, 50), rng, cancellationToken);
                }
            }
        }, cancellationToken);

        await CopyAsync(connection, "career_outcomes", ["id", "learner_id", "kind", "detail", "on", "updated_at"], async w =>
        {
            foreach (var l in _learners)
            {
                foreach (var (kind, percent) in new[] { ("JobOffer", 18), ("SeasonalContract", 10), ("FurtherStudy", 28), ("LeftTraining", 4) })
                {
                    if (rng.Next(100) >= percent)
                    {
                        continue;
                    }

                    await w.StartRowAsync(cancellationToken);
                    await w.WriteAsync(NewId(rng), NpgsqlDbType.Uuid, cancellationToken);
                    await w.WriteAsync(l.Id, NpgsqlDbType.Uuid, cancellationToken);
                    await w.WriteAsync(kind, NpgsqlDbType.Text, cancellationToken);
                    await w.WriteNullAsync(cancellationToken);
                    await w.WriteAsync(new DateOnly(2025, 7, 1).AddDays(rng.Next(60)), NpgsqlDbType.Date, cancellationToken);
                    await w.WriteAsync(new DateTime(2025, 9, 1, 0, 0, 0, DateTimeKind.Utc), NpgsqlDbType.TimestampTz, cancellationToken);
                }
            }
        }, cancellationToken);

        // One placement in three has units of learning outcomes decided by the school, most credited.
        await CopyAsync(connection, "unit_recognitions", ["unit_id", "placement_id", "learner_id", "qualification_id", "outcome", "decided_at"], async w =>
        {
            foreach (var p in _placements)
            {
                if (rng.Next(100) >= 35)
                {
                    continue;
                }

                var learner = _learners[p.Learner];
                for (var unit = rng.Next(1, 3); unit > 0; unit--)
                {
                    await w.StartRowAsync(cancellationToken);
                    await w.WriteAsync(NewId(rng), NpgsqlDbType.Uuid, cancellationToken);
                    await w.WriteAsync(p.Id, NpgsqlDbType.Uuid, cancellationToken);
                    await w.WriteAsync(learner.Id, NpgsqlDbType.Uuid, cancellationToken);
                    await w.WriteAsync(_qualifications[learner.Qualification].Id, NpgsqlDbType.Uuid, cancellationToken);
                    await w.WriteAsync(Pick(rng, ["CreditedTowardQualification", "CountedInContinuousAssessment", "RecordedInTranscript", "NotRecognised"], 70, 15, 10, 5), NpgsqlDbType.Text, cancellationToken);
                    await w.WriteAsync(p.EndsOn.AddDays(20).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), NpgsqlDbType.TimestampTz, cancellationToken);
                }
            }
        }, cancellationToken);
    }

    private static async Task WriteExamAsync(NpgsqlBinaryImporter w, Guid learner, Guid qualification, string session, string outcome, Random rng, CancellationToken cancellationToken)
    {
        await w.StartRowAsync(cancellationToken);
        await w.WriteAsync(NewId(rng), NpgsqlDbType.Uuid, cancellationToken);
        await w.WriteAsync(learner, NpgsqlDbType.Uuid, cancellationToken);
        await w.WriteAsync(qualification, NpgsqlDbType.Uuid, cancellationToken);
        await w.WriteAsync(session, NpgsqlDbType.Text, cancellationToken);
        await w.WriteAsync(outcome, NpgsqlDbType.Text, cancellationToken);
        await w.WriteAsync(new DateTime(2025, 7, 10, 0, 0, 0, DateTimeKind.Utc), NpgsqlDbType.TimestampTz, cancellationToken);
    }

    private static async Task WriteOptionalAsync(NpgsqlBinaryImporter w, int? value, CancellationToken cancellationToken)
    {
        if (value is { } v)
        {
            await w.WriteAsync(v, NpgsqlDbType.Integer, cancellationToken);
        }
        else
        {
            await w.WriteNullAsync(cancellationToken);
        }
    }

    private static async Task CopyAsync(
        NpgsqlConnection connection, string table, string[] columns, Func<NpgsqlBinaryImporter, Task> write, CancellationToken cancellationToken)
    {
        var list = string.Join(", ", columns.Select(c => $"\"{c}\""));
        await using var importer = await connection.BeginBinaryImportAsync($"COPY impact.{table} ({list}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        await write(importer);
        await importer.CompleteAsync(cancellationToken);
    }

    private static T Pick<T>(Random rng, T[] values, params int[] weights)
    {
        var roll = rng.Next(weights.Sum());
        for (var i = 0; i < values.Length; i++)
        {
            roll -= weights[i];
            if (roll < 0)
            {
                return values[i];
            }
        }

        return values[^1];
    }

    private static Guid NewId(Random rng)
    {
        Span<byte> bytes = stackalloc byte[16];
        rng.NextBytes(bytes);
        return new Guid(bytes);
    }

    private readonly record struct Learner(Guid Id, int Consortium, int School, int Qualification, string Gender, string FewerOpportunities);

    private readonly record struct Placement(Guid Id, int Learner, DateOnly EndsOn, int Days, bool SchoolSends, int Country, int Sector);
}

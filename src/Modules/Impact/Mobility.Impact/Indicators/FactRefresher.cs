using Microsoft.EntityFrameworkCore;
using Mobility.Impact.Data;

namespace Mobility.Impact.Indicators;

/// <summary>
/// Rebuilds the outcome facts with one INSERT ... SELECT over the read models and outcome data, in one transaction:
/// incrementally (only the learners marked since the last refresh) or fully (when asked, or when most learners are
/// marked). Facts are written in consortium and year order, so that one consortium's year lies together on disk for
/// the indicators read by that filter. A refresh interrupted at any point leaves the previous facts and marks
/// untouched; running it again gives the same facts.
/// </summary>
internal sealed class FactRefresher(ImpactDbContext db)
{
    public async Task<FactRefreshResult> RefreshAsync(bool full, CancellationToken cancellationToken)
    {
        // A year of a large platform's learners is minutes of work, more than the 30 seconds a command usually gets.
        var timeout = db.Database.GetCommandTimeout();
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(30));
        try
        {
            return await RefreshInTransactionAsync(full, cancellationToken);
        }
        finally
        {
            db.Database.SetCommandTimeout(timeout);
        }
    }

    private async Task<FactRefreshResult> RefreshInTransactionAsync(bool full, CancellationToken cancellationToken)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        var result = await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var upTo = await db.PendingRefreshes.MaxAsync(p => (DateTime?)p.MarkedAt, cancellationToken);
            var learners = upTo is null ? 0 : await db.PendingRefreshes.CountAsync(p => p.MarkedAt <= upTo, cancellationToken);
            if (!full && upTo is null)
            {
                await transaction.CommitAsync(cancellationToken);
                return new FactRefreshResult(false, 0, 0);
            }

            // When most learners are marked (a year of events, a first start) rebuilding everything is the cheaper
            // way to the same facts: no statement needs the list of marked learners.
            var everyone = full || await MostLearnersMarkedAsync(learners, cancellationToken);

            // Table names are the module's own constants; the only value, the watermark, is a parameter.
            var pending = $"(SELECT learner_id FROM {db.Table("pending_refreshes")} WHERE marked_at <= {{0}})";
            var deleteFacts = everyone
                ? $"DELETE FROM {db.Table("outcome_facts")}"
                : $"DELETE FROM {db.Table("outcome_facts")} WHERE learner_id IN {pending}";
            var insertFacts = InsertSql(everyone ? "" : $"IN {pending}");
            var deleteMarks = $"DELETE FROM {db.Table("pending_refreshes")} WHERE marked_at <= {{0}}";
            object[] watermark = everyone ? [] : [upTo!];
            await db.Database.ExecuteSqlRawAsync(deleteFacts, watermark, cancellationToken);
            var inserted = await db.Database.ExecuteSqlRawAsync(insertFacts, watermark, cancellationToken);
            if (upTo is not null)
            {
                await db.Database.ExecuteSqlRawAsync(deleteMarks, [upTo], cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            return new FactRefreshResult(everyone, everyone ? inserted : learners, inserted);
        });

        if (result.Full && db.Database.IsNpgsql())
        {
            // The statistics of a table just rewritten are those of the old one until autovacuum comes by; the
            // indicators that follow (one query per breakdown) need the new ones to pick their plans.
            var analyze = $"ANALYZE {db.Table("outcome_facts")}";
            await db.Database.ExecuteSqlRawAsync(analyze, cancellationToken);
        }

        return result;
    }

    private async Task<bool> MostLearnersMarkedAsync(int marked, CancellationToken cancellationToken)
        => marked > 0 && (long)marked * 2 >= await db.LearnerProfiles.LongCountAsync(cancellationToken);

    /// <summary>
    /// The facts of every completed learner placement of the learners in <paramref name="learners"/> (a condition on a
    /// learner_id column; empty: every learner). Each learner's latest placement is found by a window over their own
    /// placements, and the outcome data are aggregated for the same learners only.
    /// </summary>
    private string InsertSql(string learners)
    {
        string Scope(string column) => learners.Length == 0 ? "" : $"WHERE {column} {learners}";
        var gainColumns = string.Join(", ", Skills.Select(s => $"{s.Column}_gain, {s.Column}_assessed"));
        var gainValues = string.Join(", ", Skills.Select(s => $"COALESCE(g.{s.Column}_gain, 0), COALESCE(g.{s.Column}_assessed, 0)"));
        var gainSums = string.Join(",\n        ", Skills.Select(s =>
            $"SUM(CASE WHEN skill = '{s.Skill}' THEN gain ELSE 0 END) AS {s.Column}_gain, SUM(CASE WHEN skill = '{s.Skill}' THEN 1 ELSE 0 END) AS {s.Column}_assessed"));
        return $"""
        INSERT INTO {db.Table("outcome_facts")} (placement_id, learner_id, consortium_id, organisation_id, academic_year,
            destination_country, sector, qualification_id, qualification_level, duration_band, gender, fewer_opportunities,
            latest_for_learner, survey_sent, survey_answered, satisfied, language_improved, self_confident, ready_again,
            exam_passed, job_offer, further_study, left_training, unit_recognised, {gainColumns})
        SELECT x.placement_id, x.learner_id, x.consortium_id, x.organisation_id, x.academic_year, x.destination_country,
            x.sector, x.qualification_id, x.qualification_level, x.duration_band, x.gender, x.fewer_opportunities,
            x.latest,
            CASE WHEN s.id IS NULL THEN 0 ELSE 1 END,
            CASE WHEN s.status = 'Answered' THEN 1 ELSE 0 END,
            {Agrees("satisfaction")}, {Agrees("language_skills_improved")}, {Agrees("self_confidence_improved")},
            {Agrees("ready_to_go_again")},
            CASE WHEN x.latest = 0 OR e.best IS NULL OR e.best = 0 THEN NULL WHEN e.best = 2 THEN 1 ELSE 0 END,
            CASE WHEN x.latest = 1 AND c.job = 1 THEN 1 ELSE 0 END,
            CASE WHEN x.latest = 1 AND c.study = 1 THEN 1 ELSE 0 END,
            CASE WHEN x.latest = 1 AND c.left_training = 1 THEN 1 ELSE 0 END,
            CASE WHEN x.latest = 1 AND r.learner_id IS NOT NULL THEN 1 ELSE 0 END,
            {gainValues}
        FROM (
            SELECT p.placement_id, p.learner_id, lp.consortium_id,
                COALESCE(p.sending_organisation_id, lp.school_id) AS organisation_id, p.academic_year,
                p.destination_country, p.sector, lp.qualification_id,
                COALESCE(lp.qualification_level, 'Unknown') AS qualification_level, p.duration_band,
                COALESCE(lp.gender, 'Unknown') AS gender, COALESCE(lp.fewer_opportunities, 'Unknown') AS fewer_opportunities,
                CASE WHEN ROW_NUMBER() OVER (PARTITION BY p.learner_id ORDER BY p.ends_on DESC, p.placement_id DESC) = 1
                    THEN 1 ELSE 0 END AS latest
            FROM {db.Table("participations")} p
            LEFT JOIN {db.Table("learner_profiles")} lp ON lp.learner_id = p.learner_id
            {Scope("p.learner_id")}
        ) x
        LEFT JOIN {db.Table("surveys")} s ON s.placement_id = x.placement_id
        LEFT JOIN (
            SELECT learner_id, qualification_id,
                MAX(CASE outcome WHEN 'Passed' THEN 2 WHEN 'Failed' THEN 1 ELSE 0 END) AS best
            FROM {db.Table("exam_results")} {Scope("learner_id")} GROUP BY learner_id, qualification_id
        ) e ON e.learner_id = x.learner_id AND e.qualification_id = x.qualification_id
        LEFT JOIN (
            SELECT learner_id,
                MAX(CASE WHEN kind IN ('JobOffer', 'SeasonalContract') THEN 1 ELSE 0 END) AS job,
                MAX(CASE WHEN kind = 'FurtherStudy' THEN 1 ELSE 0 END) AS study,
                MAX(CASE WHEN kind = 'LeftTraining' THEN 1 ELSE 0 END) AS left_training
            FROM {db.Table("career_outcomes")} {Scope("learner_id")} GROUP BY learner_id
        ) c ON c.learner_id = x.learner_id
        LEFT JOIN (
            SELECT placement_id,
                {gainSums}
            FROM {db.Table("language_assessments")}
            WHERE gain IS NOT NULL{(learners.Length == 0 ? "" : $" AND learner_id {learners}")}
            GROUP BY placement_id
        ) g ON g.placement_id = x.placement_id
        LEFT JOIN (
            SELECT DISTINCT learner_id FROM {db.Table("unit_recognitions")}
            WHERE outcome = 'CreditedTowardQualification'{(learners.Length == 0 ? "" : $" AND learner_id {learners}")}
        ) r ON r.learner_id = x.learner_id
        ORDER BY x.consortium_id, x.academic_year
        """;
    }

    /// <summary>Each CEFR skill as stored in the assessments, and the prefix of its two fact columns.</summary>
    private static readonly (string Skill, string Column)[] Skills =
    [
        ("Listening", "listening"), ("Reading", "reading"), ("SpokenInteraction", "spoken_interaction"),
        ("SpokenProduction", "spoken_production"), ("Writing", "writing"),
    ];

    private static string Agrees(string column)
        => $"CASE WHEN s.status <> 'Answered' OR s.{column} IS NULL THEN NULL WHEN s.{column} >= 4 THEN 1 ELSE 0 END";
}

/// <summary>What a refresh did: full or incremental, learners it covered, facts it wrote.</summary>
internal sealed record FactRefreshResult(bool Full, int Learners, int Facts);

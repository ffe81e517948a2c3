namespace Mobility.Recognition.Schemes;

/// <summary>A level of the assessment grid; <see cref="Passes"/> says whether it meets the unit's bar.</summary>
internal sealed record GridLevel(string Code, Labels Labels, bool Passes);

/// <summary>
/// One part of a unit's assessment: who assesses it and, for a part taken after return, within how many months of
/// the return it must be held.
/// </summary>
internal sealed record SchemePart(string Code, Assessor AssessedBy, Labels Labels, IReadOnlyList<string> Competences, int? WithinMonthsOfReturn, decimal Weight);

/// <summary>
/// How a unit of learning outcomes acquired abroad is assessed and recognised: the grid's levels, the parts and who
/// holds them, and, when marks are given, the scale, the pass mark and the attestation awarded at or above it.
/// Schemes are data (<c>recognition-schemes.json</c>): the French optional mobility unit is one of them.
/// </summary>
internal sealed record RecognitionScheme(
    string Code,
    Labels Name,
    Labels Description,
    IReadOnlyList<GridLevel> Levels,
    decimal? MarkScale,
    decimal? PassMark,
    string? Attestation,
    IReadOnlyList<string> UnitCodes,
    IReadOnlyList<SchemePart> Parts)
{
    public bool UsesMarks => MarkScale is not null;

    public SchemePart? PartFor(Assessor assessor) => Parts.FirstOrDefault(p => p.AssessedBy == assessor);

    public GridLevel? Level(string? code) => Levels.FirstOrDefault(l => string.Equals(l.Code, code, StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether the scheme can be used for a unit of the qualification with this code (empty list: any).</summary>
    public bool AppliesTo(string qualificationUnitCode)
        => UnitCodes.Count == 0 || UnitCodes.Any(c => string.Equals(c, qualificationUnitCode, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The result of a unit from its parts' grades. With marks, the final mark is the weighted mean of the parts'
    /// marks and passes at the pass mark; without, every part's level must pass. Incomplete until every part is graded.
    /// </summary>
    public SchemeResult Evaluate(PartGrade? host, PartGrade? school)
    {
        var grades = Parts.Select(p => (Part: p, Grade: p.AssessedBy == Assessor.HostTutor ? host : school)).ToList();
        var missing = grades.Where(g => g.Grade is null || Level(g.Grade.Level) is null || (UsesMarks && g.Grade.Mark is null))
            .Select(g => g.Part.Code).ToList();
        if (missing.Count > 0)
        {
            return new SchemeResult(false, false, null, null, missing);
        }

        decimal? final = null;
        bool passed;
        if (UsesMarks)
        {
            var weight = grades.Sum(g => g.Part.Weight);
            final = Math.Round(grades.Sum(g => g.Part.Weight * g.Grade!.Mark!.Value) / weight, 2, MidpointRounding.AwayFromZero);
            passed = final >= (PassMark ?? 0);
        }
        else
        {
            passed = grades.All(g => Level(g.Grade!.Level)!.Passes);
        }

        return new SchemeResult(true, passed, final, passed ? Attestation : null, []);
    }
}

/// <summary>What one assessor gave on one part: a grid level and, in a scheme with marks, a mark.</summary>
internal sealed record PartGrade(string Level, decimal? Mark);

/// <summary>A unit's result under its scheme; <see cref="MissingParts"/> names the parts still to be graded.</summary>
internal sealed record SchemeResult(bool Complete, bool Passed, decimal? FinalMark, string? Attestation, IReadOnlyList<string> MissingParts);

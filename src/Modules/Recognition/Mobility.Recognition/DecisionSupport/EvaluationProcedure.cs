using Mobility.BuildingBlocks.Domain;

namespace Mobility.Recognition.DecisionSupport;

/// <summary>A way of evaluating a certificative mobility that involves the companies, as the tool recommends it.</summary>
internal sealed class EvaluationProcedure
{
    private EvaluationProcedure()
    {
    }

    public string Code { get; private set; } = "";

    public string Title { get; private set; } = "";

    public string Description { get; private set; } = "";

    /// <summary>Who does what, in order.</summary>
    public List<string> Steps { get; private set; } = [];

    public string UpdatedBy { get; private set; } = "";

    public DateTime UpdatedAt { get; private set; }

    public static EvaluationProcedure Create(string code, string title, string description, IReadOnlyList<string> steps, string updatedBy, DateTime now)
    {
        Rule.Require(!string.IsNullOrWhiteSpace(code), "EVALUATION_PROCEDURE_CODE_REQUIRED", "A procedure needs a code.");
        var procedure = new EvaluationProcedure { Code = code.Trim() };
        procedure.Change(title, description, steps, updatedBy, now);
        return procedure;
    }

    public void Change(string title, string description, IReadOnlyList<string> steps, string updatedBy, DateTime now)
    {
        Rule.Require(!string.IsNullOrWhiteSpace(title) && !string.IsNullOrWhiteSpace(description), "EVALUATION_PROCEDURE_TEXT_REQUIRED",
            $"Procedure {Code} needs a title and a description.");
        var cleanSteps = steps.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s.Trim()).ToList();
        Rule.Require(cleanSteps.Count > 0, "EVALUATION_PROCEDURE_STEPS_REQUIRED", $"Procedure {Code} lists at least one step.");
        Title = title.Trim();
        Description = description.Trim();
        Steps = cleanSteps;
        UpdatedBy = updatedBy;
        UpdatedAt = now;
    }
}

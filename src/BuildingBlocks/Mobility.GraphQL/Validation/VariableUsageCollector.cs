using Mobility.GraphQL.Language.Ast;

namespace Mobility.GraphQL.Validation;

/// <summary>Finds the variables used in one operation or fragment, with the type expected where each appears.</summary>
internal sealed class VariableUsageCollector : ValidationRule
{
    private readonly ValidationContext _context;

    private VariableUsageCollector(ValidationContext context)
        : base(context) => _context = context;

    private List<VariableUsage> Usages { get; } = [];

    public static List<VariableUsage> Collect(ValidationContext parent, ExecutableDefinitionNode definition)
    {
        var context = new ValidationContext(parent.Schema, parent.Document, int.MaxValue);
        var collector = new VariableUsageCollector(context);
        new DocumentWalker(context, [collector]).WalkDefinition(definition);
        return collector.Usages;
    }

    public override void EnterValue(ValueNode node)
    {
        if (node is VariableNode variable)
        {
            Usages.Add(new VariableUsage(variable, _context.InputType, _context.HasDefaultValue, _context.ParentInputType));
        }
    }
}
